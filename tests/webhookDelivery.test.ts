import { afterEach, describe, expect, it } from 'vitest';
import {
  WebhookDelivery,
  webhookTarget,
  type WebhookDeliveryOptions,
  type WebhookTarget,
} from '../src/transports/http/webhookDelivery.ts';
import { captureLogs } from './helpers/logCapture.ts';
import { answer, WebhookHost } from './helpers/webhookHost.ts';

const APP = '100000000000000001';
const TOKEN = 'aW50ZXJhY3Rpb246MTIz.secret_token-value';
const target = (): WebhookTarget => {
  const t = webhookTarget(APP, TOKEN);
  if (t === undefined) throw new Error('valid target refused');
  return t;
};
const edit = { kind: 'edit-original', body: { content: 'the answer' } } as const;

describe('webhookTarget', () => {
  it.each([
    ['../../../../evil?x=', 'path characters'],
    ['..', 'a dot segment'],
    ['.', 'a dot segment'],
    ['a/b', 'a slash'],
    ['tok%2F..', 'a percent escape'],
    ['tok en', 'a space'],
    ['', 'nothing'],
    ['x'.repeat(1001), 'an over-long token'],
  ])('refuses a token with %s (%s)', (token) => {
    expect(webhookTarget(APP, token)).toBeUndefined();
  });

  it('refuses an application id that is not a snowflake', () => {
    for (const id of ['1/../2', '12', 'abc', '1000000000000000001?x', 12345678901234567890n])
      expect(webhookTarget(id, TOKEN)).toBeUndefined();
  });

  it("accepts Discord's token alphabet", () => {
    expect(webhookTarget(APP, TOKEN)).toEqual({ applicationId: APP, token: TOKEN });
  });
});

