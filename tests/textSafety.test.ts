import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeUserText } from '../src/render/markdown.ts';
import { ROUTING } from '../src/interactions/customId.ts';
import type { Answer } from '../src/render/answer.ts';
import { renderReply, splitLines } from '../src/render/reply.ts';
import { answerLine, resultToText } from '../src/transports/console/textReply.ts';
import { stripTerminalControls } from '../src/text/terminal.ts';
import { commandReply, realDispatcher } from './helpers/corpus.ts';
import { expectWithinDiscordLimits, visibleText } from './helpers/limits.ts';

const errorAnswer = (content: string): Answer => ({
  ok: false,
  ephemeral: true,
  content,
  citations: [],
});

const ROOT = resolve(import.meta.dirname, '..');
const ESC = '\u001b';
const HOSTILE = [
  `${ESC}c`, // reset the terminal
  `${ESC}[2J${ESC}[H`, // clear it
  `${ESC}[31m`, // colour
  `${ESC}]0;pwned\u0007`, // set the window title
  `${ESC}]8;;http://127.0.0.1/\u001b\\`, // a hyperlink
  '\u009b2J', // 8-bit CSI
  '\r', // back to column 0, to overwrite what was written
  '\u0008\u0007\u0000\u007f\u0085',
  '\u202e', // right-to-left override
];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Any C0 control but newline and tab (ESC included), DEL, a C1 control, or a bidi override.
function controlIn(text: string): string | undefined {
  return Array.from(text).find((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    const c0 = code < 0x20 && ch !== '\n' && ch !== '\t';
    const bidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    return c0 || (code >= 0x7f && code <= 0x9f) || bidi;
  });
}

describe('terminal output', () => {
  it.each(HOSTILE)('strips the control sequence %j', (sequence) => {
    const out = stripTerminalControls(`before ${sequence}after\n\tindented`);
    expect(out).toBe('before after\n\tindented');
  });

  it('never writes escape sequences from user input in a text answer', () => {
    const line = `/operation ${HOSTILE.join('')}qwxzv`;
    const text = resultToText(answerLine(realDispatcher(), line));
    expect(text).toContain('qwxzv');
    expect(controlIn(text)).toBeUndefined();
  });

  it('never writes escape sequences from corpus or answer text', () => {
    const result = realDispatcher().reply(
      'search',
      errorAnswer(`Found ${HOSTILE.join('')} nothing`),
    );
    result.citations.push({ document: 'd', quote: `${ESC}]0;x\u0007quoted`, url: 'u' });
    const text = resultToText(result);
    expect(text).toContain('quoted');
    expect(controlIn(text)).toBeUndefined();
  });

  it('the console (npm start without a token) writes none of them back', () => {
    const inLine = HOSTILE.filter((s) => s !== '\r').join('');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      // \r would end the line for readline: every other sequence is typed inside a line.
      input: `/nope${inLine}\n/search ${inLine} rotterdam\n`,
      env: { ...process.env, DISCORD_TOKEN: '', BOT_TRANSPORT: '', CORPUS_DIR: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Unknown command');
    expect(run.stdout).toMatch(/== Search: .*rotterdam ==/);
    expect(controlIn(run.stdout)).toBeUndefined();
  });

  it('the interactive console shows a prompt (on a pseudo-terminal)', async () => {
    // util-linux `script` runs the console on a pty. Each keystroke is typed only once the
    // console shows it is ready, as a person would: typed ahead, a pty may take Ctrl-D as text.
    const child = spawn(
      'script',
      ['-qfec', `${process.execPath} --import tsx src/main.ts`, '/dev/null'],
      {
        cwd: ROOT,
        env: { ...process.env, DISCORD_TOKEN: '', BOT_TRANSPORT: '', CORPUS_DIR: '', TERM: 'dumb' },
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const waitFor = async (pattern: RegExp): Promise<void> => {
      const started = Date.now();
      while (!pattern.test(out)) {
        if (Date.now() - started > 30_000) throw new Error(`no ${String(pattern)} in: ${out}`);
        await new Promise((done) => setTimeout(done, 50));
      }
    };
    try {
      await waitFor(/or Ctrl-D to quit[\s\S]*> /);
      child.stdin.write('/help\r');
      await waitFor(/\/operation[\s\S]*> /);
      child.stdin.write('\u0004');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    expect(out).toMatch(/\n> |^> /m);
  });
});

describe('text cut to Discord limits', () => {
  it('never leaves half an emoji when clipping', () => {
    for (const max of [10, 11, 1024, 1025]) {
      for (const prefix of ['', 'x']) {
        const text = `${prefix}${'😀'.repeat(max)}`;
        for (const chunk of splitLines(text, max)) {
          expect(chunk.length).toBeLessThanOrEqual(max);
          expect(chunk).not.toMatch(LONE_SURROGATE);
        }
        expect(escapeUserText(text, max)).not.toMatch(LONE_SURROGATE);
      }
    }
  });

  it('keeps whole emoji in a rendered payload', () => {
    for (const prefix of ['', 'x']) {
      const payload = renderReply(errorAnswer(`${prefix}${'🇷🇸'.repeat(1500)}`), 0, ROUTING).payload;
      expectWithinDiscordLimits(payload);
      const text = visibleText(payload);
      expect(text).toContain('🇷🇸');
      expect(JSON.stringify(payload)).not.toMatch(/\\ud[89ab][0-9a-f]{2}"/i);
      expect(text).not.toMatch(LONE_SURROGATE);
    }
  });
});

describe('user text echoed into replies', () => {
  it.each(['\u202e', '\u202a', '\u2066', '\u2069', '\u200b', '\u200f', '\ufeff', '\u2060'])(
    'drops the invisible or bidi control U+%s',
    (control) => {
      expect(escapeUserText(`abc${control}def`)).toBe('abcdef');
    },
  );

  it('does not echo a right-to-left override into a public reply', () => {
    const reply = commandReply(realDispatcher(), 'operation', { name: 'gpj.\u202eexe' });
    expect(JSON.stringify(reply.message)).not.toMatch(/\\u202e|\u202e/i);
    expect(JSON.stringify(reply.message)).toContain('gpj.exe');
  });

  it('still keeps mentions from forming', () => {
    expect(escapeUserText('@\u200beveryone')).toBe('@\u200beveryone');
    expect(escapeUserText('@everyone')).toBe('@\u200beveryone');
  });
});
