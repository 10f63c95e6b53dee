/**
 * A command as Discord shows it clickable, `</name:id>`, once its id is known; plain `/name`
 * before (the console, or no token to ask Discord with).
 */
export function commandMention(name: string, ids: ReadonlyMap<string, string>): string {
  const id = ids.get(name);
  return id === undefined ? `/${name}` : `</${name}:${id}>`;
}
