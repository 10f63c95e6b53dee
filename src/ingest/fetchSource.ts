import { IngestError } from './errors.ts';
import { kindOfContentType, type SourceKind } from './sourceKind.ts';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
};

export interface FetchedSource {
  kind: SourceKind;
  body: Uint8Array;
  /** The address the body came from, after redirects. */
  url: string;
}

function httpUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new IngestError(`"${raw}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(
      `refused ${url.protocol} URL "${url.href}": only http and https are fetched`,
    );
  }
  return url;
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new IngestError(`${url} is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body === null) return new Uint8Array();
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw new IngestError(`${url} sent more than the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function describeFailure(error: unknown, url: string, timeoutMs: number): IngestError {
  if (error instanceof IngestError) return error;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new IngestError(`${url} did not answer within ${timeoutMs} ms`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const detail = error instanceof Error ? error.message : String(error);
  return new IngestError(`could not fetch ${url}: ${cause || detail}`);
}

/**
 * Fetches an http(s) page or PDF for the corpus: redirects followed by hand (each hop checked to
 * be http or https, at most `maxRedirects`), the whole exchange within `timeoutMs`, the body
 * within `maxBytes`, and only HTML, PDF or plain text accepted.
 */
export async function fetchSource(
  address: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<FetchedSource> {
  let url = httpUrl(address);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (let hops = 0; ; hops += 1) {
      const response = await fetch(url, { redirect: 'manual', signal });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (location === null) throw new IngestError(`${url.href} redirected without a Location`);
        if (hops >= limits.maxRedirects) {
          throw new IngestError(`${address} redirected more than ${limits.maxRedirects} times`);
        }
        url = httpUrl(location, url.href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new IngestError(
          `${url.href} answered HTTP ${response.status} ${response.statusText}`,
        );
      }
      const contentType = response.headers.get('content-type') ?? '';
      const kind = kindOfContentType(contentType);
      if (kind === undefined) {
        await response.body?.cancel();
        throw new IngestError(
          `${url.href} sent content type "${contentType || '(none)'}"; expected HTML, PDF or plain text`,
        );
      }
      const body = await readCapped(response, url.href, limits.maxBytes);
      return { kind, body, url: url.href };
    }
  } catch (error) {
    throw describeFailure(error, url.href, limits.timeoutMs);
  }
}
