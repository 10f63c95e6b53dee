import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.ts';
import { InteractionsEndpoint } from '../src/transports/http/endpoint.ts';
import { FORCED_EXIT_MS } from '../src/transports/signals.ts';
import { COMMANDS } from '../src/commands/index.ts';
import { commandReply, realCorpus, realDispatcher } from './helpers/corpus.ts';
import { DiscordStandIn, parseBody, type RecordedFile } from './helpers/discordStandIn.ts';
import { arrestsChart, EXHIBIT_COMMANDS, factsCsv } from './helpers/exhibit.ts';
import { autocomplete, buttonPress, chatInput, messageCommand } from './helpers/interactions.ts';
import {
  expectWithinDiscordLimits,
  headingOf,
  headingsInOrder,
  isComponentsV2,
  isEphemeral,
  referencedFiles,
  visibleText,
} from './helpers/limits.ts';
import { startHttpBot } from './helpers/httpProcess.ts';
import { DiscordSigner } from './helpers/signer.ts';
import type { MessagePayload } from '../src/render/reply.ts';
import { MessageFlags } from 'discord-api-types/v10';

interface Reply {
  status: number;
  body: unknown;
  contentType: string;
  files: RecordedFile[];
}

describe('the HTTP interactions endpoint', () => {
  const signer = new DiscordSigner();
  let standIn: DiscordStandIn;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    const dispatcher = realDispatcher(silentLogger(), [...COMMANDS, ...EXHIBIT_COMMANDS]);
    const endpoint = new InteractionsEndpoint(dispatcher, silentLogger(), {
      publicKey: signer.publicKeyHex,
      apiUrl: standIn.apiUrl,
    });
    server = endpoint.createServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
    await standIn.close();
  });

  async function post(body: string, headers: Record<string, string>): Promise<Reply> {
    const response = await fetch(`${base}/interactions`, { method: 'POST', body, headers });
    const contentType = response.headers.get('content-type') ?? '';
    const raw = Buffer.from(await response.arrayBuffer());
    const parsed = await parseBody(raw, contentType);
    return { status: response.status, body: parsed.body, contentType, files: parsed.files };
  }

  const signed = (payload: unknown): Promise<Reply> => {
    const body = JSON.stringify(payload);
    return post(body, signer.headers(body));
  };

  it('answers a signed PING with {"type":1}', async () => {
    expect(
      await signed({ type: 1, id: '1', application_id: '1', token: 't', version: 1 }),
    ).toMatchObject({ status: 200, body: { type: 1 } });
  });

  it.each([{}, 5, [null], 'text', [{ value: 'no name' }]])(
    'answers a signed command whose options are %j with 400, not a crash',
    async (options) => {
      const payload = { ...chatInput('operation', { name: 'sky-ecc' }) };
      payload.data = { id: '700000000000000007', name: 'operation', type: 1, options };
      expect((await signed(payload)).status).toBe(400);
      const next = await signed(chatInput('operation', { name: 'theseus' }));
      expect(next.status).toBe(200);
    },
  );

  it('refuses a token that is not safe in a URL path before any webhook call', async () => {
    const payload = {
      ...chatInput('search', { query: 'rotterdam' }),
      token: '../../../../evil?x=',
    };
    expect((await signed(payload)).status).toBe(400);
    expect(standIn.requests.some((r) => r.path.includes('evil'))).toBe(false);
  });

  it('rejects a request without signature headers with 401', async () => {
    const reply = await post(JSON.stringify({ type: 1 }), { 'content-type': 'application/json' });
    expect(reply.status).toBe(401);
  });

  it('rejects a signature made with another key with 401', async () => {
    const body = JSON.stringify({ type: 1 });
    expect((await post(body, new DiscordSigner().headers(body))).status).toBe(401);
  });

  it('rejects a body changed after signing with 401', async () => {
    const body = JSON.stringify({ type: 1 });
    const headers = signer.headers(body);
    expect((await post(JSON.stringify({ type: 2 }), headers)).status).toBe(401);
  });

  it('rejects a garbled signature header with 401', async () => {
    const body = JSON.stringify({ type: 1 });
    expect(
      (await post(body, { ...signer.headers(body), 'x-signature-ed25519': 'zz' })).status,
    ).toBe(401);
  });

  it('rejects a timestamp more than 5 minutes away (a replay) with 401', async () => {
    const body = JSON.stringify({ type: 1 });
    const now = Math.floor(Date.now() / 1000);
    expect((await post(body, signer.headers(body, now - 301))).status).toBe(401);
    expect((await post(body, signer.headers(body, now + 301))).status).toBe(401);
    expect((await post(body, signer.headers(body, now - 250))).status).toBe(200);
  });

  it('rejects an oversize body with 413, before reading it all', async () => {
    const body = JSON.stringify({ type: 1, padding: 'x'.repeat(300 * 1024) });
    expect((await post(body, signer.headers(body))).status).toBe(413);
    // Only the headers and a first chunk are sent: the answer must not wait for the rest.
    const status = await new Promise<number>((done, fail) => {
      const req = httpRequest(
        `${base}/interactions`,
        {
          method: 'POST',
          headers: { ...signer.headers(body), 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', fail);
      req.write(body.slice(0, 1024));
    });
    expect(status).toBe(413);
  });

  it('rejects signed malformed JSON with 400', async () => {
    const body = '{"type": 1,';
    expect(await post(body, signer.headers(body))).toMatchObject({
      status: 400,
      body: { error: 'malformed JSON' },
    });
  });

  it('rejects an unknown interaction type with 400', async () => {
    expect((await signed({ type: 99 })).status).toBe(400);
    expect((await signed([1, 2])).status).toBe(400);
  });

  it('answers a command with type 4 and the same payload as the gateway', async () => {
    const reply = await signed(chatInput('operation', { name: 'sky-ecc' }));
    expect(reply.status).toBe(200);
    const body = reply.body as { type: number; data: MessagePayload };
    expect(body.type).toBe(4);
    expect(body.data).toEqual(
      commandReply(realDispatcher(), 'operation', { name: 'sky-ecc' }).message,
    );
    expectWithinDiscordLimits(body.data);
  });

  it('answers bad options with an ephemeral type 4', async () => {
    const body = (await signed(chatInput('operation', { name: '' }))).body as {
      type: number;
      data: MessagePayload;
    };
    expect(body.type).toBe(4);
    expect(isEphemeral(body.data)).toBe(true);
  });

  it('defers a slow command with type 5, then edits the original through the webhook', async () => {
    const payload = chatInput('search', { query: 'rotterdam' });
    const reply = await signed(payload);
    expect(reply.body).toEqual({ type: 5 });
    const edit = await standIn.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path ===
          `/webhooks/${payload.application_id as string}/${payload.token}/messages/@original`,
    );
    expect(visibleText(edit.body as MessagePayload)).toContain('**Rotterdam**');
    // The deferral cannot carry the Components V2 flag: the edit does.
    expect(isComponentsV2(edit.body as MessagePayload)).toBe(true);
  });

  it('answers "Check figures" on a message: type 5, then the verdicts edited in, the same as /check', async () => {
    const text =
      'In Servië werden 13 mensen gearresteerd. 24,000 officers took part in JAD SEE. Немачка је учествовала у операцији Sky ECC.';
    const payload = messageCommand('Check figures', text);
    expect((await signed(payload)).body).toEqual({ type: 5 });
    const edit = await standIn.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path ===
          `/webhooks/${payload.application_id as string}/${payload.token}/messages/@original`,
    );
    const data = edit.body as MessagePayload;
    const shown = visibleText(data);
    headingsInOrder(shown, [
      '1. ✅ Supported',
      '2. ❌ Contradicted — the number',
      '3. ❌ Contradicted — the role',
      'Sources',
    ]);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expectWithinDiscordLimits(data);
    const slash = commandReply(realDispatcher(), 'check', { text });
    expect(shown).toEqual(visibleText(slash.message));
  });

  it('refuses a message command whose target message is not in its resolved data with 400', async () => {
    const payload = messageCommand('Check figures', '23 arrests');
    const data = payload.data as { target_id: string };
    expect(
      (await signed({ ...payload, data: { ...data, target_id: '123456789012345678' } })).status,
    ).toBe(400);
  });

  it('answers autocomplete with type 8', async () => {
    const body = (await signed(autocomplete('country', 'name', 'srbija'))).body as {
      type: number;
      data: { choices: { name: string; value: string }[] };
    };
    expect(body.type).toBe(8);
    expect(body.data.choices[0]).toEqual({ name: 'Serbia', value: 'RS' });
  });

  it('answers a button with type 7 (update the message)', async () => {
    const body = (await signed(buttonPress('bo|stats|card|0|cocaine'))).body as {
      type: number;
      data: MessagePayload;
    };
    expect(body.type).toBe(7);
    expect(headingOf(body.data)).toBe('Cocaine seized — operations ranked');
    expect(body.data.flags).toBe(MessageFlags.IsComponentsV2);
    // The ranking's bar chart comes along with the view it belongs to.
    expect(body.data.attachments?.map((a) => a.filename)).toEqual([
      expect.stringMatching(/^stats-.*\.png$/),
    ]);
  });

  describe('answers with files', () => {
    const expected = [arrestsChart(realCorpus()), factsCsv(realCorpus())];

    /** multipart/form-data: `payload_json`, then `files[n]` as its `attachments` name them. */
    function expectUploads(files: RecordedFile[], data: MessagePayload): void {
      expect(files.map((f) => f.field)).toEqual(['files[0]', 'files[1]']);
      expect(files.map((f) => f.filename)).toEqual(expected.map((f) => f.name));
      expect(files.map((f) => f.data)).toEqual(expected.map((f) => f.data));
      expect(files[1]?.contentType).toMatch(/^text\/csv/);
      expect(data.attachments).toEqual(
        expected.map((f, id) => ({ id: String(id), filename: f.name, description: f.description })),
      );
      expect(referencedFiles(data)).toEqual(expected.map((f) => `attachment://${f.name}`));
      expectWithinDiscordLimits(data);
    }

    it('answers type 4 as multipart/form-data with the chart and the CSV', async () => {
      const reply = await signed(chatInput('exhibit'));
      expect(reply.status).toBe(200);
      expect(reply.contentType).toMatch(/^multipart\/form-data; boundary=/);
      const body = reply.body as { type: number; data: MessagePayload };
      expect(body.type).toBe(4);
      expectUploads(reply.files, body.data);
    });

    it('answers a button type 7 with the files again, and without for a view that has none', async () => {
      const withFiles = await signed(buttonPress('bo|exhibit|card|0|all'));
      const body = withFiles.body as { type: number; data: MessagePayload };
      expect(body.type).toBe(7);
      expectUploads(withFiles.files, body.data);
      const plain = await signed(buttonPress('bo|exhibit|plain|0|all'));
      expect(plain.contentType).toBe('application/json');
      expect((plain.body as { data: MessagePayload }).data.attachments).toEqual([]);
    });

    it('edits a deferred answer through the webhook as multipart, flagged Components V2', async () => {
      const payload = chatInput('exhibit-later');
      expect((await signed(payload)).body).toEqual({ type: 5 });
      const edit = await standIn.waitForRequest(
        (r) => r.method === 'PATCH' && r.path.endsWith(`/${payload.token}/messages/@original`),
      );
      expect(edit.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      const data = edit.body as MessagePayload;
      expect(isComponentsV2(data)).toBe(true);
      expectUploads(edit.files, data);
    });

    it('leaves out, with a note, what passes the interaction’s attachment size limit', async () => {
      const [small, large] = [...expected].sort((x, y) => x.data.length - y.data.length);
      const limit = small?.data.length ?? 0;
      const reply = await signed({ ...chatInput('exhibit'), attachment_size_limit: limit });
      const data = (reply.body as { data: MessagePayload }).data;
      expect(reply.files.map((f) => f.filename)).toEqual([small?.name]);
      expect(visibleText(data)).toContain(`${large?.name ?? '?'} was not attached`);
      expectWithinDiscordLimits(data);
    });
  });

  it('serves /healthz, and 404/405 elsewhere', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/interactions`)).status).toBe(405);
  });

  it('stays up after every bad request above', async () => {
    expect((await signed({ type: 1 })).status).toBe(200);
  });
});

describe('the http transport through the real entry point', () => {
  it('serves until SIGTERM, finishes the request in flight, and exits 0', async () => {
    const signer = new DiscordSigner();
    const bot = startHttpBot(signer);
    const { child } = bot;
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const port = await bot.listening(20_000);
    expect(port).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    // A request whose body is still arriving when SIGTERM comes must still be answered.
    let stoppedAt = 0;
    const body = JSON.stringify(chatInput('operation', { name: 'theseus' }));
    const answer = new Promise<{ status: number; text: string }>((done, fail) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/interactions',
          method: 'POST',
          headers: { ...signer.headers(body), 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => done({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', fail);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        stoppedAt = Date.now();
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    const reply = await answer;
    expect(reply.status).toBe(200);
    expect(reply.text).toContain('Operation Theseus');
    expect(await exited).toBe(0);
    // Sooner than the forced exit: the drain finished, rather than being cut off.
    expect(Date.now() - stoppedAt).toBeLessThan(FORCED_EXIT_MS);
    expect(bot.output()).toContain('shutting down');
  });
});
