import { describe, expect, it } from 'vitest';
import { PassageTable } from '../src/corpus/passages.ts';
import { editDistance } from '../src/search/editDistance.ts';
import { NameIndex } from '../src/search/nameIndex.ts';
import { PassageIndex } from '../src/search/passageIndex.ts';
import { proximityScore } from '../src/search/proximity.ts';

const text = [
  'Police seized cocaine in the port of Rotterdam.',
  'Police seized cash and weapons.',
  'De politie nam cocaïne in beslag bij een huiszoeking.',
  'Investigators traced the shipment through encrypted phones.',
].join('\n\n');
const index = PassageIndex.build(PassageTable.split([{ id: 'doc', text }]));
const first = (query: string): string | undefined => index.search(query, 3)[0]?.passage.text;

/** An index of one document per passage, the documents named `prefix` and a number. */
function onePassageDocuments(passages: readonly string[], prefix: string): PassageIndex {
  return PassageIndex.build(
    PassageTable.split(passages.map((text, i) => ({ id: `${prefix}${String(i)}`, text }))),
  );
}

/** Asking for a few passages gives the top of asking for every one (where nothing is skipped). */
function expectTopsOfFullRanking(
  index: PassageIndex,
  queries: readonly string[],
  limits: readonly number[],
): void {
  for (const query of queries) {
    const all = index.search(query, index.size);
    for (const limit of limits) expect(index.search(query, limit)).toEqual(all.slice(0, limit));
  }
}

describe('the passage index', () => {
  it('ranks a passage holding every query word above one holding some', () => {
    expect(first('police seized cocaine')).toBe('Police seized cocaine in the port of Rotterdam.');
    expect(first('police seized weapons')).toBe('Police seized cash and weapons.');
  });

  it('finds a word through a typo, a prefix, diacritics and a translation', () => {
    expect(first('rotterdm')).toContain('Rotterdam');
    expect(first('encrypt')).toContain('encrypted phones');
    expect(first('huiszoeking cocaine')).toContain('cocaïne');
    expect(first('house search')).toContain('huiszoeking');
  });

  it('reports the matched terms for highlighting', () => {
    expect(index.search('rotterdam cocaine', 1)[0]?.matched.sort()).toEqual([
      'cocaine',
      'rotterdam',
    ]);
  });

  it('answers nothing for stop words alone that no passage holds, or for nothing', () => {
    expect(index.search('', 3)).toEqual([]);
    expect(index.search('zzzz qqqq', 3)).toEqual([]);
  });

  it('keeps its scratch state clean between queries', () => {
    const once = index.search('police seized', 3).map((h) => h.score);
    index.search('cocaine', 3);
    expect(index.search('police seized', 3).map((h) => h.score)).toEqual(once);
  });
});

describe('ranking among passages that all hold the query', () => {
  const filler = 'the report listed vehicles, boats, cash, phones and several unrelated findings';
  const passages = [
    `Passports were checked at the border; ${filler}; later counterfeit goods were found.`,
    `Officers found counterfeit passports in the truck; ${filler}; ${filler}.`,
    'Police made raids, searches and zoekacties: searches and raids.',
    'Police made huiszoekingen across the region, the whole northern region of the country.',
  ];
  const table = PassageTable.split(passages.map((text, i) => ({ id: `d${i}`, text })));
  const ranked = PassageIndex.build(table);
  const order = (query: string): string[] =>
    ranked.search(query, 4).map((hit) => hit.passage.document);

  it('puts words that stand together (as typed, or with typos) above the same words apart', () => {
    expect(order('counterfeit passports').slice(0, 2)).toEqual(['d1', 'd0']);
    expect(order('counterfiet pasports').slice(0, 2)).toEqual(['d1', 'd0']);
  });

  it('puts a passage holding the word as typed above one holding only translations of it', () => {
    expect(order('police huiszoekingen').slice(0, 2)).toEqual(['d3', 'd2']);
  });

  it('answers the same after its columns are saved and restored', () => {
    const restored = PassageIndex.restore(table, ranked.save());
    for (const query of ['counterfeit passports', 'police huiszoekingen', 'raids', 'zzzz'])
      expect(restored.search(query, 4)).toEqual(ranked.search(query, 4));
  });

  it('refuses columns that do not fit the passages', () => {
    const columns = ranked.save();
    const shorter = PassageTable.split([{ id: 'x', text: 'One passage only.' }]);
    expect(() => PassageIndex.restore(shorter, columns)).toThrow(/do not fit/);
  });
});

