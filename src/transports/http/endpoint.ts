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
import type { MessagePayload } from '../../render/reply.ts';
import type { Runtime } from '../../runtime.ts';
import { reloadOnHangup } from '../reload.ts';
import { exitOnSignals } from '../signals.ts';
import { incomingOf, webhookOf } from './incoming.ts';

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
}

const BODY_LIMIT = 256 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

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
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'body too large');
    chunks.push(chunk as Buffer);
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
): void {
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
 * serve behind a load balancer. It checks the signature, hands the interaction to the one
 * dispatcher, and carries out its plan: the response, then for a deferred answer the interaction
 * webhook.
 */
export class InteractionsEndpoint {
  private readonly key: KeyObject;
  private draining = false;

  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly logger: Logger,
    private readonly options: InteractionsServerOptions,
  ) {
    this.key = publicKeyFromHex(options.publicKey);
  }

  createServer(): Server {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.logger.error({ err: error, url: req.url }, 'request failed');
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
        else res.destroy();
      });
    });
    server.requestTimeout = 10_000;
    server.headersTimeout = 5_000;
    server.keepAliveTimeout = 5_000;
    server.on('clientError', (error, socket) => {
      this.logger.debug({ err: error }, 'client error');
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
      else socket.destroy();
    });
    return server;
  }

  /** Stop taking requests, let those in flight finish, then resolve. */
  async drain(server: Server): Promise<void> {
    this.draining = true;
    await new Promise<void>((resolve) => {
      // Connections kept alive would hold close() open: drop each one as soon as it is idle.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.close(() => {
        clearInterval(sweep);
        resolve();
      });
      server.closeIdleConnections();
    });
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
      checkSignature(req, body, this.key, this.options.maxClockSkewSeconds ?? 300, now);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new HttpError(400, 'malformed JSON');
      }
      send(res, 200, this.respond(parsed));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      this.logger.info(
        { status: error.status, reason: error.message },
        'rejected interaction request',
      );
      if (error.status === 413) res.setHeader('connection', 'close');
      send(res, error.status, { error: error.message });
    }
  }

  private respond(body: unknown): APIInteractionResponse {
    const incoming = incomingOf(body);
    if (incoming === undefined) throw new HttpError(400, 'malformed interaction');
    const plan = this.dispatcher.plan(incoming);
    switch (plan.kind) {
      case 'pong':
        return { type: InteractionResponseType.Pong };
      case 'reply':
        return { type: InteractionResponseType.ChannelMessageWithSource, data: plan.reply.message };
      case 'update':
        return { type: InteractionResponseType.UpdateMessage, data: plan.reply.message };
      case 'choices':
        return {
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: plan.choices },
        };
      case 'defer': {
        const hook = webhookOf(body);
        if (hook === undefined) throw new HttpError(400, 'malformed interaction');
        // Acknowledge now; answer through the interaction webhook once the work is done.
        setImmediate(() => {
          void this.finishDeferred(hook, plan.finish);
        });
        return plan.ephemeral
          ? {
              type: InteractionResponseType.DeferredChannelMessageWithSource,
              data: { flags: MessageFlags.Ephemeral },
            }
          : { type: InteractionResponseType.DeferredChannelMessageWithSource };
      }
      case 'ignore':
        throw new HttpError(400, 'unsupported interaction');
    }
  }

  private async finishDeferred(
    hook: { applicationId: string; token: string },
    finish: () => Deferred,
  ): Promise<void> {
    const done = finish();
    const base = `${this.options.apiUrl}/v10/webhooks/${hook.applicationId}/${hook.token}`;
    try {
      if (done.kind === 'edit') {
        await this.webhook('PATCH', `${base}/messages/@original`, done.reply.message);
      } else {
        // A deferred reply cannot become ephemeral: replace it with an ephemeral follow-up.
        await this.webhook('DELETE', `${base}/messages/@original`);
        await this.webhook('POST', base, done.reply.message);
      }
    } catch (error) {
      this.logger.warn(
        { err: error, command: done.reply.command },
        'could not deliver a deferred answer',
      );
    }
  }

  private async webhook(method: string, url: string, body?: MessagePayload): Promise<void> {
    const init: RequestInit = { method, signal: AbortSignal.timeout(10_000) };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { 'content-type': 'application/json' };
    }
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`${method} webhook answered ${response.status}`);
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
