import type { LogLevel } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { createLogger } from '../../src/log.ts';

export interface CapturedLogs {
  logger: Logger;
  /** Each line as written, parsed. */
  lines: Record<string, unknown>[];
  /** Everything written, as text (to assert what never appears). */
  text: () => string;
}

/** The real logger (its redaction and serializers) writing into memory. */
export function captureLogs(level: LogLevel = 'debug'): CapturedLogs {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(level, {
    write(chunk: string) {
      raw.push(chunk);
      for (const line of chunk.split('\n')) {
        if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      }
    },
  });
  return { logger, lines, text: () => raw.join('') };
}