describe('reading common words only where rarer ones were found', () => {
  const long =
    'the report listed vehicles boats cash phones weapons documents and several findings';
  const passages = [
    // The rare word in long passages, once each; the common word in short ones, repeated.
    ...Array.from({ length: 40 }, (_, i) => `Speedboat number ${String(i)}: ${long}.`),
    ...Array.from({ length: 120 }, (_, i) => `Police ${String(i)} police police.`),
    ...Array.from({ length: 5 }, (_, i) => `A speedboat and police, case ${String(i)}.`),
    ...Array.from({ length: 2000 }, (_, i) => `Unrelated filler passage ${String(i)}.`),
  ];
  const index = onePassageDocuments(passages, 'p');

  it('ranks the same best passages as reading every posting', () => {
    // Asking for every passage keeps every candidate (nothing is skipped); asking for a few
    // lets the common word skip passages that cannot reach them.
    expectTopsOfFullRanking(
      index,
      ['speedboat police', 'speedboat police cash', 'police speedboat'],
      [3, 8, 40],
    );
  });

  it('still finds a passage holding only the common word when it outranks the rare one', () => {
    const documents = index.search('speedboat police', 8).map((hit) => hit.passage.text);
    expect(documents.slice(0, 5).every((text) => text.startsWith('A speedboat and police'))).toBe(
      true,
    );
    expect(documents.slice(5).every((text) => text.startsWith('Police'))).toBe(true);
  });
});

describe('a common word’s looser forms read only where earlier words were found', () => {
  const long = 'the report listed vehicles boats cash phones weapons documents and other findings';
  // Prefix extensions of "police" in few, some and very many passages: a form that may not
  // bring in passages is merged with the passages found so far, the shorter list driving.
  const form = (i: number): string =>
    i % 9 === 0 ? 'policeman' : i % 3 === 0 ? 'policemen' : 'policewomen';
  const passages = [
    ...Array.from({ length: 45 }, (_, i) => `Speedboat ${String(i)} and ${form(i)}: ${long}.`),
    ...Array.from({ length: 4 }, (_, i) => `Policeman ${String(i)} on a speedboat.`),
    ...Array.from({ length: 150 }, (_, i) => `Police ${String(i)} police police.`),
    ...Array.from({ length: 200 }, (_, i) => `Policemen ${String(i)} policemen.`),
    ...Array.from({ length: 3000 }, (_, i) => `Policewomen ${String(i)} policewomen.`),
    ...Array.from({ length: 1500 }, (_, i) => `Unrelated filler passage ${String(i)}.`),
  ];
  const index = onePassageDocuments(passages, 'q');

  it('ranks the same best passages as reading every posting', () => {
    expectTopsOfFullRanking(
      index,
      ['speedboat police', 'police speedboat report', 'speedboat polic'],
      [1, 3, 30, 60],
    );
  });
});

describe('a typo one edit from a common word and from a rare one', () => {
  // "europl" is one edit from "europol" (in many passages) and from "europe" (in one): a
  // reader typing it most likely meant the common word, so the rare reading is not lifted by
  // its rarity (Lucene's fuzzy query blends the readings' frequencies for the same reason).
  const passages = [
    'Europe saw the network grow.',
    ...Array.from({ length: 40 }, (_, i) => `Europol ${String(i)} saw the network grow.`),
    'Europol saw the network grow.',
    ...Array.from({ length: 500 }, (_, i) => `Unrelated filler passage ${String(i)}.`),
  ];
  const index = onePassageDocuments(passages, 'e');

  it('scores passages of the same shape alike, whichever reading they hold', () => {
    const hits = index.search('europl', passages.length);
    const rare = hits.find((hit) => hit.passage.text === 'Europe saw the network grow.');
    const common = hits.find((hit) => hit.passage.text === 'Europol saw the network grow.');
    expect(rare?.matched).toEqual(['europe']);
    expect(common?.matched).toEqual(['europol']);
    expect(rare?.score).toBe(common?.score);
  });
});

