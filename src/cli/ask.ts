import { ConfigError, loadToolConfig } from '../config.ts';
import { CorpusError } from '../corpus/errors.ts';
import { createLogger } from '../log.ts';
import { INTL_TAG, type Locale } from '../render/locale.ts';
import { createRuntime } from '../runtime.ts';
import { runAsk } from '../transports/console/ask.ts';

const LOCALES = Object.keys(INTL_TAG);

function isLocale(value: string): value is Locale {
  return LOCALES.includes(value);
}

/** `--locale nl` (or `--locale=nl`) taken out of the arguments: the language to answer in. */
function localeArgument(args: readonly string[]): { locale: Locale; rest: string[] } {
  const rest: string[] = [];
  let locale: Locale = 'en';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const inline = /^--locale=(.*)$/.exec(arg);
    if (arg !== '--locale' && inline === null) {
      rest.push(arg);
      continue;
    }
    const value = (inline === null ? args[(i += 1)] : inline[1]) ?? '';
    if (!isLocale(value)) {
      throw new ConfigError(`--locale takes one of ${LOCALES.join(', ')} (got “${value}”)`);
    }
    locale = value;
  }
  return { locale, rest };
}

// `ask [--json] [--locale nl|hr] "/operation sky-ecc"`: one answer; with no command line, one
// per stdin line.
async function ask(): Promise<void> {
  const config = loadToolConfig();
  const { locale, rest } = localeArgument(process.argv.slice(2));
  const { dispatcher } = createRuntime(config.corpusDir, createLogger(config.logLevel), {
    indexCacheDir: config.indexCacheDir,
  });
  dispatcher.defaultLocale = locale;
  await runAsk(dispatcher, rest);
}

ask().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const known = error instanceof ConfigError || error instanceof CorpusError;
  process.stderr.write(known ? `${message}\n` : `ask failed: ${message}\n`);
  process.exit(1);
});
