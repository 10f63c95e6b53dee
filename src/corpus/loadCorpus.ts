import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { getCountry, namesCountry } from './countries.ts';
import { CorpusError, type CorpusProblem } from './errors.ts';
import { PassageTable } from './passages.ts';
import { parseQuantities, statesValue, type Quantity } from './quantities.ts';
import type { ParsedYamlCache } from './parsedYaml.ts';
import { locateQuote } from './quotes.ts';
import { readCorpusBytes, readCorpusText } from './readText.ts';
import {
  backgroundSchema,
  documentFrontMatterSchema,
  operationSchema,
  type FactInput,
  type OperationInput,
} from './schema.ts';
import type {
  Citation,
  Corpus,
  Fact,
  LoadedDate,
  Operation,
  OperationCountry,
  SourceDocument,
} from './types.ts';

// Each schema checks a handful of files once per load: zod's generated parsers (new Function,
// compiled afresh at every start, outside the code cache) cost more than they save here.
const ONCE = { jitless: true } as const;

class ProblemLog {
  readonly problems: CorpusProblem[] = [];
  constructor(readonly root: string) {}
  add(path: string, item: string, message: string): void {
    this.problems.push({ file: relative(this.root, path) || path, item, message });
  }
}

function listFiles(log: ProblemLog, dir: string, extension: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    // A folder left out is an empty one; anything else that stops the listing is a problem.
    if (code !== 'ENOENT') log.add(dir, '', `cannot list the folder (${code || String(error)})`);
    return [];
  }
}

/** A file's text, or undefined with a problem naming the file and the cause. */
function readText(log: ProblemLog, path: string): string | undefined {
  const read = readCorpusText(log.root, path);
  if ('problem' in read) {
    log.add(path, '', read.problem);
    return undefined;
  }
  return read.text;
}

function zodProblems(log: ProblemLog, path: string, error: z.ZodError, data: unknown): void {
  for (const issue of error.issues) {
    log.add(path, describePath(issue.path, data), issue.message);
  }
}

/** `facts[3].value` becomes `fact "cash" (facts[3]).value`, so the author finds it by its id. */
function describePath(path: readonly PropertyKey[], data: unknown): string {
  let text = '';
  let node: unknown = data;
  for (const key of path) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined;
    if (typeof key === 'number') {
      const id =
        typeof node === 'object' && node !== null ? (node as { id?: unknown }).id : undefined;
      text += typeof id === 'string' ? `[${key}] "${id}"` : `[${key}]`;
    } else {
      text += text === '' ? String(key) : `.${String(key)}`;
    }
  }
  return text;
}

let parsedYaml: ParsedYamlCache | undefined;

/**
 * Parsed YAML remembered between starts (the runtime sets it around a load from its cache
 * folder): a file whose exact text was parsed before is not parsed again; everything else about
 * the load, its checks and verification included, is unchanged.
 */
export function useParsedYamlCache(cache: ParsedYamlCache | undefined): void {
  parsedYaml = cache;
}

const parseCorpusYaml = (text: string): unknown => parseYaml(text, { prettyErrors: true });

function readYaml(log: ProblemLog, path: string, text: string): unknown {
  try {
    return parsedYaml === undefined
      ? parseCorpusYaml(text)
      : parsedYaml.parse(text, parseCorpusYaml);
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    log.add(path, '', `malformed YAML: ${detail ?? 'parse error'}`);
    return undefined;
  }
}

/** One document file: its front matter checked, its text as received. */
function parseDocument(
  log: ProblemLog,
  dir: string,
  path: string,
  raw: string,
): SourceDocument | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (match === null) {
    log.add(path, '', 'missing YAML front matter between --- lines');
    return undefined;
  }
  const data = readYaml(log, path, match[1] ?? '');
  if (data === undefined) return undefined;
  const parsed = documentFrontMatterSchema.safeParse(data, ONCE);
  if (!parsed.success) {
    zodProblems(log, path, parsed.error, data);
    return undefined;
  }
  const { source_file: _sourceFile, ...rest } = parsed.data;
  return { ...rest, file: relative(dir, path), text: raw.slice(match[0].length) };
}

