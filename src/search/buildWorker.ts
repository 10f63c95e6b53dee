import type { MessagePort } from 'node:worker_threads';
import { DocumentPreparer, type BatchItem } from './documentBatch.ts';

/** What the main thread hands a build worker (see buildWorkers.ts). */
export interface BuildWorkerData {
  dir: string;
  port: MessagePort;
  /** Counts the worker's replies, so the main thread can sleep until the next one. */
  signal: SharedArrayBuffer;
}

/**
 * Prepares each batch of document files the port sends, in order, and posts it back; a batch
 * that fails posts its error instead, and the worker stops.
 */
export function serve({ dir, port, signal }: BuildWorkerData): void {
  const replies = new Int32Array(signal);
  const preparer = new DocumentPreparer(dir);
  const reply = (message: unknown, transfer: ArrayBuffer[] = []): void => {
    port.postMessage(message, transfer);
    Atomics.add(replies, 0, 1);
    Atomics.notify(replies, 0);
  };
  port.on('message', (items: BatchItem[]) => {
    try {
      const batch = preparer.prepare(items);
      reply(
        batch,
        [batch.text, batch.passageStarts, batch.lengths, batch.spans, batch.terms, batch.tfs].map(
          (view) => view.buffer as ArrayBuffer,
        ),
      );
    } catch (error) {
      reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      port.close();
    }
  });
}
