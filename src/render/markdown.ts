/** Shows user text literally: Markdown is escaped and mentions cannot form (`@\u200beveryone`). */
export function escapeUserText(text: string, max = 100): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const clipped = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return escapeMarkdown(clipped).replace(/@/g, '@\u200b');
}

/** Escapes Markdown in source text so it shows as written (quotes keep their own characters). */
export function escapeMarkdown(text: string): string {
  return text.replace(
    /([\\*_`~|>[\]#-])/g,
    (match, _char: string, offset: number, whole: string) => {
      // Only escape "-" and "#" and ">" where Markdown would read them (start of a line).
      if (match === '-' || match === '#' || match === '>') {
        const lineStart = offset === 0 || whole.charAt(offset - 1) === '\n';
        return lineStart ? `\\${match}` : match;
      }
      return `\\${match}`;
    },
  );
}
