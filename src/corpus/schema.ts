import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "europol-sky-ecc"');

/** ISO date at day, month or year precision: "2023-05-12", "2023-09", "2020". */
export const isoPartialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  );

/** A calendar day, "2026-05-03". */
export const isoDay = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD');

export const documentFrontMatterSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  publisher: z.string().min(1),
  published: isoPartialDate.optional(),
  url: z.url(),
  /** The day the source was fetched or read for the corpus (`corpus:add` sets it). */
  retrieved: isoDay.optional(),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code'),
  source_file: z.string().optional(),
  note: z.string().optional(),
});
export type DocumentFrontMatter = z.infer<typeof documentFrontMatterSchema>;

/** A place in a document that backs a statement: verified verbatim on load. */
const citedSchema = {
  document: slug,
  quote: z.string().min(2),
};

export const METRICS = [
  'arrests',
  'house-searches',
  'cocaine-seized',
  'drugs-seized',
  'cash-seized',
  'assets-seized',
  'assets-frozen',
  'vehicles-seized',
  'weapons-seized',
  'ammunition-seized',
  'explosives-seized',
  'documents-seized',
  'boats-seized',
  'valuables-seized',
  'checks',
  'detections',
  'victims-rescued',
  'migrants',
  'officers',
  'experts-deployed',
  'countries',
  'targets-identified',
  'price',
  'duration',
  'trend',
] as const;
export type Metric = (typeof METRICS)[number];

export const QUALIFIERS = ['exact', 'about', 'more than', 'almost', 'at least', 'up to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const factSchema = z.strictObject({
  id: slug,
  metric: z.enum(METRICS),
  /** What was counted, in a few words: "arrests", "sniper rifles", "passenger checks". */
  label: z.string().min(1),
  /** Absent when the source names the thing without a number ("luxury watches"). */
  value: z.number().nonnegative().optional(),
  unit: z.enum(['count', 'kg', 'EUR', 'USD', 'percent', 'days']).default('count'),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  /** Where and when the figure holds: "in total", "in Serbia on the action day". */
  scope: z.string().min(1),
  /** The operation's headline figure for its metric: the one /stats ranks by. */
  primary: z.boolean().default(false),
  /** Set when the value is not written in the quote as a number: how it was derived. */
  derived: z.string().min(1).optional(),
  ...citedSchema,
});
export type FactInput = z.infer<typeof factSchema>;

export const ROLES = [
  'lead',
  'participant',
  'support',
  'event location',
  'seizure location',
  'origin',
  'transit',
  'destination',
  'funder',
  'mentioned',
] as const;
export type Role = (typeof ROLES)[number];
/** Roles that mean the country's authorities took part; the rest are mentions. */
export const TAKING_PART: ReadonlySet<Role> = new Set(['lead', 'participant', 'support']);

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

export const countryGroupSchema = z.strictObject({
  codes: z.array(countryCode).min(1),
  role: z.enum(ROLES),
  /** A label the source gives the group: "EU countries", "non-EU countries". */
  group: z.string().optional(),
  note: z.string().optional(),
  ...citedSchema,
});

export const operationDateSchema = z.discriminatedUnion('precision', [
  z.strictObject({
    precision: z.literal('day'),
    value: isoPartialDate,
    note: z.string().optional(),
    ...citedSchema,
  }),
  z.strictObject({
    precision: z.literal('month'),
    value: isoPartialDate,
    note: z.string().optional(),
    ...citedSchema,
  }),
  z.strictObject({
    precision: z.literal('range'),
    start: isoPartialDate,
    end: isoPartialDate,
    note: z.string().optional(),
    ...citedSchema,
  }),
  z.strictObject({ precision: z.literal('unknown'), note: z.string().min(1) }),
]);
export type OperationDate = z.infer<typeof operationDateSchema>;

export const BODIES = ['Europol', 'INTERPOL', 'Eurojust', 'Frontex', 'MAOC-N', 'EMPACT'] as const;

export const operationSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  umbrella: z.string().optional(),
  date: operationDateSchema,
  summary: z.string().min(1).max(300),
  lead: z.strictObject({ country: countryCode, ...citedSchema }).optional(),
  bodies: z.array(z.strictObject({ name: z.enum(BODIES), ...citedSchema })).default([]),
  countries: z.array(countryGroupSchema).default([]),
  /** Set when the source's list of countries is not exhaustive ("countries including …"). */
  countriesNote: z.string().optional(),
  facts: z.array(factSchema).default([]),
});
export type OperationInput = z.infer<typeof operationSchema>;

export const backgroundSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  facts: z.array(factSchema).min(1),
});
export type BackgroundInput = z.infer<typeof backgroundSchema>;
