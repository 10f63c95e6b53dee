import type { SourceDocument } from '../corpus/types.ts';
import type { SourcesOverview } from '../engine/types.ts';
import type { Answer, CardField } from './answer.ts';
import { describeSource, sourceLabel } from './footnotes.ts';
import { languageName } from './intl.ts';
import type { Locale } from './locale.ts';
import { MESSAGES } from './messages.ts';
import { clipText } from '../text/clip.ts';

/** A link button's label: the document's title, cut at a word so a phone shows it whole. */
const BUTTON_TITLE = 40;

export function shortTitle(title: string): string {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= BUTTON_TITLE) return oneLine;
  const cut = oneLine.lastIndexOf(' ', BUTTON_TITLE - 1);
  return cut > BUTTON_TITLE / 2 ? `${oneLine.slice(0, cut)}…` : clipText(oneLine, BUTTON_TITLE);
}

/** Only web pages get a link button: Discord takes http(s) urls and nothing else. */
function linkable(doc: SourceDocument): boolean {
  return /^https?:\/\//i.test(doc.url);
}

/**
 * Every document: publisher, title, dates (published, retrieved), language and what it covers,
 * with a link button beside it labelled with its title, so each source is one tap away.
 */
export function sourcesCard(overview: SourcesOverview, locale: Locale = 'en'): Answer {
  const t = MESSAGES[locale];
  const fields = overview.documents.map(({ document, operations }): CardField => {
    const covers =
      operations.length === 0
        ? t.sourcesList.background
        : operations.map((op) => op.name).join('; ');
    const about = `${t.sourcesList.language}: ${languageName(document.language, locale)} · ${t.sourcesList.covers}: ${covers}`;
    const field: CardField = {
      name: document.publisher,
      value: `${describeSource(document, locale)}\n${about}`,
    };
    if (linkable(document)) {
      field.sources = [
        {
          text: `${sourceLabel(document, locale)}\n${about}`,
          url: document.url,
          label: shortTitle(document.title),
        },
      ];
      field.linksFirst = true;
    }
    return field;
  });
  return {
    ok: true,
    ephemeral: false,
    card: {
      title: t.sources,
      description: t.sourcesList.description(
        overview.documents.length,
        overview.operations,
        overview.facts,
      ),
      fields,
    },
    citations: [],
    locale,
  };
}
