import { countryNameIn } from '../../corpus/countries.ts';
import type { Messages } from '../messages.ts';

const rules = new Intl.PluralRules('hr-HR');

/** Croatian's three forms: 1, 21 … ("one"); 2–4, 22–24 … ("few"); the rest ("other"). */
function pl(n: number, one: string, few: string, other: string): string {
  const form = rules.select(n);
  return form === 'one' ? one : form === 'few' ? few : other;
}

export const hr: Messages = {
  countries: 'Države',
  sources: 'Izvori',
  date: 'Datum',
  leadCountry: 'Vodeća država',
  countryName: (code, english) => countryNameIn(code, 'hr') ?? english,
  notStated: 'nije navedeno u izvorima',
  coordinatingBodies: 'Koordinirajuća tijela',
  partOf: 'Dio',
  note: 'Napomena',
  quotesTitle: 'citati',
  cardFooter: 'Svaki je podatak citiran iz izvora: pritisnite “Prikaži citate”.',
  showQuotes: 'Prikaži citate',
  showFigures: 'Prikaži podatke',
  dateNotGiven: 'datum nije naveden u izvorima',
  dateUnknown: 'datum nepoznat',
  noNumber: 'broj nije naveden',
  million: 'milijuna',
  days: (n) => (n % 10 === 1 && n % 100 !== 11 ? 'dan' : 'dana'),
  qualifiers: {
    exact: '',
    about: 'oko ',
    'more than': 'više od ',
    almost: 'gotovo ',
    'at least': 'najmanje ',
    'up to': 'do ',
  },
  groups: {
    arrests: 'Uhićenja',
    searches: 'Pretrage',
    seizures: 'Zapljene',
    checks: 'Provjere i otkrića',
    other: 'Ostali podaci',
  },
  roles: {
    lead: 'Vodeća',
    participant: 'Sudjeluju',
    support: 'Podrška',
    'event location': 'Mjesto akcije',
    funder: 'Financijer (ne sudjeluje)',
    origin: 'Podrijetlo droge (ne sudjeluje)',
    transit: 'Tranzit (ne sudjeluje)',
    destination: 'Odredište (ne sudjeluje)',
    'seizure location': 'Mjesto ranijih zapljena',
    mentioned: 'Također spomenuta',
  },
  allOperations: 'Sve operacije',
  derived: (how) => `izvedeno: ${how}`,
  retrieved: (date) => `preuzeto ${date}`,
  metrics: {
    arrests: 'Uhićenja',
    'house-searches': 'Pretrage kuća',
    'cocaine-seized': 'Zaplijenjeni kokain',
    'drugs-seized': 'Zaplijenjena droga',
    'cash-seized': 'Zaplijenjeni novac',
    'assets-seized': 'Zaplijenjena imovina',
    'assets-frozen': 'Zamrznuta imovina',
    'vehicles-seized': 'Zaplijenjena vozila',
    'weapons-seized': 'Zaplijenjeno oružje',
    'ammunition-seized': 'Zaplijenjeno streljivo',
    'explosives-seized': 'Zaplijenjeni eksplozivi',
    'documents-seized': 'Zaplijenjeni dokumenti',
    'boats-seized': 'Zaplijenjena plovila',
    'valuables-seized': 'Zaplijenjene dragocjenosti',
    checks: 'Provjere',
    detections: 'Otkrića',
    'victims-rescued': 'Spašene žrtve',
    migrants: 'Migranti',
    officers: 'Službenici',
    'experts-deployed': 'Upućeni stručnjaci',
    countries: 'Države',
    'targets-identified': 'Identificirane mete',
    price: 'Cijena',
    duration: 'Trajanje',
    trend: 'Trend',
  },
  statMetrics: {
    arrests: 'Uhićenja',
    'house-searches': 'Pretrage kuća',
    cocaine: 'Zaplijenjeni kokain',
    cash: 'Zaplijenjeni novac',
    weapons: 'Zaplijenjeno oružje',
    countries: 'Države sudionice',
    officers: 'Uključeni službenici',
  },
  units: {
    kg: 'kilogrami',
    EUR: 'euri',
    USD: 'američki dolari',
    count: 'broj',
    percent: 'postotak',
    days: 'dani',
  },
  reply: {
    previous: '◀ Prethodna',
    next: 'Sljedeća ▶',
    continued: 'nastavak',
    page: (page, count) => `stranica ${page}/${count}`,
    open: (host) => `Otvori ${host}`,
    tooManyFiles: (name, max) =>
      `${name} nije priložena: poruka može nositi najviše ${max} ${pl(max, 'datoteku', 'datoteke', 'datoteka')}.`,
    tooLarge: (name, size, max) =>
      `${name} nije priložena: ${size} premašuje ${max} koliko dopušta ovaj razgovor.`,
    pickOperation: 'Odaberite operaciju',
  },
  problems: {
    emptyLine: 'Upišite naredbu, na primjer `/operation sky-ecc`, ili `/help`.',
    notACommand:
      'Naredbe počinju znakom “/”, na primjer `/operation sky-ecc`. Upišite `/help` za popis.',
    takesNoText: (command, options) =>
      `/${command} ovdje ne prima tekst (${options.length === 0 ? 'nema opcija' : `opcije: ${options.join(', ')}`}).`,
    unknownCommand: (name, known) => `Nepoznata naredba “/${name}”. Naredbe: ${known}.`,
    unknownOption: (command, option, known) =>
      `/${command} nema opciju “${option}” (opcije: ${known.join(', ') || 'nema ih'}).`,
    missingOption: (command, option, example) =>
      `/${command} treba opciju “${option}”: na primjer \`${example}\`.`,
    tooLong: (option, length, max) =>
      `Opcija “${option}” je preduga (${length} ${pl(length, 'znak', 'znaka', 'znakova')}; najviše ${max}).`,
    operationNotFound: (query) =>
      `Nijedna operacija ne odgovara upitu “${query}”. Jeste li mislili na neku od ovih?`,
    operationAmbiguous: (query) => `Upitu “${query}” odgovara više operacija; koju mislite?`,
    countryNotFound: (query) => `Nijedna država ne odgovara upitu “${query}”.`,
    didYouMean: (names) => `Jeste li mislili: ${names}?`,
    countryHint: 'Pokušajte s engleskim nazivom, nazivom na jeziku te države ili ISO kodom.',
    countryNotMentioned: (country) =>
      `Izvori ne spominju državu **${country}** ni u jednoj operaciji. Pokušajte \`/sources\` da vidite što korpus obuhvaća.`,
    noPassage: (query) =>
      `Nijedan odlomak ne odgovara upitu “${query}”. Pokušajte s manje riječi ili drugim riječima (na engleskom ili nizozemskom) ili \`/operation\` za podatke o operaciji.`,
    noClaims: (text) =>
      `“${text}” ne navodi broj, ulogu ni datum koji bi se mogao provjeriti. Pokušajte s rečenicom koja sadrži broj, na primjer \`/check 23 arrests in Sky ECC\`, ili postavite pitanje naredbom \`/ask\`.`,
    notAMetric: (query, known) => `“${query}” nije mjera. Odaberite jednu od: ${known}.`,
    noEvents: (subject) =>
      `Izvori ne navode nijedan datirani događaj za: ${subject}. Pokušajte \`/timeline\` bez opcije za sve operacije.`,
    sameOperation: (name) =>
      `Oba naziva označavaju **${name}**: navedite dvije različite operacije za usporedbu, npr. \`/compare a:sky-ecc b:theseus\`.`,
    notAFormat: (query, known) => `“${query}” nije format izvoza. Odaberite jedan od: ${known}.`,
    exportTooLarge: (megabytes, max) =>
      `Taj bi izvoz imao ${megabytes} MB, više od ${max} MB koliko Discord dopušta za privitak. Izvezite jednu operaciju ili državu ili pokrenite \`npm run export\` na poslužitelju.`,
    buttonExpired: 'Ovaj gumb više ne vrijedi. Ponovno pokrenite naredbu.',
    viewGone: 'Tog odgovora više nema u izvorima. Ponovno pokrenite naredbu.',
    unexpected:
      'Nešto je pošlo po zlu pri odgovaranju. Pogreška je zabilježena; pokušajte ponovno ili preoblikujte upit.',
  },
  facts: {
    background: 'pozadinski podatak, nije vezan uz jednu operaciju',
    roles: {
      lead: 'vodila je operaciju',
      participant: 'sudjelovala je',
      support: 'podržala je operaciju',
      'event location': 'bila je domaćin operacije',
      'seizure location': 'mjesto zapljene',
      origin: 'podrijetlo droge',
      transit: 'tranzitna država',
      destination: 'odredište',
      funder: 'financirala je operaciju',
      mentioned: 'spominje se',
    },
    operationDate: {
      day: 'datum operacije (dan)',
      month: 'datum operacije (mjesec)',
      range: 'datum operacije (razdoblje)',
    },
  },
  verdicts: {
    headings: {
      supported: 'Potvrđeno',
      contradicted: 'Opovrgnuto',
      'not-in-sources': 'Nije u izvorima',
    },
    wrong: {
      value: 'broj',
      unit: 'jedinica',
      qualifier: 'odrednica (oko, više od …)',
      place: 'mjesto',
      date: 'datum',
      operation: 'operacija',
      scope: 'opseg',
      role: 'uloga',
      metric: 'ono što je prebrojeno',
    },
    supportedBy: 'Potvrđuje:',
    rightFact: (count) =>
      count > 1 ? 'Točni podaci, kako ih navode izvori:' : 'Točan podatak, kako ga navode izvori:',
    related: 'Srodno (ne potvrđuje tvrdnju):',
    noFact: 'Nijedan podatak u izvorima ne navodi ovo.',
    noOperation: (name) => `Izvori ne sadrže operaciju pod nazivom “${name}”.`,
    claim: 'Tvrdnja',
    tally: (claims, counts) =>
      `Provjereno: ${claims} ${pl(claims, 'tvrdnja', 'tvrdnje', 'tvrdnji')} — ${counts}`,
    notShownTitle: (from, to) => `Tvrdnje ${from}–${to} nisu prikazane`,
    notShown: (from) =>
      `Jedna Discord poruka prima oko 6.000 znakova. Ostatak provjerite naredbom \`/check\` na tekstu od “${from}” nadalje.`,
  },
  ask: {
    answer: 'Što kažu izvori',
    notInSources: 'Izvori to ne navode',
    clarify: 'Koja operacija?',
    question: 'Pitanje',
    nothing: 'Ništa u izvorima ne odgovara na ovo.',
    nearby: 'Što izvori navode o srodnome (nije odgovor):',
    askAgain:
      'Izvori navode ovaj podatak za više operacija. Pitajte ponovno i navedite jednu od njih:',
  },
  country: {
    role: 'Uloga',
    inCountry: (name) => `Podaci za državu ${name}:`,
    wholeOperation: 'Cijela operacija:',
    onlyMentioned: 'Samo spomenuta (ne sudjeluje)',
    onlyMentionedNote: (name) =>
      `${name}: država se spominje u ovim operacijama, ali njezine vlasti u njima ne sudjeluju.`,
    tookPartNone: (name) =>
      `${name}: prema izvorima država nije sudjelovala ni u jednoj operaciji; samo se spominje.`,
    tookPart: (name, n) =>
      `${name}: prema izvorima država je sudjelovala u ${n} ${pl(n, 'operaciji', 'operacije', 'operacija')} (najnovije prvo), s vlastitim podacima i glavnim podacima svake operacije.`,
  },
  search: {
    title: (query) => `Pretraga: ${query}`,
    inLanguage: (language) => `jezik: ${language}`,
  },
  stats: {
    title: (metric) => `${metric} — poredak operacija`,
    rankedIn: (unit) => `Poredak (${unit}; ne uspoređuje se s drugim valutama)`,
    rankedHeadline: 'Poredak po glavnom podatku',
    ranked: 'Poredak',
    noHeadline: 'Nijedna operacija nema glavni podatak za ovu mjeru.',
    otherScopes: 'Ostali podaci (drugi opseg: nisu rangirani ni zbrojeni)',
    context: 'Kontekst (nije vezano uz jednu operaciju)',
    missing: 'Nema podatka u izvorima',
    noneReports: (metric) =>
      `Nijedna operacija u izvorima ne navodi podatak: ${metric.toLowerCase()}.`,
    largest: (figure, operation) =>
      `Glavni podatak svake operacije, od najvećeg. Najveći: ${figure} (${operation}).`,
    chartTitle: (metric, unit) =>
      `${metric}${unit === undefined ? '' : ` (${unit})`} — poredak operacija`,
  },
  timeline: {
    title: (subject) => `Vremenska crta — ${subject}`,
    quotesTitle: (subject) => `Vremenska crta — ${subject} — citati`,
    description: (n) =>
      `${n} ${pl(n, 'datiran događaj', 'datirana događaja', 'datiranih događaja')} u izvorima, od najstarijeg. Svaki je datum precizan koliko i izvor (dan, mjesec, godina); svaki je događaj citiran.`,
    footer: 'Svaki je događaj citiran iz izvora: pritisnite “Prikaži citate”.',
    showEvents: 'Prikaži događaje',
  },
  compare: {
    title: (a, b) => `${a} naspram ${b}`,
    description:
      'Podaci usporedno, svaki sa svojim opsegom. Razlika se navodi samo između podataka koji broje isto, u istom opsegu i istoj jedinici.',
    sameScope: (scope) => `isti opseg (“${scope}”)`,
    sameFigure: 'isti podatak',
    more: (amount, name) => `${amount} više u operaciji ${name}`,
    notComparable: 'nije usporedivo',
    notCompared: 'nije uspoređeno',
    versus: 'naspram',
    estimate: 'procjena ili granica nije prebrojavanje',
  },
  export: {
    title: (subject) => `Činjenice — ${subject}`,
    operationCount: (n) => `${n} ${pl(n, 'operacije', 'operacije', 'operacija')}`,
    backgroundCount: (n) =>
      `${n} ${pl(n, 'pozadinskog podatka', 'pozadinska podatka', 'pozadinskih podataka')}`,
    description: (facts, from, columns) =>
      `${facts} ${pl(facts, 'činjenica', 'činjenice', 'činjenica')} iz ${from}, jedan redak po činjenici, svaka s doslovnim citatom i poveznicom na izvor. Stupci: ${columns}.`,
    operations: 'Operacije',
    files: 'Datoteke',
    csvNote:
      'CSV, UTF-8 s oznakom redoslijeda bajtova: otvara se u Excelu i LibreOfficeu s ispravnim č, ë i ćirilicom',
    jsonNote: 'JSON, niz objekata s istim poljima',
    csvAlt: 'Činjenice kao CSV, jedan redak po činjenici',
    jsonAlt: 'Činjenice kao JSON, jedan objekt po činjenici',
  },
  help: {
    title: 'Balkan Ops — pomoć',
    description:
      'Podaci o policijskim operacijama protiv organiziranog kriminala na Balkanu. Svaki je podatak citiran iz izvornog dokumenta; kad izvori nešto ne navode, ne navodi ni bot.',
    example: 'Primjer',
    runIt: 'Pokreni',
  },
  sourcesList: {
    description: (documents, operations, figures) =>
      `${documents} ${pl(documents, 'dokument', 'dokumenta', 'dokumenata')}, ${operations} ${pl(operations, 'operacija', 'operacije', 'operacija')}, ${figures} ${pl(figures, 'podatak', 'podatka', 'podataka')} — svaki je podatak doslovno citiran iz jednog od njih.`,
    language: 'Jezik',
    covers: 'Obuhvaća',
    background: 'pozadinska analiza (bez operacije)',
  },
  map: {
    lead: 'Vodeća',
    participant: 'Sudjelovale',
    support: 'Podržale',
    mentioned: 'Samo spomenute',
    map: 'Karta',
    barChart: 'Stupčasti grafikon',
    timeline: 'Vremenska crta',
  },
  console: {
    citations: (n) => `Citati (${n}, svaki doslovno iz svog dokumenta):`,
    files: (n) => `Datoteke (${n}, zapisane na disk):`,
  },
  roleNames: {
    lead: 'vodeća',
    participant: 'sudionica',
    support: 'podrška',
    'event location': 'mjesto akcije',
    funder: 'financijer',
    origin: 'podrijetlo',
    transit: 'tranzit',
    destination: 'odredište',
    'seizure location': 'mjesto zapljene',
    mentioned: 'spomenuta',
  },
};
