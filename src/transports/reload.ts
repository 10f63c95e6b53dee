import type { ReloadResult, Runtime } from '../runtime.ts';

/** One line saying what a reload did, for the console and logs. */
export function reloadReport(result: ReloadResult): string {
  if (!result.ok) return `Reload refused; still serving the previous corpus.\n${result.problems}`;
  const { engine, version } = result.served;
  const { corpus } = engine;
  return (
    `Reloaded corpus ${version}${result.changed ? '' : ' (unchanged)'}: ` +
    `${corpus.documents.size} documents, ${corpus.passages.length} passages, ` +
    `${corpus.operations.length} operations.`
  );
}

/**
 * SIGHUP reloads the corpus in a running process, whatever its transport. Returns a function
 * that stops listening (the console stops when its input ends).
 */
export function reloadOnHangup(runtime: Runtime): () => void {
  const onHangup = (): void => {
    void runtime.reloadInBackground();
  };
  process.on('SIGHUP', onHangup);
  return () => process.off('SIGHUP', onHangup);
}
