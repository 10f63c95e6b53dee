import type { Engine } from '../engine/engine.ts';
import type { Choice } from '../engine/types.ts';
import type { Answer, ViewState } from '../render/answer.ts';
import type { Locale } from '../render/locale.ts';

/** A text in English with its Dutch and Croatian localizations. */
export interface Localized {
  en: string;
  nl: string;
  hr: string;
}

/** Every slash command takes it: the answer is shown only to the person who asked. */
export const PRIVATE_OPTION = 'private';

/** One option of a command, as its definition declares it. */
export interface StringOptionSpec {
  type: 'string';
  /** Localizations of the option's name; the key it is declared under is the English name. */
  localizedName: Omit<Localized, 'en'>;
  description: Localized;
  required: boolean;
  maxLength?: number;
  autocomplete?: boolean;
  choices?: readonly { value: string; name: Localized }[];
}

export type OptionSpecs = Readonly<Record<string, StringOptionSpec>>;

/** The handler's options, derived from the definition: required options are always present. */
export type OptionsOf<S extends OptionSpecs> = {
  readonly [K in keyof S as S[K]['required'] extends true ? K : never]: string;
} & {
  readonly [K in keyof S as S[K]['required'] extends true ? never : K]?: string;
};

export interface CommandContext {
  engine: Engine;
  /** The language to reply in, from the interaction's locale (English when unknown). */
  locale: Locale;
  /** Every registered command, for /help. */
  commands: readonly Command[];
  /** Discord's ids of the deployed commands, by name (for `</name:id>` links); may be empty. */
  commandIds: ReadonlyMap<string, string>;
}

/** A slash command: its definition and thin handlers over the engine and the renderers. */
export interface CommandSpec<S extends OptionSpecs> {
  name: string;
  description: Localized;
  options: S;
  /** Shown by /help, e.g. "/operation sky-ecc". */
  example: string;
  /** May take longer than a second on a large corpus: the dispatcher defers before running it. */
  slow?: boolean;
  run(ctx: CommandContext, options: OptionsOf<S>): Answer;
  autocomplete?(ctx: CommandContext, option: keyof S & string, value: string): Choice[];
  /** Rebuilds a view from a button's state; undefined when the state no longer resolves. */
  view?(ctx: CommandContext, state: ViewState): Answer | undefined;
}

/**
 * What the dispatcher holds: the spec with its option types erased. The dispatcher checks every
 * value against `options` before `run` sees it, which is what makes the erasure safe.
 */
export interface Command {
  name: string;
  description: Localized;
  options: OptionSpecs;
  example: string;
  slow: boolean;
  run: (ctx: CommandContext, options: Readonly<Record<string, string>>) => Answer;
  autocomplete: ((ctx: CommandContext, option: string, value: string) => Choice[]) | undefined;
  view: ((ctx: CommandContext, state: ViewState) => Answer | undefined) | undefined;
}

/** The message a message command was used on: its content arrives in the interaction. */
export interface TargetMessage {
  content: string;
}

/** A message command (right-click a message → Apps): no options, the message is its input. */
export interface MessageCommand {
  /** Shown in the menu, e.g. "Check figures". */
  name: string;
  localizedName: Omit<Localized, 'en'>;
  slow: boolean;
  run: (ctx: CommandContext, message: TargetMessage) => Answer;
}

export function defineMessageCommand(
  spec: Omit<MessageCommand, 'slow'> & { slow?: boolean },
): MessageCommand {
  return { ...spec, slow: spec.slow ?? false };
}

/** Declares a command: one file per command calls this, and the registry lists the result. */
export function defineCommand<const S extends OptionSpecs>(spec: CommandSpec<S>): Command {
  return {
    name: spec.name,
    description: spec.description,
    options: spec.options,
    example: spec.example,
    slow: spec.slow ?? false,
    // Safe: the dispatcher validated required options and names against `spec.options`.
    run: (ctx, options) => spec.run(ctx, options as OptionsOf<S>),
    autocomplete:
      spec.autocomplete === undefined
        ? undefined
        : (ctx, option, value) =>
            option in spec.options ? (spec.autocomplete?.(ctx, option, value) ?? []) : [],
    view: spec.view === undefined ? undefined : (ctx, state) => spec.view?.(ctx, state),
  };
}
