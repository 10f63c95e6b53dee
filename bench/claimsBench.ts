import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answerQuestion, checkClaims, ClaimIndex } from '../src/claims/index.ts';
import { COMMANDS, MESSAGE_COMMANDS } from '../src/commands/index.ts';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { Engine } from '../src/engine/engine.ts';
import { Dispatcher } from '../src/interactions/dispatcher.ts';
import { finalReply } from '../src/interactions/plan.ts';
import { silentLogger } from '../src/log.ts';
import { percentile, round, timed } from './stats.ts';
import { writeSyntheticCorpus } from './syntheticCorpus.ts';

// /ask and /check (a 2,000-character message) through the dispatcher, the path a Discord
// interaction takes (options checked, claims checked, the reply rendered), and through the claim
// layer alone. `measureClaims(engine)` is for the process that measures one corpus size in
// `npm run bench`; run on its own: `npx tsx bench/claimsBench.ts --passages 100000 [--runs 3]`.

/** Questions in every language the layer reads, answered and unanswerable, with typos. */
export const ASK_QUESTIONS: readonly string[] = [
  'how many arrests in Serbia?',
  'How many arrests were made in Sky ECC?',
  'how many arrests?',
  'Who led the Balkan Cartel action day?',
  'Which countries took part in JAD SEE?',
  'When was Thesues?',
  'koliko je uhapšeno u operaciji Sky ECC?',
  'Колико је кокаина заплењено у Ротердаму?',
  'hoeveel arrestaties bij Theseus?',
  'Hoeveel cocaïne werd in beslag genomen bij de actiedag?',
  'How long did Theseus last?',
  'Which operations did Serbia take part in?',
  'How many arrests in Operation Trojan Shield?',
  'How much cash was seized in the Balkan Cartel action day?',
];

const CLAIM_SENTENCES: readonly string[] = [
  'Serbia arrested 23 people on 11 May.',
  '24,000 officers took part in JAD SEE.',
  'Theseus monitored 15,000 flights.',
  'JAD SEE seized 626 tonnes of cocaine.',
  '5 tonnes of cocaine were seized in Rotterdam.',
  'Spain led the Balkan Cartel operation and Germany took part in Sky ECC.',
  'Theseus lasted ten days.',
  'Sky ECC: 23 arrests, 35 house searches and 15 high-end cars.',
  'U Srbiji je uhapšeno 13 osoba, a zaplenjeno je gotovo 3 miliona evra.',
  'Bij de actiedag werden 6 arrestaties verricht en meer dan 550.000 euro in beslag genomen.',
  'Operation Trojan Shield arrested 800 people.',
  'Немачка је учествовала у операцији Sky ECC.',
];

/** A pasted message of up to 2,000 characters, claims taken in turn from `offset`. */
export function checkMessage(offset: number): string {
  let message = '';
  for (let i = offset; ; i += 1) {
    const next = CLAIM_SENTENCES[i % CLAIM_SENTENCES.length] ?? '';
    if (message.length + next.length + 1 > 2000) return message;
    message = message === '' ? next : `${message} ${next}`;
  }
}

export interface ClaimsLatency {
  /** Wall-clock milliseconds: what a user waits, other processes' load included. */
  p50: number;
  p99: number;
  /** CPU milliseconds of this process per call: the work itself, steadier on a shared machine. */
  cpuP50: number;
  cpuP99: number;
  samples: number;
}

export interface ClaimsReport {
  passages: number;
  /** Building the claim index (once per corpus, on the first claim or question). */
  indexMs: number;
  claimsPerMessage: number;
  /** Through the dispatcher: the command as Discord runs it, reply rendered. */
  ask: ClaimsLatency;
  check: ClaimsLatency;
  /** The claim layer alone (answerQuestion, checkClaims). */
  layer: { ask: ClaimsLatency; check: ClaimsLatency };
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function latency(calls: readonly (() => unknown)[], rounds: number): ClaimsLatency {
  for (const call of calls) call();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const call of calls) {
      const before = process.cpuUsage();
      wall.push(timed(call));
      cpu.push(cpuMs(process.cpuUsage(before)));
    }
  }
  return {
    p50: round(percentile(wall, 50), 3),
    p99: round(percentile(wall, 99), 3),
    cpuP50: round(percentile(cpu, 50), 3),
    cpuP99: round(percentile(cpu, 99), 3),
    samples: wall.length,
  };
}

