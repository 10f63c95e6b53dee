import { describe, expect, it } from 'vitest';
import type { Card } from '../src/render/answer.ts';
import { decodeCustomId, encodeCustomId, ROUTING } from '../src/interactions/customId.ts';
import { paginateCard, renderReply, splitLines } from '../src/render/reply.ts';
import { buttonsOf, expectWithinDiscordLimits } from './helpers/limits.ts';

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

describe('the reply helper', () => {
  it('pages a card past every limit without cutting a line', () => {
    const card = bigCard(120);
    const pages = paginateCard(card);
    expect(pages.length).toBeGreaterThan(2);
    const shownLines = pages.flatMap((p) =>
      (p.fields ?? [])
        .filter((f) => f.name.startsWith('Seizures'))
        .flatMap((f) => f.value.split('\n')),
    );
    expect(shownLines).toEqual(card.fields[0]?.value.split('\n'));
    for (let page = 0; page < pages.length; page += 1) {
      const reply = renderReply(
        {
          ok: true,
          ephemeral: false,
          card,
          citations: [],
          state: { command: 'operation', key: 'x', view: 'card' },
        },
        page,
        ROUTING,
      );
      expectWithinDiscordLimits(reply.payload);
      expect(reply.payload.embeds?.[0]?.footer?.text).toContain(`page ${page + 1}/${pages.length}`);
      expect(buttonsOf(reply.payload).map((b) => b.disabled)).toEqual([
        page === 0,
        page === pages.length - 1,
      ]);
    }
  });

  it('clamps a page number past the end', () => {
    const card = bigCard(120);
    const reply = renderReply({ ok: true, ephemeral: false, card, citations: [] }, 999, ROUTING);
    expect(reply.page).toBe(reply.pageCount - 1);
  });

  it('keeps content within 2,000 characters and errors ephemeral', () => {
    const reply = renderReply(
      {
        ok: false,
        ephemeral: true,
        content: 'line\n'.repeat(1000),
        citations: [],
      },
      0,
      ROUTING,
    );
    expect(reply.payload.content?.length).toBeLessThanOrEqual(2000);
    expect(reply.payload.flags).toBe(64);
    expect(reply.payload.allowed_mentions).toEqual({ parse: [] });
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
