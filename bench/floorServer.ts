import { createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

// The floor for the HTTP endpoint: a bare Node server that only reads the body, verifies the
// Ed25519 signature over timestamp + body, and answers fixed JSON. Whatever the bot's endpoint
// costs beyond this is the bot's own (parsing, the engine, rendering). Same protocol as
// httpServer.ts: prints {"port": N} when listening; on SIGTERM prints {"peakRssMB": …}, exits.
const key = createPublicKey({
  key: {
    kty: 'OKP',
    crv: 'Ed25519',
    x: Buffer.from(process.env.BENCH_PUBLIC_KEY ?? '', 'hex').toString('base64url'),
  },
  format: 'jwk',
});
const FIXED = Buffer.from(JSON.stringify({ type: 4, data: { content: 'ok' } }));

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const signature = String(req.headers['x-signature-ed25519'] ?? '');
    const timestamp = String(req.headers['x-signature-timestamp'] ?? '');
    const signed = Buffer.concat([Buffer.from(timestamp), ...chunks]);
    const ok = verify(null, signed, key, Buffer.from(signature, 'hex'));
    res.writeHead(ok ? 200 : 401, {
      'content-type': 'application/json',
      'content-length': ok ? FIXED.length : 2,
    });
    res.end(ok ? FIXED : '{}');
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(
    `${JSON.stringify({ port: typeof address === 'object' && address !== null ? address.port : 0 })}\n`,
  );
});

process.once('SIGTERM', () => {
  server.close(() => {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? '0');
    process.stdout.write(`${JSON.stringify({ peakRssMB: Math.round((kb / 1024) * 10) / 10 })}\n`);
    process.exit(0);
  });
  server.closeAllConnections();
});
