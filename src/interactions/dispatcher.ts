import type { Engine } from '../engine/engine.ts';
import type { Choice } from '../engine/types.ts';
import type { Logger } from '../log.ts';
import type { Answer } from '../render/answer.ts';
import { LIMITS } from '../render/limits.ts';
import { problemAnswer, type Problem } from '../render/problems.ts';
import { renderReply } from '../render/reply.ts';
import type { Command, CommandContext } from './command.ts';
import { decodeCustomId, encodeCustomId } from './customId.ts';
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
  { kind: 'ok'; options: Record<string, string> } | { kind: 'problem'; problem: Problem };

/** Checks options against the command's definition, once, before anything runs. */
export function checkOptions(command: Command, incoming: readonly IncomingOption[]): Checked {
  const known = Object.keys(command.options);
  const given = new Map<string, string>();
  for (const { name, value } of incoming) {
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
        option: name,
        example: command.example,
      };
      return { kind: 'problem', problem };
    }
    if (spec.maxLength !== undefined && value.length > spec.maxLength) {
      return {
        kind: 'problem',
        problem: { kind: 'too-long', option: name, length: value.length, max: spec.maxLength },
      };
    }
    if (value !== '') options[name] = value;
  }
  return { kind: 'ok', options };
}

/**
 * The one dispatcher: turns any interaction, from any transport, into a plan. Options are
 * checked once, every answer goes through the one reply helper, and nothing a command throws
 * escapes: it is logged with the interaction's id, server, user and command.
 */
export class Dispatcher {
  private readonly byName: Map<string, Command>;
  private readonly ctx: CommandContext;

  constructor(
    readonly engine: Engine,
    private readonly logger: Logger,
    readonly commands: readonly Command[],
  ) {
    this.byName = new Map(commands.map((c) => [c.name, c]));
    this.ctx = { engine, commands };
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
    else fields.command = incoming.name;
    return this.logger.child(fields);
  }

  plan(incoming: Incoming, log: Logger = this.loggerFor(incoming)): Plan {
    switch (incoming.kind) {
      case 'ping':
        return { kind: 'pong' };
      case 'command':
        return this.planCommand(incoming.name, incoming.options, log);
      case 'autocomplete':
        return {
          kind: 'choices',
          choices: this.autocomplete(incoming.name, incoming.options, log),
        };
      case 'button':
        return this.planButton(incoming.customId, log);
    }
  }

  /** Renders an answer into what transports send: the one path every reply takes. */
  reply(command: string, answer: Answer, page = 0): BotReply {
    const rendered = renderReply(answer, page, encodeCustomId);
    return {
      command,
      ok: answer.ok,
      message: rendered.payload,
      citations: answer.citations.map((c) => ({
        document: c.document,
        quote: c.quote,
        url: this.engine.document(c.document).url,
      })),
      answer,
      pageCount: rendered.pageCount,
    };
  }

  problem(command: string, problem: Problem): BotReply {
    return this.reply(command, problemAnswer(problem));
  }

  private planCommand(name: string, incoming: readonly IncomingOption[], log: Logger): Plan {
    const command = this.byName.get(name);
    if (command === undefined) {
      const known = [...this.byName.keys()];
      return { kind: 'reply', reply: this.problem(name, { kind: 'unknown-command', name, known }) };
    }
    const checked = checkOptions(command, incoming);
    if (checked.kind === 'problem') {
      return { kind: 'reply', reply: this.problem(name, checked.problem) };
    }
    if (!command.slow) {
      return { kind: 'reply', reply: this.run(command, checked.options, log) };
    }
    // Acknowledge first so Discord's 3 seconds cannot run out while the command works.
    return {
      kind: 'defer',
      finish: () => {
        const reply = this.run(command, checked.options, log);
        return { kind: reply.answer.ephemeral ? 'replace' : 'edit', reply };
      },
    };
  }

  private run(command: Command, options: Readonly<Record<string, string>>, log: Logger): BotReply {
    try {
      return this.reply(command.name, command.run(this.ctx, options));
    } catch (error) {
      log.error({ err: error, options }, 'command failed');
      return this.problem(command.name, { kind: 'unexpected' });
    }
  }

  /** A button press: the state is in the custom_id, so it works after a restart. */
  private planButton(customId: string, log: Logger): Plan {
    const decoded = decodeCustomId(customId);
    const command = decoded === undefined ? undefined : this.byName.get(decoded.state.command);
    if (decoded === undefined || command?.view === undefined) {
      return { kind: 'reply', reply: this.problem('button', { kind: 'button-expired' }) };
    }
    try {
      const answer = command.view(this.ctx, decoded.state);
      if (answer === undefined) {
        return { kind: 'reply', reply: this.problem(command.name, { kind: 'view-gone' }) };
      }
      const reply = this.reply(command.name, answer, decoded.page);
      return reply.ok ? { kind: 'update', reply } : { kind: 'reply', reply };
    } catch (error) {
      log.error({ err: error }, 'button failed');
      return { kind: 'reply', reply: this.problem(command.name, { kind: 'unexpected' }) };
    }
  }

  /** Choices for the focused option: at most 25, each within Discord's lengths; never throws. */
  private autocomplete(name: string, options: readonly IncomingOption[], log: Logger): Choice[] {
    const command = this.byName.get(name);
    if (command?.autocomplete === undefined) return [];
    const focused = options.find((o) => o.focused === true);
    if (focused === undefined) return [];
    try {
      return command
        .autocomplete(this.ctx, focused.name, optionText(focused.value).slice(0, 200))
        .slice(0, LIMITS.choices)
        .map((c) => ({
          name: c.name.slice(0, LIMITS.choiceName),
          value: c.value.slice(0, LIMITS.choiceValue),
        }));
    } catch (error) {
      log.error({ err: error }, 'autocomplete failed');
      return [];
    }
  }
}