/**
 * Parses one document file of the corpus at `dir` (for loaders that read documents themselves,
 * such as the index cache): the document, or the problems that keep it out.
 */
export function parseDocumentFile(
  dir: string,
  path: string,
  raw: string,
): { document: SourceDocument | undefined; problems: CorpusProblem[] } {
  const log = new ProblemLog(dir);
  const document = parseDocument(log, dir, path, raw);
  return { document, problems: log.problems };
}

/** The problem a second document with an id already taken gets. */
export function duplicateIdProblem(dir: string, path: string, id: string): CorpusProblem {
  const log = new ProblemLog(dir);
  log.add(path, 'id', `document id "${id}" is used by another document`);
  return log.problems[0] ?? { file: path, item: 'id', message: 'duplicate id' };
}

function loadDocuments(log: ProblemLog, dir: string): Map<string, SourceDocument> {
  const documents = new Map<string, SourceDocument>();
  for (const path of documentFiles(dir, log)) {
    const raw = readText(log, path);
    if (raw === undefined) continue;
    const doc = parseDocument(log, dir, path, raw);
    if (doc === undefined) continue;
    if (documents.has(doc.id)) {
      log.problems.push(duplicateIdProblem(dir, path, doc.id));
      continue;
    }
    documents.set(doc.id, doc);
  }
  return documents;
}

/** The corpus's document files, sorted: the order documents (and passages) are loaded in. */
export function documentFiles(dir: string, log = new ProblemLog(dir)): string[] {
  return listFiles(log, join(dir, 'documents'), '.md');
}

/**
 * A corpus file's text, read as the loader reads it (regular files inside the corpus only,
 * size-capped, UTF-8), or the problem that keeps it out: for loaders that read documents
 * themselves, such as the index cache.
 */
export function readDocumentFile(
  dir: string,
  path: string,
): { text: string } | { problem: CorpusProblem } {
  const log = new ProblemLog(dir);
  const text = readText(log, path);
  const problem = log.problems[0];
  return text !== undefined
    ? { text }
    : { problem: problem ?? { file: path, item: '', message: 'unreadable' } };
}

/** As readDocumentFile, with the UTF-8 bytes the text was decoded from (to hash and store). */
export function readDocumentBytes(
  dir: string,
  path: string,
): { text: string; bytes: Buffer } | { problem: CorpusProblem } {
  const read = readCorpusBytes(dir, path);
  if ('text' in read) return read;
  const log = new ProblemLog(dir);
  log.add(path, '', read.problem);
  return { problem: log.problems[0] ?? { file: path, item: '', message: read.problem } };
}

/** Documents read and split by another loader (the index cache), with their problems. */
export interface PreparedDocuments {
  documents: Map<string, SourceDocument>;
  problems: readonly CorpusProblem[];
  passages: PassageTable;
}

interface Context {
  log: ProblemLog;
  path: string;
  documents: Map<string, SourceDocument>;
}

function cite(
  ctx: Context,
  item: string,
  ref: { document: string; quote: string },
): Citation | undefined {
  const doc = ctx.documents.get(ref.document);
  if (doc === undefined) {
    ctx.log.add(ctx.path, item, `cites unknown document "${ref.document}"`);
    return undefined;
  }
  const span = locateQuote(doc.text, ref.quote, doc);
  if (span === undefined) {
    ctx.log.add(
      ctx.path,
      item,
      `quote not found verbatim in document "${ref.document}": "${ref.quote}"`,
    );
    return undefined;
  }
  return {
    document: doc.id,
    quote: doc.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  };
}

function describeQuantities(found: Quantity[]): string {
  if (found.length === 0) return 'no number';
  return found
    .map((q) => (q.unit === 'count' ? String(q.value) : `${q.value} ${q.unit}`))
    .join(', ');
}

function checkValue(ctx: Context, item: string, fact: FactInput, citation: Citation): void {
  const value = fact.value;
  if (value === undefined || fact.derived !== undefined) return;
  const language = ctx.documents.get(citation.document)?.language ?? 'en';
  const found = parseQuantities(citation.quote, language);
  if (statesValue(found, value, fact.unit)) return;
  ctx.log.add(
    ctx.path,
    item,
    `value ${value} ${fact.unit} is not supported by its quote (the quote states ${describeQuantities(found)}); ` +
      'fix the value, or set "derived" to say how it was derived',
  );
}

