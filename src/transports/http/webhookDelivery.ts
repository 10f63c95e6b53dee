import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Logger } from '../../log.ts';
import type { Attachment } from '../../render/answer.ts';
import type { MessagePayload } from '../../render/reply.ts';
import { messageBody, type EncodedBody } from './multipart.ts';

/** Where a deferred answer goes: the interaction's webhook, validated so it cannot name another path. */
export interface WebhookTarget {
  readonly applicationId: string;
  readonly token: string;
}

/** One step of a deferred answer: edit or delete the "thinking…" message, or post a follow-up. */
export type WebhookCall =
  | { kind: 'edit-original'; body: MessagePayload; files?: readonly Attachment[] }
  | { kind: 'delete-original' }
  | { kind: 'follow-up'; body: MessagePayload; files?: readonly Attachment[] };

export interface WebhookDeliveryOptions {
  /** Discord's REST base, e.g. https://discord.com/api. */
  apiUrl: string;
  logger: Logger;
  /** Outbound requests in flight at once, across every delivery (also the socket cap). */
  maxInFlight?: number;
  /** Requests waiting for a free slot; beyond this a request is refused and logged. */
  maxQueued?: number;
  /** One attempt, from connect to the last byte of the answer. */
  attemptTimeoutMs?: number;
  /** Attempts per call, the first included. */
  maxAttempts?: number;
  /** No retry starts later than this after the call's first attempt. */
  maxTotalMs?: number;
  /** First backoff after a 5xx or network error; doubles each attempt, with jitter. */
  backoffBaseMs?: number;
  random?: () => number;
}

export const WEBHOOK_DEFAULTS = {
  maxInFlight: 16,
  maxQueued: 1000,
  attemptTimeoutMs: 10_000,
  maxAttempts: 4,
  maxTotalMs: 30_000,
  backoffBaseMs: 500,
} as const;

const SNOWFLAKE = /^\d{17,20}$/;
// Discord's token alphabet; a leading letter or digit rules out the dot segments "." and "..".
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,999}$/;
const RESPONSE_LIMIT = 64 * 1024;

/** The interaction's webhook, or undefined when its id or token could escape the webhook path. */
export function webhookTarget(applicationId: unknown, token: unknown): WebhookTarget | undefined {
  if (typeof applicationId !== 'string' || !SNOWFLAKE.test(applicationId)) return undefined;
  if (typeof token !== 'string' || !TOKEN.test(token)) return undefined;
  return { applicationId, token };
}

const METHOD = { 'edit-original': 'PATCH', 'delete-original': 'DELETE', 'follow-up': 'POST' };

interface Outcome {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** An attempt that outlived `attemptTimeoutMs`. */
class AttemptTimeout extends Error {}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Seconds from `Retry-After` or the body's `retry_after`, as milliseconds. */
function retryAfterMs(outcome: Outcome): number | undefined {
  const header = Number(outcome.headers['retry-after']);
  if (outcome.headers['retry-after'] !== undefined && Number.isFinite(header) && header >= 0)
    return header * 1000;
  try {
    const body: unknown = JSON.parse(outcome.text);
    if (typeof body === 'object' && body !== null && 'retry_after' in body) {
      const seconds = Number(body.retry_after);
      if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    }
  } catch {
    // not JSON: fall back to backoff
  }
  return undefined;
}

/**
 * Delivers deferred answers through the interaction webhook: a pooled client with a global cap
 * on requests in flight, a timeout per attempt, retries on 429 (after Retry-After) and on 5xx
 * or network errors (exponential backoff with jitter), bounded in attempts and total time, and
 * one log line (never the token) when it gives up. `drain()` waits for deliveries in flight.
 */
export class WebhookDelivery {
  private readonly settings: Required<Omit<WebhookDeliveryOptions, 'logger' | 'apiUrl'>>;
  private readonly base: URL;
  private readonly agent: HttpAgent;
  private readonly pending = new Set<Promise<boolean>>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private pausedUntil = 0;
  private drainDeadline = Number.POSITIVE_INFINITY;

  constructor(private readonly options: WebhookDeliveryOptions) {
    this.settings = {
      maxInFlight: options.maxInFlight ?? WEBHOOK_DEFAULTS.maxInFlight,
      maxQueued: options.maxQueued ?? WEBHOOK_DEFAULTS.maxQueued,
      attemptTimeoutMs: options.attemptTimeoutMs ?? WEBHOOK_DEFAULTS.attemptTimeoutMs,
      maxAttempts: options.maxAttempts ?? WEBHOOK_DEFAULTS.maxAttempts,
      maxTotalMs: options.maxTotalMs ?? WEBHOOK_DEFAULTS.maxTotalMs,
      backoffBaseMs: options.backoffBaseMs ?? WEBHOOK_DEFAULTS.backoffBaseMs,
      random: options.random ?? Math.random,
    };
    this.base = new URL(options.apiUrl.replace(/\/+$/, ''));
    const agentOptions = {
      keepAlive: true,
      maxSockets: this.settings.maxInFlight,
      maxTotalSockets: this.settings.maxInFlight,
      maxFreeSockets: Math.min(4, this.settings.maxInFlight),
      timeout: this.settings.attemptTimeoutMs,
      scheduling: 'lifo' as const,
    };
    this.agent =
      this.base.protocol === 'https:' ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
  }

  /** Outbound requests in flight now (for tests and health). */
  get inFlight(): number {
    return this.active;
  }

