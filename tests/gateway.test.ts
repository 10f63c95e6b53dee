import { Events, type Client } from 'discord.js';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../src/interactions/command.ts';
import type { Dispatcher } from '../src/interactions/dispatcher.ts';
import { createLogger, silentLogger, type Logger } from '../src/log.ts';
import { createGatewayClient } from '../src/transports/gateway/gateway.ts';
import { realCorpus, realDispatcher } from './helpers/corpus.ts';
import { DiscordStandIn, type RecordedRequest } from './helpers/discordStandIn.ts';
import {
  APP_ID,
  autocomplete,
  BOT_USER,
  buttonPress,
  CHANNEL_ID,
  chatInput,
  GUILD_ID,
  messageCommand,
  rawMessage,
  USER,
  type RawInteraction,
} from './helpers/interactions.ts';
import { COMMANDS } from '../src/commands/index.ts';
import { MessageFlags } from 'discord-api-types/v10';
import { arrestsChart, EXHIBIT_COMMANDS } from './helpers/exhibit.ts';
import {
  buttonsOf,
  expectWithinDiscordLimits,
  headingOf,
  headingsInOrder,
  isComponentsV2,
  isEphemeral,
  referencedFiles,
  visibleText,
} from './helpers/limits.ts';
import { DecodedPng } from './helpers/png.ts';
import type { MessagePayload } from '../src/render/reply.ts';
import { corpusFact } from './helpers/claims.ts';

/** Log lines captured as objects, to assert what is logged (and what never is). */
/** The bot's own logger (redaction included), writing into an array. */
function captureLogs(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('debug', stream), lines };
}

