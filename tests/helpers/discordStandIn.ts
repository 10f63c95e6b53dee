import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { COMMANDS, MESSAGE_COMMANDS } from '../../src/commands/index.ts';
import { APP_ID, BOT_USER, CHANNEL_ID, GUILD_ID, rawMessage } from './interactions.ts';

export interface RecordedRequest {
  method: string;
  /** The path after the API version, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The files of a multipart/form-data request (`files[n]` parts), in order. */
  files: RecordedFile[];
  /** When it arrived (ms since the epoch). */
  at: number;
}

export interface RecordedFile {
  /** The form field, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface StandInResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Responder = (request: RecordedRequest) => StandInResponse | undefined;

function message(id: string, body: unknown): Record<string, unknown> {
  return rawMessage(id, typeof body === 'object' && body !== null ? body : {});
}

const savedCommands = z.array(z.looseObject({ name: z.string() }));

/** The bot's commands as Discord lists them once deployed: each with an id of its own. */
export function deployedCommands(): {
  id: string;
  application_id: string;
  name: string;
  type: number;
}[] {
  return [
    ...COMMANDS.map((command) => ({ name: command.name, type: 1 })),
    ...MESSAGE_COMMANDS.map((command) => ({ name: command.name, type: 3 })),
  ].map((command, i) => ({
    id: String(500000000000000000n + BigInt(i)),
    application_id: APP_ID,
    ...command,
  }));
}

/** What Discord answers to the routes the bot uses, unless a test overrides it. */
function defaultResponse(request: RecordedRequest, gatewayUrl: string): StandInResponse {
  const { method, path } = request;
  if (method === 'GET' && path === '/gateway/bot') {
    return {
      status: 200,
      body: {
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      },
    };
  }
  if (method === 'GET' && path === '/applications/@me')
    return { status: 200, body: { id: APP_ID, name: 'Balkan Ops' } };
  if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path))
    return { status: 204 };
  if (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
    return { status: 200, body: message('400000000000000001', request.body) };
  }
  if (method === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path))
    return { status: 204 };
  if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) {
    return { status: 200, body: message('400000000000000002', request.body) };
  }
  // A reply to a message (a mention or a DM): the message as created.
  if (method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) {
    return { status: 200, body: message('400000000000000003', request.body) };
  }
  if (method === 'GET' && /^\/applications\/\d+\/commands$/.test(path)) {
    return { status: 200, body: deployedCommands() };
  }
  if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
    // Discord answers with the commands as saved, each with its id.
    const ids = new Map(deployedCommands().map((c) => [c.name, c.id]));
    const saved = savedCommands.safeParse(request.body);
    const commands = saved.success ? saved.data : [];
    return {
      status: 200,
      body: commands.map((c) => ({ ...c, id: ids.get(c.name) ?? '0', application_id: APP_ID })),
    };
  }
  return { status: 404, body: { message: '404: Not Found', code: 0 } };
}

/**
 * A stand-in for Discord on loopback: an HTTP recorder for the REST API (it keeps every request
 * and answers as Discord would) and, on the same port, a gateway websocket speaking enough of
 * the protocol for a real discord.js client: HELLO, IDENTIFY, READY, heartbeats, dispatches.
 */
export class DiscordStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: unknown[] = [];
  private readonly server: Server;
  private readonly sockets = new Set<WebSocket>();
  private responders: Responder[] = [];
  private sequence = 0;
  private waiters: (() => void)[] = [];

  private constructor() {
    this.server = createServer((req, res) => {
      void this.onRequest(req, res);
    });
    const wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    wss.on('connection', (socket) => this.onGateway(socket));
  }

  static async start(): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn();
    await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve));
    return standIn;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The REST base to give discord.js (`rest.api`) or DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Answers matching requests differently (first responder that returns a response wins). */
  respond(responder: Responder): void {
    this.responders.unshift(responder);
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { body, files } = await parseBody(raw, req.headers['content-type']);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, ''),
      query: url.search,
      headers: req.headers,
      body,
      files,
      at: Date.now(),
    };
    this.requests.push(recorded);
    const reply =
      this.responders.map((r) => r(recorded)).find((r) => r !== undefined) ??
      defaultResponse(recorded, this.gatewayUrl);
    // Like Discord: a 204 has no body and no content type.
    if (reply.body === undefined) res.writeHead(reply.status, reply.headers).end();
    else
      res
        .writeHead(reply.status, { ...reply.headers, 'content-type': 'application/json' })
        .end(JSON.stringify(reply.body));
    this.notify();
  }

  private onGateway(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    socket.on('message', (data: Buffer) => {
      const packet = JSON.parse(data.toString('utf8')) as { op: number; d: unknown };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (packet.op === 2) {
        this.identifies.push(packet.d);
        this.dispatchTo(socket, 'READY', {
          v: 10,
          user: BOT_USER,
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: 'stand-in-session',
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 },
        });
        this.dispatchTo(socket, 'GUILD_CREATE', {
          id: GUILD_ID,
          name: 'Stand-in server',
          unavailable: false,
          member_count: 2,
          channels: [{ id: CHANNEL_ID, type: 0, name: 'research', guild_id: GUILD_ID }],
          threads: [],
          members: [],
          roles: [],
          emojis: [],
          stickers: [],
          presences: [],
          voice_states: [],
          stage_instances: [],
          guild_scheduled_events: [],
          soundboard_sounds: [],
          features: [],
          owner_id: '100000000000000009',
          joined_at: new Date(0).toISOString(),
          large: false,
        });
      }
      this.notify();
    });
  }

  private dispatchTo(socket: WebSocket, event: string, data: unknown): void {
    this.sequence += 1;
    socket.send(JSON.stringify({ op: 0, t: event, s: this.sequence, d: data }));
  }

  /** Sends a dispatch (e.g. INTERACTION_CREATE) to every connected gateway client. */
  dispatch(event: string, data: unknown): void {
    for (const socket of this.sockets) this.dispatchTo(socket, event, data);
  }

  /** Closes every gateway connection with a close code (e.g. 4004 authentication failed). */
  closeGateway(code: number): void {
    for (const socket of this.sockets) socket.close(code, 'closed by the stand-in');
  }

  private notify(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  /** Resolves with the first recorded request that matches, waiting up to `timeoutMs`. */
  async waitForRequest(
    match: (r: RecordedRequest) => boolean,
    timeoutMs = 10_000,
  ): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(match);
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        const seen = this.requests.map((r) => `${r.method} ${r.path}`).join(', ');
        throw new Error(`no matching request within ${timeoutMs} ms (seen: ${seen || 'none'})`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

/**
 * A request body as Discord reads it: JSON, or multipart/form-data with the JSON in
 * `payload_json` and the files in `files[n]` (parsed by the platform's own form reader).
 */
export async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.includes('application/json') === true)
    return { body: JSON.parse(raw.toString('utf8')) as unknown, files: [] };
  if (contentType?.includes('multipart/form-data') === true) {
    const form = await new Response(new Uint8Array(raw), {
      headers: { 'content-type': contentType },
    }).formData();
    const json = form.get('payload_json');
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') continue;
      files.push({
        field,
        filename: value.name,
        contentType: value.type,
        data: Buffer.from(await value.arrayBuffer()),
      });
    }
    return { body: typeof json === 'string' ? (JSON.parse(json) as unknown) : undefined, files };
  }
  return { body: raw.toString('utf8'), files: [] };
}