/** p50/p99 of /ask and of /check on 2,000-character messages, over `engine`'s corpus. */
export function measureClaims(engine: Engine, rounds = 10): ClaimsReport {
  let index: ClaimIndex | undefined;
  const indexMs = round(
    timed(() => (index = ClaimIndex.of(engine))),
    1,
  );
  const built = index ?? ClaimIndex.of(engine);
  const dispatcher = new Dispatcher(
    { current: () => engine },
    silentLogger(),
    COMMANDS,
    MESSAGE_COMMANDS,
  );
  // Every question answered afresh: repeated questions would otherwise be cached replies.
  dispatcher.cacheReplies = false;
  const command = (name: string, option: string, value: string) => (): unknown => {
    const plan = dispatcher.plan({
      kind: 'command',
      name,
      options: [{ name: option, value }],
      meta: { id: 'bench' },
    });
    const reply = finalReply(plan);
    if (reply?.ok !== true) throw new Error(`/${name} ${value.slice(0, 40)} did not answer`);
    return reply;
  };
  const messages = CLAIM_SENTENCES.map((_, i) => checkMessage(i));
  return {
    passages: engine.corpus.passages.length,
    indexMs,
    claimsPerMessage: checkClaims(built, messages[0] ?? '').claims.length,
    ask: latency(
      ASK_QUESTIONS.map((q) => command('ask', 'question', q)),
      rounds,
    ),
    check: latency(
      messages.map((m) => command('check', 'text', m)),
      rounds,
    ),
    layer: {
      ask: latency(
        ASK_QUESTIONS.map((q) => () => answerQuestion(built, q)),
        rounds,
      ),
      check: latency(
        messages.map((m) => () => checkClaims(built, m)),
        rounds,
      ),
    },
  };
}

const lat = (l: ClaimsLatency): string =>
  `wall p50 ${l.p50} ms, p99 ${l.p99} ms; CPU p50 ${l.cpuP50} ms, p99 ${l.cpuP99} ms (${l.samples} calls)`;

/** The issues' p99 targets through the dispatcher, each against wall and CPU time. */
const TARGETS: readonly { name: string; pick: (r: ClaimsReport) => ClaimsLatency; ms: number }[] = [
  { name: '/check p99 ≤ 25 ms (issue 9)', pick: (r) => r.check, ms: 25 },
  { name: '/check p99 ≤ 10 ms (issue 14)', pick: (r) => r.check, ms: 10 },
  { name: '/ask p99 ≤ 10 ms (issue 14)', pick: (r) => r.ask, ms: 10 },
];

function targetLines(report: ClaimsReport): string[] {
  return TARGETS.map(({ name, pick, ms }) => {
    const l = pick(report);
    const held = (v: number): string => (v <= ms ? 'holds' : 'misses');
    return `${name}: wall ${l.p99} ms ${held(l.p99)}, CPU ${l.cpuP99} ms ${held(l.cpuP99)}`;
  });
}

/** Runs on its own: a synthetic corpus of `--passages` (0: the shipped corpus), `--runs` times. */
function main(): void {
  const { values } = parseArgs({
    options: {
      passages: { type: 'string', default: '0' },
      runs: { type: 'string', default: '3' },
      rounds: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
    },
  });
  const passages = Number(values.passages);
  const runs = Number(values.runs);
  const rounds = Number(values.rounds);
  if (![passages, runs, rounds].every((n) => Number.isInteger(n) && n >= 0) || runs < 1) {
    throw new Error('--passages, --runs and --rounds take whole numbers');
  }
  const shipped = resolve(import.meta.dirname, '../corpus');
  const dir = passages > 0 ? mkdtempSync(join(tmpdir(), 'balkan-ops-claims-bench-')) : shipped;
  try {
    if (passages > 0) writeSyntheticCorpus(shipped, dir, passages);
    const engine = new Engine(loadCorpus(dir));
    // The best of several runs: a shared machine's other load only ever adds time.
    const reports = Array.from({ length: runs }, () => measureClaims(engine, rounds));
    const best = (pick: (r: ClaimsReport) => ClaimsLatency): ClaimsLatency =>
      reports.map(pick).reduce((a, b) => (b.p99 < a.p99 ? b : a));
    const report: ClaimsReport = {
      ...(reports[0] ?? measureClaims(engine, rounds)),
      ask: best((r) => r.ask),
      check: best((r) => r.check),
      layer: { ask: best((r) => r.layer.ask), check: best((r) => r.layer.check) },
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(report)}\n`);
      return;
    }
    process.stdout.write(
      [
        `${report.passages.toLocaleString('en')} passages, claim index ${report.indexMs} ms, ${report.claimsPerMessage} claims per /check message, best of ${runs} runs`,
        `/ask   through the dispatcher: ${lat(report.ask)}`,
        `/check through the dispatcher: ${lat(report.check)}`,
        `/ask   claim layer alone:      ${lat(report.layer.ask)}`,
        `/check claim layer alone:      ${lat(report.layer.check)}`,
        ...targetLines(report),
      ].join('\n') + '\n',
    );
  } finally {
    if (dir !== shipped) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main();
}
