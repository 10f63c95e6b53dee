import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';

const reply = z.union([
  z.object({ ok: z.literal(true), outcome: z.string() }),
  z.object({ ok: z.literal(false), problems: z.string() }),
]);
export type WorkerReply = z.infer<typeof reply>;

// The worker is this module's sibling, compiled or not. Under tsx it is TypeScript: the worker
// registers tsx's loader first (a loader given by --import does not reach worker threads).
const extension = extname(fileURLToPath(import.meta.url));
const workerUrl = new URL(`./reloadWorker${extension}`, import.meta.url);

function startWorker(workerData: unknown): Worker {
  if (extension !== '.ts') return new Worker(workerUrl, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const script = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  return new Worker(script, { eval: true, workerData });
}

/** Reads, verifies and indexes a corpus into the index cache in a worker thread. */
export function runWorker(data: { corpusDir: string; cacheDir: string }): Promise<WorkerReply> {
  return new Promise((resolvePromise) => {
    const worker = startWorker(data);
    let settled = false;
    const settle = (result: WorkerReply): void => {
      if (settled) return;
      settled = true;
      resolvePromise(result);
      void worker.terminate();
    };
    worker.once('message', (message: unknown) => {
      const parsed = reply.safeParse(message);
      settle(parsed.success ? parsed.data : { ok: false, problems: 'reload worker: bad reply' });
    });
    worker.once('error', (error) =>
      settle({ ok: false, problems: `reload failed: ${error.message}` }),
    );
    worker.once('exit', (code) =>
      settle({ ok: false, problems: `reload worker exited with code ${code}` }),
    );
  });
}
