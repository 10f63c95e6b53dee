import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { corpusDirFromEnv } from '../config.ts';
import { loadCorpus } from '../corpus/loadCorpus.ts';
import { Engine } from '../engine/engine.ts';
import { factRows, factsToCsv, factsToJson, type FactSelection } from '../export/facts.ts';

// `export [--operation X | --country Y] [--format csv|json] [--out FILE]`: the facts, one row each,
// to stdout or FILE. Names are resolved as the bot resolves them (aliases, typos, other languages).
const USAGE =
  'usage: npm run export -- [--operation NAME | --country NAME] [--format csv|json] [--out FILE]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parse(): { operation?: string; country?: string; format: 'csv' | 'json'; out?: string } {
  try {
    const { values } = parseArgs({
      options: {
        operation: { type: 'string' },
        country: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
      },
      strict: true,
    });
    const { format, ...rest } = values;
    if (format !== 'csv' && format !== 'json') fail(`unknown format "${format}"`);
    if (rest.operation !== undefined && rest.country !== undefined)
      fail('give --operation or --country, not both');
    return { ...rest, format };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

function selection(engine: Engine, args: { operation?: string; country?: string }): FactSelection {
  if (args.operation !== undefined) {
    const found = engine.findOperation(args.operation);
    if (found.kind === 'found') return { operation: found.operation.id };
    const names = found.kind === 'ambiguous' ? found.candidates : found.suggestions;
    fail(
      `${found.kind === 'ambiguous' ? 'several operations match' : 'no operation matches'} ` +
        `"${args.operation}"; try one of: ${names.map((op) => op.id).join(', ')}`,
    );
  }
  if (args.country !== undefined) {
    const found = engine.findCountry(args.country);
    if (found.kind === 'found') return { country: found.report.country.code };
    fail(`no country matches "${args.country}"`);
  }
  return {};
}

const args = parse();
const corpus = loadCorpus(corpusDirFromEnv());
const rows = factRows(corpus, selection(new Engine(corpus), args));
const output = args.format === 'csv' ? factsToCsv(rows) : factsToJson(rows);
if (args.out === undefined) process.stdout.write(output);
else {
  writeFileSync(args.out, output);
  process.stderr.write(`${rows.length} facts written to ${args.out}\n`);
}