  /**
   * Runs the calls in order; resolves true when every one succeeded. Never rejects. `context`
   * (e.g. the command and interaction id) is added to the give-up log line.
   */
  deliver(
    target: WebhookTarget,
    calls: readonly WebhookCall[],
    context: Record<string, unknown> = {},
  ): Promise<boolean> {
    const delivery = this.run(target, calls, context);
    this.pending.add(delivery);
    void delivery.finally(() => this.pending.delete(delivery));
    return delivery;
  }

  /** Waits for deliveries in flight, retrying no later than `timeoutMs` from now; then closes the pool. */
  async drain(timeoutMs = 3000): Promise<void> {
    this.drainDeadline = Date.now() + timeoutMs;
    const all = Promise.allSettled([...this.pending]);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise((done) => (timer = setTimeout(done, timeoutMs)))]);
    clearTimeout(timer);
    this.agent.destroy();
  }

  private async run(
    target: WebhookTarget,
    calls: readonly WebhookCall[],
    context: Record<string, unknown>,
  ): Promise<boolean> {
    for (const call of calls) {
      if (!(await this.send(target, call, context))) return false;
    }
    return true;
  }

  private url(target: WebhookTarget, call: WebhookCall): URL {
    // Validated already; encoded anyway, so no value can ever add a path segment or a query.
    const hook = `v10/webhooks/${encodeURIComponent(target.applicationId)}/${encodeURIComponent(target.token)}`;
    const url = new URL(this.base.href);
    url.pathname = `${this.base.pathname}/${hook}${call.kind === 'follow-up' ? '' : '/messages/@original'}`;
    return url;
  }

  private backoff(attempt: number): number {
    const ceiling = this.settings.backoffBaseMs * 2 ** (attempt - 1);
    return ceiling / 2 + (this.settings.random() * ceiling) / 2;
  }

  private async send(
    target: WebhookTarget,
    call: WebhookCall,
    context: Record<string, unknown>,
  ): Promise<boolean> {
    const started = Date.now();
    const deadline = (): number => Math.min(started + this.settings.maxTotalMs, this.drainDeadline);
    const url = this.url(target, call);
    const method = METHOD[call.kind];
    // Encoded once: multipart/form-data when the message carries files, JSON otherwise.
    const body = 'body' in call ? messageBody(call.body, call.files ?? []) : undefined;
    const giveUp = (attempts: number, reason: string): false => {
      this.options.logger.warn(
        { ...context, call: call.kind, attempts, reason, elapsedMs: Date.now() - started },
        'gave up delivering a deferred answer',
      );
      return false;
    };
    for (let attempt = 1; ; attempt += 1) {
      if (this.pausedUntil > Date.now()) await sleep(this.pausedUntil - Date.now());
      if (!(await this.acquire())) return giveUp(attempt - 1, 'outbound queue full');
      let outcome: Outcome | undefined;
      let failure = '';
      try {
        outcome = await this.request(url, method, body);
      } catch (error) {
        failure =
          error instanceof AttemptTimeout
            ? 'timeout'
            : error instanceof Error
              ? error.message
              : 'error';
      } finally {
        this.release();
      }
      const status = outcome?.status ?? 0;
      // A message that is already gone needs no deleting.
      if ((status >= 200 && status < 300) || (call.kind === 'delete-original' && status === 404))
        return true;
      let wait: number | undefined;
      if (outcome !== undefined && status === 429) {
        wait = retryAfterMs(outcome) ?? this.backoff(attempt);
        if (outcome.headers['x-ratelimit-global'] !== undefined)
          this.pausedUntil = Date.now() + wait;
      } else if (outcome === undefined || status >= 500) {
        wait = this.backoff(attempt);
      }
      const reason = outcome === undefined ? failure : `HTTP ${status}`;
      if (wait === undefined) return giveUp(attempt, reason);
      if (attempt >= this.settings.maxAttempts)
        return giveUp(attempt, `${reason}, attempts exhausted`);
      if (Date.now() + wait > deadline()) return giveUp(attempt, `${reason}, out of time`);
      await sleep(wait);
    }
  }

  private async acquire(): Promise<boolean> {
    if (this.active < this.settings.maxInFlight) {
      this.active += 1;
      return true;
    }
    if (this.waiting.length >= this.settings.maxQueued) return false;
    // The slot is handed over by release(), so `active` stays counted.
    await new Promise<void>((done) => this.waiting.push(done));
    return true;
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next === undefined) this.active -= 1;
    else next();
  }

  private request(url: URL, method: string, body: EncodedBody | undefined): Promise<Outcome> {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Outcome>((resolve, reject) => {
      const headers: Record<string, string | number> = {
        'user-agent': 'DiscordBot (https://github.com/balkan-ops, 0.1)',
      };
      if (body !== undefined) {
        headers['content-type'] = body.contentType;
        headers['content-length'] = body.body.length;
      }
      const req = send(
        url,
        {
          method,
          agent: this.agent,
          headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= RESPONSE_LIMIT) chunks.push(chunk);
          });
          res.on('end', () => {
            clearTimeout(timer);
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            });
          });
          res.on('error', fail);
        },
      );
      // One plain timer per attempt, from connect to the answer's last byte: AbortSignal.timeout
      // cost a quarter of a deferred answer's CPU.
      const timer = setTimeout(
        () => req.destroy(new AttemptTimeout()),
        this.settings.attemptTimeoutMs,
      );
      const fail = (error: Error): void => {
        clearTimeout(timer);
        reject(error);
      };
      req.on('error', fail);
      req.end(body?.body);
    });
  }
}
