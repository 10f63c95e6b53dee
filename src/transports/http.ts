import { InteractionType } from 'discord-api-types/v10';
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { optionValues, type Bot } from '../app/bot.ts';
import type { Runtime } from '../app/runtime.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { interactionBodySchema, type InteractionBody } from './interactionBody.ts';
import { ReplayGuard } from './replayGuard.ts';
import { exitOnSignals, FORCED_EXIT_MS } from './signals.ts';
import {
  WebhookDelivery,
  webhookTarget,
  type WebhookDeliveryOptions,
  type WebhookTarget,
} from './webhookDelivery.ts';

export interface InteractionsServerOptions {
  /** The application's Ed25519 public key, hex, from the Developer Portal. */
  publicKey: string;
  /** Where deferred answers are sent (the interaction webhook), e.g. https://discord.com/api. */
  apiUrl: string;
  bodyLimit?: number;
  /** A signed timestamp further than this from now is a replay. */
  maxClockSkewSeconds?: number;
  now?: () => number;
  /** Socket limits; the defaults are the documented ones (SERVER_TIMEOUTS). */
  timeouts?: Partial<ServerTimeouts>;
  /** Outbound deferred-answer delivery (caps, retries); `apiUrl` and `logger` come from here. */
  delivery?: Omit<WebhookDeliveryOptions, 'apiUrl' | 'logger'>;
}

export interface ServerTimeouts {
  /** The request line and headers must arrive within this: else 408. */
  headersMs: number;
  /** The whole request (headers and body) must arrive within this: else 408. */
  requestMs: number;
  /** How often Node checks the two above: a timeout fires at most this much late. */
  checkIntervalMs: number;
  /**
   * A socket with no progress either way (a client that stops reading its answer) is destroyed.
   * Longer than `requestMs`, so a stalled request gets its 408 first.
   */
  idleMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersMs: 5_000,
  requestMs: 10_000,
  checkIntervalMs: 500,
  idleMs: 15_000,
  keepAliveMs: 5_000,
};

const BODY_LIMIT = 256 * 1024;
// A half-closed socket whose peer never reads or closes is destroyed after this.
const CLOSE_LINGER_MS = 1_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The client went away before its body arrived: nothing to answer, nothing worth a stack. */
class ClientAborted extends Error {}

export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') },
    format: 'jwk',
  });
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) throw new HttpError(413, 'body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new HttpError(413, 'body too large');
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new ClientAborted('client aborted mid-body');
  }
  return Buffer.concat(chunks);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Signature over timestamp + raw body, checked before anything of the body is parsed. */
function checkSignature(
  req: IncomingMessage,
  body: Buffer,
  key: KeyObject,
  skew: number,
  now: number,
): { signature: string; timestamp: number } {
  const signature = header(req, 'x-signature-ed25519');
  const timestamp = header(req, 'x-signature-timestamp');
  if (signature === undefined || timestamp === undefined)
    throw new HttpError(401, 'missing signature');
  if (!/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp))
    throw new HttpError(401, 'bad signature');
  if (Math.abs(now / 1000 - Number(timestamp)) > skew) throw new HttpError(401, 'stale timestamp');
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  if (!verify(null, signed, key, Buffer.from(signature, 'hex')))
    throw new HttpError(401, 'bad signature');
  return { signature, timestamp: Number(timestamp) };
}

