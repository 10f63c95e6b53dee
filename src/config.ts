import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { ed25519KeyProblem } from './crypto/ed25519Key.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const emptyAsUndefined = (value: unknown): unknown => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const corpusDir = z.preprocess(emptyAsUndefined, z.string().default('./corpus'));
const logLevel = z.preprocess(emptyAsUndefined, z.enum(LOG_LEVELS).optional());
const indexCacheDir = z.preprocess(emptyAsUndefined, z.string().default('.cache/index'));
const apiUrl = z.preprocess(emptyAsUndefined, z.url().default('https://discord.com/api'));

/** The environment as it is read: every variable the project knows, checked. */
const environmentSchema = z.object({
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
  DISCORD_API_URL: apiUrl,
  BOT_TRANSPORT: z.preprocess(emptyAsUndefined, z.enum(['console', 'gateway', 'http']).optional()),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(8080)),
  SHARDS: z.preprocess(
    emptyAsUndefined,
    z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)]).optional(),
  ),
  LOG_LEVEL: logLevel,
  CORPUS_DIR: corpusDir,
  INDEX_CACHE_DIR: indexCacheDir,
});

/**
 * How a gateway process shards: not at all; as the manager that spawns one process per shard;
 * or as one of those processes, whose ids discord.js's manager passes in SHARDS/SHARD_COUNT.
 */
export type Sharding =
  | { kind: 'none' }
  | { kind: 'manager'; shards: 'auto' | number }
  | { kind: 'shard'; ids: number[]; count: number };

interface CommonConfig {
  logLevel: LogLevel;
  corpusDir: string;
  /** Where the built passage index and document text are saved, keyed by content. */
  indexCacheDir: string;
  /** Discord's REST base (discord.js `rest.api`, the interaction webhook). */
  apiUrl: string;
  /** When set, no need to ask Discord for it (to learn the command ids). */
  applicationId?: string;
}

export type ConsoleConfig = CommonConfig & { transport: 'console' };
export type GatewayConfig = CommonConfig & {
  transport: 'gateway';
  token: string;
  sharding: Sharding;
};
export type HttpConfig = CommonConfig & {
  transport: 'http';
  /** Optional here: with it, the endpoint learns the command ids for `</name:id>` links. */
  token?: string;
  publicKey: string;
  host: string;
  port: number;
};
/** The configuration, typed per transport: each transport sees only what it needs. */
export type Config = ConsoleConfig | GatewayConfig | HttpConfig;

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

function fail(issues: readonly { path: readonly PropertyKey[]; message: string }[]): never {
  const lines = issues.map(
    (issue) => `  - ${issue.path.map(String).join('.') || 'environment'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

function parse<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv): T {
  const parsed = schema.safeParse(env, { jitless: true });
  return parsed.success ? parsed.data : fail(parsed.error.issues);
}

/** A shard process's own ids, as discord.js's ShardingManager sets them. */
function shardOf(env: NodeJS.ProcessEnv): Sharding {
  let ids: unknown;
  try {
    ids = JSON.parse(env.SHARDS ?? '[0]');
  } catch {
    ids = undefined;
  }
  const count = Number(env.SHARD_COUNT ?? '1');
  const list = Array.isArray(ids) ? ids : [ids];
  if (!list.every((id): id is number => Number.isInteger(id)) || !Number.isInteger(count)) {
    fail([{ path: ['SHARDS'], message: 'is not a shard id list set by the sharding manager' }]);
  }
  return { kind: 'shard', ids: list, count };
}

/**
 * The validated configuration, the one reader of the environment (besides tools that need
 * only the corpus, below). A bad value names its variable, never its value: it may be secret.
 */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): Config {
  // In a shard process SHARDS holds the shard's ids, set by discord.js's manager: not a request
  // to shard again.
  const shardProcess = env.SHARDING_MANAGER === 'true';
  const vars = parse(environmentSchema, shardProcess ? { ...env, SHARDS: undefined } : env);
  const transport =
    vars.BOT_TRANSPORT ?? (vars.DISCORD_TOKEN === undefined ? 'console' : 'gateway');
  const common = {
    corpusDir: vars.CORPUS_DIR,
    indexCacheDir: vars.INDEX_CACHE_DIR,
    apiUrl: vars.DISCORD_API_URL,
    ...(vars.DISCORD_APPLICATION_ID === undefined
      ? {}
      : { applicationId: vars.DISCORD_APPLICATION_ID }),
  };
  switch (transport) {
    case 'console':
      // The console keeps its terminal for answers: only warnings and errors are logged there.
      return { transport, ...common, logLevel: vars.LOG_LEVEL ?? 'warn' };
    case 'gateway': {
      if (vars.DISCORD_TOKEN === undefined)
        fail([{ path: ['DISCORD_TOKEN'], message: 'is required for the gateway transport' }]);
      const sharding: Sharding = shardProcess
        ? shardOf(env)
        : vars.SHARDS === undefined
          ? { kind: 'none' }
          : { kind: 'manager', shards: vars.SHARDS };
      return {
        transport,
        ...common,
        logLevel: vars.LOG_LEVEL ?? 'info',
        token: vars.DISCORD_TOKEN,
        sharding,
      };
    }
    case 'http':
      if (vars.DISCORD_PUBLIC_KEY === undefined)
        fail([{ path: ['DISCORD_PUBLIC_KEY'], message: 'is required for the http transport' }]);
      return {
        transport,
        ...common,
        logLevel: vars.LOG_LEVEL ?? 'info',
        ...(vars.DISCORD_TOKEN === undefined ? {} : { token: vars.DISCORD_TOKEN }),
        publicKey: vars.DISCORD_PUBLIC_KEY,
        host: vars.HOST,
        port: vars.PORT,
      };
  }
}

export interface DeployConfig {
  token: string;
  applicationId?: string;
  apiUrl: string;
}

/** What `deploy-commands` needs: the token, and the application id when it is known. */
export function loadDeployConfig(env: NodeJS.ProcessEnv = readEnvironment()): DeployConfig {
  const vars = parse(
    environmentSchema.pick({
      DISCORD_TOKEN: true,
      DISCORD_APPLICATION_ID: true,
      DISCORD_API_URL: true,
    }),
    env,
  );
  if (vars.DISCORD_TOKEN === undefined)
    fail([{ path: ['DISCORD_TOKEN'], message: 'is required to deploy commands' }]);
  const config: DeployConfig = { token: vars.DISCORD_TOKEN, apiUrl: vars.DISCORD_API_URL };
  if (vars.DISCORD_APPLICATION_ID !== undefined) config.applicationId = vars.DISCORD_APPLICATION_ID;
  return config;
}

export interface ToolConfig {
  corpusDir: string;
  indexCacheDir: string;
  logLevel: LogLevel;
}

/** What the command-line tools (ask, corpus:check) need: the corpus, and quiet logs. */
export function loadToolConfig(env: NodeJS.ProcessEnv = readEnvironment()): ToolConfig {
  const vars = parse(
    environmentSchema.pick({ CORPUS_DIR: true, LOG_LEVEL: true, INDEX_CACHE_DIR: true }),
    env,
  );
  return {
    corpusDir: vars.CORPUS_DIR,
    indexCacheDir: vars.INDEX_CACHE_DIR,
    logLevel: vars.LOG_LEVEL ?? 'warn',
  };
}

/** CORPUS_DIR alone, for tools that need no other setting. */
export function corpusDirFromEnv(): string {
  return loadToolConfig().corpusDir;
}
