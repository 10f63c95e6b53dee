import { foldText } from '../text/normalize.ts';

const MAX_LENGTH = 64;
// Words that say nothing in an id, in English, Dutch and the region's languages.
const FILLER = new Set(
  'a an the of in on at for and to with by from de het een van en op bij voor met door u i na za od sa s iz je su o'.split(
    ' ',
  ),
);

/** A corpus id from publisher and title: "Europol" + "Balkan drug lords arrested" → "europol-balkan-drug-lords-arrested". */
export function documentId(publisher: string, title: string): string {
  const words = foldText(`${publisher} ${title}`)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !FILLER.has(word))
    // "Europol" + "Europol: …" names the publisher once
    .filter((word, i, all) => word !== all[i - 1]);
  let id = '';
  for (const word of words) {
    const next = id === '' ? word : `${id}-${word}`;
    if (next.length > MAX_LENGTH) break;
    id = next;
  }
  return id === '' ? (words[0] ?? '').slice(0, MAX_LENGTH) : id;
}
