import { readFileSync } from 'node:fs';
import { createRuntime } from '../src/runtime.ts';
import { silentLogger } from '../src/log.ts';
import { InteractionsEndpoint } from '../src/transports/http/endpoint.ts';

// The HTTP endpoint on the shipped corpus, in its own process (the load comes from another).
// Prints {"port": N} when listening; on SIGTERM drains, prints {"peakRssMB": …} and exits.
const publicKey = process.env.BENCH_PUBLIC_KEY ?? '';
const runtime = createRuntime(new URL('../corpus', import.meta.url).pathname, silentLogger());
const endpoint = new InteractionsEndpoint(runtime.dispatcher, silentLogger(), {
  publicKey,
  apiUrl: 'http://127.0.0.1:9/api',
});
const server = endpoint.createServer();
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(
    `${JSON.stringify({ port: typeof address === 'object' && address !== null ? address.port : 0 })}\n`,
  );
});

function peakRssMB(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? '0');
  return Math.round((kb / 1024) * 10) / 10;
}

process.once('SIGTERM', () => {
  void endpoint.drain(server).then(() => {
    process.stdout.write(`${JSON.stringify({ peakRssMB: peakRssMB() })}\n`);
    process.exit(0);
  });
});
