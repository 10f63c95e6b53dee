import type { BuildWorkerData } from '../../src/search/buildWorker.ts';

/** A build worker that exits on its first batch, as a library calling process.exit would. */
export function serve({ port }: BuildWorkerData): void {
  port.on('message', () => process.exit(7));
}