describe('a typo one letter short of a rare word and one letter too many for a common one', () => {
  // "tures" is "tukres" with its k left out, the commonest slip, or "tres" with a u added that
  // neither doubles a letter nor sits by t or r on a keyboard, a rare one.
  const rare = 'The tukres shipment left the port at night.';
  const passages = [
    ...Array.from({ length: 60 }, (_, i) => `Tres ${String(i)} tres left the port.`),
    rare,
    ...Array.from({ length: 20 }, (_, i) => `Marko ${String(i)} crossed the border.`),
    ...Array.from({ length: 500 }, (_, i) => `Unrelated filler passage ${String(i)}.`),
  ];
  const index = onePassageDocuments(passages, 't');

  it('ranks the reading the likelier slip explains first', () => {
    const [first] = index.search('tures', 3);
    expect(first?.passage.text).toBe(rare);
    expect(first?.matched).toEqual(['tukres']);
  });

  it('weighs a stray letter as two edits, a doubled letter as one', () => {
    // Each typed word has the one reading "marko".
    const score = (query: string): number => {
      const [first] = index.search(query, 1);
      expect(first?.matched).toEqual(['marko']);
      return first?.score ?? 0;
    };
    const left = score('mrko');
    expect(left).toBeGreaterThan(0);
    expect(score('marrko')).toBe(left);
    expect(score('maurko')).toBeLessThan(left);
    expect(score('maurko')).toBeGreaterThan(0);
  });
});

describe('a glossary word in a document of another language', () => {
  // The same sentence in three documents: one declared English, one Dutch, one of no declared
  // language. "huiszoekingen" is Dutch: in the English release it is a quoted word.
  const sentence = 'The huiszoekingen and searches took place at dawn in Rotterdam.';
  const index = PassageIndex.build(
    PassageTable.split([
      { id: 'english', language: 'en', text: sentence },
      { id: 'dutch', language: 'nl', text: sentence },
      { id: 'unknown', text: sentence },
      ...Array.from({ length: 50 }, (_, i) => ({
        id: `filler${String(i)}`,
        language: 'en',
        text: `Unrelated filler passage ${String(i)}.`,
      })),
    ]),
  );
  const scores = (query: string): Map<string, number> =>
    new Map(index.search(query, 10).map((hit) => [hit.passage.document, hit.score]));

  it('counts it in its own language as typed, in another as a translation', () => {
    const dutch = scores('huiszoekingen');
    expect(index.search('huiszoekingen', 1)[0]?.passage.document).not.toBe('english');
    expect(dutch.get('dutch')).toBe(dutch.get('unknown'));
    expect(dutch.get('english')).toBeLessThan(dutch.get('dutch') as number);
    expect(dutch.get('english')).toBeGreaterThan(0);
    // And an English word in the Dutch release.
    const english = scores('searches');
    expect(english.get('english')).toBe(english.get('unknown'));
    expect(english.get('dutch')).toBeLessThan(english.get('english') as number);
  });

  it('counts a word its document holds elsewhere by its strongest form there', () => {
    // Two Dutch documents alike but for a quoted Serbian "uhapšeni" beside "arrestaties" in
    // A's second passage: both translate "arrests" equally, and the quote weighs less in a
    // Dutch text; A's first passage must not rank below B's for it.
    const table = PassageTable.split([
      { id: 'A', language: 'nl', text: 'Rotterdam zaak haven.\n\nArrestaties uhapšeni volgden.' },
      { id: 'B', language: 'nl', text: 'Rotterdam zaak haven.\n\nArrestaties extra volgden.' },
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `f${String(i)}`,
        language: 'nl',
        text: `Arrestaties filler ${String(i)} tekst.`,
      })),
    ]);
    const hits = PassageIndex.build(table).search('arrests rotterdam', 10);
    const first = (document: string) =>
      hits.find(
        (hit) => hit.passage.document === document && hit.passage.text.startsWith('Rotterdam'),
      );
    expect(first('A')?.score).toBeGreaterThan(0);
    expect(first('A')?.score).toBe(first('B')?.score);
  });

  it('weighs a common word by the passage language where it only adds to passages found', () => {
    // "zorbak" (no language) is rare and read first; "arrestaties" (Dutch) is common, so it
    // brings in no passages of its own and only adds to those "zorbak" found. Forty English
    // passages hold both before the one Dutch passage: weighed as Dutch there, they would fill
    // the 30 places kept for the exact rescoring and leave the Dutch passage out.
    const both = 'De zorbak en de arrestaties.';
    const table = PassageTable.split([
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `english${String(i)}`,
        language: 'en',
        text: both,
      })),
      { id: 'dutch', language: 'nl', text: both },
      ...Array.from({ length: 3000 }, (_, i) => ({
        id: `common${String(i)}`,
        language: 'nl',
        text: `Arrestaties ${String(i)} in het verslag.`,
      })),
    ]);
    const [first] = PassageIndex.build(table).search('zorbak arrestaties', 3);
    expect(first?.passage.document).toBe('dutch');
  });

  it('leaves words of no one language alone', () => {
    for (const query of ['rotterdam', 'dawn', 'rotterdam dawn']) {
      const all = scores(query);
      expect(all.get('english'), query).toBeGreaterThan(0);
      expect(all.get('dutch'), query).toBe(all.get('english'));
      expect(all.get('unknown'), query).toBe(all.get('english'));
    }
  });

  it('finds the passage holding every word first in its own language, through the full postings', () => {
    // Two words, each in more passages than a champion list reads, so the passages holding
    // both are found by the conjunction walk (conjoin), which weighs each passage's words.
    const common = Array.from({ length: 6000 }, (_, i) => ({
      id: `c${String(i)}`,
      language: 'en',
      text: `Huiszoekingen ${String(i)} huiszoekingen report.`,
    }));
    const other = Array.from({ length: 6000 }, (_, i) => ({
      id: `d${String(i)}`,
      language: 'en',
      text: `Arrestaties ${String(i)} arrestaties report.`,
    }));
    const both = 'Na de huiszoekingen volgden arrestaties.';
    const big = PassageIndex.build(
      PassageTable.split([
        ...common,
        ...other,
        { id: 'english-both', language: 'en', text: both },
        // More English copies than the best passages the walk keeps (30), listed first: were the
        // walk to weigh them as Dutch, they would fill those places and leave the Dutch one out.
        ...Array.from({ length: 40 }, (_, i) => ({
          id: `english-copy${String(i)}`,
          language: 'en',
          text: both,
        })),
        { id: 'dutch-both', language: 'nl', text: both },
      ]),
    );
    const hits = big.search('huiszoekingen arrestaties', 3);
    expect(hits[0]?.passage.document).toBe('dutch-both');
    const english = hits.find((hit) => hit.passage.document === 'english-both');
    expect(english?.score).toBeLessThan(hits[0]?.score as number);
  });
});

