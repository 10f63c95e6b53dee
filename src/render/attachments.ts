import { clipText } from '../text/clip.ts';
import type { Attachment } from './answer.ts';
import { LIMITS } from './limits.ts';
import { INTL_TAG, type Locale } from './locale.ts';
import { MESSAGES } from './messages.ts';

/** The files a message sends, and a note for each one left out. */
export interface FittedAttachments {
  files: Attachment[];
  dropped: string[];
}

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Images go in a media gallery; anything else (CSV, JSON) is shown as a file. */
export function isImage(file: Attachment): boolean {
  return IMAGE_TYPES.has(file.contentType.toLowerCase().split(';')[0]?.trim() ?? '');
}

function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${bytes} B`;
  const one = new Intl.NumberFormat(INTL_TAG[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  if (bytes < 1024 * 1024) return `${one.format(bytes / 1024)} KiB`;
  return `${one.format(bytes / (1024 * 1024))} MiB`;
}

/**
 * A name Discord keeps as it is, so `attachment://name` finds the file: letters, digits, dot,
 * dash and underscore only, at most 100 characters, never a leading dot.
 */
export function attachmentName(name: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '');
  return safe.slice(-100) || 'file';
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const dot = name.lastIndexOf('.');
    candidate = dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The answer's files as one message may carry them: safe, distinct names, descriptions within
 * Discord's 1,024 characters, at most 10 files, and at most `maxBytes` together (the
 * interaction's `attachment_size_limit`, else Discord's default 10 MiB). A file that does not
 * fit is left out with a note, never failing the answer.
 */
export function fitAttachments(
  files: readonly Attachment[],
  maxBytes: number = LIMITS.attachmentBytes,
  locale: Locale = 'en',
): FittedAttachments {
  const t = MESSAGES[locale].reply;
  const taken = new Set<string>();
  const kept: Attachment[] = [];
  const dropped: string[] = [];
  let total = 0;
  for (const file of files) {
    const name = uniqueName(attachmentName(file.name), taken);
    if (kept.length >= LIMITS.attachments) {
      dropped.push(t.tooManyFiles(name, LIMITS.attachments));
    } else if (total + file.data.length > maxBytes) {
      dropped.push(
        t.tooLarge(name, formatBytes(file.data.length, locale), formatBytes(maxBytes, locale)),
      );
    } else {
      total += file.data.length;
      const description = clipText(file.description.trim() || name, LIMITS.mediaDescription);
      kept.push({ ...file, name, description });
    }
  }
  return { files: kept, dropped };
}
