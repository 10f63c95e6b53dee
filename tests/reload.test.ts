import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.ts';
import { Runtime } from '../src/runtime.ts';
import { answerLine } from '../src/transports/console/textReply.ts';
import { CorpusCopy } from './helpers/corpus.ts';
import { headingOf } from './helpers/limits.ts';

const SKY = 'operations/sky-ecc-balkan-cartel-2023-05-11.yaml';

describe('reloading the corpus in a running process', () => {
  let copy: CorpusCopy | undefined;
  afterEach(() => copy?.remove());

  it('swaps in a changed corpus, with a new version, and answers from it', () => {
    copy = new CorpusCopy();
    const runtime = new Runtime(copy.dir, silentLogger());
    const before = runtime.status();
    expect(runtime.reload()).toMatchObject({ ok: true, changed: false });
    expect(runtime.status().version).toBe(before.version);
    copy.edit(SKY, (t) => t.replace('name: Sky ECC takedown', 'name: Sky ECC crackdown'));
    const result = runtime.reload();
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(runtime.status().version).not.toBe(before.version);
    const card = answerLine(runtime.dispatcher, '/operation sky-ecc');
    expect(headingOf(card.message)).toContain('Sky ECC crackdown');
  });

  it('refuses a corpus that fails verification and keeps serving the old one', () => {
    copy = new CorpusCopy();
    const runtime = new Runtime(copy.dir, silentLogger());
    const before = runtime.status();
    copy.edit(SKY, (t) => t.replace('quote: 35 house searches', 'quote: 35 house raids'));
    const result = runtime.reload();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContain('35 house raids');
    expect(runtime.status()).toEqual(before);
    expect(answerLine(runtime.dispatcher, '/operation sky-ecc').ok).toBe(true);
  });

  it('finishes a deferred answer planned before the swap on the corpus it started with', () => {
    copy = new CorpusCopy();
    const runtime = new Runtime(copy.dir, silentLogger());
    const plan = runtime.dispatcher.plan({
      kind: 'command',
      name: 'search',
      options: [{ name: 'query', value: 'house searches' }],
      meta: { id: '1' },
    });
    copy.edit(SKY, (t) => t.replace('name: Sky ECC takedown', 'name: Sky ECC crackdown'));
    runtime.reload();
    if (plan.kind !== 'defer') throw new Error(`planned ${plan.kind}`);
    const done = plan.finish();
    expect(done.reply.ok).toBe(true);
    for (const citation of done.reply.citations) expect(citation.url).toMatch(/^https?:/);
  });
});
