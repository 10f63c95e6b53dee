import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  SeparatorSpacingSize,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInContainer,
  type APIComponentInMessageActionRow,
  type APIInteractionResponseCallbackData,
  type APISectionComponent,
  type APISelectMenuOption,
  type APITextDisplayComponent,
  type RESTAPIAttachment,
} from 'discord-api-types/v10';
import type { Answer, Attachment, Card, Pick, SourceLink, ViewState } from './answer.ts';
import { fitAttachments, isImage } from './attachments.ts';
import { hostOf, markdownLink } from './footnotes.ts';
import { LIMITS } from './limits.ts';
import { MESSAGES, type Messages } from './messages.ts';
import { layoutPages, type Page } from './pages.ts';
import { clipText } from '../text/clip.ts';

export { splitLines } from './pages.ts';

export type MessagePayload = APIInteractionResponseCallbackData;

export interface RenderedReply {
  payload: MessagePayload;
  page: number;
  pageCount: number;
  /** The files the message carries, named as its components reference them. */
  files: Attachment[];
}

export interface ReplyOptions {
  /** Bytes of attachments the conversation takes (the interaction's `attachment_size_limit`). */
  attachmentLimit?: number | undefined;
}

const CARD_COLOR = 0x2b6cb0;
const PROBLEM_COLOR = 0x9b2c2c;
// Room kept on every page for " · page x/y".
const PAGE_NOTE_ROOM = 20;

/** custom_ids for buttons and select menus: routing, which the interactions layer owns. */
export interface Routing {
  button: (state: ViewState, page: number) => string;
  pick: (view: Omit<ViewState, 'key'>) => string;
}

/** Message flags combined into one bit field (the enum has no member for a combination). */
function flagsOf(...flags: MessageFlags[]): MessageFlags {
  const bits = flags.reduce<number>((all, flag) => all | flag, 0);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- a bit field of members
  return bits;
}

function text(content: string): APITextDisplayComponent {
  return { type: ComponentType.TextDisplay, content };
}

function separator(): APIComponentInContainer {
  return { type: ComponentType.Separator, divider: true, spacing: SeparatorSpacingSize.Small };
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
    label: clipText(label, LIMITS.buttonLabel),
    custom_id: customId,
    disabled,
  };
}

/** The words the reply helper adds, in the answer's language. */
function wordsOf(answer: Answer): Messages['reply'] {
  return MESSAGES[answer.locale ?? 'en'].reply;
}

/** Buttons for paging (◀ ▶, reserved whenever the answer can be paged) and the other views. */
function navigationButtons(
  answer: Answer,
  page: number,
  pageCount: number,
  routing: Routing,
): APIButtonComponent[] {
  const state = answer.state;
  if (state === undefined) return [];
  const t = wordsOf(answer);
  const buttons: APIButtonComponent[] = [];
  if (pageCount > 1) {
    buttons.push(button(t.previous, routing.button(state, Math.max(0, page - 1)), page === 0));
    buttons.push(
      button(
        t.next,
        routing.button(state, Math.min(pageCount - 1, page + 1)),
        page >= pageCount - 1,
      ),
    );
  }
  for (const other of answer.otherViews ?? []) {
    buttons.push(
      button(
        other.label,
        routing.button({ ...state, view: other.view }, 0),
        false,
        ButtonStyle.Primary,
      ),
    );
  }
  return buttons;
}

function rowsOf(
  components: APIComponentInMessageActionRow[],
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  for (let i = 0; i < components.length; i += LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: components.slice(i, i + LIMITS.buttonsPerRow),
    });
  }
  return rows;
}

/** The candidates to pick from, as a select menu (at most 25 options, each within limits). */
function pickRow(
  pick: Pick | undefined,
  routing: Routing,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  if (pick === undefined || pick.options.length === 0) return [];
  const options = pick.options.slice(0, LIMITS.selectOptions).map((o) => {
    const option: APISelectMenuOption = {
      label: clipText(o.label, LIMITS.selectLabel),
      value: o.value.slice(0, LIMITS.selectValue),
    };
    if (o.description !== undefined)
      option.description = clipText(o.description, LIMITS.selectLabel);
    return option;
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: routing.pick(pick.view),
          placeholder: clipText(pick.placeholder, LIMITS.selectPlaceholder),
          options,
        },
      ],
    },
  ];
}

/** A row of one page's controls' components, nested ones included. */
function countComponents(rows: readonly APIActionRowComponent<APIComponentInMessageActionRow>[]) {
  return rows.reduce((n, row) => n + 1 + row.components.length, 0);
}

/** Images in one media gallery (alt text from each description), other files each as a File. */
function mediaComponents(files: readonly Attachment[]): APIComponentInContainer[] {
  const images = files.filter(isImage).slice(0, LIMITS.mediaGalleryItems);
  const components: APIComponentInContainer[] = [];
  if (images.length > 0) {
    components.push({
      type: ComponentType.MediaGallery,
      items: images.map((file) => ({
        media: { url: `attachment://${file.name}` },
        description: file.description,
      })),
    });
  }
  for (const file of files.filter((f) => !images.includes(f))) {
    components.push({ type: ComponentType.File, file: { url: `attachment://${file.name}` } });
  }
  return components;
}

/** A document of a Sources list: its line, and a link button to its page. */
function sourceSection(link: SourceLink, t: Messages['reply']): APISectionComponent {
  return {
    type: ComponentType.Section,
    components: [text(link.text)],
    accessory: {
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      label: clipText(link.label ?? t.open(hostOf(link.url)), LIMITS.buttonLabel),
      url: link.url,
    },
  };
}

