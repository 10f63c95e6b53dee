import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIButtonComponent,
  type APIComponentInContainer,
  type APIComponentInMessageActionRow,
  type APIMessageTopLevelComponent,
  type APISectionAccessoryComponent,
  type APITextDisplayComponent,
} from 'discord-api-types/v10';
import { expect } from 'vitest';
import type { MessagePayload } from '../../src/render/reply.ts';

type AnyComponent =
  | APIMessageTopLevelComponent
  | APIComponentInContainer
  | APIComponentInMessageActionRow
  | APISectionAccessoryComponent;

/** Every component of the message, nested ones included, in reading order. */
export function allComponents(payload: MessagePayload): AnyComponent[] {
  const out: AnyComponent[] = [];
  const visit = (c: AnyComponent): void => {
    out.push(c);
    if (c.type === ComponentType.Container || c.type === ComponentType.ActionRow)
      c.components.forEach(visit);
    if (c.type === ComponentType.Section) {
      c.components.forEach(visit);
      visit(c.accessory);
    }
  };
  (payload.components ?? []).forEach(visit);
  return out;
}

function textDisplays(payload: MessagePayload): APITextDisplayComponent[] {
  return allComponents(payload).filter(
    (c): c is APITextDisplayComponent => c.type === ComponentType.TextDisplay,
  );
}

export function isComponentsV2(payload: MessagePayload): boolean {
  return ((payload.flags ?? 0) & MessageFlags.IsComponentsV2) !== 0;
}

