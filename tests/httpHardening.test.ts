import type { LogLevel } from '../src/config.ts';
import type { Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  InteractionsEndpoint,
  SERVER_TIMEOUTS,
  type InteractionsServerOptions,
} from '../src/transports/http/endpoint.ts';
import { realDispatcher } from './helpers/corpus.ts';
import { chatInput } from './helpers/interactions.ts';
import { captureLogs, type CapturedLogs } from './helpers/logCapture.ts';
import { DiscordSigner } from './helpers/signer.ts';
import { WebhookHost } from './helpers/webhookHost.ts';

const signer = new DiscordSigner();

interface Started {
  endpoint: InteractionsEndpoint;
  server: Server;
  port: number;
  logs: CapturedLogs;
  connections: () => Promise<number>;
}

const servers: Server[] = [];
const sockets: Socket[] = [];
const hosts: WebhookHost[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
  for (const host of hosts.splice(0)) await host.close();
});

async function startEndpoint(
  options: Partial<InteractionsServerOptions> = {},
  level: LogLevel = 'debug',
): Promise<Started> {
  const logs = captureLogs(level);
  const endpoint = new InteractionsEndpoint(realDispatcher(), logs.logger, {
    publicKey: signer.publicKeyHex,
    apiUrl: 'http://127.0.0.1:9/api',
    ...options,
  });
  const server = endpoint.createServer();
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const connections = () =>
    new Promise<number>((done, fail) =>
      server.getConnections((error, count) => (error ? fail(error) : done(count))),
    );
  return { endpoint, server, port, logs, connections };
}

/** A raw client that writes what it is given and never reads (its socket stays paused). */
function rawClient(port: number, data: string): Promise<Socket> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.pause();
      socket.write(data);
      done(socket);
    });
    socket.on('error', fail);
    sockets.push(socket);
  });
}

/** Reads the first bytes the server sends, and how long they took. */
function firstReply(socket: Socket, sentAt: number): Promise<{ text: string; ms: number }> {
  return new Promise((done) => {
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString()));
    socket.on('close', () => done({ text, ms: Date.now() - sentAt }));
    socket.resume();
  });
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return condition();
}

async function post(port: number, body: string, headers: Record<string, string>) {
  const response = await fetch(`http://127.0.0.1:${port}/interactions`, {
    method: 'POST',
    body,
    headers,
  });
  return { status: response.status, text: await response.text() };
}

function signedPost(port: number, payload: unknown) {
  const body = JSON.stringify(payload);
  return post(port, body, signer.headers(body));
}

