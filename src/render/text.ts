import {
  ComponentType,
  type APIComponentInContainer,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import type { MessagePayload } from './reply.ts';

/** Markdown a terminal cannot show, made plain: headings, subtext, masked links. */
function plainText(markdown: string): string {
  return markdown
    .replace(/^## (.*)$/gm, '== $1 ==')
    .replace(/^-# /gm, '')
    .replace(/\[((?:\\.|[^\]\\])*)\]\((\S+?)\)/g, (_whole, label: string) =>
      label.replace(/\\([[\]\\])/g, '$1'),
    );
}

/** One component as lines: text, a source and its link, files, buttons and choices. */
function componentLines(c: APIMessageTopLevelComponent | APIComponentInContainer): string[] {
  switch (c.type) {
    case ComponentType.Container:
      return c.components.flatMap(componentLines);
    case ComponentType.TextDisplay:
      return [plainText(c.content), ''];
    case ComponentType.Section: {
      const link =
        c.accessory.type === ComponentType.Button && 'url' in c.accessory ? c.accessory.url : '';
      const texts = c.components.map((t) => plainText(t.content)).join(' ');
      return [link === '' ? texts : `${texts} — ${link}`];
    }
    case ComponentType.Separator:
      return [];
    case ComponentType.MediaGallery:
      return [
        ...c.items.map((item) => `[picture: ${item.media.url.replace(/^attachment:\/\//, '')}]`),
        '',
      ];
    case ComponentType.File:
      return [`[file: ${c.file.url.replace(/^attachment:\/\//, '')}]`, ''];
    case ComponentType.ActionRow: {
      const labels = c.components.flatMap((x) => {
        if (x.type === ComponentType.StringSelect)
          return [`choose: ${x.options.map((o) => o.label).join(' / ')}`];
        return 'label' in x ? [x.label] : [];
      });
      return labels.length === 0 ? [] : [`[buttons: ${labels.join(' | ')}]`];
    }
    default:
      return [];
  }
}

/** The message as a terminal shows it: its text, sources, files, then the buttons it offers. */
export function payloadToText(payload: MessagePayload): string {
  const lines: string[] = [];
  if (payload.content !== undefined && payload.content !== '') lines.push(payload.content, '');
  for (const component of payload.components ?? []) lines.push(...componentLines(component));
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