export function isEphemeral(payload: MessagePayload): boolean {
  return ((payload.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
}

/** The `attachment://` names the message's components show. */
export function referencedFiles(payload: MessagePayload): string[] {
  return allComponents(payload).flatMap((c) => {
    if (c.type === ComponentType.MediaGallery) return c.items.map((i) => i.media.url);
    if (c.type === ComponentType.File) return [c.file.url];
    return [];
  });
}

function expectButton(button: APIButtonComponent): void {
  if ('label' in button) expect((button.label ?? '').length).toBeLessThanOrEqual(80);
  if (button.style === ButtonStyle.Link) {
    expect(button.url.length).toBeLessThanOrEqual(512);
    expect(button.url).toMatch(/^https?:\/\//);
  } else if (button.style !== ButtonStyle.Premium) {
    expect(button.custom_id.length).toBeGreaterThan(0);
    expect(button.custom_id.length).toBeLessThanOrEqual(100);
  }
}

/** Components V2: Discord's limits from its API reference and OpenAPI description. */
function expectWithinComponentsV2Limits(payload: MessagePayload): void {
  // With the flag, content and embeds are refused.
  expect(payload.content ?? '').toBe('');
  expect(payload.embeds ?? []).toEqual([]);
  const top = payload.components ?? [];
  expect(top.length).toBeGreaterThan(0);
  const all = allComponents(payload);
  expect(all.length).toBeLessThanOrEqual(40);
  let text = 0;
  for (const c of all) {
    switch (c.type) {
      case ComponentType.TextDisplay:
        expect(c.content.length).toBeGreaterThan(0);
        text += c.content.length;
        break;
      case ComponentType.Container:
        expect(c.components.length).toBeGreaterThan(0);
        expect(c.accent_color ?? 0).toBeLessThanOrEqual(0xffffff);
        break;
      case ComponentType.Section:
        expect(c.components.length).toBeGreaterThan(0);
        expect(c.components.length).toBeLessThanOrEqual(3);
        break;
      case ComponentType.ActionRow:
        expect(c.components.length).toBeGreaterThan(0);
        expect(c.components.length).toBeLessThanOrEqual(5);
        if (c.components.some((x) => x.type === ComponentType.StringSelect))
          expect(c.components.length).toBe(1);
        break;
      case ComponentType.Button:
        expectButton(c);
        break;
      case ComponentType.StringSelect:
        expect(c.custom_id.length).toBeLessThanOrEqual(100);
        expect((c.placeholder ?? '').length).toBeLessThanOrEqual(150);
        expect(c.options.length).toBeGreaterThan(0);
        expect(c.options.length).toBeLessThanOrEqual(25);
        for (const option of c.options) {
          expect(option.label.length).toBeLessThanOrEqual(100);
          expect(option.value.length).toBeLessThanOrEqual(100);
          expect((option.description ?? '').length).toBeLessThanOrEqual(100);
        }
        break;
      case ComponentType.MediaGallery:
        expect(c.items.length).toBeGreaterThan(0);
        expect(c.items.length).toBeLessThanOrEqual(10);
        for (const item of c.items) {
          expect((item.description ?? '').length).toBeLessThanOrEqual(1024);
          expect(item.media.url.length).toBeLessThanOrEqual(2048);
        }
        break;
      case ComponentType.File:
        expect(c.file.url).toMatch(/^attachment:\/\/[A-Za-z0-9._-]+$/);
        break;
      default:
        break;
    }
  }
  expect(text).toBeLessThanOrEqual(4000);
  // Files show only through components: each one attached is shown, each one shown is attached
  // (discord.js names its uploads in their multipart parts, not in `attachments`).
  const attachments = payload.attachments ?? [];
  const shown = referencedFiles(payload);
  expect(attachments.length).toBeLessThanOrEqual(10);
  expect(shown).toHaveLength(attachments.length);
  for (const attachment of attachments) {
    if (attachment.filename !== undefined)
      expect(shown).toContain(`attachment://${attachment.filename}`);
    expect((attachment.description ?? '').length).toBeLessThanOrEqual(1024);
  }
}

/** Asserts every Discord message limit, and that nothing in the message can ping. */
export function expectWithinDiscordLimits(payload: MessagePayload): void {
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  if (isComponentsV2(payload)) {
    expectWithinComponentsV2Limits(payload);
    return;
  }
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
  for (const c of allComponents(payload)) {
    if (c.type === ComponentType.ActionRow) expect(c.components.length).toBeLessThanOrEqual(5);
    if (c.type === ComponentType.Button) expectButton(c);
  }
}

/** Every text a reply shows, joined: content, embeds and every Text Display (sections too). */
export function visibleText(payload: MessagePayload): string {
  const parts = [payload.content ?? ''];
  for (const embed of payload.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  for (const display of textDisplays(payload)) parts.push(display.content);
  return parts.join('\n');
}

/** The answer's title: the text of its `## ` heading. */
export function headingOf(payload: MessagePayload): string | undefined {
  for (const display of textDisplays(payload)) {
    const heading = /^## (.*)$/m.exec(display.content);
    if (heading?.[1] !== undefined) return heading[1];
  }
  return undefined;
}

export interface ButtonView {
  customId: string;
  label: string;
  disabled: boolean;
}

/** The message's buttons that call back (not links), in order, wherever they are nested. */
export function buttonsOf(payload: MessagePayload): ButtonView[] {
  return allComponents(payload).flatMap((c) =>
    c.type === ComponentType.Button && 'custom_id' in c
      ? [{ customId: c.custom_id, label: c.label ?? '', disabled: c.disabled === true }]
      : [],
  );
}

/** The message's link buttons (a Sources list's), in order. */
export function linksOf(payload: MessagePayload): { label: string; url: string }[] {
  return allComponents(payload).flatMap((c) =>
    c.type === ComponentType.Button && c.style === ButtonStyle.Link
      ? [{ label: c.label ?? '', url: c.url }]
      : [],
  );
}

/** Where each heading stands in the text, after checking that all are there, in this order. */
export function headingsInOrder(text: string, headings: readonly string[]): number[] {
  const at = headings.map((heading) => text.indexOf(heading));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect(at).toEqual([...at].sort((a, b) => a - b));
  return at;
}
