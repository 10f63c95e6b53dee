import type { Engine } from '../engine/engine.ts';
import type { Choice } from '../engine/types.ts';
import type { Logger } from '../log.ts';
import type { Answer } from '../render/answer.ts';
import { AnswerCache } from '../engine/answerCache.ts';
import { LIMITS } from '../render/limits.ts';
import { sliceWhole } from '../text/clip.ts';
import { localeOf, type Locale } from '../render/locale.ts';
import { problemAnswer, type Problem } from '../render/problems.ts';
import { renderReply, type ReplyOptions } from '../render/reply.ts';
import {
  PRIVATE_OPTION,
  type Command,
  type CommandContext,
  type MessageCommand,
} from './command.ts';
import { CommandIds } from './commandIds.ts';
import { decodeCustomId, ROUTING } from './customId.ts';
import type { Incoming, IncomingOption, InteractionMeta } from './incoming.ts';
import type { Plan } from './plan.ts';
import type { BotReply } from './reply.ts';

/** Text Discord sent for an option; anything that is not a scalar counts as empty. */
function optionText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

type Checked =
  | { kind: 'ok'; options: Record<string, string>; private: boolean }
  | { kind: 'problem'; problem: Problem };

/** An option's name as Discord shows it to a reader of `locale` (the key is the English one). */
function optionLabel(command: Command, key: string, locale: Locale): string {
  const spec = command.options[key];
  return locale === 'en' || spec === undefined ? key : spec.localizedName[locale];
}

/**
 * Checks options against the command's definition, once, before anything runs. Problems name
 * options as the reader's Discord shows them ("naam", not "name").
 */
export function checkOptions(
  command: Command,
  incoming: readonly IncomingOption[],
  locale: Locale = 'en',
): Checked {
  const known = Object.keys(command.options).map((key) => optionLabel(command, key, locale));
  const given = new Map<string, string>();
  let hidden = false;
  for (const { name, value } of incoming) {
    if (name === PRIVATE_OPTION) {
      hidden = value === true || optionText(value).trim().toLowerCase() === 'true';
      continue;
    }
    if (!Object.hasOwn(command.options, name)) {
      return {
        kind: 'problem',
        problem: { kind: 'unknown-option', command: command.name, option: name, known },
      };
    }
    given.set(name, optionText(value).trim());
  }
  const options: Record<string, string> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const value = given.get(name) ?? '';
    if (spec.required && value === '') {
      const problem: Problem = {
        kind: 'missing-option',
        command: command.name,
        option: optionLabel(command, name, locale),
        example: command.example,
      };
      return { kind: 'problem', problem };
    }
    if (spec.maxLength !== undefined && value.length > spec.maxLength) {
      return {
        kind: 'problem',
        problem: {
          kind: 'too-long',
          option: optionLabel(command, name, locale),
          length: value.length,
          max: spec.maxLength,
        },
      };
    }
    if (value !== '') options[name] = value;
  }
  return { kind: 'ok', options, private: hidden };
}

/** How one interaction's replies are sent: the files it takes, the language it reads. */
interface Sending extends ReplyOptions {
  locale: Locale;
}

/** Where the dispatcher gets the engine in service: a reload swaps what `current` returns. */
export interface EngineSource {
  current(): Engine;
}

/**
 * The one dispatcher: turns any interaction, from any transport, into a plan. Options are
 * checked once, every answer goes through the one reply helper, and nothing a command throws
 * escapes: it is logged with the interaction's id, server, user and command. Each plan keeps
 * the engine it started with, so a reload never changes an answer half-way.
 */
export class Dispatcher {
  private readonly byName: Map<string, Command>;
  private readonly messageCommands: Map<string, MessageCommand>;
  /** Autocomplete asks the same prefixes on every keystroke: choices per corpus version. */
  private readonly choices = new AnswerCache<Choice[]>();
  /**
   * Replies of quick commands and buttons per corpus version: the same (command, options,
   * language, privacy, attachment limit) always renders the same message, and popular ones
   * repeat. Shared objects: transports never change a reply (they may keep its encoded bytes).
   */
  private readonly replies = new AnswerCache<BotReply>(1024);
  /** Off only to measure what a reply costs to make (the benchmarks report both). */
  cacheReplies = true;
  /** Filled when Discord's ids of the deployed commands are learned (see fetchCommandIds.ts). */
  readonly commandIds = new CommandIds();
  /**
   * The reply language when an interaction names none: the console's `--locale`. Discord
   * always sends a locale, so this never overrides a user's own.
   */
  defaultLocale: Locale = 'en';

  constructor(
    private readonly engines: EngineSource,
    private readonly logger: Logger,
    readonly commands: readonly Command[],
    messageCommands: readonly MessageCommand[] = [],
    /** The slash command that answers a mention or a direct message, with the text as its option. */
    private readonly mentionCommand = 'ask',
  ) {
    this.byName = new Map(commands.map((c) => [c.name, c]));
    this.messageCommands = new Map(messageCommands.map((c) => [c.name, c]));
  }

