import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CorpusError } from '../../src/corpus/errors.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { COMMANDS, MESSAGE_COMMANDS } from '../../src/commands/index.ts';
import { Engine } from '../../src/engine/engine.ts';
import type { Command, MessageCommand } from '../../src/interactions/command.ts';
import { Dispatcher } from '../../src/interactions/dispatcher.ts';
import type { IncomingOption } from '../../src/interactions/incoming.ts';
import { finalReply } from '../../src/interactions/plan.ts';
import type { BotReply } from '../../src/interactions/reply.ts';
import type { Logger } from '../../src/log.ts';
import { silentLogger } from '../../src/log.ts';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../corpus');

let corpus: Corpus | undefined;
let engine: Engine | undefined;

/** The shipped corpus, loaded once per test file through the real loader. */
export function realCorpus(): Corpus {
  corpus ??= loadCorpus(CORPUS_DIR);
  return corpus;
}

export function realEngine(): Engine {
  engine ??= new Engine(realCorpus());
  return engine;
}

export function realDispatcher(
  logger: Logger = silentLogger(),
  commands: readonly Command[] = COMMANDS,
  messageCommands: readonly MessageCommand[] = MESSAGE_COMMANDS,
): Dispatcher {
  return new Dispatcher({ current: realEngine }, logger, commands, messageCommands);
}

let meta = 0;
function nextMeta(): { id: string } {
  meta += 1;
  return { id: `test-${meta}` };
}

/** The reply a command gets through the dispatcher's plan, deferred or not. */
export function commandReply(
  dispatcher: Dispatcher,
  name: string,
  options: Record<string, string> = {},
): BotReply {
  const list: IncomingOption[] = Object.entries(options).map(([key, value]) => ({
    name: key,
    value,
  }));
  const plan = dispatcher.plan({ kind: 'command', name, options: list, meta: nextMeta() });
  const reply = finalReply(plan);
  if (reply === undefined) throw new Error(`a command was planned as ${plan.kind}`);
  return reply;
}

/** The reply a message command ("Check figures") gets on a message with `content`. */
export function messageCommandReply(
  dispatcher: Dispatcher,
  name: string,
  content: string,
): BotReply {
  const plan = dispatcher.plan({ kind: 'message-command', name, content, meta: nextMeta() });
  const reply = finalReply(plan);
  if (reply === undefined) throw new Error(`a message command was planned as ${plan.kind}`);
  return reply;
}

/** The reply a button press gets: an update of its message, or an ephemeral error. */
export function buttonReply(dispatcher: Dispatcher, customId: string): BotReply {
  const plan = dispatcher.plan({ kind: 'button', customId, meta: nextMeta() });
  const reply = finalReply(plan);
  if (reply === undefined) throw new Error(`a button was planned as ${plan.kind}`);
  return reply;
}

/** A scratch copy of the shipped corpus; `edit` rewrites one file's text. */
export class CorpusCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'balkan-ops-corpus-'));

  constructor() {
    cpSync(CORPUS_DIR, this.dir, { recursive: true });
  }

  edit(relativePath: string, change: (text: string) => string): void {
    const path = join(this.dir, relativePath);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`edit of ${relativePath} changed nothing`);
    writeFileSync(path, after);
  }

  write(relativePath: string, text: string): void {
    writeFileSync(join(this.dir, relativePath), text);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The problems the loader reports for a corpus folder, one per line; throws if it loads. */
export function problemsOf(dir: string): string[] {
  try {
    loadCorpus(dir);
  } catch (error) {
    if (error instanceof CorpusError) return error.message.split('\n').slice(1);
    throw error;
  }
  throw new Error('the corpus loaded without problems');
}
