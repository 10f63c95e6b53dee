import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APISelectMenuOption,
  type APIStringSelectComponent,
  type APIEmbed,
  type APIEmbedField,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { Answer, Card, CardField, Pick, ViewState } from './answer.ts';
import { clipText } from '../text/clip.ts';
import { LIMITS } from './limits.ts';

export type MessagePayload = APIInteractionResponseCallbackData;

export interface RenderedReply {
  payload: MessagePayload;
  page: number;
  pageCount: number;
}

const EMBED_COLOR = 0x2b6cb0;

const clip = clipText;

/** Splits at line ends so no figure is cut in half; a single over-long line is clipped. */
export function splitLines(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const rawLine of text.split('\n')) {
    const line = clip(rawLine, max);
    const joined = current === '' ? line : `${current}\n${line}`;
    if (joined.length <= max) {
      current = joined;
    } else {
      if (current !== '') chunks.push(current);
      current = line;
    }
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

function fieldsWithinLimits(fields: readonly CardField[]): APIEmbedField[] {
  return fields.flatMap((field) => {
    const parts = splitLines(field.value.trim() === '' ? '—' : field.value, LIMITS.fieldValue);
    return parts.map((value, i) => ({
      name: clip(i === 0 ? field.name : `${field.name} (cont.)`, LIMITS.fieldName),
      value,
    }));
  });
}

function embedSize(embed: APIEmbed): number {
  let size =
    (embed.title ?? '').length +
    (embed.description ?? '').length +
    (embed.footer?.text ?? '').length;
  for (const field of embed.fields ?? []) size += field.name.length + field.value.length;
  return size;
}

// Room kept on every page for the "page x/y" footer.
const FOOTER_ROOM = 40;

/** Pages a card into embeds that each respect every Discord limit. */
export function paginateCard(card: Card): APIEmbed[] {
  const title = clip(card.title, LIMITS.title);
  const descriptionParts =
    card.description === undefined ? [] : splitLines(card.description, LIMITS.description);
  const [description, ...overflow] = descriptionParts;
  const fields = fieldsWithinLimits([
    ...overflow.map((value) => ({ name: '…', value })),
    ...card.fields,
  ]);
  const budget = LIMITS.embedTotal - FOOTER_ROOM - (card.footer ?? '').length;
  const pages: APIEmbed[] = [];
  let page: APIEmbed = { title, color: EMBED_COLOR, fields: [] };
  if (card.url !== undefined) page.url = card.url;
  if (description !== undefined && description !== '') page.description = description;
  for (const field of fields) {
    const current = page.fields ?? [];
    const full =
      current.length >= LIMITS.fields ||
      embedSize(page) + field.name.length + field.value.length > budget;
    if (full && current.length > 0) {
      pages.push(page);
      page = { title: clip(`${card.title} (cont.)`, LIMITS.title), color: EMBED_COLOR, fields: [] };
    }
    (page.fields ??= []).push(field);
  }
  pages.push(page);
  return pages.map((embed, i) => {
    const parts = [card.footer, pages.length > 1 ? `page ${i + 1}/${pages.length}` : undefined];
    const text = parts.filter((p): p is string => p !== undefined && p !== '').join(' · ');
    return text === '' ? embed : { ...embed, footer: { text: clip(text, LIMITS.footer) } };
  });
}

function button(
  label: string,
  customId: string,
  disabled = false,
  style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style,
    label: clip(label, LIMITS.buttonLabel),
    custom_id: customId,
    disabled,
  };
}

/** custom_ids for buttons and select menus: routing, which the interactions layer owns. */
export interface Routing {
  button: (state: ViewState, page: number) => string;
  pick: (view: Omit<ViewState, 'key'>) => string;
}

function navigation(
  answer: Answer,
  page: number,
  pageCount: number,
  routing: Routing,
): APIActionRowComponent<APIButtonComponent>[] {
  const encodeCustomId = routing.button;
  const state = answer.state;
  if (state === undefined) return [];
  const buttons: APIButtonComponent[] = [];
  if (pageCount > 1) {
    buttons.push(button('◀ Previous', encodeCustomId(state, Math.max(0, page - 1)), page === 0));
    buttons.push(
      button(
        'Next ▶',
        encodeCustomId(state, Math.min(pageCount - 1, page + 1)),
        page >= pageCount - 1,
      ),
    );
  }
  for (const other of answer.otherViews ?? []) {
    buttons.push(
      button(
        other.label,
        encodeCustomId({ ...state, view: other.view }, 0),
        false,
        ButtonStyle.Primary,
      ),
    );
  }
  if (buttons.length === 0) return [];
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + LIMITS.buttonsPerRow),
    });
  }
  return rows;
}

/** The candidates to pick from, as a select menu (at most 25 options, each within limits). */
function pickRow(
  pick: Pick | undefined,
  routing: Routing,
): APIActionRowComponent<APIStringSelectComponent>[] {
  if (pick === undefined || pick.options.length === 0) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: routing.pick(pick.view),
          placeholder: clip(pick.placeholder, LIMITS.selectPlaceholder),
          options: pick.options.slice(0, LIMITS.selectOptions).map((o) => {
            const option: APISelectMenuOption = {
              label: clip(o.label, LIMITS.selectLabel),
              value: o.value.slice(0, LIMITS.selectValue),
            };
            if (o.description !== undefined)
              option.description = clip(o.description, LIMITS.selectLabel);
            return option;
          }),
        },
      ],
    },
  ];
}

/**
 * The one place a Discord message is built: every reply gets `allowed_mentions: { parse: [] }`,
 * errors are ephemeral, content and embeds are kept within Discord's limits, and a long card is
 * paged with buttons instead of being cut.
 */
export function renderReply(
  answer: Answer,
  requestedPage: number,
  routing: Routing,
): RenderedReply {
  const pages = answer.card === undefined ? [] : paginateCard(answer.card);
  const pageCount = Math.max(1, pages.length);
  const page = Math.min(Math.max(0, requestedPage), pageCount - 1);
  const payload: MessagePayload = { allowed_mentions: { parse: [] } };
  if (answer.content !== undefined)
    payload.content = splitLines(answer.content, LIMITS.content)[0] ?? '';
  const embed = pages[page];
  if (embed !== undefined) payload.embeds = [embed];
  payload.components = [
    ...pickRow(answer.pick, routing),
    ...navigation(answer, page, pageCount, routing),
  ];
  if (answer.ephemeral) payload.flags = MessageFlags.Ephemeral;
  return { payload, page, pageCount };
}
