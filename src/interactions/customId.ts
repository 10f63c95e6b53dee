import { LIMITS } from '../render/limits.ts';
import type { ViewState } from '../render/answer.ts';
import type { Routing } from '../render/reply.ts';

const PREFIX = 'bo';

/** A button's state lives in its custom_id, so it keeps working after a restart. */
export function encodeCustomId(state: ViewState, page: number): string {
  const id = [PREFIX, state.command, state.view, String(page), state.key].join('|');
  if (id.length > LIMITS.customId)
    throw new Error(`custom_id over ${LIMITS.customId} characters: ${id}`);
  return id;
}

/** A select menu's custom_id has no key: the option picked is the key. */
export function encodePickId(view: Omit<ViewState, 'key'>): string {
  return encodeCustomId({ ...view, key: PICKED }, 0);
}

const PICKED = '*';

export function decodeCustomId(
  customId: string,
  picked?: string,
): { state: ViewState; page: number } | undefined {
  const [prefix, command, view, page, ...rest] = customId.split('|');
  const key = rest.join('|') === PICKED && picked !== undefined ? [picked] : rest;
  if (prefix !== PREFIX || command === undefined || view === undefined || page === undefined)
    return undefined;
  const n = Number(page);
  if (!Number.isInteger(n) || n < 0 || n > 1000 || key.length === 0 || key[0] === PICKED)
    return undefined;
  return { state: { command, view, key: key.join('|') }, page: n };
}

/** What the reply helper uses to route buttons and select menus back to their views. */
export const ROUTING: Routing = { button: encodeCustomId, pick: encodePickId };