describe('WebhookDelivery against a scripted webhook host', () => {
  let host: WebhookHost | undefined;
  let delivery: WebhookDelivery | undefined;
  afterEach(async () => {
    await delivery?.drain(0);
    await host?.close();
    host = undefined;
    delivery = undefined;
  });

  function start(
    handler: Parameters<typeof WebhookHost.start>[0],
    options: Partial<WebhookDeliveryOptions> = {},
  ) {
    const logs = captureLogs();
    return WebhookHost.start(handler).then((started) => {
      host = started;
      delivery = new WebhookDelivery({
        apiUrl: started.apiUrl,
        logger: logs.logger,
        backoffBaseMs: 50,
        ...options,
      });
      return { host: started, delivery, logs };
    });
  }

  it('edits the original message at the encoded webhook path', async () => {
    const { host: h, delivery: d } = await start((_req, res) => answer(res, 200, {}));
    expect(await d.deliver(target(), [edit])).toBe(true);
    expect(h.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /api/v10/webhooks/${APP}/${TOKEN}/messages/@original`,
    ]);
  });

  it('caps the connections to a host that never answers, times out, and logs each give-up without the token', async () => {
    const {
      host: h,
      delivery: d,
      logs,
    } = await start(() => undefined, {
      maxInFlight: 4,
      attemptTimeoutMs: 200,
      maxAttempts: 2,
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => d.deliver(target(), [edit], { command: 'search' })),
    );
    expect(results.every((r) => !r)).toBe(true);
    expect(h.peakConnections).toBeLessThanOrEqual(4);
    expect(h.requests).toHaveLength(40);
    const giveUps = logs.lines.filter((l) => l.msg === 'gave up delivering a deferred answer');
    expect(giveUps).toHaveLength(20);
    expect(giveUps[0]).toMatchObject({ command: 'search', attempts: 2, call: 'edit-original' });
    expect(logs.text()).not.toContain(TOKEN);
    expect(d.inFlight).toBe(0);
  });

  it('refuses, with a log line, what does not fit in the queue', async () => {
    const { delivery: d, logs } = await start(() => undefined, {
      maxInFlight: 2,
      maxQueued: 3,
      attemptTimeoutMs: 200,
      maxAttempts: 1,
    });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => d.deliver(target(), [edit])),
    );
    expect(results.filter((r) => !r)).toHaveLength(10);
    const full = logs.lines.filter((l) => l.reason === 'outbound queue full');
    expect(full).toHaveLength(5);
  });

  it('retries a 429 after its Retry-After header, then delivers', async () => {
    const { host: h, delivery: d } = await start((_req, res, i) =>
      i < 2
        ? answer(res, 429, { message: 'rate limited' }, { 'retry-after': '0.3' })
        : answer(res, 200, {}),
    );
    expect(await d.deliver(target(), [edit])).toBe(true);
    expect(h.requests).toHaveLength(3);
    const [a, b, c] = h.requests.map((r) => r.at);
    expect((b ?? 0) - (a ?? 0)).toBeGreaterThanOrEqual(280);
    expect((c ?? 0) - (b ?? 0)).toBeGreaterThanOrEqual(280);
  });

  it("retries a 429 without Retry-After after the body's retry_after", async () => {
    const { host: h, delivery: d } = await start((_req, res, i) =>
      i < 1 ? answer(res, 429, { retry_after: 0.25, global: false }) : answer(res, 200, {}),
    );
    expect(await d.deliver(target(), [edit])).toBe(true);
    const [a, b] = h.requests.map((r) => r.at);
    expect((b ?? 0) - (a ?? 0)).toBeGreaterThanOrEqual(230);
  });

  it('gives up on a 429 that never ends after a bounded number of attempts, with a log line', async () => {
    const {
      host: h,
      delivery: d,
      logs,
    } = await start((_req, res) => answer(res, 429, { message: 'rate limited' }), {
      maxAttempts: 4,
    });
    expect(await d.deliver(target(), [edit])).toBe(false);
    expect(h.requests).toHaveLength(4);
    expect(logs.lines.find((l) => l.msg === 'gave up delivering a deferred answer')).toMatchObject({
      attempts: 4,
      reason: 'HTTP 429, attempts exhausted',
    });
  });

  it('gives up at once when Retry-After is beyond the time left', async () => {
    const {
      host: h,
      delivery: d,
      logs,
    } = await start((_req, res) => answer(res, 429, {}, { 'retry-after': '60' }), {
      maxTotalMs: 5_000,
    });
    const started = Date.now();
    expect(await d.deliver(target(), [edit])).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(h.requests).toHaveLength(1);
    expect(logs.lines.some((l) => l.reason === 'HTTP 429, out of time')).toBe(true);
  });

  it('backs off exponentially on 5xx', async () => {
    const { host: h, delivery: d } = await start((_req, res) => answer(res, 503), {
      maxAttempts: 4,
      backoffBaseMs: 100,
    });
    expect(await d.deliver(target(), [edit])).toBe(false);
    const at = h.requests.map((r) => r.at);
    const gaps = at.slice(1).map((t, i) => t - (at[i] ?? 0));
    expect(gaps).toHaveLength(3);
    // Jitter keeps each wait within [half, whole] of 100, 200, 400 ms.
    expect(gaps[0]).toBeGreaterThanOrEqual(45);
    expect(gaps[1]).toBeGreaterThanOrEqual(95);
    expect(gaps[2]).toBeGreaterThanOrEqual(195);
    expect(gaps[2]).toBeGreaterThan(gaps[0] ?? 0);
  });

  it('does not retry a 4xx other than 429', async () => {
    const { host: h, delivery: d } = await start((_req, res) =>
      answer(res, 404, { message: 'Unknown Webhook', code: 10015 }),
    );
    expect(await d.deliver(target(), [edit])).toBe(false);
    expect(h.requests).toHaveLength(1);
  });

  it('drain() waits for a delivery in flight', async () => {
    const { delivery: d } = await start((_req, res) => {
      setTimeout(() => answer(res, 200, {}), 400);
    });
    let delivered: boolean | undefined;
    void d.deliver(target(), [edit]).then((r) => (delivered = r));
    await new Promise((r) => setTimeout(r, 50));
    await d.drain(3_000);
    expect(delivered).toBe(true);
  });
});
