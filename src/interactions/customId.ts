import { LIMITS } from '../render/limits.ts';
import type { ViewState } from '../render/answer.ts';

const PREFIX = 'bo';

/** A button's state lives in its custom_id, so it keeps working after a restart. */
export function encodeCustomId(state: ViewState, page: number): string {
  const id = [PREFIX, state.command, state.view, String(page), state.key].join('|');
  if (id.length > LIMITS.customId)
    throw new Error(`custom_id over ${LIMITS.customId} characters: ${id}`);
  return id;
}

export function decodeCustomId(customId: string): { state: ViewState; page: number } | undefined {
  const [prefix, command, view, page, ...key] = customId.split('|');
  if (prefix !== PREFIX || command === undefined || view === undefined || page === undefined)
    return undefined;
  const n = Number(page);
  if (!Number.isInteger(n) || n < 0 || n > 1000 || key.length === 0) return undefined;
  return { state: { command, view, key: key.join('|') }, page: n };
}