describe('passages holding every word where each word weighs little', () => {
  const filler =
    'the report listed vehicles boats cash phones weapons documents and other findings';
  const tail = 'listed in the report with vehicles, boats and cash';
  const passages = [
    // Each word twice in 6,000 passages, more than a champion list reads; each weighs more
    // there than in the one passage holding both words once, which is in neither list.
    ...Array.from({ length: 6000 }, (_, i) => `Speedboat ${String(i)} speedboat ${tail}.`),
    ...Array.from({ length: 6000 }, (_, i) => `Harbour ${String(i)} harbour ${tail}.`),
    `${filler}: a speedboat left the harbour at night.`,
  ];
  const index = onePassageDocuments(passages, 'p');

  it('finds the passage holding every word first, as reading every posting does', () => {
    for (const query of ['speedboat harbour', 'harbour speedboat']) {
      const first = index.search(query, 3)[0];
      expect(first?.passage.text).toContain('a speedboat left the harbour');
      expect(first).toEqual(index.search(query, passages.length)[0]);
    }
  });
});

describe('a passage of a document about the query', () => {
  const match = 'Customs searched the ship; days later the cartel was named.';
  const filler = (i: number): string =>
    `Paragraph ${String(i)} of the annual report covers budgets, staff, training and buildings.`;
  const table = PassageTable.split([
    // A long report about other things, listed first: on a tie it would win.
    {
      id: 'report',
      text: [...Array.from({ length: 12 }, (_, i) => filler(i)), match].join('\n\n'),
    },
    {
      id: 'release',
      text: [match, 'The cartel moved cocaine for years.', 'Officers searched a second ship.'].join(
        '\n\n',
      ),
    },
  ]);
  const index = PassageIndex.build(table);
  const documents = (query: string): string[] =>
    index.search(query, 3).map((hit) => hit.passage.document);

  it('ranks above the same passage in a long document about something else', () => {
    expect(documents('cartel ship')[0]).toBe('release');
    expect(documents('ship searched cartel')[0]).toBe('release');
  });

  it("lifts only the document's best passage, not its weaker ones", () => {
    // The report's passage holds both words; the release's other passages one each.
    expect(documents('cartel ship').slice(0, 2)).toEqual(['release', 'report']);
  });
});

