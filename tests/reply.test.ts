import { ComponentType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { Answer, Attachment, Card } from '../src/render/answer.ts';
import { decodeCustomId, encodeCustomId, ROUTING } from '../src/interactions/customId.ts';
import { asEdit, renderReply, splitLines } from '../src/render/reply.ts';
import { payloadToText } from '../src/render/text.ts';
import {
  allComponents,
  buttonsOf,
  expectWithinDiscordLimits,
  isEphemeral,
  linksOf,
  referencedFiles,
  visibleText,
} from './helpers/limits.ts';
import { solidPng } from './helpers/png.ts';

function bigCard(figures: number): Card {
  const lines = Array.from(
    { length: figures },
    (_, i) =>
      `• **${i + 1}** figure number ${i + 1} — scope text that is long enough to matter [1]`,
  );
  return {
    title: 'A'.repeat(300),
    description: 'd'.repeat(5000),
    fields: [
      { name: 'Seizures', value: lines.join('\n') },
      ...Array.from({ length: 30 }, (_, i) => ({ name: `Field ${i}`, value: 'v'.repeat(900) })),
    ],
  };
}

const paged = (card: Card, extra: Partial<Answer> = {}): Answer => ({
  ok: true,
  ephemeral: false,
  card,
  citations: [],
  state: { command: 'operation', key: 'x', view: 'card' },
  ...extra,
});

function sources(n: number, url = (i: number) => `https://example.org/report-${i}`) {
  return Array.from({ length: n }, (_, i) => ({
    text: `[${i + 1}] Publisher ${i + 1}, “Report ${i + 1}”, 12 May 2023`,
    url: url(i + 1),
  }));
}

describe('the reply helper', () => {
  it('renders Components V2: a container with the heading, the fields and the small print', () => {
    const reply = renderReply(
      paged({
        title: 'Sky ECC',
        description: 'Raids in Serbia.',
        fields: [{ name: 'Arrests', value: '• **23** arrested [1]' }],
        footer: 'Every figure is quoted.',
      }),
      0,
      ROUTING,
    );
    expectWithinDiscordLimits(reply.payload);
    expect(reply.payload.flags).toBe(MessageFlags.IsComponentsV2);
    const [container, ...rest] = reply.payload.components ?? [];
    expect(rest).toEqual([]);
    expect(container?.type).toBe(ComponentType.Container);
    expect(visibleText(reply.payload)).toContain(
      '## Sky ECC\nRaids in Serbia.\n\n**Arrests**\n• **23** arrested [1]',
    );
    expect(visibleText(reply.payload)).toContain('-# Every figure is quoted.');
  });

  it('pages a card past every limit without cutting a line', () => {
    const card = bigCard(120);
    const first = renderReply(paged(card), 0, ROUTING);
    expect(first.pageCount).toBeGreaterThan(2);
    const shownLines: string[] = [];
    for (let page = 0; page < first.pageCount; page += 1) {
      const reply = renderReply(paged(card), page, ROUTING);
      expectWithinDiscordLimits(reply.payload);
      const text = visibleText(reply.payload);
      shownLines.push(...text.split('\n').filter((line) => line.startsWith('• ')));
      expect(text).toContain(`page ${page + 1}/${first.pageCount}`);
      expect(buttonsOf(reply.payload).map((b) => b.disabled)).toEqual([
        page === 0,
        page === first.pageCount - 1,
      ]);
    }
    expect(shownLines).toEqual(card.fields[0]?.value.split('\n'));
  });

  it('clamps a page number past the end', () => {
    const card = bigCard(120);
    const reply = renderReply({ ok: true, ephemeral: false, card, citations: [] }, 999, ROUTING);
    expect(reply.page).toBe(reply.pageCount - 1);
  });

  it('keeps an error within the text limit, ephemeral, never pinging', () => {
    const reply = renderReply(
      { ok: false, ephemeral: true, content: 'line\n'.repeat(1000), citations: [] },
      0,
      ROUTING,
    );
    expectWithinDiscordLimits(reply.payload);
    expect(reply.payload.flags).toBe(MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral);
    expect(isEphemeral(reply.payload)).toBe(true);
    expect(reply.payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('gives each source a link button while the message has room, and text after that', () => {
    const withSources = (n: number, url?: (i: number) => string) =>
      renderReply(
        paged({
          title: 'T',
          fields: [
            { name: 'Figures', value: '• **1** figure [1]' },
            { name: 'Sources', value: 'the sources as text', sources: sources(n, url) },
          ],
        }),
        0,
        ROUTING,
      ).payload;
    const few = withSources(3);
    expectWithinDiscordLimits(few);
    expect(linksOf(few)).toEqual(
      [1, 2, 3].map((i) => ({
        label: 'Open example.org',
        url: `https://example.org/report-${i}`,
      })),
    );
    expect(visibleText(few)).toContain('[2] Publisher 2, “Report 2”, 12 May 2023');
    expect(visibleText(few)).not.toContain('the sources as text');
    // 15 sections would pass 40 components: the list stays text.
    const many = withSources(15);
    expectWithinDiscordLimits(many);
    expect(linksOf(many)).toEqual([]);
    expect(visibleText(many)).toContain('**Sources**\nthe sources as text');
    // A link button's url holds at most 512 characters.
    const long = withSources(2, (i) => `https://example.org/${'x'.repeat(520)}/${i}`);
    expect(linksOf(long)).toEqual([]);
    expectWithinDiscordLimits(long);
  });

  it('round-trips button state through custom_id and refuses an over-long one', () => {
    const state = { command: 'operation', view: 'quotes', key: 'sky-ecc-balkan-cartel-2023-05-11' };
    expect(decodeCustomId(encodeCustomId(state, 3))).toEqual({ state, page: 3 });
    expect(() => encodeCustomId({ ...state, key: 'k'.repeat(100) }, 0)).toThrow(/custom_id/);
  });

  it('splits at line ends', () => {
    expect(splitLines('aaa\nbbb\nccc', 7)).toEqual(['aaa\nbbb', 'ccc']);
    expect(splitLines('x'.repeat(10), 5)).toEqual(['xxxx…']);
  });
});

describe('attachments in a reply', () => {
  const png = (name: string, bytes = 0): Attachment => ({
    name,
    description: `A map: ${name}`,
    contentType: 'image/png',
    data: Buffer.concat([solidPng(8, 8, [200, 30, 30]), Buffer.alloc(bytes)]),
  });
  const csv: Attachment = {
    name: 'facts export.csv',
    description: 'Every fact, one row each',
    contentType: 'text/csv; charset=utf-8',
    data: Buffer.from('operation,metric\nsky-ecc,arrests\n', 'utf8'),
  };

  it('shows images in a media gallery with their alt text, other files as files', () => {
    const reply = renderReply(
      paged({ title: 'T', fields: [] }, { files: [png('map.png'), csv] }),
      0,
      ROUTING,
    );
    expectWithinDiscordLimits(reply.payload);
    const gallery = allComponents(reply.payload).find((c) => c.type === ComponentType.MediaGallery);
    expect(gallery).toEqual({
      type: ComponentType.MediaGallery,
      items: [{ media: { url: 'attachment://map.png' }, description: 'A map: map.png' }],
    });
    expect(referencedFiles(reply.payload)).toEqual([
      'attachment://map.png',
      'attachment://facts_export.csv',
    ]);
    expect(reply.payload.attachments).toEqual([
      { id: '0', filename: 'map.png', description: 'A map: map.png' },
      { id: '1', filename: 'facts_export.csv', description: 'Every fact, one row each' },
    ]);
    expect(reply.files.map((f) => f.name)).toEqual(['map.png', 'facts_export.csv']);
    expect(reply.files[1]?.data).toEqual(csv.data);
    expect(payloadToText(reply.payload)).toContain('[picture: map.png]');
    expect(payloadToText(reply.payload)).toContain('[file: facts_export.csv]');
  });

  it('leaves out, with a note, files past the size limit or the count of 10', () => {
    const files = [png('a.png', 600_000), png('b.png', 600_000), png('c.png')];
    const capped = renderReply(paged({ title: 'T', fields: [] }, { files }), 0, ROUTING, {
      attachmentLimit: 1_000_000,
    });
    expectWithinDiscordLimits(capped.payload);
    expect(capped.files.map((f) => f.name)).toEqual(['a.png', 'c.png']);
    expect(visibleText(capped.payload)).toMatch(/b\.png was not attached: .* 976\.6 KiB/);
    const eleven = Array.from({ length: 11 }, () => png('map.png'));
    const many = renderReply(paged({ title: 'T', fields: [] }, { files: eleven }), 0, ROUTING);
    expectWithinDiscordLimits(many.payload);
    expect(many.files).toHaveLength(10);
    expect(new Set(many.files.map((f) => f.name)).size).toBe(10);
    expect(visibleText(many.payload)).toContain('map-11.png was not attached');
  });

  it('turns a payload into an edit: Components V2 flag kept, old files dropped', () => {
    const reply = renderReply(paged({ title: 'T', fields: [] }, { ephemeral: true }), 0, ROUTING);
    expect(asEdit(reply.payload)).toMatchObject({
      flags: MessageFlags.IsComponentsV2,
      attachments: [],
    });
    const withFile = renderReply(paged({ title: 'T', fields: [] }, { files: [csv] }), 0, ROUTING);
    expect(asEdit(withFile.payload).attachments).toEqual(withFile.payload.attachments);
  });
});
