export interface Passage {
  /** `<document>#<n>`, stable while the document does not change. */
  id: string;
  document: string;
  start: number;
  end: number;
  text: string;
}

const MAX_PASSAGE = 1200;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\n]+/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return lines;
}

/** A heading or a list item: short and without a sentence's end, it belongs with its neighbours. */
function isFragment(line: Line): boolean {
  return line.text.length < 90 && !/[.!?”"]$/.test(line.text);
}

/**
 * Paragraph-sized passages with their offsets in the document. Headings join the paragraph they
 * introduce and list items join the line that announces them ("…including:"), so a passage
 * reads on its own.
 */
export function splitPassages(documentId: string, text: string): Passage[] {
  const passages: Passage[] = [];
  let open: { start: number; end: number; listing: boolean; fragment: boolean } | undefined;
  const close = (): void => {
    if (open === undefined) return;
    passages.push({
      id: `${documentId}#${passages.length + 1}`,
      document: documentId,
      start: open.start,
      end: open.end,
      text: text.slice(open.start, open.end),
    });
    open = undefined;
  };
  for (const line of linesOf(text)) {
    const fragment = isFragment(line);
    const joins =
      open !== undefined &&
      line.end - open.start <= MAX_PASSAGE &&
      (open.fragment || (open.listing && (fragment || /^[•\-*]/.test(line.text))));
    if (joins && open !== undefined) {
      open.end = line.end;
      open.listing = open.listing || line.text.endsWith(':');
      open.fragment = fragment && !open.listing;
    } else {
      close();
      open = { start: line.start, end: line.end, listing: line.text.endsWith(':'), fragment };
    }
  }
  close();
  return passages;
}
