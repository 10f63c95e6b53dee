/** Who asked, for logs and (later) the reply's language. */
export interface InteractionMeta {
  id: string;
  guildId?: string | undefined;
  userId?: string | undefined;
  locale?: string | undefined;
  /** Bytes of attachments a message may carry here (Discord's `attachment_size_limit`). */
  attachmentSizeLimit?: number | undefined;
}

/** One option as it arrived; the dispatcher checks it against the command's definition. */
export interface IncomingOption {
  name: string;
  value?: unknown;
  focused?: boolean | undefined;
}

/**
 * An interaction as every transport hands it to the dispatcher, whatever carried it: the
 * gateway (discord.js objects), the HTTP endpoint (signed JSON) or the console (a typed line).
 */
export type Incoming =
  | { kind: 'ping' }
  | { kind: 'command'; name: string; options: readonly IncomingOption[]; meta: InteractionMeta }
  | {
      kind: 'autocomplete';
      name: string;
      options: readonly IncomingOption[];
      meta: InteractionMeta;
    }
  /** A button, or a select menu with the values picked. */
  | { kind: 'button'; customId: string; values?: readonly string[]; meta: InteractionMeta }
  /** A message command used on a message (its content arrives with the interaction). */
  | { kind: 'message-command'; name: string; content: string; meta: InteractionMeta }
  /** A message that mentions the bot, or a direct message: a question in plain words. */
  | { kind: 'mention'; text: string; meta: InteractionMeta };
