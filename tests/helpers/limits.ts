import { expect } from 'vitest';
import type { MessagePayload } from '../../src/render/reply.ts';

/** Asserts every Discord message limit, and that nothing in the message can ping. */
export function expectWithinDiscordLimits(payload: MessagePayload): void {
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  expect((payload.content ?? '').length).toBeLessThanOrEqual(2000);
  const embeds = payload.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of embeds) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(256);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(4096);
    expect((embed.fields ?? []).length).toBeLessThanOrEqual(25);
    expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(2048);
    total +=
      (embed.title ?? '').length +
      (embed.description ?? '').length +
      (embed.footer?.text ?? '').length;
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(1024);
      total += field.name.length + field.value.length;
    }
  }
  expect(total).toBeLessThanOrEqual(6000);
  for (const row of payload.components ?? []) {
    if (!('components' in row)) continue;
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const component of row.components) {
      if ('custom_id' in component) expect(component.custom_id.length).toBeLessThanOrEqual(100);
    }
  }
}

/** Every text a reply shows, joined: for checks like "no raw @everyone". */
export function visibleText(payload: MessagePayload): string {
  const parts = [payload.content ?? ''];
  for (const embed of payload.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.join('\n');
}

export interface ButtonView {
  customId: string;
  label: string;
  disabled: boolean;
}

/** The message's buttons, in order. */
export function buttonsOf(payload: MessagePayload): ButtonView[] {
  const out: ButtonView[] = [];
  for (const row of payload.components ?? []) {
    if (!('components' in row)) continue;
    for (const c of row.components as unknown[]) {
      const b = c as { custom_id?: unknown; label?: unknown; disabled?: unknown };
      if (typeof b.custom_id === 'string') {
        out.push({
          customId: b.custom_id,
          label: typeof b.label === 'string' ? b.label : '',
          disabled: b.disabled === true,
        });
      }
    }
  }
  return out;
}