describe('proximityScore', () => {
  const forms = new Map([
    ['2.7', { word: 0, worth: 1 }],
    ['cocaine', { word: 1, worth: 1 }],
  ]);
  const score = (text: string): number => proximityScore(text, forms, 2, 1.2, 1.2);

  it('counts a pair by how few tokens stand between its words, a decimal number as one', () => {
    const adjacent = score('Seized: 2,7 cocaine.');
    const apart = score('Seized: 2,7 ton of cocaine.');
    expect(adjacent).toBeGreaterThan(apart);
    expect(apart).toBeGreaterThan(0);
    // "2,7" folds to one token, so "ton" and "of" are the only tokens between the words.
    expect(score('2,7 ton of cocaine')).toBe(score('2.7 ton of cocaine'));
    expect(score('2,7 a b c d e cocaine')).toBe(0);
  });
});

describe('editDistance', () => {
  it('counts edits, with an adjacent swap as one', () => {
    expect(editDistance('theseus', 'thesues')).toBe(1);
    expect(editDistance('holand', 'holland')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops past its cap', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('a'.repeat(100), 'b'.repeat(100), 2)).toBe(3);
  });

  it('lets one edit act on another: a letter left out, then the two it joined swapped', () => {
    // Optimal string alignment (each letter edited once) counts three for both.
    expect(editDistance('vvoizoot', 'vouvizoot')).toBe(2);
    expect(editDistance('ca', 'abc')).toBe(2);
    expect(editDistance('vvoizoot', 'vouvizoot', 2)).toBe(2);
  });

  it('is the fewest insertions, deletions, replacements and adjacent swaps', () => {
    // Every word of up to four letters over "abc", against the breadth-first count of edits
    // from each to the others (edits may act on earlier edits' results).
    const letters = ['a', 'b', 'c'];
    const words = [''];
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i] as string;
      if (word.length < 4) for (const letter of letters) words.push(word + letter);
    }
    const neighbours = (word: string): string[] => {
      const out: string[] = [];
      for (let i = 0; i <= word.length; i += 1) {
        for (const letter of letters) {
          out.push(word.slice(0, i) + letter + word.slice(i));
          if (i < word.length) out.push(word.slice(0, i) + letter + word.slice(i + 1));
        }
        if (i < word.length) out.push(word.slice(0, i) + word.slice(i + 1));
        if (i + 1 < word.length)
          out.push(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
      }
      // Through words of up to six letters: no shortest path between these needs longer ones.
      return out.filter((w) => w.length <= 6);
    };
    let checked = 0;
    for (const from of words.filter((_, i) => i % 3 === 0)) {
      const distance = new Map([[from, 0]]);
      const queue = [from];
      for (let q = 0; q < queue.length; q += 1) {
        const word = queue[q] as string;
        const at = distance.get(word) as number;
        if (at >= 4) continue;
        for (const next of neighbours(word))
          if (!distance.has(next)) {
            distance.set(next, at + 1);
            queue.push(next);
          }
      }
      for (const to of words) {
        const expected = distance.get(to) ?? 5;
        expect(editDistance(from, to, 4), `${from} → ${to}`).toBe(Math.min(expected, 5));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('the name index', () => {
  it('ranks an exact name above a longer name it is the start of, whatever the order given', () => {
    const index = new NameIndex(
      ['Balkan Cartel taskforce', 'Balkan'],
      (name) => name,
      (name) => [name],
    );
    const [first, second] = index.find('balkan');
    expect(first).toMatchObject({ item: 'Balkan', tier: 'exact' });
    expect(second).toMatchObject({ item: 'Balkan Cartel taskforce', tier: 'prefix' });
  });
});
