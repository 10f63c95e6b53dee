// A test entry point: the real console (`console`) or `ask` (`ask [--json] LINE`) on the shipped
// corpus, with the test-only /exhibit commands added, so tests can run them as processes.
import { COMMANDS } from '../../src/commands/index.ts';
import { silentLogger } from '../../src/log.ts';
import { Runtime } from '../../src/runtime.ts';
import { runAsk } from '../../src/transports/console/ask.ts';
import { runConsole } from '../../src/transports/console/console.ts';
import { CORPUS_DIR } from './corpus.ts';
import { EXHIBIT_COMMANDS } from './exhibit.ts';

const [mode, ...args] = process.argv.slice(2);
const runtime = new Runtime(CORPUS_DIR, silentLogger(), {
  commands: [...COMMANDS, ...EXHIBIT_COMMANDS],
});
if (mode === 'console') await runConsole(runtime, CORPUS_DIR);
else await runAsk(runtime.dispatcher, args);
