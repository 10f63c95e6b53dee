import { answerQuestion } from '../claims/index.ts';
import { defineCommand } from '../interactions/command.ts';
import { askAnswer } from '../render/askAnswer.ts';

export const ask = defineCommand({
  name: 'ask',
  description: {
    en: 'Ask a question in plain words: the figures that answer it, with their quotes',
    nl: 'Stel een vraag in gewone woorden: de cijfers die haar beantwoorden, met citaten',
    hr: 'Postavite pitanje običnim riječima: podaci koji odgovaraju, s citatima',
  },
  options: {
    question: {
      type: 'string',
      localizedName: { nl: 'vraag', hr: 'pitanje' },
      description: {
        en: 'e.g. how many arrests in Serbia? (English, Dutch, Serbian/Croatian/Bosnian)',
        nl: 'bijv. hoeveel arrestaties in Servië? (Nederlands, Engels, Servisch/Kroatisch/Bosnisch)',
        hr: 'npr. koliko je uhićenja u Srbiji? (engleski, nizozemski, srpski/hrvatski/bosanski)',
      },
      required: true,
      maxLength: 300,
    },
  },
  example: '/ask how many arrests in Serbia?',
  run({ engine, locale }, { question }) {
    return askAnswer(answerQuestion(engine, question), engine.corpus.documents, locale);
  },
});
