import { ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.ts';
import { defineCommand } from '../src/interactions/command.ts';
import type { Dispatcher } from '../src/interactions/dispatcher.ts';
import type { Incoming } from '../src/interactions/incoming.ts';
import { silentLogger } from '../src/log.ts';
import { realCorpus, realDispatcher, realEngine } from './helpers/corpus.ts';
import { allComponents, headingOf, isEphemeral, visibleText } from './helpers/limits.ts';

const meta = { id: '1', guildId: '2', userId: '3' };
const command = (name: string, options: Record<string, string> = {}): Incoming => ({
  kind: 'command',
  name,
  options: Object.entries(options).map(([key, value]) => ({ name: key, value })),
  meta,
});

/** A command that records what it was given, to see what the dispatcher lets through. */
function recorder(slow: boolean) {
  const calls: Record<string, string | undefined>[] = [];
  const spec = defineCommand({
    name: 'probe',
    description: { en: 'records', nl: 'noteert', hr: 'bilježi' },
    options: {
      text: {
        type: 'string',
        localizedName: { nl: 'tekst', hr: 'tekst' },
        description: { en: 'text', nl: 'tekst', hr: 'tekst' },
        required: true,
        maxLength: 10,
      },
      extra: {
        type: 'string',
        localizedName: { nl: 'extra', hr: 'dodatno' },
        description: { en: 'extra', nl: 'extra', hr: 'dodatno' },
        required: false,
      },
    },
    example: '/probe hello',
    slow,
    run(_ctx, options) {
      calls.push({ text: options.text, extra: options.extra });
      if (options.text === 'fail') throw new Error('boom');
      return { ok: true, ephemeral: false, content: options.text, citations: [] };
    },
  });
  return { calls, dispatcher: realDispatcher(silentLogger(), [spec]) };
}

describe('the dispatcher plans every interaction once', () => {
  it('answers quick commands at once and defers the slow ones', () => {
    const dispatcher = realDispatcher();
    for (const spec of COMMANDS) {
      const options = Object.fromEntries(
        Object.entries(spec.options)
          .filter(([, o]) => o.required)
          .map(([name, o]) => [name, o.choices?.[0]?.value ?? 'serbia']),
      );
      const plan = dispatcher.plan(command(spec.name, options));
      expect(plan.kind).toBe(spec.slow ? 'defer' : 'reply');
    }
  });

  it('checks options before running: unknown, missing, too long never reach the handler', () => {
    const { calls, dispatcher } = recorder(false);
    for (const bad of [
      { colour: 'red', text: 'x' },
      {},
      { text: '   ' },
      { text: 'x'.repeat(11) },
    ]) {
      const plan = dispatcher.plan(command('probe', bad));
      expect(plan.kind).toBe('reply');
      if (plan.kind === 'reply') expect(isEphemeral(plan.reply.message)).toBe(true);
    }
    expect(calls).toEqual([]);
  });

  it('names options in problems as the reader’s Discord shows them', () => {
    const { dispatcher } = recorder(false);
    const say = (locale: string, options: Record<string, string>): string => {
      const plan = dispatcher.plan({
        kind: 'command',
        name: 'probe',
        options: Object.entries(options).map(([key, value]) => ({ name: key, value })),
        meta: { id: '1', locale },
      });
      if (plan.kind !== 'reply') throw new Error(`planned ${plan.kind}`);
      return visibleText(plan.reply.message);
    };
    expect(say('hr', { text: 'x'.repeat(11), extra: 'y' })).toContain('“tekst”');
    expect(say('hr', { colour: 'red' })).toContain('dodatno');
    expect(say('hr', { colour: 'red' })).not.toContain('extra');
    expect(say('en-GB', { colour: 'red' })).toContain('extra');
    expect(say('nl', {})).toContain('“tekst”');
  });

  it('hands the handler trimmed options, leaving out empty optional ones', () => {
    const { calls, dispatcher } = recorder(false);
    dispatcher.plan(command('probe', { text: '  hi  ', extra: '  ' }));
    expect(calls).toEqual([{ text: 'hi', extra: undefined }]);
  });

  it('replaces a deferred answer that failed with an ephemeral one, once the work is done', () => {
    const { calls, dispatcher } = recorder(true);
    const plan = dispatcher.plan(command('probe', { text: 'fail' }));
    expect(calls).toEqual([]);
    if (plan.kind !== 'defer') throw new Error(`planned ${plan.kind}`);
    const done = plan.finish();
    expect(done.kind).toBe('replace');
    expect(isEphemeral(done.reply.message)).toBe(true);
    expect(visibleText(done.reply.message)).toContain('Something went wrong');
    const ok = dispatcher.plan(command('probe', { text: 'fine' }));
    if (ok.kind !== 'defer') throw new Error(`planned ${ok.kind}`);
    expect(ok.finish()).toMatchObject({ kind: 'edit', reply: { ok: true } });
  });

  it('updates the message for a valid button, and replies ephemerally for a forged one', () => {
    const dispatcher = realDispatcher();
    const id = realCorpus().operations[0]?.id ?? '';
    expect(
      dispatcher.plan({ kind: 'button', customId: `bo|operation|quotes|0|${id}`, meta }).kind,
    ).toBe('update');
    const forged = dispatcher.plan({ kind: 'button', customId: 'bo|x', meta });
    expect(forged.kind).toBe('reply');
  });

  it('offers the most involved countries first when nothing is typed yet', () => {
    const plan = realDispatcher().plan({
      kind: 'autocomplete',
      name: 'country',
      options: [{ name: 'name', value: '', focused: true }],
      meta,
    });
    if (plan.kind !== 'choices') throw new Error(`planned ${plan.kind}`);
    const involvement = (code: string): number =>
      realCorpus().operations.filter((op) => op.countries.some((c) => c.code === code)).length;
    const counts = plan.choices.map((c) => involvement(c.value));
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.length).toBeLessThanOrEqual(25);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(
      Math.max(
        ...realEngine().corpus.operations.flatMap((op) =>
          op.countries.map((c) => involvement(c.code)),
        ),
      ),
    );
  });

  it('answers privately when asked: ephemeral at once, or deferred ephemerally', () => {
    const dispatcher = realDispatcher();
    const quick = dispatcher.plan(command('operation', { name: 'theseus', private: 'true' }));
    if (quick.kind !== 'reply') throw new Error(`planned ${quick.kind}`);
    expect(quick.reply.ok).toBe(true);
    expect(isEphemeral(quick.reply.message)).toBe(true);
    const slow = dispatcher.plan(command('search', { query: 'rotterdam', private: 'true' }));
    if (slow.kind !== 'defer') throw new Error(`planned ${slow.kind}`);
    expect(slow.ephemeral).toBe(true);
    const done = slow.finish();
    expect(done.kind).toBe('edit');
    expect(isEphemeral(done.reply.message)).toBe(true);
    const open = dispatcher.plan(command('operation', { name: 'theseus', private: 'false' }));
    if (open.kind !== 'reply') throw new Error(`planned ${open.kind}`);
    expect(isEphemeral(open.reply.message)).toBe(false);
  });

  it('offers the candidates of an ambiguous name as a select menu that opens the one picked', () => {
    const dispatcher = realDispatcher();
    const plan = dispatcher.plan(command('operation', { name: 'balkan cartel' }));
    if (plan.kind !== 'reply') throw new Error(`planned ${plan.kind}`);
    const select = allComponents(plan.reply.message).find(
      (c) => c.type === ComponentType.StringSelect,
    );
    if (select === undefined) throw new Error('no select menu');
    const values = select.options.map((o) => o.value);
    const candidates = realEngine().findOperation('balkan cartel');
    if (candidates.kind !== 'ambiguous') throw new Error('not ambiguous');
    expect(values).toEqual(candidates.candidates.map((op) => op.id));
    const picked = dispatcher.plan({
      kind: 'button',
      customId: select.custom_id,
      values: [values[1] ?? ''],
      meta,
    });
    if (picked.kind !== 'update') throw new Error(`planned ${picked.kind}`);
    expect(headingOf(picked.reply.message)).toBe(candidates.candidates[1]?.name);
    const forged = dispatcher.plan({ kind: 'button', customId: select.custom_id, meta });
    expect(forged.kind).toBe('reply');
  });

  it('names the interaction in its logger', () => {
    const log = realDispatcher().loggerFor(command('operation', { name: 'x' }));
    expect(log.bindings()).toMatchObject({
      interactionId: '1',
      guildId: '2',
      userId: '3',
      command: 'operation',
    });
  });
});

