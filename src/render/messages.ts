import type { Fact, Role } from '../corpus/types.ts';
import type { Locale } from './locale.ts';

/** The words a reply is built with, per language. Quotes, names and scopes stay as written. */
export interface Messages {
  countries: string;
  sources: string;
  date: string;
  leadCountry: string;
  notStated: string;
  coordinatingBodies: string;
  partOf: string;
  note: string;
  quotesTitle: string;
  cardFooter: string;
  showQuotes: string;
  showFigures: string;
  dateNotGiven: string;
  dateUnknown: string;
  noNumber: string;
  million: string;
  days: (n: number) => string;
  qualifiers: Record<Fact['qualifier'], string>;
  groups: { arrests: string; searches: string; seizures: string; checks: string; other: string };
  roles: Record<Role, string>;
}

const en: Messages = {
  countries: 'Countries',
  sources: 'Sources',
  date: 'Date',
  leadCountry: 'Lead country',
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
  days: (n) => `day${n === 1 ? '' : 's'}`,
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
};

const nl: Messages = {
  countries: 'Landen',
  sources: 'Bronnen',
  date: 'Datum',
  leadCountry: 'Leidend land',
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
  days: (n) => (n === 1 ? 'dag' : 'dagen'),
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
};

const hr: Messages = {
  countries: 'Države',
  sources: 'Izvori',
  date: 'Datum',
  leadCountry: 'Vodeća država',
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
};

export const MESSAGES: Record<Locale, Messages> = { en, nl, hr };
