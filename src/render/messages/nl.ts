import { countryNameIn } from '../../corpus/countries.ts';
import type { Messages } from '../messages.ts';

/** The singular for one, else the plural. */
const n1 = (n: number, one: string, other: string): string => (n === 1 ? one : other);

export const nl: Messages = {
  countries: 'Landen',
  sources: 'Bronnen',
  date: 'Datum',
  leadCountry: 'Leidend land',
  countryName: (code, english) => countryNameIn(code, 'nl') ?? english,
  notStated: 'niet vermeld in de bronnen',
  coordinatingBodies: 'Coördinerende instanties',
  partOf: 'Onderdeel van',
  note: 'Let op',
  quotesTitle: 'citaten',
  cardFooter: 'Elk cijfer is geciteerd uit zijn bron: druk op “Toon citaten”.',
  showQuotes: 'Toon citaten',
  showFigures: 'Toon cijfers',
  dateNotGiven: 'datum niet vermeld in de bronnen',
  dateUnknown: 'datum onbekend',
  noNumber: 'geen aantal vermeld',
  million: 'miljoen',
  days: (n) => n1(n, 'dag', 'dagen'),
  qualifiers: {
    exact: '',
    about: 'ongeveer ',
    'more than': 'meer dan ',
    almost: 'bijna ',
    'at least': 'minstens ',
    'up to': 'tot ',
  },
  groups: {
    arrests: 'Arrestaties',
    searches: 'Huiszoekingen',
    seizures: 'Inbeslagnames',
    checks: 'Controles en detecties',
    other: 'Overige cijfers',
  },
  roles: {
    lead: 'Leiding',
    participant: 'Deelnemend',
    support: 'Ondersteunend',
    'event location': 'Plaats van de actie',
    funder: 'Financier (geen deelnemer)',
    origin: 'Herkomst van de drugs (geen deelnemer)',
    transit: 'Doorvoer (geen deelnemer)',
    destination: 'Bestemming (geen deelnemer)',
    'seizure location': 'Plaats van eerdere inbeslagnames',
    mentioned: 'Ook genoemd',
  },
  allOperations: 'Alle operaties',
  derived: (how) => `afgeleid: ${how}`,
  retrieved: (date) => `geraadpleegd ${date}`,
  metrics: {
    arrests: 'Arrestaties',
    'house-searches': 'Huiszoekingen',
    'cocaine-seized': 'Cocaïne in beslag genomen',
    'drugs-seized': 'Drugs in beslag genomen',
    'cash-seized': 'Contant geld in beslag genomen',
    'assets-seized': 'Vermogen in beslag genomen',
    'assets-frozen': 'Vermogen bevroren',
    'vehicles-seized': 'Voertuigen in beslag genomen',
    'weapons-seized': 'Wapens in beslag genomen',
    'ammunition-seized': 'Munitie in beslag genomen',
    'explosives-seized': 'Explosieven in beslag genomen',
    'documents-seized': 'Documenten in beslag genomen',
    'boats-seized': 'Boten in beslag genomen',
    'valuables-seized': 'Waardevolle spullen in beslag genomen',
    checks: 'Controles',
    detections: 'Detecties',
    'victims-rescued': 'Geredde slachtoffers',
    migrants: 'Migranten',
    officers: 'Agenten',
    'experts-deployed': 'Ingezette experts',
    countries: 'Landen',
    'targets-identified': 'Geïdentificeerde doelwitten',
    price: 'Prijs',
    duration: 'Duur',
    trend: 'Trend',
  },
  statMetrics: {
    arrests: 'Arrestaties',
    'house-searches': 'Huiszoekingen',
    cocaine: 'Cocaïne in beslag genomen',
    cash: 'Contant geld in beslag genomen',
    weapons: 'Wapens in beslag genomen',
    countries: 'Deelnemende landen',
    officers: 'Ingezette agenten',
  },
  units: {
    kg: 'kilogram',
    EUR: 'euro',
    USD: 'Amerikaanse dollar',
    count: 'aantal',
    percent: 'procent',
    days: 'dagen',
  },
  reply: {
    previous: '◀ Vorige',
    next: 'Volgende ▶',
    continued: 'vervolg',
    page: (page, count) => `pagina ${page}/${count}`,
    open: (host) => `Open ${host}`,
    tooManyFiles: (name, max) =>
      `${name} is niet bijgevoegd: een bericht bevat hoogstens ${max} bestanden.`,
    tooLarge: (name, size, max) =>
      `${name} is niet bijgevoegd: ${size} is meer dan de ${max} die dit gesprek toestaat.`,
    pickOperation: 'Kies de operatie',
  },
  problems: {
    emptyLine: 'Typ een commando, bijvoorbeeld `/operation sky-ecc`, of `/help`.',
    notACommand:
      'Commando’s beginnen met “/”, bijvoorbeeld `/operation sky-ecc`. Typ `/help` voor de lijst.',
    takesNoText: (command, options) =>
      `/${command} neemt hier geen tekst (${options.length === 0 ? 'het heeft geen opties' : `opties: ${options.join(', ')}`}).`,
    unknownCommand: (name, known) => `Onbekend commando “/${name}”. Commando’s: ${known}.`,
    unknownOption: (command, option, known) =>
      `/${command} heeft geen optie “${option}” (opties: ${known.join(', ') || 'geen'}).`,
    missingOption: (command, option, example) =>
      `/${command} mist de optie “${option}”: bijvoorbeeld \`${example}\`.`,
    tooLong: (option, length, max) =>
      `De optie “${option}” is te lang (${length} tekens; hoogstens ${max}).`,
    operationNotFound: (query) =>
      `Geen operatie komt overeen met “${query}”. Bedoelde je een van deze?`,
    operationAmbiguous: (query) => `“${query}” past bij meerdere operaties; welke bedoel je?`,
    countryNotFound: (query) => `Geen land komt overeen met “${query}”.`,
    didYouMean: (names) => `Bedoelde je ${names}?`,
    countryHint: 'Probeer de Engelse naam, de naam in de eigen taal van het land of de ISO-code.',
    countryNotMentioned: (country) =>
      `De bronnen noemen **${country}** in geen enkele operatie. Probeer \`/sources\` om te zien wat het corpus bevat.`,
    noPassage: (query) =>
      `Geen passage komt overeen met “${query}”. Probeer minder of andere woorden (Engels of Nederlands), of \`/operation\` voor de cijfers van een operatie.`,
    noClaims: (text) =>
      `“${text}” noemt geen cijfer, rol of datum om te toetsen. Probeer een zin met een cijfer, bijvoorbeeld \`/check 23 arrests in Sky ECC\`, of stel een vraag met \`/ask\`.`,
    notAMetric: (query, known) => `“${query}” is geen maatstaf. Kies uit: ${known}.`,
    noEvents: (subject) =>
      `De bronnen dateren geen gebeurtenis voor ${subject}. Probeer \`/timeline\` zonder optie voor alle operaties.`,
    sameOperation: (name) =>
      `Beide namen zijn **${name}**: noem twee verschillende operaties om te vergelijken, bijv. \`/compare a:sky-ecc b:theseus\`.`,
    notAFormat: (query, known) => `“${query}” is geen exportformaat. Kies uit: ${known}.`,
    exportTooLarge: (megabytes, max) =>
      `Die export zou ${megabytes} MB groot zijn, meer dan de ${max} MB die Discord per bijlage toestaat. Exporteer één operatie of land, of draai \`npm run export\` op de server.`,
    buttonExpired: 'Deze knop is niet meer geldig. Voer het commando opnieuw uit.',
    viewGone: 'Dat antwoord staat niet meer in de bronnen. Voer het commando opnieuw uit.',
    unexpected:
      'Er ging iets mis bij het antwoorden. Dat is vastgelegd; probeer het opnieuw of formuleer het anders.',
  },
  facts: {
    background: 'achtergrondcijfer, geen afzonderlijke operatie',
    roles: {
      lead: 'leidde de operatie',
      participant: 'nam deel',
      support: 'ondersteunde de operatie',
      'event location': 'was gastland van de operatie',
      'seizure location': 'plaats van een inbeslagname',
      origin: 'herkomst van de drugs',
      transit: 'doorvoerland',
      destination: 'bestemming',
      funder: 'financierde de operatie',
      mentioned: 'genoemd',
    },
    operationDate: {
      day: 'datum van de operatie (dag)',
      month: 'datum van de operatie (maand)',
      range: 'datum van de operatie (periode)',
    },
  },
  verdicts: {
    headings: {
      supported: 'Ondersteund',
      contradicted: 'Weersproken',
      'not-in-sources': 'Niet in de bronnen',
    },
    wrong: {
      value: 'het getal',
      unit: 'de eenheid',
      qualifier: 'de aanduiding (ongeveer, meer dan …)',
      place: 'de plaats',
      date: 'de datum',
      operation: 'de operatie',
      scope: 'de reikwijdte',
      role: 'de rol',
      metric: 'wat er geteld werd',
    },
    supportedBy: 'Ondersteund door:',
    rightFact: (count) =>
      count > 1
        ? 'De juiste feiten, zoals de bronnen ze vermelden:'
        : 'Het juiste feit, zoals de bronnen het vermelden:',
    related: 'Verwant (geen steun voor de bewering):',
    noFact: 'Geen feit in de bronnen vermeldt dit.',
    noOperation: (name) => `De bronnen kennen geen operatie met de naam “${name}”.`,
    claim: 'Bewering',
    tally: (claims, counts) =>
      `${claims} ${n1(claims, 'bewering', 'beweringen')} getoetst: ${counts}`,
    notShownTitle: (from, to) => `Beweringen ${from}–${to} niet getoond`,
    notShown: (from) =>
      `Eén Discord-bericht bevat ongeveer 6.000 tekens. Toets de rest met \`/check\` op de tekst vanaf “${from}”.`,
  },
  ask: {
    answer: 'Wat de bronnen zeggen',
    notInSources: 'De bronnen zeggen het niet',
    clarify: 'Welke operatie?',
    question: 'Vraag',
    nothing: 'Niets in de bronnen beantwoordt dit.',
    nearby: 'Wat ze in de buurt wel zeggen (geen antwoord):',
    askAgain:
      'De bronnen geven dit cijfer voor meerdere operaties. Vraag het opnieuw en noem er één:',
  },
  country: {
    role: 'Rol',
    inCountry: (name) => `In ${name}:`,
    wholeOperation: 'Hele operatie:',
    onlyMentioned: 'Alleen genoemd (geen deelname)',
    onlyMentionedNote: (name) =>
      `${name} komt in deze operaties voor zonder dat de eigen autoriteiten deelnamen.`,
    tookPartNone: (name) =>
      `${name} nam volgens de bronnen aan geen enkele operatie deel; het wordt alleen genoemd.`,
    tookPart: (name, n) =>
      `${name} nam volgens de bronnen deel aan ${n} ${n1(n, 'operatie', 'operaties')} (nieuwste eerst), met de eigen cijfers en de hoofdcijfers van elke operatie.`,
  },
  search: {
    title: (query) => `Zoeken: ${query}`,
    inLanguage: (language) => `in het ${language}`,
  },
  stats: {
    title: (metric) => `${metric} — operaties gerangschikt`,
    rankedIn: (unit) => `Rangschikking (${unit}, niet vergeleken met andere valuta)`,
    rankedHeadline: 'Gerangschikt op hoofdcijfer',
    ranked: 'Rangschikking',
    noHeadline: 'Geen operatie heeft een hoofdcijfer voor deze maatstaf.',
    otherScopes: 'Andere cijfers (andere reikwijdte: niet gerangschikt, niet opgeteld)',
    context: 'Context (geen afzonderlijke operatie)',
    missing: 'Geen cijfer in de bronnen',
    noneReports: (metric) =>
      `Geen operatie in de bronnen meldt een cijfer voor: ${metric.toLowerCase()}.`,
    largest: (figure, operation) =>
      `Het hoofdcijfer van elke operatie, grootste eerst. Grootste: ${figure} (${operation}).`,
    chartTitle: (metric, unit) =>
      `${metric}${unit === undefined ? '' : ` (${unit})`} — operaties gerangschikt`,
  },
  timeline: {
    title: (subject) => `Tijdlijn — ${subject}`,
    quotesTitle: (subject) => `Tijdlijn — ${subject} — citaten`,
    description: (n) =>
      `${n} gedateerde ${n1(n, 'gebeurtenis', 'gebeurtenissen')} in de bronnen, oudste eerst. Elke datum is zo precies als de bron (een dag, een maand, een jaar); elke gebeurtenis heeft een bron.`,
    footer: 'Elke gebeurtenis is geciteerd uit haar bron: druk op “Toon citaten”.',
    showEvents: 'Toon gebeurtenissen',
  },
  compare: {
    title: (a, b) => `${a} vs ${b}`,
    description:
      'Cijfers naast elkaar, elk met zijn reikwijdte. Een verschil staat er alleen tussen cijfers die hetzelfde tellen, met dezelfde reikwijdte en eenheid.',
    sameScope: (scope) => `zelfde reikwijdte (“${scope}”)`,
    sameFigure: 'hetzelfde cijfer',
    more: (amount, name) => `${amount} meer bij ${name}`,
    notComparable: 'niet vergelijkbaar',
    notCompared: 'niet vergeleken',
    versus: 'vs',
    estimate: 'een schatting of een grens is geen telling',
  },
  export: {
    title: (subject) => `Feiten — ${subject}`,
    operationCount: (n) => `${n} ${n1(n, 'operatie', 'operaties')}`,
    backgroundCount: (n) => `${n} ${n1(n, 'achtergrondcijfer', 'achtergrondcijfers')}`,
    description: (facts, from, columns) =>
      `${facts} ${n1(facts, 'feit', 'feiten')} uit ${from}, één rij per feit, elk met het letterlijke citaat en de link naar de bron. Kolommen: ${columns}.`,
    operations: 'Operaties',
    files: 'Bestanden',
    csvNote:
      'CSV, UTF-8 met byte order mark: opent in Excel en LibreOffice met č, ë en Cyrillisch intact',
    jsonNote: 'JSON, een lijst van objecten met dezelfde velden',
    csvAlt: 'De feiten als CSV, één rij per feit',
    jsonAlt: 'De feiten als JSON, één object per feit',
  },
  help: {
    title: 'Balkan Ops — hulp',
    description:
      'Cijfers over politieoperaties tegen de georganiseerde misdaad op de Balkan. Elk cijfer is geciteerd uit een brondocument; waar de bronnen niets zeggen, zegt de bot ook niets.',
    example: 'Voorbeeld',
    runIt: 'Uitvoeren',
  },
  sourcesList: {
    description: (documents, operations, figures) =>
      `${documents} ${n1(documents, 'document', 'documenten')}, ${operations} ${n1(operations, 'operatie', 'operaties')}, ${figures} ${n1(figures, 'cijfer', 'cijfers')} — elk cijfer letterlijk geciteerd uit een van deze.`,
    language: 'Taal',
    covers: 'Behandelt',
    background: 'achtergrondanalyse (geen operatie)',
  },
  map: {
    lead: 'Leiding',
    participant: 'Nam deel',
    support: 'Ondersteunde',
    mentioned: 'Alleen genoemd',
    map: 'Kaart',
    barChart: 'Staafdiagram',
    timeline: 'Tijdlijn',
  },
  console: {
    citations: (n) => `Citaten (${n}, elk letterlijk uit het document):`,
    files: (n) => `Bestanden (${n}, op schijf gezet):`,
  },
  roleNames: {
    lead: 'leiding',
    participant: 'deelnemer',
    support: 'ondersteuning',
    'event location': 'plaats van de actie',
    funder: 'financier',
    origin: 'herkomst',
    transit: 'doorvoer',
    destination: 'bestemming',
    'seizure location': 'plaats van inbeslagname',
    mentioned: 'genoemd',
  },
};
