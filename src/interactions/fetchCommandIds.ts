import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Logger } from '../log.ts';
import { commandIdsOf, type CommandIds } from './commandIds.ts';

export interface CommandIdSource {
  /** Discord's REST base, e.g. https://discord.com/api. */
  apiUrl: string;
  token: string;
  /** Asked of Discord (`GET /applications/@me`) when not configured. */
  applicationId?: string;
}

const application = z.object({ id: z.string() });

/** The global slash commands' ids, by name, as Discord lists them (`GET …/commands`). */
export async function fetchCommandIds(source: CommandIdSource): Promise<Map<string, string>> {
  const rest = new REST({ api: source.apiUrl, retries: 1 }).setToken(source.token);
  const id =
    source.applicationId ?? application.parse(await rest.get(Routes.currentApplication())).id;
  return commandIdsOf(await rest.get(Routes.applicationCommands(id)));
}

/**
 * Learns the command ids at start, beside everything else: answers go out with plain `/name`
 * until it is done, and a failure is logged, never fatal.
 */
export async function learnCommandIds(
  registry: CommandIds,
  source: CommandIdSource,
  logger: Logger,
): Promise<void> {
  try {
    const ids = await fetchCommandIds(source);
    registry.replace(ids);
    logger.debug({ commands: ids.size }, 'command ids learned');
  } catch (error) {
    logger.warn({ err: error }, 'command ids not learned: /help writes plain /name');
  }
}
