import { PRIVATE_OPTION, type Command } from '../../interactions/command.ts';
import type { IncomingOption } from '../../interactions/incoming.ts';
import type { Problem } from '../../render/problems.ts';

export type ParsedCommandLine =
  | { kind: 'command'; name: string; options: IncomingOption[] }
  | { kind: 'problem'; problem: Problem };

/** Splits on spaces, keeping "double quoted" runs together (quotes removed). */
function tokens(line: string): string[] {
  const out: string[] = [];
  const pattern = /(\S*?)"([^"]*)"(\S*)|(\S+)/g;
  for (const m of line.matchAll(pattern)) {
    out.push(m[4] ?? `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`);
  }
  return out;
}

/** Between two values typed bare: `/compare sky-ecc, theseus`, `/compare sky ecc vs theseus`. */
const BETWEEN_VALUES = /\s*,\s*|\s+(?:vs\.?|versus)\s+/i;

/**
 * Bare words fill the required options not named: one value per option when the words split
 * into exactly that many (at commas or "vs", else one word each); otherwise they all go to the
 * first, and the dispatcher names what is missing.
 */
function fillBare(options: Map<string, string>, unfilled: string[], bare: string[]): void {
  const text = bare.join(' ');
  const parts = text.split(BETWEEN_VALUES).filter((part) => part !== '');
  const values =
    unfilled.length > 1 && parts.length === unfilled.length
      ? parts
      : unfilled.length > 1 && bare.length === unfilled.length
        ? bare
        : [text];
  values.forEach((value, i) => {
    const optionName = unfilled[i];
    if (optionName !== undefined) options.set(optionName, value);
  });
}

/**
 * Reads a console command line: `/operation sky-ecc`, `/operation name:sky-ecc`,
 * `/search query:"rotterdam cocaine"`, `/compare sky-ecc theseus`. Options are `name:value`; bare
 * words fill the required options not named (see fillBare). The dispatcher checks the options, as it does for Discord's.
 */
export function parseCommandLine(
  line: string,
  commandNamed: (name: string) => Command | undefined,
): ParsedCommandLine {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'problem', problem: { kind: 'empty-line' } };
  if (!trimmed.startsWith('/')) return { kind: 'problem', problem: { kind: 'not-a-command' } };
  const [head = '', ...rest] = tokens(trimmed.slice(1));
  const name = head.toLowerCase();
  const command = commandNamed(name);
  const specs = Object.entries(command?.options ?? {});
  const optionNames = [...specs.map(([optionName]) => optionName), PRIVATE_OPTION];
  const options = new Map<string, string>();
  const bare: string[] = [];
  for (const token of rest) {
    const colon = token.indexOf(':');
    const key = colon > 0 ? token.slice(0, colon).toLowerCase() : '';
    if (optionNames.includes(key)) options.set(key, token.slice(colon + 1));
    else bare.push(token);
  }
  if (bare.length > 0) {
    const unfilled = specs
      .filter(([optionName, spec]) => spec.required && !options.has(optionName))
      .map(([optionName]) => optionName);
    if (unfilled.length > 0) fillBare(options, unfilled, bare);
    else if (command !== undefined) {
      return {
        kind: 'problem',
        problem: {
          kind: 'takes-no-text',
          command: name,
          options: specs.map(([optionName]) => optionName),
        },
      };
    }
  }
  return {
    kind: 'command',
    name,
    options: [...options].map(([optionName, value]) => ({ name: optionName, value })),
  };
}
