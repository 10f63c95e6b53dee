/** A rendered picture, ready to attach: Discord shows `description` as the image's alt text. */
export interface Picture {
  name: string;
  description: string;
  contentType: 'image/png';
  data: Buffer;
}

/** Discord's limit on an attachment's description. */
export const MAX_DESCRIPTION = 1024;

export function altText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_DESCRIPTION ? flat : `${flat.slice(0, MAX_DESCRIPTION - 1)}…`;
}

/** "Sky ECC takedown, 11 May 2023" → "map-sky-ecc-takedown-11-may-2023.png". */
export function pictureName(kind: string, title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${kind}${slug === '' ? '' : `-${slug}`}.png`;
}
