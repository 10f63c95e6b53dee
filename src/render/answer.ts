import type { Citation } from '../corpus/types.ts';
import type { AnswerData } from './answerData.ts';
import type { Locale } from './locale.ts';

export interface CardField {
  name: string;
  value: string;
  /**
   * The documents this field lists (a Sources list): the reply helper gives each a link button
   * when the message has room, and shows `value` otherwise.
   */
  sources?: SourceLink[];
  /**
   * The link buttons are the point of this field (a /sources entry): it starts a new page
   * rather than show as text when the page has no room left for its buttons.
   */
  linksFirst?: boolean;
}

/** A document as a Sources list shows it: its line of text and the page it links to. */
export interface SourceLink {
  text: string;
  url: string;
  /** The link button's label; "Open <host>" in the reader's language when absent. */
  label?: string;
}

/** A rich answer before it meets Discord's limits: the reply helper pages it. */
export interface Card {
  title: string;
  url?: string;
  description?: string;
  fields: CardField[];
  footer?: string;
}

/** Enough to rebuild an answer from a button's custom_id, so buttons survive restarts. */
export interface ViewState {
  command: string;
  key: string;
  view: string;
}

export interface Answer {
  ok: boolean;
  ephemeral: boolean;
  content?: string;
  card?: Card;
  citations: Citation[];
  state?: ViewState;
  /** Other views of the same answer, offered as buttons ("Show quotes" / "Show figures"). */
  otherViews?: { view: string; label: string }[];
  /** The typed answer the message was rendered from (verdicts, answers), for `ask --json`. */
  data?: AnswerData;
  /** Attachments (maps, charts, exports), sent with the message, each with its description. */
  files?: Attachment[];
  /**
   * A choice to pick from instead of retyping (the candidates of an ambiguous name): a select
   * menu whose chosen value becomes the view's key.
   */
  pick?: Pick;
  /**
   * The reader's language, for what the reply helper adds (paging buttons, "page x/y", link
   * buttons); English when absent. The dispatcher sets it from the interaction's locale.
   */
  locale?: Locale;
}

/** A file sent with a message: Discord shows `description` as its alt text. */
export interface Attachment {
  name: string;
  description: string;
  contentType: string;
  data: Buffer;
}

export interface Pick {
  placeholder: string;
  /** The view each option opens; its key is the chosen option's value. */
  view: Omit<ViewState, 'key'>;
  options: { label: string; value: string; description?: string }[];
}
