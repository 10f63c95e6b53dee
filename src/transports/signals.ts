import type { Logger } from '../log.ts';

/** A shutdown still running after this long is cut short (and still exits 0). */
export const FORCED_EXIT_MS = 4000;

/**
 * SIGINT/SIGTERM run `stop` (close the gateway, drain the HTTP server) and exit 0; a stuck
 * shutdown is cut after a few seconds. Kept apart from the gateway so that the HTTP transport
 * does not load discord.js.
 */
export function exitOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(0), FORCED_EXIT_MS).unref();
    stop()
      .catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}