describe('socket limits of the HTTP endpoint', () => {
  const short = { headersMs: 400, requestMs: 800, checkIntervalMs: 100, idleMs: 1_200 };

  it('answers headers that stop arriving with 408 on time, then frees the socket though the client never reads', async () => {
    const { port, connections } = await startEndpoint({ timeouts: short });
    const clients = await Promise.all(
      Array.from({ length: 20 }, () =>
        rawClient(port, 'POST /interactions HTTP/1.1\r\nhost: x\r\n'),
      ),
    );
    expect(await until(async () => (await connections()) === 20, 2_000)).toBe(true);
    // Every socket is released although none of the clients reads or closes.
    expect(await until(async () => (await connections()) === 0, 3_000)).toBe(true);
    expect(clients.every((c) => !c.destroyed)).toBe(true);
    const probe = await rawClient(port, 'POST /interactions HTTP/1.1\r\nhost: x\r\n');
    const reply = await firstReply(probe, Date.now());
    expect(reply.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(reply.ms).toBeGreaterThanOrEqual(short.headersMs - 50);
    expect(reply.ms).toBeLessThan(short.headersMs + short.checkIntervalMs + 400);
  });

  it('answers a body that stops arriving with 408 at the request timeout', async () => {
    const { port } = await startEndpoint({ timeouts: short });
    const sentAt = Date.now();
    const client = await rawClient(
      port,
      'POST /interactions HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n{"type":',
    );
    const reply = await firstReply(client, sentAt);
    expect(reply.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(reply.ms).toBeGreaterThanOrEqual(short.requestMs - 50);
    expect(reply.ms).toBeLessThan(short.requestMs + short.checkIntervalMs + 400);
  });

  it('keeps the documented 5 s header timeout by default', async () => {
    expect(SERVER_TIMEOUTS).toMatchObject({ headersMs: 5_000, requestMs: 10_000 });
    const { port, server } = await startEndpoint();
    expect(server.headersTimeout).toBe(5_000);
    expect(server.requestTimeout).toBe(10_000);
    const sentAt = Date.now();
    const reply = await firstReply(await rawClient(port, 'GET /healthz HTTP/1.1\r\n'), sentAt);
    expect(reply.text).toMatch(/^HTTP\/1\.1 408 /);
    expect(reply.ms).toBeGreaterThanOrEqual(4_950);
    expect(reply.ms).toBeLessThan(5_000 + SERVER_TIMEOUTS.checkIntervalMs + 500);
  }, 15_000);

  it('destroys the socket of a client that sends requests but never reads the answers', async () => {
    // Header and request timeouts out of the way: only the write (idle) timeout can free these.
    const { port, server, connections } = await startEndpoint({
      timeouts: { headersMs: 60_000, requestMs: 60_000, checkIntervalMs: 1_000, idleMs: 800 },
    });
    let accepted = 0;
    server.on('connection', () => (accepted += 1));
    // Enough pipelined requests that the answers fill every buffer between server and client.
    const requests = 'GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n'.repeat(60_000);
    await Promise.all(Array.from({ length: 5 }, () => rawClient(port, requests)));
    // Generous bounds: on a loaded machine the 300,000 pipelined requests take a while to send.
    expect(await until(() => Promise.resolve(accepted === 5), 15_000)).toBe(true);
    expect(await until(async () => (await connections()) === 0, 20_000)).toBe(true);
  }, 45_000);
});

describe('what the HTTP endpoint logs', () => {
  it('logs unsigned requests at debug only, so they cannot flood an info log', async () => {
    const { port, logs } = await startEndpoint({}, 'info');
    for (let i = 0; i < 50; i += 1) {
      expect((await post(port, '{"type":1}', { 'content-type': 'application/json' })).status).toBe(
        401,
      );
    }
    expect(logs.lines).toHaveLength(0);
  });

  it('logs a client that aborts mid-body as one debug line, without a stack', async () => {
    const { port, logs } = await startEndpoint();
    const client = await rawClient(
      port,
      'POST /interactions HTTP/1.1\r\nhost: x\r\ncontent-length: 1000\r\n\r\n{"type":1,',
    );
    await new Promise((r) => setTimeout(r, 100));
    client.destroy();
    await until(() => Promise.resolve(logs.lines.length > 0), 2_000);
    await new Promise((r) => setTimeout(r, 100));
    expect(logs.lines.map((l) => [l.level, l.msg])).toEqual([[20, 'client aborted mid-body']]);
    expect(logs.text()).not.toContain('stack');
  });

  it.each([
    ['{}', {}],
    ['5', 5],
    ['[null]', [null]],
    ['[{"name":3}]', [{ name: 3 }]],
  ])(
    'answers a signed command whose options are %s with 400 and one log line',
    async (_label, options) => {
      const { port, logs } = await startEndpoint();
      const payload = chatInput('operation', { name: 'sky-ecc' });
      const reply = await signedPost(port, {
        ...payload,
        data: { ...(payload.data as object), options },
      });
      expect(reply.status).toBe(400);
      expect(reply.text).toContain('malformed interaction');
      expect(logs.lines).toHaveLength(1);
      expect(logs.lines[0]).toMatchObject({ msg: 'rejected interaction request', status: 400 });
      expect(logs.text()).not.toContain('stack');
    },
  );
});

describe('replayed and forged interactions', () => {
  it('answers the same signed request once; a copy inside the window gets 409', async () => {
    const { port } = await startEndpoint();
    const body = JSON.stringify(chatInput('operation', { name: 'theseus' }));
    const now = Math.floor(Date.now() / 1000);
    const headers = signer.headers(body, now - 10);
    expect((await post(port, body, headers)).status).toBe(200);
    const copies = await Promise.all(Array.from({ length: 10 }, () => post(port, body, headers)));
    expect(copies.map((c) => c.status)).toEqual(Array<number>(10).fill(409));
    // Re-cased hex is the same signature.
    const upper = {
      ...headers,
      'x-signature-ed25519': headers['x-signature-ed25519']?.toUpperCase() ?? '',
    };
    expect((await post(port, body, upper)).status).toBe(409);
    // The same interaction signed again (a new timestamp) is a new request.
    expect((await post(port, body, signer.headers(body, now - 20))).status).toBe(200);
  });

  it('refuses a deferred command whose token holds path characters, and sends nothing', async () => {
    const requests: string[] = [];
    const host = await WebhookHost.start((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(200).end();
    });
    hosts.push(host);
    const { port } = await startEndpoint({ apiUrl: host.apiUrl });
    for (const token of ['../../../../evil?x=', '..', 'a/b', 'tok%2F..']) {
      const payload = { ...chatInput('search', { query: 'rotterdam' }), token };
      const reply = await signedPost(port, payload);
      expect(reply.status).toBe(400);
    }
    const valid = chatInput('search', { query: 'rotterdam' });
    expect((await signedPost(port, valid)).text).toBe('{"type":5}');
    await until(() => Promise.resolve(requests.length > 0), 3_000);
    expect(requests).toEqual([
      `/api/v10/webhooks/${valid.application_id as string}/${valid.token}/messages/@original`,
    ]);
  });

  it('holds at most the outbound cap of sockets to a webhook host that never answers', async () => {
    const host = await WebhookHost.start(() => undefined);
    hosts.push(host);
    const { port, endpoint } = await startEndpoint({
      apiUrl: host.apiUrl,
      delivery: { maxInFlight: 4, attemptTimeoutMs: 300, maxAttempts: 1 },
    });
    const replies = await Promise.all(
      Array.from({ length: 30 }, () =>
        signedPost(port, chatInput('search', { query: 'rotterdam' })),
      ),
    );
    expect(replies.every((r) => r.text === '{"type":5}')).toBe(true);
    await until(() => Promise.resolve(host.requests.length === 30), 5_000);
    expect(host.requests).toHaveLength(30);
    expect(host.peakConnections).toBeLessThanOrEqual(4);
    await until(() => Promise.resolve(endpoint.delivery.inFlight === 0), 2_000);
  });
});
