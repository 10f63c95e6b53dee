import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Choice, Engine } from '../engine/engine.ts';
import type { Answer, ViewState } from '../render/answer.ts';

export interface CommandContext {
  engine: Engine;
  /** Every registered command, for /help. */
  commands: readonly SlashCommand[];
}

/** One slash command: its Discord definition and thin handlers over the engine and renderers. */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Shown by /help, e.g. "/operation sky-ecc". */
  example: string;
  /** May take longer than a second on a large corpus: transports defer before running it. */
  slow?: boolean;
  execute(ctx: CommandContext, options: Readonly<Record<string, string>>): Answer;
  autocomplete?(ctx: CommandContext, option: string, value: string): Choice[];
  /** Rebuilds a view from a button's state; undefined when the state no longer resolves. */
  view?(ctx: CommandContext, state: ViewState): Answer | undefined;
}
