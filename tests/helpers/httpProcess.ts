import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import type { DiscordSigner } from './signer.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LISTENING = /listening for interactions on port (\d+)/;

export interface HttpBot {
  child: ChildProcessWithoutNullStreams;
  /** Everything the process logged so far. */
  output: () => string;
  /** The port, once the process logs that it listens (0 if it never does within `ms`). */
  listening: (ms: number) => Promise<number>;
}

/** The real entry point as the HTTP endpoint, on a free loopback port, signed by `signer`. */
export function startHttpBot(signer: DiscordSigner, env: Record<string, string> = {}): HttpBot {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      BOT_TRANSPORT: 'http',
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DISCORD_TOKEN: '',
      ...env,
    },
  });
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const listening = async (ms: number): Promise<number> => {
    const deadline = Date.now() + ms;
    while (!LISTENING.test(output) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    return Number(LISTENING.exec(output)?.[1] ?? 0);
  };
  return { child, output: () => output, listening };
}
