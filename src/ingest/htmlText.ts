/// <reference lib="dom" />
// linkedom's documents carry the DOM's types.
import { parseHTML } from 'linkedom';
import { tidyLine } from './extracted.ts';

// Elements whose text is one paragraph, list item or row of the article.
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TR',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DT',
  'DD',
  'CAPTION',
]);
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'DL',
  'FIGURE',
  'BODY',
  'HEADER',
]);

interface Block {
  text: string;
  /** Items of one list, or rows of one table, stay on consecutive lines; the rest get a blank line. */
  group?: Element;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function hasBlockInside(element: Element): boolean {
  return element.querySelector([...BLOCKS].map((t) => t.toLowerCase()).join(',')) !== null;
}

function rowText(row: Element): string {
  const cells = Array.from(row.querySelectorAll('th,td'), (cell) => tidyLine(cell.textContent));
  return cells.filter((cell) => cell !== '').join(' | ');
}

function collect(element: Element, blocks: Block[]): void {
  let loose = '';
  const flush = (): void => {
    const text = tidyLine(loose);
    if (text !== '') blocks.push({ text });
    loose = '';
  };
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === TEXT_NODE) {
      loose += node.textContent ?? '';
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName.toUpperCase();
    if (tag === 'BR') {
      flush();
    } else if (tag === 'TR') {
      flush();
      const text = rowText(node);
      if (text !== '') blocks.push({ text, group: node.closest('table') ?? element });
    } else if (
      BLOCKS.has(tag) &&
      !(tag === 'LI' || tag === 'BLOCKQUOTE' ? hasBlockInside(node) : false)
    ) {
      flush();
      const text = tidyLine(node.textContent);
      if (text !== '') blocks.push(tag === 'LI' ? { text: `- ${text}`, group: element } : { text });
    } else if (CONTAINERS.has(tag) || BLOCKS.has(tag)) {
      flush();
      collect(node, blocks);
    } else {
      loose += node.textContent;
    }
  }
  flush();
}

/** The article HTML Readability returns, as plain text: paragraphs, "- " list items, "a | b" table rows. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: Block[] = [];
  collect(document.body, blocks);
  let text = '';
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (previous !== undefined)
      text += block.group !== undefined && block.group === previous.group ? '\n' : '\n\n';
    text += block.text;
  });
  return text;
}