function heading(answer: Answer, page: number): string | undefined {
  const card = answer.card;
  if (card === undefined) return undefined;
  const continued = `${card.title} (${wordsOf(answer).continued})`;
  const title = clipText(page === 0 ? card.title : continued, LIMITS.title);
  const linked = card.url !== undefined && card.url.length <= LIMITS.linkUrl;
  return `## ${linked ? markdownLink(title, card.url ?? '') : title}`;
}

/** The small print under the body: the card's footer, the page, files left out. */
function footnote(answer: Answer, page: number, pageCount: number, dropped: string[]): string {
  const pageNote = pageCount > 1 ? wordsOf(answer).page(page + 1, pageCount) : undefined;
  const parts = [answer.card?.footer, pageNote];
  const line = parts.filter((p): p is string => p !== undefined && p !== '').join(' · ');
  return [line, ...dropped]
    .filter((l) => l !== '')
    .map((l) => `-# ${l}`)
    .join('\n');
}

/** The page's text and sources as components: heading and text merged into one Text Display. */
function bodyComponents(
  head: string | undefined,
  page: Page | undefined,
  t: Messages['reply'],
): APIComponentInContainer[] {
  const components: APIComponentInContainer[] = [];
  let pending = head;
  for (const part of page?.parts ?? []) {
    if (part.kind === 'text') {
      pending = pending === undefined ? part.text : `${pending}\n${part.text}`;
      continue;
    }
    if (pending !== undefined) components.push(text(pending));
    pending = undefined;
    components.push(separator(), ...part.links.map((link) => sourceSection(link, t)));
  }
  if (pending !== undefined) components.push(text(pending));
  return components;
}

/**
 * The one place a Discord message is built, as Components V2 (text every client shows, also with
 * embeds turned off): a Container with the heading and text, the Sources list with a link button
 * per document, the pictures in a media gallery and other files, the small print, then the select
 * menu and buttons. Every reply gets `allowed_mentions: { parse: [] }`, errors are ephemeral,
 * every Components V2 limit holds (40 components, 4,000 characters), and a long answer is paged
 * with buttons instead of being cut.
 */
export function renderReply(
  answer: Answer,
  requestedPage: number,
  routing: Routing,
  options: ReplyOptions = {},
): RenderedReply {
  const { files, dropped } = fitAttachments(
    answer.files ?? [],
    options.attachmentLimit,
    answer.locale,
  );
  const media = mediaComponents(files);
  const pick = pickRow(answer.pick, routing);
  // Paging buttons are counted whether or not the answer turns out to need them.
  const controls = countComponents([
    ...pick,
    ...rowsOf(navigationButtons(answer, 0, answer.state === undefined ? 1 : 2, routing)),
  ]);
  const fixedText =
    (heading(answer, 1)?.length ?? 0) + 1 + footnote(answer, 0, 1, dropped).length + PAGE_NOTE_ROOM;
  const fixedComponents =
    1 + // the container
    1 + // the heading's Text Display
    1 + // the small print's Text Display
    (media.length > 0 ? 1 + media.length : 0) +
    1 + // the separator above the controls
    controls;
  const pages = layoutPages(answer, {
    text: LIMITS.text - fixedText,
    components: LIMITS.components - fixedComponents,
  });
  const pageCount = pages.length;
  const page = Math.min(Math.max(0, requestedPage), pageCount - 1);

  const inside: APIComponentInContainer[] = bodyComponents(
    heading(answer, page),
    pages[page],
    wordsOf(answer),
  );
  if (media.length > 0) inside.push(separator(), ...media);
  const small = footnote(answer, page, pageCount, dropped);
  if (small !== '') inside.push(text(small));
  const rows = [...pick, ...rowsOf(navigationButtons(answer, page, pageCount, routing))];
  if (rows.length > 0) inside.push(separator(), ...rows);
  if (inside.length === 0) inside.push(text('—'));

  const payload: MessagePayload = {
    flags: answer.ephemeral
      ? flagsOf(MessageFlags.IsComponentsV2, MessageFlags.Ephemeral)
      : MessageFlags.IsComponentsV2,
    allowed_mentions: { parse: [] },
    components: [
      {
        type: ComponentType.Container,
        accent_color: answer.ok ? CARD_COLOR : PROBLEM_COLOR,
        components: inside,
      },
    ],
  };
  if (files.length > 0) {
    payload.attachments = files.map((file, id): RESTAPIAttachment => ({
      id: String(id),
      filename: file.name,
      description: file.description,
    }));
  }
  return { payload, page, pageCount, files };
}

const NO_ROUTES: Routing = { button: () => 'x', pick: () => 'x' };

/** Whether a card fits one message, for renderers that would rather shorten than page. */
export function fitsOneMessage(card: Card): boolean {
  return (
    renderReply({ ok: true, ephemeral: false, card, citations: [] }, 0, NO_ROUTES).pageCount === 1
  );
}

/**
 * The payload as an edit of an existing message (a deferred "thinking…" message, or the message
 * a button sits on): ephemerality cannot change there, the Components V2 flag must be sent (the
 * deferral could not carry it), and `attachments` lists every file the message keeps, so files
 * of the view before are dropped.
 */
export function asEdit(payload: MessagePayload): MessagePayload {
  return {
    ...payload,
    flags: MessageFlags.IsComponentsV2,
    attachments: payload.attachments ?? [],
  };
}
