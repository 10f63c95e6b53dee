import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  InteractionResponseType,
  MessageFlags,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { HttpConfig } from '../../config.ts';
import type { Dispatcher } from '../../interactions/dispatcher.ts';
import type { Deferred } from '../../interactions/plan.ts';
import type { Logger } from '../../log.ts';
import { asEdit } from '../../render/reply.ts';
import type { Runtime } from '../../runtime.ts';
import { reloadOnHangup } from '../reload.ts';
import { exitOnSignals, FORCED_EXIT_MS } from '../signals.ts';
import type { Incoming } from '../../interactions/incoming.ts';
import { incomingOf } from './incoming.ts';
import type { EncodedBody } from './multipart.ts';
import { choicesResponse, encodedOnce, replyResponse, type Answered } from './responseBody.ts';
import { ReplayGuard } from './replayGuard.ts';
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
  /** What /healthz reports beside its status: the corpus version and when it was loaded. */
  status?: () => Record<string, string>;
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

/**
 * The body, up to `limit` bytes. Read with stream events: an async iterator over the request
 * costs a promise per chunk and a noticeable share of a small request's CPU.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return Promise.reject(new HttpError(413, 'body too large'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        finish();
        // Stop reading; the 413 goes out with `connection: close`.
        req.pause();
        reject(new HttpError(413, 'body too large'));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      finish();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    // An error, or the request closed before its end: the client went away mid-body.
    const onAbort = (): void => {
      finish();
      reject(new ClientAborted('client aborted mid-body'));
    };
    const finish = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onAbort);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onAbort);
  });
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

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendEncoded(res: ServerResponse, encoded: EncodedBody): void {
  res.writeHead(200, {
    'content-type': encoded.contentType,
    'content-length': encoded.body.length,
  });
  res.end(encoded.body);
}

/**
 * Discord's "Interactions Endpoint URL": stateless, so any number of identical instances can
 * serve behind a load balancer. It checks the signature, hands the interaction to the one
 * dispatcher, and carries out its plan: the response, then for a deferred answer the interaction
 * webhook.
 */
export class InteractionsEndpoint {
  private readonly key: KeyObject;
  private readonly timeouts: ServerTimeouts;
  private readonly replays: ReplayGuard;
  readonly delivery: WebhookDelivery;
  private draining = false;

  constructor(
    private readonly dispatcher: Dispatcher,
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
      return send(res, this.draining ? 503 : 200, {
        status: this.draining ? 'draining' : 'ok',
        ...this.options.status?.(),
      });
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
      const incoming = incomingOf(parsed);
      if (!incoming.ok) throw new HttpError(400, incoming.reason);
      // With files, the response is multipart/form-data, as a callback request would be.
      sendEncoded(res, encodedOnce(this.respond(incoming.incoming, parsed)));
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

  private respond(incoming: Incoming, body: unknown): Answered {
    const plan = this.dispatcher.plan(incoming);
    const only = (response: APIInteractionResponse): Answered => ({ response, files: [] });
    switch (plan.kind) {
      case 'pong':
        return only({ type: InteractionResponseType.Pong });
      case 'reply':
        return replyResponse(plan.reply, 'reply');
      case 'update':
        return replyResponse(plan.reply, 'update');
      case 'choices':
        return choicesResponse(plan.choices);
      case 'defer': {
        const fields = typeof body === 'object' && body !== null ? body : {};
        const target = webhookTarget(
          'application_id' in fields ? fields.application_id : undefined,
          'token' in fields ? fields.token : undefined,
        );
        if (target === undefined)
          throw new HttpError(400, 'malformed interaction: token or application_id');
        const interactionId = incoming.kind === 'ping' ? '' : incoming.meta.id;
        // Acknowledge now; answer through the interaction webhook once the work is done.
        setImmediate(() => {
          void this.finishDeferred(target, plan.finish, interactionId);
        });
        // Only EPHEMERAL counts on a deferral: the Components V2 flag goes with the edit.
        return only(
          plan.ephemeral
            ? {
                type: InteractionResponseType.DeferredChannelMessageWithSource,
                data: { flags: MessageFlags.Ephemeral },
              }
            : { type: InteractionResponseType.DeferredChannelMessageWithSource },
        );
      }
      case 'ignore':
        throw new HttpError(400, 'unsupported interaction');
    }
  }

  private finishDeferred(
    target: WebhookTarget,
    finish: () => Deferred,
    interactionId: string,
  ): Promise<boolean> {
    const done = finish();
    const context = { command: done.reply.command, interactionId };
    if (done.kind === 'edit') {
      return this.delivery.deliver(
        target,
        [{ kind: 'edit-original', body: asEdit(done.reply.message), files: done.reply.files }],
        context,
      );
    }
    // A deferred reply cannot become ephemeral: replace it with an ephemeral follow-up.
    return this.delivery.deliver(
      target,
      [
        { kind: 'delete-original' },
        { kind: 'follow-up', body: done.reply.message, files: done.reply.files },
      ],
      context,
    );
  }
}

export async function runHttp(runtime: Runtime, config: HttpConfig, logger: Logger): Promise<void> {
  const endpoint = new InteractionsEndpoint(runtime.dispatcher, logger, {
    publicKey: config.publicKey,
    apiUrl: config.apiUrl,
    status: () => runtime.status(),
  });
  reloadOnHangup(runtime);
  const server = endpoint.createServer();
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  logger.info(
    { host: config.host, port, readyMs: Math.round(runtime.readyMs) },
    `listening for interactions on port ${port}`,
  );
  exitOnSignals(logger, () => endpoint.drain(server));
}
