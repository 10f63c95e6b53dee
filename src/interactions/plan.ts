import type { Choice } from '../engine/types.ts';
import type { BotReply } from './reply.ts';

/** What happens to a deferred interaction once its answer is ready. */
export type Deferred =
  /** Edit the "thinking…" message into the answer. */
  | { kind: 'edit'; reply: BotReply }
  /** A deferred reply cannot become ephemeral: delete it and send the answer as a follow-up. */
  | { kind: 'replace'; reply: BotReply };

/**
 * The dispatcher's decision for one interaction. Transports only carry plans out: the gateway
 * with discord.js calls, the HTTP endpoint with its response and the interaction webhook, the
 * console by printing.
 */
export type Plan =
  | { kind: 'pong' }
  | { kind: 'reply'; reply: BotReply }
  /** Replace the message a button sits on. */
  | { kind: 'update'; reply: BotReply }
  | { kind: 'choices'; choices: Choice[] }
  /** Acknowledge at once (privately when asked), then `finish` (which never throws) answers. */
  | { kind: 'defer'; ephemeral: boolean; finish: () => Deferred }
  /** Nothing to answer (a mention when no command answers mentions). */
  | { kind: 'ignore' };

/** The message a plan ends with, for transports that need no acknowledgement (the console). */
export function finalReply(plan: Plan): BotReply | undefined {
  switch (plan.kind) {
    case 'reply':
    case 'update':
      return plan.reply;
    case 'defer':
      return plan.finish().reply;
    case 'pong':
    case 'choices':
    case 'ignore':
      return undefined;
  }
}