function loadFact(ctx: Context, input: FactInput, operation?: string): Fact | undefined {
  const item = `fact "${input.id}"`;
  const citation = cite(ctx, item, input);
  if (citation === undefined) return undefined;
  checkValue(ctx, item, input, citation);
  const { document: _document, quote: _quote, ...rest } = input;
  return operation === undefined ? { ...rest, citation } : { ...rest, citation, operation };
}

function countryName(ctx: Context, item: string, code: string, quote: string): string | undefined {
  const country = getCountry(code);
  if (country === undefined) {
    ctx.log.add(
      ctx.path,
      item,
      `unknown country code "${code}" (use ISO 3166-1 alpha-2; Kosovo is XK)`,
    );
    return undefined;
  }
  if (!namesCountry(quote, code)) {
    ctx.log.add(ctx.path, item, `country ${code} (${country.name}) is not named in its quote`);
  }
  return country.name;
}

function loadDate(ctx: Context, date: OperationInput['date']): LoadedDate | undefined {
  if (date.precision === 'unknown') return date;
  const citation = cite(ctx, 'date', date);
  if (citation === undefined) return undefined;
  const { document: _d, quote: _q, ...rest } = date;
  return { ...rest, citation };
}

function loadCountries(ctx: Context, input: OperationInput): OperationCountry[] {
  const countries: OperationCountry[] = [];
  const seen = new Set<string>();
  input.countries.forEach((group, index) => {
    const item = `countries[${index}]`;
    const citation = cite(ctx, item, group);
    for (const code of group.codes) {
      const name = countryName(ctx, item, code, group.quote);
      const key = `${code}:${group.role}`;
      // A source may list a country twice (Spain in the Joint Action Days list): it counts once.
      if (name === undefined || citation === undefined || seen.has(key)) continue;
      seen.add(key);
      const entry: OperationCountry = { code, name, role: group.role, citation };
      if (group.group !== undefined) entry.group = group.group;
      if (group.note !== undefined) entry.note = group.note;
      countries.push(entry);
    }
  });
  return countries;
}

function checkUniqueFactIds(ctx: Context, facts: readonly FactInput[]): void {
  const ids = new Set<string>();
  for (const fact of facts) {
    if (ids.has(fact.id))
      ctx.log.add(ctx.path, `fact "${fact.id}"`, 'fact id used twice in this file');
    ids.add(fact.id);
  }
}

function loadOperation(ctx: Context, input: OperationInput): Operation | undefined {
  checkUniqueFactIds(ctx, input.facts);
  const date = loadDate(ctx, input.date);
  const facts = input.facts
    .map((f) => loadFact(ctx, f, input.id))
    .filter((f): f is Fact => f !== undefined);
  const bodies = input.bodies.flatMap((body, i) => {
    const citation = cite(ctx, `bodies[${i}] "${body.name}"`, body);
    return citation === undefined ? [] : [{ name: body.name, citation }];
  });
  const countries = loadCountries(ctx, input);
  let lead: Operation['lead'];
  if (input.lead !== undefined) {
    const citation = cite(ctx, 'lead', input.lead);
    const name = countryName(ctx, 'lead', input.lead.country, input.lead.quote);
    if (citation !== undefined && name !== undefined)
      lead = { country: input.lead.country, name, citation };
  }
  if (date === undefined) return undefined;
  const operation: Operation = {
    id: input.id,
    name: input.name,
    aliases: input.aliases,
    date,
    summary: input.summary,
    bodies,
    countries,
    facts,
    file: relative(ctx.log.root, ctx.path),
  };
  if (input.umbrella !== undefined) operation.umbrella = input.umbrella;
  if (lead !== undefined) operation.lead = lead;
  if (input.countriesNote !== undefined) operation.countriesNote = input.countriesNote;
  return operation;
}

