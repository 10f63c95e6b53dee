import { clipText } from '../text/clip.ts';
import type { Answer, CardField, SourceLink } from './answer.ts';
import { LIMITS } from './limits.ts';
import { MESSAGES } from './messages.ts';

/** What one page shows below its heading, in order. */
export type PagePart =
  | { kind: 'text'; text: string }
  /** A Sources list with a link button per document (a Section each). */
  | { kind: 'sources'; links: SourceLink[] };

export interface Page {
  parts: PagePart[];
}

/** How much of a message the body of one page may use. */
export interface PageBudget {
  /** Characters of Text Display content. */
  text: number;
  /** Components, nested ones included. */
  components: number;
}

/**
 * Components a Sources list of `n` documents takes as Sections: a separator, a section, text and
 * button each, and the Text Display that text after the list needs.
 */
export function sourcesComponents(n: number): number {
  return 2 + 3 * n;
}

export function partText(part: PagePart): number {
  return part.kind === 'text'
    ? part.text.length
    : part.links.reduce((n, l) => n + l.text.length, 0);
}

/** Splits at line ends so no figure is cut in half; a single over-long line is clipped. */
export function splitLines(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const rawLine of text.split('\n')) {
    const line = clipText(rawLine, max);
    const joined = current === '' ? line : `${current}\n${line}`;
    if (joined.length <= max) {
      current = joined;
    } else {
      if (current !== '') chunks.push(current);
      current = line;
    }
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** A field as text: its name in bold, then its value; split at line ends when too long. */
function fieldBlocks(field: CardField, max: number, continued: string): string[] {
  const value = field.value.trim() === '' ? '—' : field.value;
  const name = (cont: boolean): string =>
    `**${clipText(cont ? `${field.name} (${continued})` : field.name, LIMITS.title)}**`;
  const room = Math.max(1, max - name(true).length - 1);
  return splitLines(value, room).map((part, i) => `${name(i > 0)}\n${part}`);
}

/** The pieces a body is made of, before they are laid out on pages. */
type Block = { kind: 'text'; text: string } | { kind: 'field'; field: CardField };

function blocksOf(answer: Answer): Block[] {
  const blocks: Block[] = [];
  if (answer.content !== undefined && answer.content.trim() !== '')
    blocks.push({ kind: 'text', text: answer.content });
  const card = answer.card;
  if (card !== undefined) {
    if (card.description !== undefined && card.description.trim() !== '')
      blocks.push({ kind: 'text', text: card.description });
    for (const field of card.fields) blocks.push({ kind: 'field', field });
  }
  return blocks;
}

function linkable(links: readonly SourceLink[] | undefined): links is SourceLink[] {
  return (
    links !== undefined &&
    links.length > 0 &&
    links.every((l) => l.url.length <= LIMITS.linkUrl && l.text.trim() !== '')
  );
}

/**
 * Lays the answer's content, description and fields out on pages that each fit `budget`. Text
 * is split only at line ends; a Sources list gets a link button per document where the page has
 * the components for it, and stays text otherwise.
 */
export function layoutPages(answer: Answer, budget: PageBudget): Page[] {
  const continued = MESSAGES[answer.locale ?? 'en'].reply.continued;
  const pages: Page[] = [];
  let page: Page = { parts: [] };
  let text = 0;
  let components = 0;
  const newPage = (): void => {
    pages.push(page);
    page = { parts: [] };
    text = 0;
    components = 0;
  };
  const addText = (chunk: string): void => {
    const cost = chunk.length + (text === 0 ? 0 : 2);
    if (text + cost > budget.text && page.parts.length > 0) newPage();
    const last = page.parts.at(-1);
    if (last?.kind === 'text') last.text = `${last.text}\n\n${chunk}`;
    else page.parts.push({ kind: 'text', text: chunk });
    text += chunk.length + (text === 0 ? 0 : 2);
  };
  const linksText = (name: string, links: SourceLink[]): number =>
    name.length + 2 + links.reduce((n, l) => n + l.text.length, 0);
  const sectionsFit = (
    name: string,
    links: SourceLink[],
    usedText: number,
    usedComponents: number,
  ): boolean =>
    usedText + linksText(name, links) <= budget.text &&
    usedComponents + sourcesComponents(links.length) <= budget.components;
  const addSources = (name: string, links: SourceLink[]): void => {
    // The list's name joins the text above it, so it costs no component of its own.
    addText(name);
    page.parts.push({ kind: 'sources', links });
    text += links.reduce((n, l) => n + l.text.length, 0);
    components += sourcesComponents(links.length);
  };

  for (const block of blocksOf(answer)) {
    if (block.kind === 'text') {
      for (const chunk of splitLines(block.text, budget.text)) addText(chunk);
      continue;
    }
    const links = block.field.sources;
    if (linkable(links)) {
      const name = `**${clipText(block.field.name, LIMITS.title)}**`;
      const asText = fieldBlocks(block.field, budget.text, continued);
      const textFits = asText.length === 1 && text + (asText[0]?.length ?? 0) + 2 <= budget.text;
      if (sectionsFit(name, links, text, components)) {
        addSources(name, links);
        continue;
      }
      if ((!textFits || block.field.linksFirst === true) && sectionsFit(name, links, 0, 0)) {
        newPage();
        addSources(name, links);
        continue;
      }
    }
    for (const chunk of fieldBlocks(block.field, budget.text, continued)) addText(chunk);
  }
  if (page.parts.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
