import type { Bot } from './bot.ts';

export type ParsedCommandLine =
  | { kind: 'command'; name: string; options: Record<string, string> }
  | { kind: 'error'; message: string };

/** Splits on spaces, keeping "double quoted" runs together (quotes removed). */
function tokens(line: string): string[] {
  const out: string[] = [];
  const pattern = /(\S*?)"([^"]*)"(\S*)|(\S+)/g;
  for (const m of line.matchAll(pattern)) {
    out.push(m[4] ?? `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`);
  }
  return out;
}

/**
 * Reads a console command line: `/operation sky-ecc`, `/operation name:sky-ecc`,
 * `/search query:"rotterdam cocaine"`. Options are `name:value`; bare words fill the first
 * required option.
 */
export function parseCommandLine(bot: Bot, line: string): ParsedCommandLine {
  const trimmed = line.trim();
  if (trimmed === '')
    return {
      kind: 'error',
      message: 'Type a command, for example `/operation sky-ecc`, or `/help`.',
    };
  if (!trimmed.startsWith('/')) {
    return {
      kind: 'error',
      message:
        'Commands start with “/”, for example `/operation sky-ecc`. Type `/help` for the list.',
    };
  }
  const [head = '', ...rest] = tokens(trimmed.slice(1));
  const name = head.toLowerCase();
  const command = bot.getCommand(name);
  const optionNames = (command?.data.options ?? []).map((o) => o.name);
  const options: Record<string, string> = {};
  const bare: string[] = [];
  for (const token of rest) {
    const colon = token.indexOf(':');
    const key = colon > 0 ? token.slice(0, colon).toLowerCase() : '';
    if (optionNames.includes(key)) options[key] = token.slice(colon + 1);
    else bare.push(token);
  }
  if (bare.length > 0) {
    const first = (command?.data.options ?? []).find(
      (o) => 'required' in o && (o.required ?? false) && options[o.name] === undefined,
    );
    if (first !== undefined) options[first.name] = bare.join(' ');
    else if (command !== undefined) {
      return {
        kind: 'error',
        message: `/${name} takes no text here (${optionNames.length === 0 ? 'it has no options' : `options: ${optionNames.join(', ')}`}).`,
      };
    }
  }
  return { kind: 'command', name, options };
}