/** The first problem of a body that fails the schema, as a short reason (no values). */
function describeInvalid(
  parsed: unknown,
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
): string {
  const type =
    typeof parsed === 'object' && parsed !== null && 'type' in parsed ? parsed.type : undefined;
  if (![1, 2, 3, 4].includes(Number(type))) return 'unknown interaction type';
  const issue = error.issues[0];
  const where = issue?.path.map(String).join('.') ?? '';
  return `malformed interaction: ${where === '' ? '' : `${where}: `}${issue?.message ?? 'invalid'}`;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * Discord's "Interactions Endpoint URL": stateless, so any number of identical instances can
 * serve behind a load balancer. Commands answer with type 4 (slow ones with type 5, then an
 * edit of the original through the interaction webhook), autocomplete with 8, buttons with 7.
 */
export class InteractionsEndpoint {
  private readonly key: KeyObject;
  private readonly timeouts: ServerTimeouts;
  private readonly replays: ReplayGuard;
  readonly delivery: WebhookDelivery;
  private draining = false;

  constructor(
    private readonly bot: Bot,
    private readonly logger: Logger,
    private readonly options: InteractionsServerOptions,
  ) {
    this.key = publicKeyFromHex(options.publicKey);
    this.timeouts = { ...SERVER_TIMEOUTS, ...options.timeouts };
    this.replays = new ReplayGuard((options.maxClockSkewSeconds ?? 300) * 1000);
    this.delivery = new WebhookDelivery({
      ...options.delivery,
      apiUrl: options.apiUrl,
      logger,
    });
  }

  createServer(): Server {
    const timeouts = this.timeouts;
    const server = createServer(
      {
        headersTimeout: timeouts.headersMs,
        requestTimeout: timeouts.requestMs,
        // Node checks both timeouts only this often (30 s by default): keep them close to true.
        connectionsCheckingInterval: timeouts.checkIntervalMs,
      },
      (req, res) => {
        this.handle(req, res).catch((error: unknown) => {
          if (error instanceof ClientAborted) {
            this.logger.debug('client aborted mid-body');
            res.destroy();
            return;
          }
          this.logger.error({ err: error, path: req.url?.split('?')[0] }, 'request failed');
          if (!res.headersSent) send(res, 500, { error: 'internal error' });
          else res.destroy();
        });
      },
    );
    server.keepAliveTimeout = timeouts.keepAliveMs;
    // No listener for 'timeout': Node then destroys the socket, instead of waiting for a client
    // that never reads its answer.
    server.timeout = timeouts.idleMs;
    server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
      const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
      // A client gone mid-request is logged once, by the request ('client aborted mid-body').
      if (error.code !== 'ECONNRESET' && error.code !== 'HPE_INVALID_EOF_STATE')
        this.logger.debug({ code: error.code }, timedOut ? 'request timed out' : 'client error');
      if (!socket.writable) {
        socket.destroy();
        return;
      }
      const status = timedOut ? '408 Request Timeout' : '400 Bad Request';
      // end() only half-closes: destroy once written, or after a short linger if never read.
      const linger = setTimeout(() => socket.destroy(), CLOSE_LINGER_MS);
      linger.unref();
      socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`, () => {
        clearTimeout(linger);
        socket.destroy();
      });
    });
    return server;
  }

  /** Stop taking requests, let those in flight finish, then resolve. */
  async drain(server: Server, deliveryTimeoutMs = FORCED_EXIT_MS - 500): Promise<void> {
    this.draining = true;
    const started = Date.now();
    await new Promise<void>((resolve) => {
      // Connections kept alive would hold close() open: drop each one as soon as it is idle.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.close(() => {
        clearInterval(sweep);
        resolve();
      });
      server.closeIdleConnections();
    });
    // Deferred answers still being delivered finish (or give up, logged) before exit.
    await this.delivery.drain(Math.max(0, deliveryTimeoutMs - (Date.now() - started)));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, { error: 'method not allowed' });
      return send(res, this.draining ? 503 : 200, { status: this.draining ? 'draining' : 'ok' });
    }
    if (path !== '/interactions') return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' });
    try {
      const body = await readBody(req, this.options.bodyLimit ?? BODY_LIMIT);
      const now = (this.options.now ?? Date.now)();
      const signed = checkSignature(
        req,
        body,
        this.key,
        this.options.maxClockSkewSeconds ?? 300,
        now,
      );
      if (!this.replays.firstSeen(signed.signature, signed.timestamp, now))
        throw new HttpError(409, 'replayed request');
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new HttpError(400, 'malformed JSON');
      }
      const interaction = interactionBodySchema.safeParse(parsed);
      if (!interaction.success)
        throw new HttpError(400, describeInvalid(parsed, interaction.error));
      send(res, 200, this.respond(interaction.data));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      // Signed requests that fail come from Discord and deserve attention; anyone can send the
      // rest (unsigned, replayed, oversized), so they stay at debug and cannot flood the log.
      this.logger[error.status === 400 ? 'warn' : 'debug'](
        { status: error.status, reason: error.message },
        'rejected interaction request',
      );
      if (error.status === 413) res.setHeader('connection', 'close');
      send(res, error.status, { error: error.message });
    }
  }

  private respond(interaction: InteractionBody): unknown {
    switch (interaction.type) {
      case InteractionType.Ping:
        return { type: 1 };
      case InteractionType.ApplicationCommand:
        return this.command(interaction);
      case InteractionType.MessageComponent: {
        const result = this.bot.button(interaction.data.custom_id);
        return { type: result.ok ? 7 : 4, data: result.message };
      }
      case InteractionType.ApplicationCommandAutocomplete: {
        const data = interaction.data;
        const focused = (data.options ?? []).find((o) => o.focused === true);
        const name = focused?.name ?? '';
        const value = optionValues(data.options ?? [])[name] ?? '';
        return { type: 8, data: { choices: this.bot.autocomplete(data.name, name, value) } };
      }
    }
  }

  private command(
    interaction: Extract<InteractionBody, { type: InteractionType.ApplicationCommand }>,
  ): unknown {
    const name = interaction.data.name;
    const options = optionValues(interaction.data.options ?? []);
    const rejected = this.bot.reject(name, options);
    if (rejected !== undefined) return { type: 4, data: rejected.message };
    if (this.bot.getCommand(name)?.slow !== true) {
      return { type: 4, data: this.bot.command(name, options).message };
    }
    const target = webhookTarget(interaction.application_id, interaction.token);
    if (target === undefined)
      throw new HttpError(400, 'malformed interaction: token or application_id');
    // Acknowledge now; answer through the interaction webhook once the work is done.
    setImmediate(() => {
      void this.finishDeferred(target, name, options, interaction.id);
    });
    return { type: 5 };
  }

  private finishDeferred(
    target: WebhookTarget,
    name: string,
    options: Record<string, string>,
    interactionId: string,
  ): Promise<boolean> {
    const result = this.bot.command(name, options);
    const context = { command: name, interactionId };
    if (result.ok)
      return this.delivery.deliver(
        target,
        [{ kind: 'edit-original', body: result.message }],
        context,
      );
    // A deferred reply cannot become ephemeral: replace it with an ephemeral follow-up.
    return this.delivery.deliver(
      target,
      [{ kind: 'delete-original' }, { kind: 'follow-up', body: result.message }],
      context,
    );
  }
}

export async function runHttp(runtime: Runtime, config: Config, logger: Logger): Promise<void> {
  if (config.DISCORD_PUBLIC_KEY === undefined)
    throw new Error('DISCORD_PUBLIC_KEY is required for the http transport');
  const endpoint = new InteractionsEndpoint(runtime.bot, logger, {
    publicKey: config.DISCORD_PUBLIC_KEY,
    apiUrl: config.DISCORD_API_URL,
  });
  const server = endpoint.createServer();
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
  logger.info(
    { host: config.HOST, port, readyMs: Math.round(runtime.readyMs) },
    `listening for interactions on port ${port}`,
  );
  exitOnSignals(logger, () => endpoint.drain(server));
}
