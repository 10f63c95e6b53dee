import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

// The token in an interaction or webhook path: `/interactions/<id>/<token>/callback`.
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/[^/\s]+\/)[^/?#\s"]+/g;

/** Interaction and webhook paths with their token replaced. */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, '$1[redacted]');
}

// Request bodies (the full reply) and Discord's echo of them.
const DROPPED = new Set(['requestBody', 'rawError', 'body']);

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactTokens(value);
  if (typeof value !== 'object' || value === null || depth > 4) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!DROPPED.has(key)) out[key] = scrub(inner, depth + 1);
  }
  return out;
}

/**
 * Errors as pino serializes them, minus what must never be logged: discord.js errors carry the
 * request URL (with the interaction token) and the full request body (the reply).
 */
function serializeError(error: unknown): unknown {
  return error instanceof Error ? scrub(pino.stdSerializers.err(error), 0) : scrub(error, 0);
}

/**
 * Structured JSON logs on stderr (stdout belongs to the console and JSON output). The token is
 * redacted wherever a log object might carry it; interaction tokens and reply bodies in errors
 * are stripped by the error serializer.
 */
export function createLogger(
  level: LogLevel,
  destination: DestinationStream = pino.destination({ fd: 2, sync: true }),
): Logger {
  return pino(
    {
      level,
      base: { app: 'balkan-ops' },
      serializers: { err: serializeError, error: serializeError },
      redact: {
        paths: [
          'token',
          '*.token',
          'DISCORD_TOKEN',
          '*.DISCORD_TOKEN',
          'headers.authorization',
          '*.headers.authorization',
          'requestBody',
          '*.requestBody',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

/** A logger that drops everything, for tests and benchmarks. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
