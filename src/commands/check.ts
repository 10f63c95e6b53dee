import type { Locale } from '../render/locale.ts';
import { checkClaims } from '../claims/index.ts';
import { defineCommand, defineMessageCommand } from '../interactions/command.ts';
import type { Engine } from '../engine/engine.ts';
import type { Answer } from '../render/answer.ts';
import { problemAnswer } from '../render/problems.ts';
import { checkVerdicts } from '../render/verdicts.ts';

/** Every claim of a message, one verdict each, in order. */
function checkText(engine: Engine, text: string, locale: Locale): Answer {
  const { claims } = checkClaims(engine, text);
  if (claims.length === 0) return problemAnswer({ kind: 'no-claims', text }, locale);
  return checkVerdicts(claims, engine.corpus.documents, locale);
}

export const check = defineCommand({
  name: 'check',
  description: {
    en: 'Check every claim in a message against the sources, one verdict each',
    nl: 'Toets elke bewering in een bericht aan de bronnen, één oordeel per bewering',
    hr: 'Provjerite svaku tvrdnju u poruci prema izvorima, svaku s presudom',
  },
  options: {
    text: {
      type: 'string',
      localizedName: { nl: 'tekst', hr: 'tekst' },
      description: {
        en: 'The message to check (up to 2,000 characters)',
        nl: 'Het bericht om te toetsen (tot 2.000 tekens)',
        hr: 'Poruka za provjeru (do 2.000 znakova)',
      },
      required: true,
      maxLength: 2000,
    },
  },
  example: '/check Serbia arrested 23 people on 11 May. Theseus lasted ten days.',
  slow: true,
  run({ engine, locale }, { text }) {
    return checkText(engine, text, locale);
  },
});

/** Right-click a message → Apps → "Check figures": /check on that message's content. */
export const checkFigures = defineMessageCommand({
  name: 'Check figures',
  localizedName: { nl: 'Cijfers controleren', hr: 'Provjeri podatke' },
  slow: true,
  run({ engine, locale }, { content }) {
    return checkText(engine, content, locale);
  },
});
