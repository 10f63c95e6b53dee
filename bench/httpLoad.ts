import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { autocomplete, buttonPress, chatInput } from '../tests/helpers/interactions.ts';
import { DiscordSigner } from '../tests/helpers/signer.ts';
import { cpuMsOf } from './procStats.ts';
import { percentile, round } from './stats.ts';

export interface LoadReport {
  server: string;
  requests: number;
  concurrency: number;
  correct: number;
  /** Wrong answers, the warm-up's included. */
  wrong: number;
  /** The warm-up (two passes of the mix, one at a time, not sampled) from a fresh process. */
  warmupMs: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
  serverPeakRssMB: number;
  /** The server's own CPU time (user + system) during the load, per request. */
  serverCpuMsPerRequest: number;
}

interface Planned {
  body: string;
  expectedType: number;
}

let pings = 0;
const nextPingId = (): string => String((pings += 1));

/** The mix: pings, commands (answered inline), autocomplete and buttons. */
function plan(count: number): Planned[] {
  const kinds: (() => Planned)[] = [
    // Each PING its own id: identical bodies would be identical signed requests, i.e. replays.
    () => ({
      body: JSON.stringify({ type: 1, id: nextPingId(), application_id: '1', token: 'ping' }),
      expectedType: 1,
    }),
    () => ({ body: JSON.stringify(chatInput('operation', { name: 'sky-ecc' })), expectedType: 4 }),
    () => ({ body: JSON.stringify(chatInput('operation', { name: 'thesues' })), expectedType: 4 }),
    () => ({ body: JSON.stringify(chatInput('country', { name: 'Srbija' })), expectedType: 4 }),
    () => ({ body: JSON.stringify(chatInput('stats', { metric: 'cocaine' })), expectedType: 4 }),
    () => ({ body: JSON.stringify(autocomplete('operation', 'name', 'sk')), expectedType: 8 }),
    () => ({ body: JSON.stringify(autocomplete('country', 'name', 'ne')), expectedType: 8 }),
    () => ({
      body: JSON.stringify(buttonPress('bo|operation|quotes|0|sky-ecc-balkan-cartel-2023-05-11')),
      expectedType: 7,
    }),
  ];
  return Array.from({ length: count }, (_, i) => (kinds[i % kinds.length] as () => Planned)());
}

const PAYLOAD_PART = Buffer.from('name="payload_json"');
const HEADERS_END = Buffer.from('\r\n\r\n');
const PART_END = Buffer.from('\r\n--');

/**
 * The interaction response: the body, or with files the multipart body's `payload_json`. Only
 * the JSON is decoded: turning a whole body with a picture into a string cost the load client
 * CPU that, on two cores, the server under test then lacks (the same client for both servers).
 */
function responseJson(contentType: string | undefined, body: Buffer): { type?: number } {
  let json = body;
  if (contentType?.startsWith('multipart/form-data') === true) {
    const start = body.indexOf(HEADERS_END, body.indexOf(PAYLOAD_PART)) + HEADERS_END.length;
    json = body.subarray(start, body.indexOf(PART_END, start));
  }
  return JSON.parse(json.toString('utf8')) as { type?: number };
}

type SignedRequest = Planned & { headers: Record<string, string> };

export interface SignedRequests {
  publicKeyHex: string;
  /** Sent first and not measured: two passes of the mix (their own pings, so no replays). */
  warmup: SignedRequest[];
  requests: SignedRequest[];
}

/** Requests of the warm-up: two passes of the mix. */
const WARMUP = 16;

/** The request mix, signed up front: signing while sending would measure our signing too. */
export function signedRequests(count: number): SignedRequests {
  const signer = new DiscordSigner();
  const signed = (p: Planned): SignedRequest => ({ ...p, headers: signer.headers(p.body) });
  return {
    publicKeyHex: signer.publicKeyHex,
    warmup: plan(WARMUP).map(signed),
    requests: plan(count).map(signed),
  };
}

/**
 * The signed requests against a server script in another process (the bot's endpoint, or the
 * bare floor), `concurrency` in flight over loopback. Every answer is checked: status 200 and,
 * when `checkType`, the expected callback type (the floor answers fixed JSON).
 */
export async function runHttpLoad(
  script: 'httpServer.ts' | 'floorServer.ts',
  signed: SignedRequests,
  concurrency: number,
  checkType: boolean,
): Promise<LoadReport> {
  const server = spawn(
    process.execPath,
    // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=profiles", profiles the server.
    [
      ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== ''),
      '--import',
      'tsx',
      resolve(import.meta.dirname, script),
    ],
    {
      env: {
        ...process.env,
        BENCH_PUBLIC_KEY: signed.publicKeyHex,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: server.stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  const port = (JSON.parse(String(first.value)) as { port: number }).port;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let latencies: number[] = [];
  let correct = 0;
  let wrong = 0;
  const send = (item: SignedRequest): Promise<void> =>
    new Promise((done) => {
      const started = performance.now();
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/interactions',
          method: 'POST',
          agent,
          headers: { ...item.headers, 'content-length': Buffer.byteLength(item.body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            latencies.push(performance.now() - started);
            const body = responseJson(res.headers['content-type'], Buffer.concat(chunks));
            if (res.statusCode === 200 && (!checkType || body.type === item.expectedType))
              correct += 1;
            else wrong += 1;
            done();
          });
        },
      );
      req.on('error', () => {
        wrong += 1;
        done();
      });
      req.end(item.body);
    });
  const sendAll = async (items: readonly SignedRequest[], inFlight: number): Promise<void> => {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < items.length) {
        const item = items[next];
        next += 1;
        if (item !== undefined) await send(item);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
  };
  // One at a time, so the cold start (the first map projects the atlas) is timed on its own;
  // its answers are checked like the rest, but neither its time nor its CPU is sampled.
  const warmupStarted = performance.now();
  await sendAll(signed.warmup, 1);
  const warmupMs = performance.now() - warmupStarted;
  const warmupCorrect = correct;
  latencies = [];
  const { requests } = signed;
  const count = requests.length;
  const serverPid = server.pid ?? 0;
  const cpuBefore = cpuMsOf(serverPid);
  const started = performance.now();
  await sendAll(requests, concurrency);
  const seconds = (performance.now() - started) / 1000;
  const serverCpuMs = cpuMsOf(serverPid) - cpuBefore;
  agent.destroy();
  server.kill('SIGTERM');
  const last = await lines.next();
  const serverPeakRssMB = (JSON.parse(String(last.value)) as { peakRssMB: number }).peakRssMB;
  return {
    server: script,
    requests: count,
    concurrency,
    correct: correct - warmupCorrect,
    wrong,
    warmupMs: round(warmupMs, 0),
    seconds: round(seconds, 2),
    throughput: round(count / seconds, 0),
    p50: round(percentile(latencies, 50), 2),
    p99: round(percentile(latencies, 99), 2),
    serverPeakRssMB,
    serverCpuMsPerRequest: round(serverCpuMs / count, 3),
  };
}
