import { z } from 'zod';

const CHAT_INPUT = 1;

const commandList = z.array(
  z.object({
    id: z.string().regex(/^\d{17,20}$/),
    name: z.string(),
    type: z.number().int().optional(),
  }),
);

/**
 * Slash-command names and ids from Discord's list of an application's commands (the answer to
 * `GET` or `PUT /applications/{id}/commands`). Message commands cannot be mentioned: left out.
 * Anything else than such a list gives none, so a link is never built from a guess.
 */
export function commandIdsOf(body: unknown): Map<string, string> {
  const parsed = commandList.safeParse(body);
  if (!parsed.success) return new Map();
  return new Map(
    parsed.data
      .filter((command) => (command.type ?? CHAT_INPUT) === CHAT_INPUT)
      .map((command) => [command.name, command.id]),
  );
}

/**
 * The ids Discord gave the deployed commands, by name, so answers can mention them as clickable
 * `</name:id>`. Empty until learned (the console, or HTTP without a token): answers then write
 * plain `/name`.
 */
export class CommandIds {
  private ids: ReadonlyMap<string, string> = new Map();
  /** How many times the ids were learned: replies that link commands are keyed by it. */
  private learned = 0;

  get current(): ReadonlyMap<string, string> {
    return this.ids;
  }

  get version(): number {
    return this.learned;
  }

  replace(ids: ReadonlyMap<string, string>): void {
    this.ids = new Map(ids);
    this.learned += 1;
  }
}
