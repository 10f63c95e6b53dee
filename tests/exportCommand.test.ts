import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FACT_COLUMNS } from '../src/export/facts.ts';
import { commandReply, realCorpus, realDispatcher } from './helpers/corpus.ts';

const csvRecords = z.array(z.record(z.string(), z.string()));
const jsonRows = z.array(
  z.object({ operation: z.string(), quote: z.string(), metric: z.string() }),
);

function attachment(reply: ReturnType<typeof commandReply>, contentType: string) {
  return reply.answer.files?.find((file) => file.contentType === contentType);
}

describe('/export', () => {
  const corpus = realCorpus();
  const dispatcher = realDispatcher();

  it("attaches an operation's facts as CSV and JSON, every fact with its verbatim quote", () => {
    for (const operation of corpus.operations) {
      const reply = commandReply(dispatcher, 'export', { operation: operation.name });
      expect(reply.ok).toBe(true);
      expect(reply.answer.files).toHaveLength(2);
      const csv = attachment(reply, 'text/csv; charset=utf-8');
      const json = attachment(reply, 'application/json');
      expect(csv?.name).toMatch(/\.csv$/);
      expect(json?.name).toMatch(/\.json$/);
      if (csv === undefined || json === undefined) return;
      // A UTF-8 byte order mark, so spreadsheets read č and ë right.
      expect([...csv.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records = csvRecords.parse(
        parse(csv.data.toString('utf8'), { bom: true, columns: true }),
      );
      expect(Object.keys(records[0] ?? {})).toEqual([...FACT_COLUMNS]);
      expect(records).toHaveLength(operation.facts.length);
      for (const fact of operation.facts) {
        const record = records.find(
          (r) => r.metric === fact.metric && r.label === fact.label && r.scope === fact.scope,
        );
        expect(record?.operation).toBe(operation.id);
        expect(record?.quote?.replace(/^'/, '')).toBe(fact.citation.quote);
        expect(record?.document).toBe(fact.citation.document);
      }
      const rows = jsonRows.parse(JSON.parse(json.data.toString('utf8')));
      expect(rows.map((row) => row.quote)).toEqual(operation.facts.map((f) => f.citation.quote));
      expect(reply.answer.card?.description).toContain(`${operation.facts.length} fact`);
    }
  });

  it('exports everything with no option, one format when asked, and a country’s operations', () => {
    const all = commandReply(dispatcher, 'export', { format: 'json' });
    expect(all.answer.files?.map((f) => f.contentType)).toEqual(['application/json']);
    const rows = jsonRows.parse(JSON.parse(all.answer.files?.[0]?.data.toString('utf8') ?? ''));
    const total =
      corpus.operations.reduce((sum, op) => sum + op.facts.length, 0) + corpus.background.length;
    expect(rows).toHaveLength(total);

    const code = corpus.operations[0]?.countries[0]?.code ?? '';
    const country = commandReply(dispatcher, 'export', { country: code, format: 'csv' });
    expect(country.ok).toBe(true);
    const records = csvRecords.parse(
      parse(country.answer.files?.[0]?.data.toString('utf8') ?? '', { bom: true, columns: true }),
    );
    const naming = corpus.operations.filter((op) => op.countries.some((c) => c.code === code));
    expect(new Set(records.map((r) => r.operation))).toEqual(
      new Set(naming.filter((op) => op.facts.length > 0).map((op) => op.id)),
    );
  });

  it('refuses an unknown format and a country no operation names', () => {
    const format = commandReply(dispatcher, 'export', { format: 'xlsx' });
    expect(format.ok).toBe(false);
    expect(format.answer.content).toContain('not an export format');
    const japan = commandReply(dispatcher, 'export', { country: 'Japan' });
    expect(japan.ok).toBe(false);
    expect(japan.answer.files).toBeUndefined();
  });
});
