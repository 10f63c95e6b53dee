import { describe, expect, it } from 'vitest';
import type { Fact, Operation } from '../src/corpus/types.ts';
import { encodePickId } from '../src/interactions/customId.ts';
import { finalReply } from '../src/interactions/plan.ts';
import { formatAmount } from '../src/render/format.ts';
import { commandReply, realCorpus, realDispatcher } from './helpers/corpus.ts';

const numbered = (facts: readonly Fact[]) => facts.filter((f) => f.value !== undefined);

/** The reply's field for a metric ("house-searches" → "House searches"). */
function metricField(reply: ReturnType<typeof commandReply>, metric: string) {
  const title = metric.replace(/-/g, ' ');
  return reply.answer.card?.fields.find((f) => f.name.toLowerCase() === title);
}

interface Pair {
  a: Operation;
  b: Operation;
  metric: string;
}

describe('/compare', () => {
  const corpus = realCorpus();
  const dispatcher = realDispatcher();
  const pairs: Pair[] = corpus.operations.flatMap((a, i) =>
    corpus.operations
      .slice(i + 1)
      .flatMap((b) =>
        [...new Set(a.facts.map((f) => f.metric))].map((metric) => ({ a, b, metric })),
      ),
  );
  const factsOf = (op: Operation, metric: string) =>
    numbered(op.facts.filter((f) => f.metric === metric));

  it('never subtracts figures of different scopes: it says they are not comparable', () => {
    // A metric both operations state as numbers, where no figure of one shares a scope with the other's.
    const differing = pairs.filter(({ a, b, metric }) => {
      const [as, bs] = [factsOf(a, metric), factsOf(b, metric)];
      return (
        as.length > 0 &&
        bs.length > 0 &&
        as.every((x) => bs.every((y) => x.scope.toLowerCase() !== y.scope.toLowerCase()))
      );
    });
    expect(differing.length).toBeGreaterThan(0);
    for (const { a, b, metric } of differing) {
      const reply = commandReply(dispatcher, 'compare', { a: a.id, b: b.id });
      expect(reply.ok).toBe(true);
      const field = metricField(reply, metric);
      expect(field?.value, `${a.id} vs ${b.id}: ${metric}`).toMatch(/→ not compar/);
      expect(field?.value).not.toMatch(/more in|the same figure/);
    }
  });

  it('gives the difference of exact figures of the same scope and unit', () => {
    const same = pairs.flatMap(({ a, b, metric }) => {
      const headlineA = factsOf(a, metric).find((f) => f.primary);
      const headlineB = factsOf(b, metric).find((f) => f.primary);
      return headlineA !== undefined &&
        headlineB !== undefined &&
        headlineA.scope === headlineB.scope &&
        headlineA.unit === headlineB.unit &&
        headlineA.qualifier === 'exact' &&
        headlineB.qualifier === 'exact'
        ? [{ a, b, metric, x: headlineA, y: headlineB }]
        : [];
    });
    expect(same.length).toBeGreaterThan(0);
    for (const { a, b, metric, x, y } of same) {
      const field = metricField(commandReply(dispatcher, 'compare', { a: a.id, b: b.id }), metric);
      const difference = Math.abs((x.value ?? 0) - (y.value ?? 0));
      expect(field?.value).toContain(`same scope (“${x.scope}”)`);
      if (difference > 0)
        expect(field?.value).toContain(`${formatAmount(difference, x.unit)} more in`);
    }
  });

  it('shows every figure of both operations with its scope and footnote', () => {
    const [a, b] = corpus.operations;
    if (a === undefined || b === undefined) return;
    const reply = commandReply(dispatcher, 'compare', { a: a.name, b: b.name });
    const text = (reply.answer.card?.fields ?? []).map((f) => f.value).join('\n');
    for (const fact of [...a.facts, ...b.facts]) {
      expect(text).toContain(fact.label);
      expect(reply.citations.map((c) => c.quote)).toContain(fact.citation.quote);
    }
    expect(text).toMatch(/\[\d+\]/);
  });

  it('refuses the same operation twice, and an unknown name', () => {
    const [a] = corpus.operations;
    if (a === undefined) return;
    const twice = commandReply(dispatcher, 'compare', { a: a.id, b: a.aliases[0] ?? a.name });
    expect(twice.ok).toBe(false);
    expect(twice.answer.content).toContain('two different operations');
    const unknown = commandReply(dispatcher, 'compare', { a: a.id, b: 'zzqx nothing like it' });
    expect(unknown.ok).toBe(false);
    expect(unknown.answer.content).toContain('No operation matches');
  });

  it('offers the candidates of an ambiguous name, and a pick opens the comparison', () => {
    const umbrella = corpus.operations.find((op) => op.umbrella !== undefined)?.umbrella ?? '';
    const other = corpus.operations.find((op) => op.umbrella !== umbrella);
    expect(other).toBeDefined();
    if (other === undefined) return;
    const reply = commandReply(dispatcher, 'compare', { a: umbrella, b: other.id });
    expect(reply.ok).toBe(false);
    const pick = reply.answer.pick;
    expect(pick?.options.length).toBeGreaterThan(1);
    const chosen = pick?.options[0]?.value ?? '';
    expect(chosen).toContain(other.id);
    expect(pick?.view).toEqual({ command: 'compare', view: 'card' });
    const customId = encodePickId({ command: 'compare', view: 'card' });
    const picked = finalReply(
      dispatcher.plan({
        kind: 'button',
        customId,
        values: [chosen],
        meta: { id: 'pick' },
      }),
    );
    expect(picked?.ok).toBe(true);
    expect(picked?.answer.card?.title).toContain(' vs ');
  });
});
