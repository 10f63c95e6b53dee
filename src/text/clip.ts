/** `text.slice(0, end)`, one code unit shorter when the cut would split a surrogate pair. */
export function sliceWhole(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/** Text cut to at most `max` code units with an ellipsis, never leaving half an emoji. */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${sliceWhole(text, max - 1)}…`;
}
