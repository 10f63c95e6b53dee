import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFact } from './helpers/claims.ts';
import type { MessagePayload } from '../src/render/reply.ts';
import { realCorpus } from './helpers/corpus.ts';
import { arrestsChart, factsCsv } from './helpers/exhibit.ts';
import { expectWithinDiscordLimits, headingOf, referencedFiles } from './helpers/limits.ts';

const ROOT = resolve(import.meta.dirname, '..');
// The real entry points as a newcomer runs them, without a token (so: the local console).
const env = {
  ...process.env,
  DISCORD_TOKEN: '',
  BOT_TRANSPORT: '',
  LOG_LEVEL: 'warn',
  CORPUS_DIR: '',
};

function npm(args: string[], input: string, extra: Record<string, string> = {}) {
  const result = spawnSync('npm', args, {
    cwd: ROOT,
    input,
    env: { ...env, ...extra },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm start without a token', () => {
  it('says it runs the local console, prints the card for piped input, and exits', () => {
    const run = npm(['start', '--silent'], '/operation sky-ecc\n');
    expect(run.code).toBe(0);
    const [first] = run.stdout.split('\n');
    expect(first).toMatch(/^Balkan Ops local console: no DISCORD_TOKEN set/);
    expect(run.stdout).toContain(
      "== Sky ECC takedown of the Balkans' biggest drug lords, 11 May 2023 ==",
    );
    expect(run.stdout).toContain('**23** individuals arrested');
    expect(run.stdout).toContain('“13 arrests in Serbia including 3 High Value Targets”');
  });

  it('survives hostile lines and answers the next one', () => {
    const run = npm(
      ['start', '--silent'],
      `/nope\n/operation ${'x'.repeat(5000)}\n/search (.*\n/operation thesues\n`,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Unknown command');
    expect(run.stdout).toContain('too long');
    expect(run.stdout).toContain('== Operation Theseus (INTERPOL) ==');
  });

  it('reads two operations typed bare for /compare, apart at a space, comma or "vs"', () => {
    const run = npm(
      ['start', '--silent'],
      '/compare sky-ecc theseus\n/compare theseus, sky-ecc\n/compare sky ecc vs theseus\n/compare sky-ecc\n',
    );
    expect(run.code).toBe(0);
    const headings = run.stdout
      .split('\n')
      .filter((l) => /^== .+ ==$/.test(l) && !l.includes('(cont.)'));
    expect(headings).toEqual([
      '== Sky ECC vs Theseus ==',
      '== Theseus vs Sky ECC ==',
      '== Sky ECC vs Theseus ==',
    ]);
    // One operation is not two: the option still missing is named.
    expect(run.stdout).toContain('/compare needs a b:');
  });

  it('takes an empty LOG_LEVEL as unset, in the console and in ask', () => {
    const start = npm(['start', '--silent'], '/operation thesues\n', { LOG_LEVEL: '' });
    expect(start.stderr).toBe('');
    expect(start.code).toBe(0);
    expect(start.stdout).toContain('== Operation Theseus (INTERPOL) ==');
    const ask = npm(['run', '--silent', 'ask', '--', '/sources'], '', { LOG_LEVEL: '' });
    expect(ask.stderr).toBe('');
    expect(ask.code).toBe(0);
    expect(ask.stdout).toContain('== Sources ==');
  });

  it('stops with a message naming the variable when configuration is bad', () => {
    const result = spawnSync('npm', ['start', '--silent'], {
      cwd: ROOT,
      input: '',
      env: { ...env, PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('PORT');
  });
});

describe('ask --json', () => {
  it('prints one JSON object with the exact payload and verbatim citations', () => {
    const run = npm(['run', '--silent', 'ask', '--', '--json', '/operation sky-ecc'], '');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const reply = JSON.parse(lines[0] ?? '') as {
      command: string;
      ok: boolean;
      message: MessagePayload;
      citations: { document: string; quote: string; url: string }[];
    };
    // The operation's card carries its map: `files`, each a PNG in base64 with alt text.
    expect(Object.keys(reply).sort()).toEqual(['citations', 'command', 'files', 'message', 'ok']);
    const files = (
      reply as unknown as {
        files: { name: string; description: string; contentType: string; data: string }[];
      }
    ).files;
    expect(files.map((f) => f.contentType)).toEqual(['image/png']);
    expect(
      Buffer.from(files[0]?.data ?? '', 'base64')
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(files[0]?.description.length).toBeGreaterThan(20);
    expect(reply.command).toBe('operation');
    expect(reply.ok).toBe(true);
    expect(reply.message.allowed_mentions).toEqual({ parse: [] });
    expect(headingOf(reply.message)).toContain('Sky ECC');
    expectWithinDiscordLimits(reply.message);
    for (const citation of reply.citations) {
      expect(realCorpus().documents.get(citation.document)?.text).toContain(citation.quote);
    }
  });

  it('answers one JSON line per stdin line, in order, with ok false for errors', () => {
    const run = npm(
      ['run', '--silent', 'ask', '--', '--json'],
      '/country Srbija\n/bogus\n/cite 626 kilos of cocaine\n',
    );
    const replies = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { command: string; ok: boolean });
    expect(replies.map((r) => [r.command, r.ok])).toEqual([
      ['country', true],
      ['bogus', false],
      ['cite', true],
    ]);
  });

  it('adds data, the typed answer, to /ask, /cite and /check, and to no other command', () => {
    const run = npm(
      ['run', '--silent', 'ask', '--', '--json'],
      [
        '/ask how many arrests in Serbia?',
        '/cite 626 tonnes of cocaine',
        '/check Theseus lasted ten days. Sky ECC seized 40 boats.',
        '/operation sky-ecc',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
    const [asked, cited, checked, operation] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const serbia = corpusFact('sky ecc', 'arrests-serbia');
    expect(asked).toMatchObject({
      command: 'ask',
      ok: true,
      data: {
        kind: 'answer',
        facts: expect.arrayContaining([
          {
            operation: serbia.operation,
            metric: serbia.metric,
            label: serbia.label,
            value: serbia.value,
            unit: 'count',
            qualifier: serbia.qualifier,
            scope: serbia.scope,
            document: serbia.citation.document,
            quote: serbia.citation.quote,
          },
        ]) as unknown,
      },
    });
    const cocaine = corpusFact('jad see', 'cocaine');
    expect(cited).toMatchObject({
      command: 'cite',
      data: {
        claims: [{ claim: '626 tonnes of cocaine', verdict: 'contradicted', wrong: ['unit'] }],
      },
    });
    const citedClaims = (cited?.data as { claims: { facts: { quote: string }[] }[] }).claims;
    expect(citedClaims[0]?.facts[0]?.quote).toBe(cocaine.citation.quote);
    expect(checked).toMatchObject({
      command: 'check',
      data: {
        claims: [
          { claim: 'Theseus lasted ten days.', verdict: 'contradicted' },
          { claim: 'Sky ECC seized 40 boats.', verdict: 'not-in-sources', facts: [] },
        ],
      },
    });
    expect(Object.keys(operation ?? {}).sort()).toEqual([
      'citations',
      'command',
      'files',
      'message',
      'ok',
    ]);
  });

  it('prints readable text without --json', () => {
    const run = npm(['run', '--silent', 'ask', '--', '/search rotterdam'], '');
    expect(run.stdout).toContain('== Search: rotterdam ==');
    expect(run.stdout).toContain('**Rotterdam**');
  });
});

/** The real console and ask code, with test-only commands whose answers carry a chart and a CSV. */
function exhibit(args: string[], input = '') {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tests/helpers/exhibitMain.ts', ...args],
    { cwd: ROOT, input, env, encoding: 'utf8', timeout: 60_000 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('files, outside Discord', () => {
  const expected = [arrestsChart(realCorpus()), factsCsv(realCorpus())];

  it('ask --json adds files with their bytes in base64, named as the message shows them', () => {
    const run = exhibit(['ask', '--json', '/exhibit']);
    expect(run.code).toBe(0);
    const reply = JSON.parse(run.stdout) as {
      message: MessagePayload;
      files: { name: string; description: string; contentType: string; data: string }[];
    };
    expect(Object.keys(reply)).toEqual(['command', 'ok', 'message', 'citations', 'files']);
    expect(reply.files).toEqual(
      expected.map((f) => ({
        name: f.name,
        description: f.description,
        contentType: f.contentType,
        data: f.data.toString('base64'),
      })),
    );
    expect(referencedFiles(reply.message)).toEqual(expected.map((f) => `attachment://${f.name}`));
    expectWithinDiscordLimits(reply.message);
  });

  it('the console writes them to a temporary folder and prints their paths', () => {
    // The test run's own temporary folder (tests/helpers/tempRoot.ts), removed when it ends.
    expect(basename(tmpdir())).toMatch(/^balkan-ops-tests-/);
    const run = exhibit(['console'], '/exhibit\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`[picture: ${expected[0]?.name ?? '?'}]`);
    expect(run.stdout).toContain('[file: facts.csv]');
    const paths = [...run.stdout.matchAll(/^- (\S+) — /gm)].map((m) => m[1] ?? '');
    expect(paths).toHaveLength(2);
    try {
      paths.forEach((path, i) => {
        expect(dirname(dirname(path))).toBe(tmpdir());
        expect(path).toBe(join(dirname(path), expected[i]?.name ?? '?'));
        expect(dirname(path)).toMatch(/[/\\]balkan-ops-[^/\\]+$/);
        expect(readFileSync(path)).toEqual(expected[i]?.data);
      });
    } finally {
      for (const path of paths) rmSync(dirname(path), { recursive: true, force: true });
    }
    expect(paths.some((path) => existsSync(path))).toBe(false);
  });
});
