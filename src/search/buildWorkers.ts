import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import { z } from 'zod';
import {
  DocumentPreparer,
  preparedBatchSchema,
  type BatchItem,
  type PreparedBatch,
} from './documentBatch.ts';

/** Batches each worker has queued ahead of the main thread: enough to never sit idle. */
const AHEAD = 2;
/** A worker silent this long is taken for dead (a batch takes well under a second). */
const STALL_MS = 60_000;

const failure = z.object({ error: z.string() });

// The worker is this module's sibling, compiled or not. Under tsx it is TypeScript: the worker
// registers tsx's loader first (a loader given by --import does not reach worker threads).
const extension = extname(fileURLToPath(import.meta.url));
export const BUILD_WORKER_URL = new URL(`./buildWorker${extension}`, import.meta.url);

/**
 * Starts a worker running `serve` of the module at `url`. The bootstrap reports a module that
 * fails to load as a reply, so the main thread, blocked waiting, hears of it.
 */
function startWorker(
  url: URL,
  data: { dir: string; port: MessagePort; signal: SharedArrayBuffer },
): Worker {
  const register =
    extname(fileURLToPath(url)) === '.ts'
      ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((api) => api.register())`
      : 'Promise.resolve()';
  // A worker that exits (process.exit in some library, a fatal error) says so as its last
  // reply: the main thread, blocked in Atomics.wait, hears of it at once instead of after
  // STALL_MS. Only a thread killed outright (out of memory) is left to the stall timer.
  const script = `
    const { workerData } = require('node:worker_threads');
    const fail = (error) => {
      workerData.port.postMessage({ error });
      const replies = new Int32Array(workerData.signal);
      Atomics.add(replies, 0, 1);
      Atomics.notify(replies, 0);
    };
    process.on('exit', (code) => fail('the build worker exited (code ' + code + ')'));
    ${register}
      .then(() => import(${JSON.stringify(url.href)}))
      .then((module) => module.serve(workerData))
      .catch((error) => fail(String(error && error.stack || error)));`;
  return new Worker(script, { eval: true, workerData: data, transferList: [data.port] });
}

class BuildWorker {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly replies = new Int32Array(new SharedArrayBuffer(4));

  constructor(url: URL, dir: string) {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.worker = startWorker(url, {
      dir,
      port: channel.port2,
      signal: this.replies.buffer,
    });
    this.worker.unref();
  }

  send(items: readonly BatchItem[]): void {
    this.port.postMessage(items);
  }

  /** The next reply, waited for without an event loop: the build stays synchronous. */
  receive(): PreparedBatch {
    for (;;) {
      const seen = Atomics.load(this.replies, 0);
      const got = receiveMessageOnPort(this.port);
      if (got !== undefined) {
        const message: unknown = got.message;
        const failed = failure.safeParse(message);
        if (failed.success) throw new Error(failed.data.error);
        return preparedBatchSchema.parse(message);
      }
      if (Atomics.wait(this.replies, 0, seen, STALL_MS) === 'timed-out')
        throw new Error(`no reply for ${STALL_MS / 1000} s`);
    }
  }

  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }
}

/** Which preparer counted a batch: its words are numbered by that preparer. */
export type BatchSource = number | 'main';

export interface PrepareOutcome {
  /** Why the workers were given up, when one failed: the rest was prepared in this thread. */
  workerFailure?: string;
}

/**
 * Prepares `batches` in order and hands each to `each` as soon as it and all before it are
 * ready. With `workers` > 0, worker threads prepare them round-robin while this thread takes
 * them in; a worker that fails (cannot start, throws, goes silent) stops them all and this
 * thread prepares what is left, so the outcome is the same, only slower.
 */
export function prepareBatches(
  dir: string,
  batches: readonly (readonly BatchItem[])[],
  workers: number,
  each: (batch: PreparedBatch, source: BatchSource) => void,
  workerUrl: URL = BUILD_WORKER_URL,
): PrepareOutcome {
  let local: DocumentPreparer | undefined;
  const inThisThread = (b: number): void => {
    local ??= new DocumentPreparer(dir);
    each(local.prepare(batches[b] ?? []), 'main');
  };
  const count = Math.min(workers, batches.length);
  if (count <= 0) {
    batches.forEach((_, b) => inThisThread(b));
    return {};
  }
  const pool: BuildWorker[] = [];
  let workerFailure: string | undefined;
  try {
    for (let w = 0; w < count; w += 1) pool.push(new BuildWorker(workerUrl, dir));
    for (let b = 0; b < Math.min(batches.length, count * AHEAD); b += 1)
      pool[b % count]?.send(batches[b] ?? []);
  } catch (error) {
    workerFailure = String(error);
  }
  try {
    for (let b = 0; b < batches.length; b += 1) {
      const worker = pool[b % count];
      if (workerFailure !== undefined || worker === undefined) {
        inThisThread(b);
        continue;
      }
      let batch: PreparedBatch;
      try {
        batch = worker.receive();
      } catch (error) {
        workerFailure = error instanceof Error ? error.message : String(error);
        for (const each of pool) each.stop();
        inThisThread(b);
        continue;
      }
      const next = b + count * AHEAD;
      if (next < batches.length) worker.send(batches[next] ?? []);
      each(batch, b % count);
    }
  } finally {
    for (const worker of pool) worker.stop();
  }
  return workerFailure === undefined ? {} : { workerFailure };
}
