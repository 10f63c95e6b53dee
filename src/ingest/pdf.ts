import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import { dateInOpening, isoDateOf } from './dates.ts';
import type { ExtractedDocument } from './extracted.ts';
import { foldWithOffsets } from './foldedText.ts';
import { pdfPagesToText, type PdfLine } from './pdfLayout.ts';

interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

/** Items on one baseline, left to right, become one line; a gap wider than a space gets one. */
function linesOf(items: readonly PdfItem[]): PdfLine[] {
  const rows: { y: number; size: number; items: PdfItem[] }[] = [];
  for (const item of items) {
    if (item.str.trim() === '' && !item.hasEOL) continue;
    const row = rows.find((r) => Math.abs(r.y - item.y) <= Math.max(2, item.fontSize * 0.3));
    if (row === undefined) rows.push({ y: item.y, size: item.fontSize, items: [item] });
    else row.items.push(item);
  }
  return rows
    .sort((a, b) => b.y - a.y)
    .map((row) => {
      const sorted = row.items.sort((a, b) => a.x - b.x);
      let text = '';
      let right = -Infinity;
      for (const item of sorted) {
        const gap = item.x - right;
        if (
          text !== '' &&
          gap > row.size * 0.15 &&
          !text.endsWith(' ') &&
          !item.str.startsWith(' ')
        ) {
          text += ' ';
        }
        text += item.str;
        right = item.x + item.width;
      }
      return { text: text.replace(/\s+/g, ' ').trim(), y: row.y, size: row.size };
    })
    .filter((line) => line.text !== '');
}

function infoString(info: Record<string, unknown>, key: string): string | undefined {
  const value = info[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// Titles that name the file a PDF was made from rather than its content.
const FILE_TITLE = /\.(docx?|odt|rtf|pages|indd|pdf)$|^(microsoft word|untitled)\b/i;

/** A PDF's text, with running headers, footers and page numbers dropped and paragraphs rebuilt. */
export async function extractPdf(data: Uint8Array): Promise<ExtractedDocument> {
  const pdf = await getDocumentProxy(data);
  const { items } = await extractTextItems(pdf);
  const text = pdfPagesToText(items.map(linesOf));
  const { info } = await getMeta(pdf);
  await pdf.destroy();
  const found: ExtractedDocument = { text };
  const title = infoString(info, 'Title');
  if (title !== undefined && !FILE_TITLE.test(title)) found.title = title;
  const author = infoString(info, 'Author');
  if (author !== undefined) found.publisher = author;
  const published =
    dateInOpening(foldWithOffsets(text)) ?? isoDateOf(infoString(info, 'CreationDate'));
  if (published !== undefined) found.published = published;
  return found;
}
