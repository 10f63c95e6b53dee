import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { optionValues, type Bot } from '../app/bot.ts';
import type { Runtime } from '../app/runtime.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { MessagePayload } from '../render/reply.ts';
import { exitOnSignals } from './signals.ts';

export interface InteractionsServerOptions {
  /** The application's Ed25519 public key, hex, from the Developer Portal. */
  publicKey: string;
  /** Where deferred answers are sent (the interaction webhook), e.g. https://discord.com/api. */
  apiUrl: string;
  bodyLimit?: number;
  /** A signed timestamp further than this from now is a replay. */
  maxClockSkewSeconds?: number;
  now?: () => number;
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

interface RawInteraction {
  type?: unknown;
  id?: unknown;
  token?: unknown;
  application_id?: unknown;
  data?: {
    name?: unknown;
    type?: unknown;
    custom_id?: unknown;
    component_type?: unknown;
    options?: { name?: unknown; value?: unknown; focused?: unknown }[];
  };
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
 * serve behind a load balancer. Commands answer with type 4 (slow ones with type 5, then an
 * edit of the original through the interaction webhook), autocomplete with 8, buttons with 7.
 */
export class InteractionsEndpoint {
  private readonly key: KeyObject;
  private draining = false;

  constructor(
    private readonly bot: Bot,
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
      return send(res, this.draining ? 503 : 200, { status: this.draining ? 'draining' : 'ok' });
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
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new HttpError(400, 'malformed interaction');
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

  private respond(interaction: RawInteraction): unknown {
    const data = interaction.data;
    switch (interaction.type) {
      case 1:
        return { type: 1 };
      case 2: {
        if (typeof data?.name !== 'string' || data.type !== 1)
          throw new HttpError(400, 'unsupported command type');
        return this.command(interaction, data.name);
      }
      case 3: {
        if (typeof data?.custom_id !== 'string' || data.component_type !== 2) {
          throw new HttpError(400, 'unsupported component');
        }
        const result = this.bot.button(data.custom_id);
        return { type: result.ok ? 7 : 4, data: result.message };
      }
      case 4: {
        if (typeof data?.name !== 'string') throw new HttpError(400, 'malformed autocomplete');
        const focused = (data.options ?? []).find((o) => o.focused === true);
        const name = typeof focused?.name === 'string' ? focused.name : '';
        const value = optionValues(data.options ?? [])[name] ?? '';
        return { type: 8, data: { choices: this.bot.autocomplete(data.name, name, value) } };
      }
      default:
        throw new HttpError(400, 'unknown interaction type');
    }
  }

  private command(interaction: RawInteraction, name: string): unknown {
    const options = optionValues(interaction.data?.options ?? []);
    const rejected = this.bot.reject(name, options);
    if (rejected !== undefined) return { type: 4, data: rejected.message };
    const { token, application_id: appId } = interaction;
    if (
      this.bot.getCommand(name)?.slow !== true ||
      typeof token !== 'string' ||
      typeof appId !== 'string'
    ) {
      return { type: 4, data: this.bot.command(name, options).message };
    }
    // Acknowledge now; answer through the interaction webhook once the work is done.
    setImmediate(() => {
      void this.finishDeferred(appId, token, name, options);
    });
    return { type: 5 };
  }

  private async finishDeferred(
    appId: string,
    token: string,
    name: string,
    options: Record<string, string>,
  ): Promise<void> {
    const result = this.bot.command(name, options);
    const base = `${this.options.apiUrl}/v10/webhooks/${appId}/${token}`;
    try {
      if (result.ok) {
        await this.webhook('PATCH', `${base}/messages/@original`, result.message);
      } else {
        // A deferred reply cannot become ephemeral: replace it with an ephemeral follow-up.
        await this.webhook('DELETE', `${base}/messages/@original`);
        await this.webhook('POST', base, result.message);
      }
    } catch (error) {
      this.logger.warn({ err: error, command: name }, 'could not deliver a deferred answer');
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