describe('replies repeated per corpus version', () => {
  const replyOf = (plan: ReturnType<Dispatcher['plan']>) =>
    plan.kind === 'reply' || plan.kind === 'update' ? plan.reply : undefined;

  it('hands out the same reply for the same command, options, language and privacy', () => {
    const dispatcher = realDispatcher();
    const ask = (locale: string, options: Record<string, string>) =>
      replyOf(
        dispatcher.plan({
          kind: 'command',
          name: 'operation',
          options: Object.entries(options).map(([name, value]) => ({ name, value })),
          meta: { ...meta, locale },
        }),
      );
    const first = ask('en-GB', { name: 'sky-ecc' });
    expect(first?.ok).toBe(true);
    expect(ask('en-US', { name: 'sky-ecc' })).toBe(first);
    const dutch = ask('nl', { name: 'sky-ecc' });
    expect(dutch).not.toBe(first);
    expect(JSON.stringify(dutch?.message)).not.toBe(JSON.stringify(first?.message));
    const privately = ask('en-GB', { name: 'sky-ecc', private: 'true' });
    expect(privately).not.toBe(first);
    expect(isEphemeral(privately?.message ?? {})).toBe(true);
    expect(isEphemeral(first?.message ?? {})).toBe(false);
    expect(ask('en-GB', { name: 'theseus' })).not.toBe(first);
  });

  it('renders /help again once the command ids are learned, so its links appear', () => {
    const dispatcher = realDispatcher();
    const help = () => replyOf(dispatcher.plan(command('help')));
    const before = help();
    expect(help()).toBe(before);
    expect(JSON.stringify(before?.message)).not.toContain('</operation:');
    dispatcher.commandIds.replace(new Map([['operation', '123456789012345678']]));
    const after = help();
    expect(after).not.toBe(before);
    expect(JSON.stringify(after?.message)).toContain('</operation:123456789012345678>');
  });

  it('renders a button press once per (button, language), and still answers a stale one', () => {
    const dispatcher = realDispatcher();
    const id = realCorpus().operations[0]?.id ?? '';
    const press = (customId: string) =>
      dispatcher.plan({ kind: 'button', customId, meta: { ...meta, locale: 'hr' } });
    const quotes = press(`bo|operation|quotes|0|${id}`);
    expect(quotes.kind).toBe('update');
    expect(replyOf(press(`bo|operation|quotes|0|${id}`))).toBe(replyOf(quotes));
    const gone = press('bo|operation|quotes|0|no-such-operation');
    expect(gone.kind).toBe('reply');
    expect(replyOf(gone)?.ok).toBe(false);
  });
});
