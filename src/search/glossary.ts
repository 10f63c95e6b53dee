import { countryDirectory } from '../corpus/countries.ts';
import { tokenize } from '../text/normalize.ts';

// English and Dutch words for the same things, so either language finds either document.
// Each group is folded with the shared normalisation, so "cocaïne" and "cocaine" are one term.
const GROUPS: string[][] = [
  ['arrest', 'arrests', 'arrested', 'arrestatie', 'arrestaties', 'gearresteerd', 'detention'],
  ['search', 'searches', 'huiszoeking', 'huiszoekingen', 'zoekacties', 'raids'],
  ['seize', 'seized', 'seizure', 'seizures', 'inbeslagname', 'inbeslagnames', 'beslag'],
  ['cash', 'contanten'],
  ['vehicle', 'vehicles', 'car', 'cars', 'voertuig', 'voertuigen'],
  ['watch', 'watches', 'horloge', 'horloges', 'luxehorloges'],
  ['ship', 'vessel', 'schip'],
  ['cartel', 'kartel', 'drugskartel'],
  ['ton', 'tons', 'tonne', 'tonnes'],
  ['kilo', 'kilos', 'kg', 'kgs', 'kilogram', 'kilograms'],
  ['action', 'actie', 'actiedag'],
  ['day', 'dag', 'actiedag'],
  ['investigator', 'investigators', 'onderzoeker', 'onderzoekers'],
  ['encrypted', 'versleutelde'],
  ['network', 'networks', 'netwerk', 'netwerken'],
  ['police', 'politie', 'politiediensten'],
  ['operational', 'operationele'],
  ['serbian', 'servische'],
  ['spanish', 'spaanse'],
  ['organiser', 'organisers', 'organizer', 'organizers', 'organisatoren'],
  ['accounts', 'bankrekeningen'],
  ['property', 'onroerend'],
  ['luxury', 'luxe'],
];

function addGroup(map: Map<string, Set<string>>, words: string[]): void {
  const folded = [...new Set(words.flatMap((w) => tokenize(w)))];
  for (const word of folded) {
    const known = map.get(word) ?? new Set<string>();
    for (const other of folded) if (other !== word) known.add(other);
    map.set(word, known);
  }
}

// Built when the module loads (start-up), not on the first query a user sends.
const TABLE: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, Set<string>>();
  for (const group of GROUPS) addGroup(map, group);
  for (const country of countryDirectory().values()) {
    addGroup(
      map,
      country.names.filter((name) => tokenize(name).length === 1),
    );
  }
  return new Map([...map].map(([word, others]) => [word, [...others]]));
})();

const NONE: readonly string[] = [];

/** Every other word for `term` the index should also look for (country names in any language). */
export function equivalents(term: string): readonly string[] {
  return TABLE.get(term) ?? NONE;
}
