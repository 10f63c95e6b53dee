import {
  DefaultRestOptions,
  type RateLimitData,
  type RESTOptions,
  type ResponseLike,
} from '@discordjs/rest';
import type { Logger } from '../../log.ts';

export interface RestPolicy {
  /** Retries after a 5xx or a network error (discord.js's own count), each after a backoff. */
  retries: number;
  /** Retries after a 429 on one request, before giving up. */
  maxRateLimitRetries: number;
  /** A single rate-limit wait longer than this on an interaction route is not waited out. */
  maxRateLimitWaitMs: number;
  /** First backoff; doubles each time, with jitter. */
  backoffBaseMs: number;
  /** One request, from connect to the last byte. */
  timeoutMs: number;
}

export const REST_POLICY: RestPolicy = {
  retries: 2,
  maxRateLimitRetries: 3,
  maxRateLimitWaitMs: 5_000,
  backoffBaseMs: 250,
  timeoutMs: 10_000,
};

// In-flight bookkeeping only; a runaway map is cleared rather than allowed to grow.
const MAX_TRACKED = 10_000;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

function isInteractionRoute(route: string): boolean {
  return route.startsWith('/interactions') || route.startsWith('/webhooks');
}

function bump(map: Map<string, number>, key: string): number {
  if (map.size >= MAX_TRACKED) map.clear();
  const count = (map.get(key) ?? 0) + 1;
  map.set(key, count);
  return count;
}

async function retryAfterFromBody(response: ResponseLike): Promise<number | undefined> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'retry_after' in body) {
      const seconds = Number(body.retry_after);
      if (Number.isFinite(seconds) && seconds >= 0) return seconds;
    }
  } catch {
    // no JSON body
  }
  return undefined;
}

/**
 * discord.js REST options that bound what it does on errors: left alone it retries a 429 at
 * once, forever, when there is no Retry-After (thousands of requests a second, an IP ban at
 * 10,000), waits out any Retry-After however often it comes, and retries a 5xx with no pause.
 * Here a 429 always carries a wait, is retried a few times at most, and each give-up is logged;
 * 5xx and network retries wait an exponential backoff with jitter.
 */
export function restOptions(
  apiUrl: string,
  logger: Logger,
  policy: RestPolicy = REST_POLICY,
): Partial<RESTOptions> {
  const rateLimited = new Map<string, number>();
  const serverErrors = new Map<string, number>();
  const backoffMs = (attempt: number): number => {
    const ceiling = policy.backoffBaseMs * 2 ** (attempt - 1);
    return ceiling / 2 + (Math.random() * ceiling) / 2;
  };
  const send = DefaultRestOptions.makeRequest;

  const makeRequest: RESTOptions['makeRequest'] = async (url, init) => {
    const key = `${(init.method ?? 'GET').toUpperCase()} ${url}`;
    const failures = serverErrors.get(key) ?? 0;
    if (failures > 0) await sleep(backoffMs(failures));
    const response = await send(url, init);
    if (response.status >= 500) {
      if (bump(serverErrors, key) > policy.retries) {
        serverErrors.delete(key);
        logger.warn(
          { method: init.method, status: response.status, attempts: policy.retries + 1 },
          'gave up on a Discord request after server errors',
        );
      }
    } else {
      serverErrors.delete(key);
    }
    if (response.status !== 429) {
      rateLimited.delete(key);
      return response;
    }
    const seen = bump(rateLimited, key);
    if (response.headers.has('retry-after')) return response;
    // Without Retry-After discord.js would retry at once: give it the body's wait, or a backoff.
    const seconds = (await retryAfterFromBody(response)) ?? backoffMs(seen) / 1000;
    const limited = new Response(
      JSON.stringify({ message: 'rate limited', retry_after: seconds }),
      {
        status: 429,
        statusText: response.statusText,
        headers: { 'content-type': 'application/json', 'retry-after': String(seconds) },
      },
    );
    // Node's Response is what discord.js reads; the DOM typings (pulled in for linkedom) name
    // its body stream differently, nothing more.
    return limited as unknown as ResponseLike;
  };

  const rejectOnRateLimit = (data: RateLimitData): boolean => {
    const key = `${data.method.toUpperCase()} ${data.url}`;
    const seen = rateLimited.get(key) ?? 0;
    const tooMany = seen > policy.maxRateLimitRetries;
    const tooLong = isInteractionRoute(data.route) && data.retryAfter > policy.maxRateLimitWaitMs;
    if (!tooMany && !tooLong) return false;
    rateLimited.delete(key);
    logger.warn(
      {
        route: data.route,
        method: data.method,
        global: data.global,
        retryAfterMs: data.retryAfter,
        attempts: seen,
      },
      'gave up on a rate-limited Discord request',
    );
    return true;
  };

  return {
    api: apiUrl,
    retries: policy.retries,
    timeout: policy.timeoutMs,
    makeRequest,
    rejectOnRateLimit,
  };
}