// The real client's own action builds the real interaction object from the raw payload, as the
// gateway would; discord.js keeps its actions off the public typings.
function deliver(client: Client, payload: RawInteraction): void {
  (
    client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(payload);
}

const isCallback = (payload: RawInteraction) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`;

function callbackBody(request: RecordedRequest): {
  type: number;
  data: MessagePayload & { choices?: unknown[] };
} {
  return request.body as { type: number; data: MessagePayload & { choices?: unknown[] } };
}

describe('a real discord.js client against a local recorder', () => {
  let standIn: DiscordStandIn;
  let client: Client;
  let logs: ReturnType<typeof captureLogs>;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
  });
  afterAll(async () => {
    await standIn.close();
  });

  const gatewayConfig = (): { apiUrl: string; sharding: { kind: 'none' } } => ({
    apiUrl: standIn.apiUrl,
    sharding: { kind: 'none' },
  });

  function startClient(dispatcher?: Dispatcher): Client {
    logs = captureLogs();
    client = createGatewayClient(
      dispatcher ?? realDispatcher(logs.logger),
      logs.logger,
      gatewayConfig(),
    );
    client.rest.setToken('test-token-never-logged');
    return client;
  }

  afterEach(async () => {
    await client.destroy();
  });

  it('answers /operation sky-ecc with a type 4 callback: Components V2, no pings, buttons', async () => {
    startClient();
    const payload = chatInput('operation', { name: 'sky-ecc' });
    deliver(client, payload);
    const body = callbackBody(await standIn.waitForRequest(isCallback(payload)));
    expect(body.type).toBe(4);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.flags).toBe(MessageFlags.IsComponentsV2);
    expect(headingOf(body.data)).toBe(
      "Sky ECC takedown of the Balkans' biggest drug lords, 11 May 2023",
    );
    expect(visibleText(body.data)).toContain('**13** arrests — in Serbia on the action day');
    expect(buttonsOf(body.data)).toEqual([
      {
        customId: 'bo|operation|quotes|0|sky-ecc-balkan-cartel-2023-05-11',
        label: 'Show quotes',
        disabled: false,
      },
    ]);
    expectWithinDiscordLimits(body.data);
  });

  it('answers an unknown operation with an ephemeral reply (flag 64)', async () => {
    startClient();
    const payload = chatInput('operation', { name: '@everyone qwxzv' });
    deliver(client, payload);
    const body = callbackBody(await standIn.waitForRequest(isCallback(payload)));
    expect(body.type).toBe(4);
    expect(isEphemeral(body.data)).toBe(true);
    expect(visibleText(body.data)).toContain('No operation matches');
    expect(visibleText(body.data)).not.toContain('@everyone');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('defers /search, then edits the original message into Components V2', async () => {
    startClient();
    const payload = chatInput('search', { query: 'rotterdam' });
    deliver(client, payload);
    const body = callbackBody(await standIn.waitForRequest(isCallback(payload)));
    expect(body.type).toBe(5);
    const edit = await standIn.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path ===
          `/webhooks/${payload.application_id as string}/${payload.token}/messages/@original`,
    );
    expect(JSON.stringify(body)).not.toContain(String(MessageFlags.IsComponentsV2));
    const data = edit.body as MessagePayload;
    // The deferral cannot carry the flag: the edit must, or Discord refuses the components.
    expect(isComponentsV2(data)).toBe(true);
    expect(visibleText(data)).toContain('**Rotterdam**');
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expectWithinDiscordLimits(data);
  });

  it('turns a deferred no-match into an ephemeral follow-up', async () => {
    startClient();
    const payload = chatInput('search', { query: 'xylophone quartet' });
    deliver(client, payload);
    const followUp = await standIn.waitForRequest(
      (r) =>
        r.method === 'POST' &&
        r.path === `/webhooks/${payload.application_id as string}/${payload.token}`,
    );
    expect(isEphemeral(followUp.body as MessagePayload)).toBe(true);
    expect(isComponentsV2(followUp.body as MessagePayload)).toBe(true);
    expect(
      standIn.requests.some((r) => r.method === 'DELETE' && r.path.includes(payload.token)),
    ).toBe(true);
  });

  it('answers "Check figures" on a message (type 2, data.type 3): deferred, then one verdict per claim', async () => {
    startClient();
    const payload = messageCommand(
      'Check figures',
      'Serbia arrested 23 people on 11 May. Theseus lasted eight days. Operation Trojan Shield arrested 800.',
    );
    deliver(client, payload);
    expect(callbackBody(await standIn.waitForRequest(isCallback(payload))).type).toBe(5);
    const edit = await standIn.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path === `/webhooks/${APP_ID}/${payload.token}/messages/@original`,
    );
    const data = edit.body as MessagePayload;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    const shown = visibleText(data);
    const at = headingsInOrder(shown, [
      '1. ❌ Contradicted — the place and the scope',
      '2. ✅ Supported',
      '3. ❔ Not in the sources',
      'Sources',
    ]);
    const serbia = corpusFact('sky ecc', 'arrests-serbia');
    expect(shown.slice(at[0], at[1])).toContain(`> ${serbia.citation.quote}`);
    // Not in the sources: related facts, never a quote.
    expect(shown.slice(at[2], at[3])).not.toMatch(/^> /m);
    expectWithinDiscordLimits(data);
  });

  it('answers autocomplete with a type 8 callback of at most 25 choices', async () => {
    startClient();
    const payload = autocomplete('operation', 'name', 'thes');
    deliver(client, payload);
    const body = callbackBody(await standIn.waitForRequest(isCallback(payload)));
    expect(body.type).toBe(8);
    expect(body.data.choices?.[0]).toEqual({
      name: 'Operation Theseus (INTERPOL)',
      value: 'interpol-operation-theseus',
    });
    const empty = autocomplete('country', 'name', '');
    deliver(client, empty);
    const all = callbackBody(await standIn.waitForRequest(isCallback(empty)));
    expect(all.data.choices?.length).toBeGreaterThan(0);
    expect(all.data.choices?.length).toBeLessThanOrEqual(25);
  });

  it('updates the original message on a button press (type 7), with state from custom_id only', async () => {
    startClient();
    const payload = buttonPress('bo|operation|quotes|0|sky-ecc-balkan-cartel-2023-05-11');
    deliver(client, payload);
    const body = callbackBody(await standIn.waitForRequest(isCallback(payload)));
    expect(body.type).toBe(7);
    expect(isComponentsV2(body.data)).toBe(true);
    expect(headingOf(body.data)).toContain('quotes');
    expect(visibleText(body.data)).toContain('13 arrests in Serbia including 3 High Value Targets');
    // The view before may have had files: an update lists the ones to keep, here none.
    expect(body.data.attachments).toEqual([]);
    expectWithinDiscordLimits(body.data);
  });

  it('answers a stale button ephemerally instead of editing', async () => {
    startClient();
    const payload = buttonPress('bo|operation|card|0|operation-that-was-removed');
    deliver(client, payload);
    const body = callbackBody(await standIn.waitForRequest(isCallback(payload)));
    expect(body.type).toBe(4);
    expect(isEphemeral(body.data)).toBe(true);
  });

  it('turns a handler that throws into an ephemeral reply and a log line, and stays alive', async () => {
    logs = captureLogs();
    const dispatcher = realDispatcher(logs.logger, [
      defineCommand({
        name: 'boom',
        description: { en: 'throws', nl: 'gooit', hr: 'baca' },
        options: {},
        example: '/boom',
        run() {
          throw new Error('internal detail the user must not see');
        },
      }),
    ]);
    client = createGatewayClient(dispatcher, logs.logger, gatewayConfig());
    const payload = chatInput('boom');
    deliver(client, payload);
    const body = callbackBody(await standIn.waitForRequest(isCallback(payload)));
    expect(isEphemeral(body.data)).toBe(true);
    expect(JSON.stringify(body)).not.toContain('internal detail');
    // The log names the interaction, its server and its user, so the failure can be traced.
    expect(logs.lines.find((l) => l.msg === 'command failed')).toMatchObject({
      command: 'boom',
      interactionId: payload.id,
      guildId: GUILD_ID,
      userId: USER.id,
    });
    const next = chatInput('operation', { name: 'theseus' });
    deliver(client, next);
    expect(callbackBody(await standIn.waitForRequest(isCallback(next))).type).toBe(4);
  });

  it('apologises ephemerally when Discord refuses the edit of a deferred answer', async () => {
    startClient();
    const payload = chatInput('search', { query: 'rotterdam' });
    standIn.respond((r) =>
      r.method === 'PATCH' && r.path.includes(payload.token)
        ? { status: 400, body: { message: 'Invalid Form Body', code: 50035 } }
        : undefined,
    );
    deliver(client, payload);
    const followUp = await standIn.waitForRequest(
      (r) => r.method === 'POST' && r.path.endsWith(`/webhooks/${APP_ID}/${payload.token}`),
    );
    const body = followUp.body as MessagePayload;
    expect(isEphemeral(body)).toBe(true);
    expect(visibleText(body)).toContain('Something went wrong');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(logs.lines.find((l) => l.msg === 'interaction failed')).toMatchObject({
      interactionId: payload.id,
      command: 'search',
    });
  });

  it('logs an expired interaction (404, code 10062) without crashing', async () => {
    startClient();
    const payload = chatInput('operation', { name: 'sky-ecc' });
    standIn.respond((r) =>
      isCallback(payload)(r)
        ? { status: 404, body: { message: 'Unknown interaction', code: 10062 } }
        : undefined,
    );
    deliver(client, payload);
    await standIn.waitForRequest(isCallback(payload));
    await standIn.waitFor(() =>
      logs.lines.some((l) => l.msg === 'interaction expired or already answered'),
    );
    const line = logs.lines.find((l) => l.msg === 'interaction expired or already answered');
    expect(line).toMatchObject({
      code: 10062,
      interactionId: payload.id,
      command: 'operation',
      userId: '500000000000000005',
    });
    const retries = standIn.requests.filter((r) => r.path.includes(payload.token));
    expect(retries).toHaveLength(1);
    expect(JSON.stringify(logs.lines)).not.toContain('test-token-never-logged');
  });
  describe('answers with files', () => {
    const chart = arrestsChart(realCorpus()).name;
    const withExhibits = (): Dispatcher => {
      logs = captureLogs();
      return realDispatcher(logs.logger, [...COMMANDS, ...EXHIBIT_COMMANDS]);
    };

    /** The files of a request: multipart, `payload_json` naming each `files[n]` it carries. */
    function expectUploads(request: RecordedRequest, data: MessagePayload): void {
      expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(request.files.map((f) => f.field)).toEqual(['files[0]', 'files[1]']);
      expect(request.files.map((f) => f.filename)).toEqual([chart, 'facts.csv']);
      expect(data.attachments?.map((a) => a.id)).toEqual(['0', '1']);
      expect(data.attachments?.[0]?.description).toMatch(/chart/i);
      // discord.js names each file in its part, not in `attachments`.
      expect(referencedFiles(data)).toEqual(request.files.map((f) => `attachment://${f.filename}`));
      const png = new DecodedPng(request.files[0]?.data ?? Buffer.alloc(0));
      expect(png.width).toBeGreaterThan(100);
      expect(request.files[1]?.data.toString('utf8')).toContain(
        'operation,metric,label,value,unit',
      );
    }

    it('uploads a chart and a CSV with the reply (type 4, multipart)', async () => {
      startClient(withExhibits());
      const payload = chatInput('exhibit');
      deliver(client, payload);
      const request = await standIn.waitForRequest(isCallback(payload));
      const body = callbackBody(request);
      expect(body.type).toBe(4);
      expectWithinDiscordLimits(body.data);
      expectUploads(request, body.data);
    });

    it('uploads them with the edit of a deferred answer, flagged Components V2', async () => {
      startClient(withExhibits());
      const payload = chatInput('exhibit-later');
      deliver(client, payload);
      expect(callbackBody(await standIn.waitForRequest(isCallback(payload))).type).toBe(5);
      const edit = await standIn.waitForRequest(
        (r) =>
          r.method === 'PATCH' &&
          r.path === `/webhooks/${APP_ID}/${payload.token}/messages/@original`,
      );
      const data = edit.body as MessagePayload;
      expect(isComponentsV2(data)).toBe(true);
      expectUploads(edit, data);
    });

    it('re-sends them on a button update and drops them for a view without files', async () => {
      startClient(withExhibits());
      const withFiles = buttonPress('bo|exhibit|card|0|all');
      deliver(client, withFiles);
      const request = await standIn.waitForRequest(isCallback(withFiles));
      expect(callbackBody(request).type).toBe(7);
      expectUploads(request, callbackBody(request).data);
      const plain = buttonPress('bo|exhibit|plain|0|all');
      deliver(client, plain);
      const update = await standIn.waitForRequest(isCallback(plain));
      expect(update.files).toEqual([]);
      expect(callbackBody(update).data.attachments).toEqual([]);
      expect(referencedFiles(callbackBody(update).data)).toEqual([]);
    });

    it('leaves files out, with a note, past the interaction’s attachment size limit', async () => {
      startClient(withExhibits());
      const payload = { ...chatInput('exhibit'), attachment_size_limit: 2048 };
      deliver(client, payload);
      const request = await standIn.waitForRequest(isCallback(payload));
      const data = callbackBody(request).data;
      expectWithinDiscordLimits(data);
      expect(request.files.every((f) => f.data.length <= 2048)).toBe(true);
      expect(visibleText(data)).toContain(`${chart} was not attached`);
      expect(visibleText(data)).toContain('the 2.0 KiB this conversation allows');
    });
  });
});

