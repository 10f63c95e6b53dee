import { describe, expect, it } from 'vitest';
import { STAT_LABELS } from '../src/render/labels.ts';
import { operation } from './helpers/claims.ts';
import { commandReply, realDispatcher } from './helpers/corpus.ts';

const dispatcher = realDispatcher();

function choices(command: string, option: string, value: string): string[] {
  const plan = dispatcher.plan({
    kind: 'autocomplete',
    name: command,
    options: [{ name: option, value, focused: true }],
    meta: { id: 'autocomplete' },
  });
  if (plan.kind !== 'choices') throw new Error(`autocomplete planned as ${plan.kind}`);
  return plan.choices.map((c) => c.value);
}

describe('/stats in the region’s words', () => {
  it.each([
    ['hapšenja', 'arrests'],
    ['uhapšeni', 'arrests'],
    ['хапшења', 'arrests'],
    ['arrestaties', 'arrests'],
    ['kokain', 'cocaine'],
    ['кокаин', 'cocaine'],
    ['pretresi', 'house-searches'],
    ['huiszoekingen', 'house-searches'],
    ['oružje', 'weapons'],
    ['gotovina', 'cash'],
    ['zemlje', 'countries'],
    ['policajci', 'officers'],
  ] as const)('/stats %s ranks by %s', (word, metric) => {
    const reply = commandReply(dispatcher, 'stats', { metric: word });
    expect(reply.ok).toBe(true);
    expect(reply.answer.card?.title).toBe(
      commandReply(dispatcher, 'stats', { metric }).answer.card?.title,
    );
    expect(reply.answer.card?.title).toContain(STAT_LABELS[metric].en);
  });

  it('still refuses a word that names no metric', () => {
    expect(commandReply(dispatcher, 'stats', { metric: 'bananas' }).ok).toBe(false);
  });
});

describe('autocomplete in the region’s words', () => {
  it.each([
    ['Тезеј', 'theseus'],
    ['operacija Tezej', 'theseus'],
    ['Скај ЕЦЦ', 'sky ecc'],
    ['zajednički akcioni dani', 'jad see'],
    ['Заједнички акциони дани', 'jad see'],
    ['Балкански картел', 'balkan cartel action day'],
  ])('the operation %s offers %s first', (typed, name) => {
    expect(choices('operation', 'name', typed)[0]).toBe(operation(name).id);
  });

  it('/operation finds an operation by its name in the region’s words', () => {
    const reply = commandReply(dispatcher, 'operation', { name: 'Тезеј' });
    expect(reply.answer.card?.title).toBe(operation('theseus').name);
  });

  it.each([
    ['Србија', 'RS'],
    ['Holandija', 'NL'],
    ['Холандија', 'NL'],
    ['Njemačka', 'DE'],
    ['Шпанија', 'ES'],
    ['Босна и Херцеговина', 'BA'],
    ['Црна Гора', 'ME'],
    ['Sjeverna Makedonija', 'MK'],
  ])('the country %s offers %s first', (typed, code) => {
    expect(choices('country', 'name', typed)[0]).toBe(code);
  });
});
