import type { Citation } from '../corpus/types.ts';
import type { AnswerData } from './answerData.ts';

export interface CardField {
  name: string;
  value: string;
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
}