describe('mentions over a logged-in gateway connection', () => {
  let standIn: DiscordStandIn;
  let client: Client;
  let sent = 0;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    client = createGatewayClient(realDispatcher(), silentLogger(), {
      apiUrl: standIn.apiUrl,
      sharding: { kind: 'none' },
    });
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login('test-token-never-logged');
    await ready;
  });
  afterAll(async () => {
    await client.destroy();
    await standIn.close();
  });

  /** A message in the server's channel, as the gateway delivers it; returns its id. */
  function post(content: string, extra: Record<string, unknown> = {}): string {
    sent += 1;
    const id = (900000000000000000n + BigInt(sent)).toString();
    standIn.dispatch('MESSAGE_CREATE', {
      ...rawMessage(id, { content }),
      author: USER,
      guild_id: GUILD_ID,
      ...extra,
    });
    return id;
  }

  const replyTo = (id: string) => (r: RecordedRequest) =>
    r.method === 'POST' &&
    r.path === `/channels/${CHANNEL_ID}/messages` &&
    (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id ===
      id;

  it('answers a mention as /ask: 13 in Serbia and 23 in total, each with its quote, pinging no one', async () => {
    const id = post(`<@${APP_ID}> how many arrests in sky ecc?`, { mentions: [BOT_USER] });
    const body = (await standIn.waitForRequest(replyTo(id))).body as MessagePayload;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const text = visibleText(body);
    const serbia = corpusFact('sky ecc', 'arrests-serbia');
    const total = corpusFact('sky ecc', 'arrests-total');
    expect(text).toMatch(/\*\*13\*\* arrests — in Serbia on the action day/);
    expect(text).toMatch(/\*\*23\*\* individuals arrested — in total/);
    expect(text).toContain(`> ${serbia.citation.quote}`);
    expect(text).toContain(`> ${total.citation.quote}`);
    expect(text).not.toContain(`<@${APP_ID}>`);
    // The limits helper expects an interaction's mentions; a reply also turns off the reply ping.
    expectWithinDiscordLimits({ ...body, allowed_mentions: { parse: [] } });
  });

  it('ignores bots and messages that do not mention it, and never pings @everyone', async () => {
    const fromBot = post(`<@${APP_ID}> how many arrests in sky ecc?`, {
      mentions: [BOT_USER],
      author: { ...USER, id: '500000000000000099', bot: true },
    });
    const unmentioned = post('how many arrests in sky ecc?');
    const everyone = post(`<@${APP_ID}> @everyone how many arrests in Theseus?`, {
      mentions: [BOT_USER],
      mention_everyone: true,
    });
    // Events are handled in order: once the last is answered, the first two were passed over.
    const body = (await standIn.waitForRequest(replyTo(everyone))).body as MessagePayload;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(visibleText(body)).not.toMatch(/@everyone/);
    expect(visibleText(body)).toContain(corpusFact('theseus', 'arrests').citation.quote);
    expect(standIn.requests.filter(replyTo(fromBot))).toEqual([]);
    expect(standIn.requests.filter(replyTo(unmentioned))).toEqual([]);
  });
});