  get engine(): Engine {
    return this.engines.current();
  }

  getCommand(name: string): Command | undefined {
    return this.byName.get(name);
  }

  /** A logger that names the interaction, for everything logged about it. */
  loggerFor(incoming: Incoming): Logger {
    if (incoming.kind === 'ping') return this.logger;
    const meta: InteractionMeta = incoming.meta;
    const fields: Record<string, string> = { interactionId: meta.id };
    if (meta.guildId !== undefined) fields.guildId = meta.guildId;
    if (meta.userId !== undefined) fields.userId = meta.userId;
    if (incoming.kind === 'button') fields.customId = incoming.customId;
    else if (incoming.kind === 'mention') fields.command = this.mentionCommand;
    else fields.command = incoming.name;
    return this.logger.child(fields);
  }

  plan(incoming: Incoming, log: Logger = this.loggerFor(incoming)): Plan {
    if (incoming.kind === 'ping') return { kind: 'pong' };
    const asked = incoming.meta.locale;
    const ctx: CommandContext = {
      engine: this.engines.current(),
      commands: this.commands,
      locale: asked === undefined ? this.defaultLocale : localeOf(asked),
      commandIds: this.commandIds.current,
    };
    // Files beyond what this conversation takes are left out of the reply, with a note.
    const sending: Sending = {
      attachmentLimit: incoming.meta.attachmentSizeLimit,
      locale: ctx.locale,
    };
    switch (incoming.kind) {
      case 'command':
        return this.planCommand(ctx, incoming.name, incoming.options, log, sending);
      case 'autocomplete':
        return {
          kind: 'choices',
          choices: this.autocomplete(ctx, incoming.name, incoming.options, log),
        };
      case 'button':
        return this.planButton(ctx, incoming.customId, incoming.values, log, sending);
      case 'message-command':
        return this.planMessageCommand(ctx, incoming.name, incoming.content, log, sending);
      case 'mention':
        return this.planMention(ctx, incoming.text, log, sending);
    }
  }

  /** Renders an answer into what transports send: the one path every reply takes. */
  reply(
    command: string,
    given: Answer,
    page = 0,
    engine = this.engines.current(),
    sending: ReplyOptions & { locale?: Locale } = {},
  ): BotReply {
    // The answer keeps its language, so every later rendering (pages, the console) matches.
    const answer =
      given.locale === undefined && sending.locale !== undefined
        ? { ...given, locale: sending.locale }
        : given;
    const rendered = renderReply(answer, page, ROUTING, sending);
    const reply: BotReply = {
      command,
      ok: answer.ok,
      message: rendered.payload,
      citations: answer.citations.map((c) => ({
        document: c.document,
        quote: c.quote,
        url: engine.corpus.documents.get(c.document)?.url ?? '',
      })),
      answer,
      pageCount: rendered.pageCount,
      files: rendered.files,
    };
    if (answer.data !== undefined) reply.data = answer.data;
    return reply;
  }

  private remembered(
    ctx: CommandContext,
    name: string,
    key: Record<string, string | number | boolean>,
    make: () => BotReply,
  ): BotReply {
    return this.cacheReplies ? this.replies.get(ctx.engine.version, name, key, make) : make();
  }

  /**
   * What a reply depends on besides the command's options (prefixed so no option name can
   * collide): the language, the attachment limit, and which command ids /help can link.
   */
  private replyKey(ctx: CommandContext, sending: Sending): Record<string, string | number> {
    return {
      '\u0000locale': ctx.locale,
      '\u0000attachments': sending.attachmentLimit ?? -1,
      '\u0000ids': this.commandIds.version,
    };
  }

  /** A problem's reply, in `locale` (the default locale when the interaction is unknown). */
  problem(command: string, problem: Problem, locale: Locale = this.defaultLocale): BotReply {
    return this.reply(command, problemAnswer(problem, locale));
  }

  private planCommand(
    ctx: CommandContext,
    name: string,
    incoming: readonly IncomingOption[],
    log: Logger,
    sending: Sending,
  ): Plan {
    const command = this.byName.get(name);
    if (command === undefined) {
      const known = [...this.byName.keys()];
      const problem: Problem = { kind: 'unknown-command', name, known };
      return { kind: 'reply', reply: this.problem(name, problem, ctx.locale) };
    }
    const checked = checkOptions(command, incoming, ctx.locale);
    if (checked.kind === 'problem') {
      return { kind: 'reply', reply: this.problem(name, checked.problem, ctx.locale) };
    }
    const answer = (): Answer => {
      const result = this.run(ctx, log, () => command.run(ctx, checked.options));
      return checked.private ? { ...result, ephemeral: true } : result;
    };
    if (!command.slow) {
      const key = { ...checked.options, ...this.replyKey(ctx, sending), private: checked.private };
      const reply = this.remembered(ctx, `/${command.name}`, key, () =>
        this.reply(command.name, answer(), 0, ctx.engine, sending),
      );
      return { kind: 'reply', reply };
    }
    return this.answerPlan(ctx, command.name, command.slow, checked.private, answer, sending);
  }

