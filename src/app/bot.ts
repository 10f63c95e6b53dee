import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
} from 'discord-api-types/v10';
import { COMMANDS } from '../../commands/index.ts';
import type { Choice, Engine } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import { errorAnswer, type Answer } from '../render/answer.ts';
import { escapeUserText } from '../render/markdown.ts';
import { decodeCustomId, renderReply, type MessagePayload } from '../render/reply.ts';
import type { CommandContext, SlashCommand } from './command.ts';

export interface PublicCitation {
  document: string;
  quote: string;
  url: string;
}

/** What every transport sends, and what `ask --json` prints. */
export interface BotReply {
  command: string;
  ok: boolean;
  message: MessagePayload;
  citations: PublicCitation[];
}

/** The reply plus the answer it was rendered from (the console shows every page of it). */
export interface BotResult extends BotReply {
  answer: Answer;
  pageCount: number;
}

/** Exactly the JSON contract: `{ command, ok, message, citations }`. */
export function publicReply(result: BotReply): BotReply {
  return {
    command: result.command,
    ok: result.ok,
    message: result.message,
    citations: result.citations,
  };
}

const MAX_CHOICE = 100;

/** Option values as the commands take them: text, whatever type Discord sent. */
export function optionValues(
  options: readonly { name?: unknown; value?: unknown }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, value } of options) {
    if (typeof name !== 'string') continue;
    out[name] =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : '';
  }
  return out;
}
const UNEXPECTED =
  'Something went wrong while answering. It has been logged; please try again or rephrase.';

function stringOptions(command: SlashCommand): APIApplicationCommandBasicOption[] {
  return (command.data.options ?? []).filter(
    (o): o is APIApplicationCommandBasicOption =>
      o.type !== ApplicationCommandOptionType.Subcommand,
  );
}

/**
 * The transport-free dispatcher: checks options against each command's definition, runs the
 * command, and turns every answer (or failure) into a Discord payload through the reply helper.
 * Nothing thrown by a command escapes it.
 */
export class Bot {
  private readonly byName: Map<string, SlashCommand>;
  private readonly ctx: CommandContext;

  constructor(
    readonly engine: Engine,
    private readonly logger: Logger,
    readonly commands: readonly SlashCommand[] = COMMANDS,
  ) {
    this.byName = new Map(commands.map((c) => [c.data.name, c]));
    this.ctx = { engine, commands };
  }

  getCommand(name: string): SlashCommand | undefined {
    return this.byName.get(name);
  }

  /** Renders an answer into what transports send: the one path every reply takes. */
  reply(command: string, answer: Answer, page = 0): BotResult {
    const rendered = renderReply(answer, page);
    return {
      answer,
      pageCount: rendered.pageCount,
      command,
      ok: answer.ok,
      message: rendered.payload,
      citations: answer.citations.map((c) => ({
        document: c.document,
        quote: c.quote,
        url: this.engine.document(c.document).url,
      })),
    };
  }

  private validate(
    command: SlashCommand,
    options: Readonly<Record<string, string>>,
  ): string | undefined {
    const defined = stringOptions(command);
    const name = `/${command.data.name}`;
    for (const key of Object.keys(options)) {
      if (!defined.some((o) => o.name === key)) {
        const known = defined.map((o) => o.name).join(', ') || 'none';
        return `${name} has no option “${escapeUserText(key, 40)}” (options: ${known}).`;
      }
    }
    for (const option of defined) {
      const value = options[option.name]?.trim() ?? '';
      if (option.required === true && value === '') {
        return `${name} needs a ${option.name}: for example \`${command.example}\`.`;
      }
      const max = 'max_length' in option ? option.max_length : undefined;
      if (max !== undefined && value.length > max) {
        return `The ${option.name} is too long (${value.length} characters; at most ${max}).`;
      }
    }
    return undefined;
  }

  /** The error reply for an unknown command or bad options, before anything runs; else undefined. */
  reject(name: string, options: Readonly<Record<string, string>>): BotResult | undefined {
    const command = this.byName.get(name);
    if (command === undefined) {
      const names = [...this.byName.keys()].map((n) => `/${n}`).join(', ');
      return this.reply(
        name,
        errorAnswer(`Unknown command “/${escapeUserText(name, 40)}”. Commands: ${names}.`),
      );
    }
    const problem = this.validate(command, options);
    return problem === undefined ? undefined : this.reply(name, errorAnswer(problem));
  }

  /** Runs a slash command with its options as strings; never throws. */
  command(name: string, options: Readonly<Record<string, string>> = {}): BotResult {
    const rejected = this.reject(name, options);
    if (rejected !== undefined) return rejected;
    const command = this.byName.get(name);
    if (command === undefined) return this.reply(name, errorAnswer(UNEXPECTED));
    const trimmed = Object.fromEntries(Object.entries(options).map(([k, v]) => [k, v.trim()]));
    try {
      return this.reply(name, command.execute(this.ctx, trimmed));
    } catch (error) {
      this.logger.error({ err: error, command: name, options: trimmed }, 'command failed');
      return this.reply(name, errorAnswer(UNEXPECTED));
    }
  }

  /** A button press: the state is in the custom_id, so it works after a restart. */
  button(customId: string): BotResult {
    const decoded = decodeCustomId(customId);
    const command = decoded === undefined ? undefined : this.byName.get(decoded.state.command);
    if (decoded === undefined || command?.view === undefined) {
      return this.reply(
        'button',
        errorAnswer('This button is no longer valid. Run the command again.'),
      );
    }
    try {
      const answer = command.view(this.ctx, decoded.state);
      if (answer === undefined) {
        return this.reply(
          command.data.name,
          errorAnswer('That answer is no longer in the sources. Run the command again.'),
        );
      }
      return this.reply(command.data.name, answer, decoded.page);
    } catch (error) {
      this.logger.error({ err: error, customId }, 'button failed');
      return this.reply(command.data.name, errorAnswer(UNEXPECTED));
    }
  }

  /** Autocomplete choices: at most 25, each within Discord's lengths; never throws. */
  autocomplete(name: string, option: string, value: string): Choice[] {
    const command = this.byName.get(name);
    if (command?.autocomplete === undefined) return [];
    try {
      return command
        .autocomplete(this.ctx, option, value.slice(0, 200))
        .slice(0, 25)
        .map((c) => ({ name: c.name.slice(0, MAX_CHOICE), value: c.value.slice(0, MAX_CHOICE) }));
    } catch (error) {
      this.logger.error({ err: error, command: name, option }, 'autocomplete failed');
      return [];
    }
  }
}
