import { answerQuestion, checkClaims, ClaimIndex, type ClaimSource } from '../src/claims/index.ts';
import { percentile, round, timed } from './stats.ts';

// /ask and /check through the claim layer, for `npm run bench`: call measureClaims(engine) in the
// process that measures one corpus size, after the engine is built.

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
  p50: number;
  p99: number;
  samples: number;
}

export interface ClaimsReport {
  /** Building the claim index (once per corpus, on the first claim or question). */
  indexMs: number;
  ask: ClaimsLatency;
  /** One 2,000-character message per call. */
  check: ClaimsLatency & { claimsPerMessage: number };
}

function latency(calls: readonly (() => unknown)[], rounds: number): ClaimsLatency {
  for (const call of calls) call();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r += 1) for (const call of calls) samples.push(timed(call));
  return {
    p50: round(percentile(samples, 50), 3),
    p99: round(percentile(samples, 99), 3),
    samples: samples.length,
  };
}

/** p50/p99 of /ask-style questions and /check-style 2,000-character messages on `source`. */
export function measureClaims(source: ClaimSource, rounds = 10): ClaimsReport {
  let index: ClaimIndex | undefined;
  const indexMs = round(
    timed(() => (index = ClaimIndex.of(source))),
    1,
  );
  const built = index ?? ClaimIndex.of(source);
  const messages = CLAIM_SENTENCES.map((_, i) => checkMessage(i));
  const claimsPerMessage = checkClaims(built, messages[0] ?? '').claims.length;
  return {
    indexMs,
    ask: latency(
      ASK_QUESTIONS.map((q) => () => answerQuestion(built, q)),
      rounds,
    ),
    check: {
      ...latency(
        messages.map((m) => () => checkClaims(built, m)),
        rounds,
      ),
      claimsPerMessage,
    },
  };
}
