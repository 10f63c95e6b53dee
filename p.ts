import { readFileSync } from 'node:fs';
import { suggestFacts } from './src/ingest/suggest.ts';
const [file, lang] = process.argv.slice(2);
const raw = readFileSync(file!, 'utf8');
const text = raw.replace(/^---[\s\S]*?---\n/, '');
for (const s of suggestFacts({ text, language: lang! })) console.log(s.value, s.unit, s.metric ?? '-', '|', s.label, '|', s.qualifier, '|', s.scope ?? '', s.countries.join(','), '|', s.quote);
