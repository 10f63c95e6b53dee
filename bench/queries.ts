// A fixed mix of what people type, typos included; the same every run.
export const SEARCH_QUERIES = [
  'rotterdam',
  'huiszoekingen',
  'cocaine vessel spain',
  'sniper rifles',
  'passenger checks',
  'funded German Foreign Office',
  'pink panther leader',
  'counterfiet pasports',
  'cocaïne in beslag',
  'refrigerated trucks uk',
  'cyber patrol dark web',
  'belgrade europol staff',
];

export const OPERATION_QUERIES = [
  'sky-ecc',
  'thesues',
  'jad see',
  'dunqet',
  'balkan cartel',
  '2023-08-24',
  'Operation Theseus',
  'sky eec',
];
export const COUNTRY_QUERIES = [
  'Srbija',
  'Nederland',
  'holand',
  'colombia',
  'Kosovo',
  'Hrvatska',
  'UK',
  'serbai',
];
export const CITE_QUERIES = [
  '626 kilos of cocaine',
  '23 arrested',
  'Theseus was funded by the German Federal Foreign Office',
  '2.7 tonnes of cocaine seized',
];
export const AUTOCOMPLETE = [
  ['operation', 'name', ''],
  ['operation', 'name', 's'],
  ['operation', 'name', 'sky'],
  ['operation', 'name', 'thes'],
  ['operation', 'name', 'thesues'],
  ['operation', 'name', 'jad'],
  ['country', 'name', ''],
  ['country', 'name', 'ser'],
  ['country', 'name', 'ne'],
  ['country', 'name', 'hrv'],
  ['country', 'name', 'holand'],
  ['country', 'name', 'kosov'],
] as const;

/** Real-document queries with the document that must rank first, even among synthetic noise. */
export const REAL_TARGETS = [
  ['700 kilos rotterdam', 'europol-balkan-drug-lords-sky-ecc'],
  ['huiszoekingen arrestaties actiedag', 'crime-nieuws-balkan-cartel-cocaine-seizure'],
  ['counterfiet pasports', 'illicit-trade-interpol-theseus'],
  ['refrigerated trucks kurdish', 'illicit-trade-interpol-theseus'],
  ['cyber patrol firearms', 'occrp-joint-action-days-see'],
] as const;