  private planMessageCommand(
    ctx: CommandContext,
    name: string,
    content: string,
    log: Logger,
    sending: Sending,
  ): Plan {
    const command = this.messageCommands.get(name);
    if (command === undefined) {
      const known = [...this.messageCommands.keys()];
      const problem: Problem = { kind: 'unknown-command', name, known };
      return { kind: 'reply', reply: this.problem(name, problem, ctx.locale) };
    }
    const answer = (): Answer => this.run(ctx, log, () => command.run(ctx, { content }));
    return this.answerPlan(ctx, name, command.slow, false, answer, sending);
  }

  /** A mention or a direct message is asked as the mention command, answered in one message. */
  private planMention(ctx: CommandContext, text: string, log: Logger, sending: Sending): Plan {
    const command = this.byName.get(this.mentionCommand);
    const option = Object.keys(command?.options ?? {})[0];
    if (command === undefined || option === undefined) return { kind: 'ignore' };
    const plan = this.planCommand(ctx, command.name, [{ name: option, value: text }], log, sending);
    return plan.kind === 'defer' ? { kind: 'reply', reply: plan.finish().reply } : plan;
  }

  /** Quick answers are sent at once; slow ones are acknowledged first, then edited in. */
  private answerPlan(
    ctx: CommandContext,
    name: string,
    slow: boolean,
    ephemeral: boolean,
    answer: () => Answer,
    sending: Sending,
  ): Plan {
    if (!slow) return { kind: 'reply', reply: this.reply(name, answer(), 0, ctx.engine, sending) };
    // Acknowledge first so Discord's 3 seconds cannot run out while the command works.
    return {
      kind: 'defer',
      ephemeral,
      finish: () => {
        const reply = this.reply(name, answer(), 0, ctx.engine, sending);
        // A public "thinking…" message cannot turn ephemeral: an ephemeral answer replaces it.
        return { kind: reply.answer.ephemeral && !ephemeral ? 'replace' : 'edit', reply };
      },
    };
  }

  private run(ctx: CommandContext, log: Logger, answer: () => Answer): Answer {
    try {
      return answer();
    } catch (error) {
      log.error({ err: error }, 'command failed');
      return problemAnswer({ kind: 'unexpected' }, ctx.locale);
    }
  }

  /** A button press: the state is in the custom_id, so it works after a restart. */
  private planButton(
    ctx: CommandContext,
    customId: string,
    values: readonly string[] | undefined,
    log: Logger,
    sending: Sending,
  ): Plan {
    const decoded = decodeCustomId(customId, values?.[0]);
    const command = decoded === undefined ? undefined : this.byName.get(decoded.state.command);
    if (decoded === undefined || command?.view === undefined) {
      return {
        kind: 'reply',
        reply: this.problem('button', { kind: 'button-expired' }, ctx.locale),
      };
    }
    const view = command.view;
    try {
      const key = { ...this.replyKey(ctx, sending), values: values?.join('\u0001') ?? '' };
      const cached = this.remembered(ctx, `button:${customId}`, key, () => {
        const answer = view(ctx, decoded.state);
        return answer === undefined
          ? this.problem(command.name, { kind: 'view-gone' }, ctx.locale)
          : this.reply(command.name, answer, decoded.page, ctx.engine, sending);
      });
      return cached.ok ? { kind: 'update', reply: cached } : { kind: 'reply', reply: cached };
    } catch (error) {
      log.error({ err: error }, 'button failed');
      return {
        kind: 'reply',
        reply: this.problem(command.name, { kind: 'unexpected' }, ctx.locale),
      };
    }
  }

  /** Choices for the focused option: at most 25, each within Discord's lengths; never throws. */
  private autocomplete(
    ctx: CommandContext,
    name: string,
    options: readonly IncomingOption[],
    log: Logger,
  ): Choice[] {
    const command = this.byName.get(name);
    if (command?.autocomplete === undefined) return [];
    const focused = options.find((o) => o.focused === true);
    if (focused === undefined) return [];
    const value = optionText(focused.value).slice(0, 200);
    const complete = command.autocomplete;
    try {
      return this.choices.get(
        ctx.engine.version,
        name,
        { option: focused.name, value, locale: ctx.locale },
        () =>
          complete(ctx, focused.name, value)
            .slice(0, LIMITS.choices)
            .map((c) => ({
              name: sliceWhole(c.name, LIMITS.choiceName),
              value: sliceWhole(c.value, LIMITS.choiceValue),
            })),
      );
    } catch (error) {
      log.error({ err: error }, 'autocomplete failed');
      return [];
    }
  }
}