function loadYamlFiles<T>(
  log: ProblemLog,
  dir: string,
  schema: z.ZodType<T>,
  each: (path: string, value: T) => void,
): void {
  for (const path of [...listFiles(log, dir, '.yaml'), ...listFiles(log, dir, '.yml')]) {
    const text = readText(log, path);
    if (text === undefined) continue;
    const data = readYaml(log, path, text);
    if (data === undefined) continue;
    const parsed = schema.safeParse(data, ONCE);
    if (!parsed.success) zodProblems(log, path, parsed.error, data);
    else each(path, parsed.data);
  }
}

/**
 * Reads and verifies a corpus folder: documents, operations and background facts. Every quote
 * must stand verbatim in its document and every figure must be supported by its quote; any
 * problem stops the load with a CorpusError that names the file, the item and the problem.
 * `prepared` supplies documents and passages already read (and possibly stored off the heap).
 */
export function loadCorpus(dir: string, prepared?: PreparedDocuments): Corpus {
  const log = new ProblemLog(dir);
  let folder: ReturnType<typeof statSync> | undefined;
  try {
    folder = statSync(dir);
  } catch {
    folder = undefined;
  }
  if (folder?.isDirectory() !== true) {
    log.add(
      dir,
      '',
      `the corpus folder ${dir} ${folder === undefined ? 'does not exist' : 'is not a folder'} (set CORPUS_DIR)`,
    );
    throw new CorpusError(log.problems);
  }
  const documents = prepared?.documents ?? loadDocuments(log, dir);
  if (prepared !== undefined) log.problems.push(...prepared.problems);
  if (documents.size === 0 && log.problems.length === 0) {
    log.add(
      join(dir, 'documents'),
      '',
      `no documents found in ${join(dir, 'documents')} (expected documents/<id>.md)`,
    );
  }

  const operations: Operation[] = [];
  loadYamlFiles(log, join(dir, 'operations'), operationSchema, (path, input) => {
    const ctx = { log, path, documents };
    if (operations.some((op) => op.id === input.id)) {
      log.add(path, 'id', `operation id "${input.id}" is used by another operation`);
      return;
    }
    const operation = loadOperation(ctx, input);
    if (operation !== undefined) operations.push(operation);
  });

  const background: Fact[] = [];
  // A background file copied under another name would count its figures twice.
  const backgroundSeen = new Map<string, string>();
  loadYamlFiles(log, join(dir, 'background'), backgroundSchema, (path, input) => {
    const ctx = { log, path, documents };
    checkUniqueFactIds(ctx, input.facts);
    for (const fact of input.facts) {
      const file = relative(dir, path);
      const keys = [
        `id:${fact.id}`,
        `figure:${fact.document}|${fact.quote}|${fact.metric}|${String(fact.value)}`,
      ];
      const earlier = keys
        .map((k) => backgroundSeen.get(k))
        .find((f) => f !== undefined && f !== file);
      if (earlier !== undefined) {
        log.add(
          path,
          `fact "${fact.id}"`,
          `duplicates a background fact in ${earlier} (same id or same figure and quote); it would be counted twice`,
        );
        continue;
      }
      for (const key of keys) backgroundSeen.set(key, file);
      const loaded = loadFact(ctx, fact);
      if (loaded !== undefined) background.push(loaded);
    }
  });

  if (log.problems.length > 0) throw new CorpusError(log.problems);
  const passages = prepared?.passages ?? PassageTable.split(documents.values());
  return { dir, documents, passages, operations, background };
}

/**
 * Verifies the drafts in `<dir>/drafts/` (operation files proposed by facts:suggest) against a
 * loaded corpus's documents, like operations; the bot never serves them.
 */
export function loadDrafts(corpus: Corpus): Operation[] {
  const log = new ProblemLog(corpus.dir);
  const drafts: Operation[] = [];
  loadYamlFiles(log, join(corpus.dir, 'drafts'), operationSchema, (path, input) => {
    const operation = loadOperation({ log, path, documents: corpus.documents }, input);
    if (operation !== undefined) drafts.push(operation);
  });
  if (log.problems.length > 0) throw new CorpusError(log.problems);
  return drafts;
}
