import { ROLE_LABELS } from '../../claims/views.ts';
import type { Messages } from '../messages.ts';

const s = (n: number): string => (n === 1 ? '' : 's');

export const en: Messages = {
  countries: 'Countries',
  sources: 'Sources',
  date: 'Date',
  leadCountry: 'Lead country',
  countryName: (_code, english) => english,
  notStated: 'not stated in the sources',
  coordinatingBodies: 'Coordinating bodies',
  partOf: 'Part of',
  note: 'Note',
  quotesTitle: 'quotes',
  cardFooter: 'Every figure is quoted from its source: press “Show quotes”.',
  showQuotes: 'Show quotes',
  showFigures: 'Show figures',
  dateNotGiven: 'date not given in the sources',
  dateUnknown: 'date unknown',
  noNumber: 'no number given',
  million: 'million',
  days: (n) => `day${s(n)}`,
  qualifiers: {
    exact: '',
    about: 'about ',
    'more than': 'more than ',
    almost: 'almost ',
    'at least': 'at least ',
    'up to': 'up to ',
  },
  groups: {
    arrests: 'Arrests',
    searches: 'Searches',
    seizures: 'Seizures',
    checks: 'Checks and detections',
    other: 'Other figures',
  },
  roles: {
    lead: 'Lead',
    participant: 'Taking part',
    support: 'Supporting',
    'event location': 'Event location',
    funder: 'Funder (not a participant)',
    origin: 'Origin of drugs (not a participant)',
    transit: 'Transit (not a participant)',
    destination: 'Destination (not a participant)',
    'seizure location': 'Place of earlier seizures',
    mentioned: 'Also mentioned',
  },
  allOperations: 'All operations',
  derived: (how) => `derived: ${how}`,
  retrieved: (date) => `retrieved ${date}`,
  metrics: {
    arrests: 'Arrests',
    'house-searches': 'House searches',
    'cocaine-seized': 'Cocaine seized',
    'drugs-seized': 'Drugs seized',
    'cash-seized': 'Cash seized',
    'assets-seized': 'Assets seized',
    'assets-frozen': 'Assets frozen',
    'vehicles-seized': 'Vehicles seized',
    'weapons-seized': 'Weapons seized',
    'ammunition-seized': 'Ammunition seized',
    'explosives-seized': 'Explosives seized',
    'documents-seized': 'Documents seized',
    'boats-seized': 'Boats seized',
    'valuables-seized': 'Valuables seized',
    checks: 'Checks',
    detections: 'Detections',
    'victims-rescued': 'Victims rescued',
    migrants: 'Migrants',
    officers: 'Officers',
    'experts-deployed': 'Experts deployed',
    countries: 'Countries',
    'targets-identified': 'Targets identified',
    price: 'Price',
    duration: 'Duration',
    trend: 'Trend',
  },
  statMetrics: {
    arrests: 'Arrests',
    'house-searches': 'House searches',
    cocaine: 'Cocaine seized',
    cash: 'Cash seized',
    weapons: 'Weapons seized',
    countries: 'Countries taking part',
    officers: 'Officers involved',
  },
  units: {
    kg: 'kilograms',
    EUR: 'euros',
    USD: 'US dollars',
    count: 'count',
    percent: 'percent',
    days: 'days',
  },
  reply: {
    previous: '◀ Previous',
    next: 'Next ▶',
    continued: 'cont.',
    page: (page, count) => `page ${page}/${count}`,
    open: (host) => `Open ${host}`,
    tooManyFiles: (name, max) =>
      `${name} was not attached: a message carries at most ${max} files.`,
    tooLarge: (name, size, max) =>
      `${name} was not attached: ${size} would pass the ${max} this conversation allows.`,
    pickOperation: 'Pick the operation',
  },
  problems: {
    emptyLine: 'Type a command, for example `/operation sky-ecc`, or `/help`.',
    notACommand:
      'Commands start with “/”, for example `/operation sky-ecc`. Type `/help` for the list.',
    takesNoText: (command, options) =>
      `/${command} takes no text here (${options.length === 0 ? 'it has no options' : `options: ${options.join(', ')}`}).`,
    unknownCommand: (name, known) => `Unknown command “/${name}”. Commands: ${known}.`,
    unknownOption: (command, option, known) =>
      `/${command} has no option “${option}” (options: ${known.join(', ') || 'none'}).`,
    missingOption: (command, option, example) =>
      `/${command} needs a ${option}: for example \`${example}\`.`,
    tooLong: (option, length, max) =>
      `The ${option} is too long (${length} characters; at most ${max}).`,
    operationNotFound: (query) => `No operation matches “${query}”. Did you mean one of these?`,
    operationAmbiguous: (query) => `“${query}” fits several operations; which one?`,
    countryNotFound: (query) => `No country matches “${query}”.`,
    didYouMean: (names) => `Did you mean ${names}?`,
    countryHint: 'Try its English name, its name in the local language, or its ISO code.',
    countryNotMentioned: (country) =>
      `The sources do not mention **${country}** in any operation. Try \`/sources\` to see what the corpus covers.`,
    noPassage: (query) =>
      `No passage matches “${query}”. Try fewer or other words (English or Dutch), or \`/operation\` for an operation's figures.`,
    noClaims: (text) =>
      `“${text}” states no figure, role or date to check. Try a sentence with a figure, for example \`/check 23 arrests in Sky ECC\`, or \`/ask\` a question.`,
    notAMetric: (query, known) => `“${query}” is not a metric. Choose one of: ${known}.`,
    noEvents: (subject) =>
      `The sources date no event for ${subject}. Try \`/timeline\` with no option for every operation.`,
    sameOperation: (name) =>
      `Both names are **${name}**: name two different operations to compare, e.g. \`/compare a:sky-ecc b:theseus\`.`,
    notAFormat: (query, known) => `“${query}” is not an export format. Choose one of: ${known}.`,
    exportTooLarge: (megabytes, max) =>
      `That export would be ${megabytes} MB, over Discord's ${max} MB for an attachment. Export one operation or country, or run \`npm run export\` on the server.`,
    buttonExpired: 'This button is no longer valid. Run the command again.',
    viewGone: 'That answer is no longer in the sources. Run the command again.',
    unexpected:
      'Something went wrong while answering. It has been logged; please try again or rephrase.',
  },
  facts: {
    background: 'background figure, no single operation',
    // English is the claim layer's own wording of the data labels.
    roles: ROLE_LABELS,
    operationDate: {
      day: 'date of the operation (day)',
      month: 'date of the operation (month)',
      range: 'date of the operation (range)',
    },
  },
  verdicts: {
    headings: {
      supported: 'Supported',
      contradicted: 'Contradicted',
      'not-in-sources': 'Not in the sources',
    },
    wrong: {
      value: 'the number',
      unit: 'the unit',
      qualifier: 'the qualifier',
      place: 'the place',
      date: 'the date',
      operation: 'the operation',
      scope: 'the scope',
      role: 'the role',
      metric: 'what was counted',
    },
    supportedBy: 'Supported by:',
    rightFact: (count) =>
      count > 1
        ? 'The right facts, as the sources state them:'
        : 'The right fact, as the sources state it:',
    related: 'Related (not support for the claim):',
    noFact: 'No fact in the sources states this.',
    noOperation: (name) => `The sources hold no operation called “${name}”.`,
    claim: 'Claim',
    tally: (claims, counts) => `${claims} claim${s(claims)} checked: ${counts}`,
    notShownTitle: (from, to) => `Claims ${from}–${to} not shown`,
    notShown: (from) =>
      `One Discord message holds about 6,000 characters. Check the rest with \`/check\` on the text from “${from}” on.`,
  },
  ask: {
    answer: 'What the sources say',
    notInSources: 'The sources do not say',
    clarify: 'Which operation?',
    question: 'Question',
    nothing: 'Nothing in the sources answers this.',
    nearby: 'What they do say nearby (not an answer):',
    askAgain: 'The sources give this figure for several operations. Ask again naming one of them:',
  },
  country: {
    role: 'Role',
    inCountry: (name) => `In ${name}:`,
    wholeOperation: 'Whole operation:',
    onlyMentioned: 'Only mentioned (not taking part)',
    onlyMentionedNote: (name) =>
      `${name} appears in these operations without its authorities taking part.`,
    tookPartNone: (name) =>
      `${name} took part in no operation in the sources; it is only mentioned.`,
    tookPart: (name, n) =>
      `${name} took part in ${n} operation${s(n)} in the sources (newest first), with its own figures and each operation's headline figures.`,
  },
  search: { title: (query) => `Search: ${query}`, inLanguage: (language) => `in ${language}` },
  stats: {
    title: (metric) => `${metric} — operations ranked`,
    rankedIn: (unit) => `Ranked (${unit}, not compared with other currencies)`,
    rankedHeadline: 'Ranked by headline figure',
    ranked: 'Ranked',
    noHeadline: 'No operation has a headline figure for this metric.',
    otherScopes: 'Other figures (different scope: not ranked, not added up)',
    context: 'Context (no single operation)',
    missing: 'No figure in the sources',
    noneReports: (metric) => `No operation in the sources reports ${metric.toLowerCase()}.`,
    largest: (figure, operation) =>
      `Each operation's headline figure, largest first. Largest: ${figure} (${operation}).`,
    chartTitle: (metric, unit) =>
      `${metric}${unit === undefined ? '' : ` (${unit})`} — operations ranked`,
  },
  timeline: {
    title: (subject) => `Timeline — ${subject}`,
    quotesTitle: (subject) => `Timeline — ${subject} — quotes`,
    description: (n) =>
      `${n} dated event${s(n)} in the sources, oldest first. Each date is as precise as its source (a day, a month, a year); each event is cited.`,
    footer: 'Every event is quoted from its source: press “Show quotes”.',
    showEvents: 'Show events',
  },
  compare: {
    title: (a, b) => `${a} vs ${b}`,
    description:
      'Figures side by side, each with its scope. A difference is given only between figures that count the same thing, in the same scope and unit.',
    sameScope: (scope) => `same scope (“${scope}”)`,
    sameFigure: 'the same figure',
    more: (amount, name) => `${amount} more in ${name}`,
    notComparable: 'not comparable',
    notCompared: 'not compared',
    versus: 'vs',
    estimate: 'an estimate or a bound is not a count',
  },
  export: {
    title: (subject) => `Facts — ${subject}`,
    operationCount: (n) => `${n} operation${s(n)}`,
    backgroundCount: (n) => `${n} background figure${s(n)}`,
    description: (facts, from, columns) =>
      `${facts} fact${s(facts)} from ${from}, one row each, every one with its verbatim quote and source link. Columns: ${columns}.`,
    operations: 'Operations',
    files: 'Files',
    csvNote:
      'CSV, UTF-8 with a byte order mark: opens in Excel and LibreOffice with č, ë and Cyrillic intact',
    jsonNote: 'JSON, an array of objects with the same fields',
    csvAlt: 'The facts as CSV, one row per fact',
    jsonAlt: 'The facts as JSON, one object per fact',
  },
  help: {
    title: 'Balkan Ops — help',
    description:
      'Figures on law-enforcement operations against Balkan organised crime. Every figure is quoted from a source document; when the sources do not say, neither does the bot.',
    example: 'Example',
    runIt: 'Run it',
  },
  sourcesList: {
    description: (documents, operations, figures) =>
      `${documents} document${s(documents)}, ${operations} operation${s(operations)}, ${figures} figure${s(figures)} — every figure quoted verbatim from one of these.`,
    language: 'Language',
    covers: 'Covers',
    background: 'background analysis (no operation)',
  },
  map: {
    lead: 'Lead',
    participant: 'Took part',
    support: 'Supported',
    mentioned: 'Only mentioned',
    map: 'Map',
    barChart: 'Bar chart',
    timeline: 'Timeline',
  },
  console: {
    citations: (n) => `Citations (${n}, each verbatim from its document):`,
    files: (n) => `Files (${n}, written to disk):`,
  },
  roleNames: {
    lead: 'lead',
    participant: 'participant',
    support: 'support',
    'event location': 'event location',
    funder: 'funder',
    origin: 'origin',
    transit: 'transit',
    destination: 'destination',
    'seizure location': 'seizure location',
    mentioned: 'mentioned',
  },
};
