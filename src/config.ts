import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { ed25519KeyProblem } from './crypto/ed25519Key.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const emptyAsUndefined = (value: unknown): unknown => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const corpusDir = z.preprocess(emptyAsUndefined, z.string().default('./corpus'));

const configSchema = z
  .object({
    DISCORD_TOKEN: optionalString,
    DISCORD_APPLICATION_ID: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^\d{17,20}$/, 'must be a Discord snowflake (17–20 digits)')
        .optional(),
    ),
    DISCORD_PUBLIC_KEY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters')
        .superRefine((hex, ctx) => {
          const problem = ed25519KeyProblem(hex);
          if (problem !== undefined)
            ctx.addIssue({
              code: 'custom',
              message: `${problem}; copy the key from the Developer Portal`,
            });
        })
        .optional(),
    ),
    DISCORD_API_URL: z.preprocess(emptyAsUndefined, z.url().default('https://discord.com/api')),
    BOT_TRANSPORT: z.preprocess(
      emptyAsUndefined,
      z.enum(['console', 'gateway', 'http']).optional(),
    ),
    HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
    PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(8080)),
    SHARDS: z.preprocess(
      emptyAsUndefined,
      z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)]).optional(),
    ),
    LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(LOG_LEVELS).default('info')),
    CORPUS_DIR: corpusDir,
  })
  .transform((env) => ({
    ...env,
    transport: env.BOT_TRANSPORT ?? (env.DISCORD_TOKEN === undefined ? 'console' : 'gateway'),
  }))
  .superRefine((env, ctx) => {
    if (env.transport === 'gateway' && env.DISCORD_TOKEN === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_TOKEN'],
        message: 'is required for the gateway transport',
      });
    }
    if (env.transport === 'http' && env.DISCORD_PUBLIC_KEY === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_PUBLIC_KEY'],
        message: 'is required for the http transport',
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

let dotenvLoaded = false;

/** Reads `.env` (never overriding the real environment) once. */
function readEnvironment(): NodeJS.ProcessEnv {
  if (!dotenvLoaded) {
    loadDotenv({ quiet: true });
    dotenvLoaded = true;
  }
  return process.env;
}

/** The validated configuration; a bad value names its variable (never its value: it may be secret). */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): Config {
  // In a shard process discord.js's ShardingManager sets SHARDS to the shard's id: that one is
  // discord.js's to read, not a request to shard again.
  const own = env.SHARDING_MANAGER === 'true' ? { ...env, SHARDS: undefined } : env;
  const parsed = configSchema.safeParse(own);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (issue) => `  - ${issue.path.join('.') || 'environment'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** CORPUS_DIR alone, for tools that need no other setting (corpus:check, ask). */
export function corpusDirFromEnv(): string {
  return corpusDir.parse(readEnvironment().CORPUS_DIR);
}
