import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.ts';
import { CommandIds, commandIdsOf } from '../src/interactions/commandIds.ts';
import { learnCommandIds } from '../src/interactions/fetchCommandIds.ts';
import { silentLogger } from '../src/log.ts';
import { commandReply, realDispatcher } from './helpers/corpus.ts';
import { deployedCommands, DiscordStandIn } from './helpers/discordStandIn.ts';
import { APP_ID } from './helpers/interactions.ts';

function helpText(reply: ReturnType<typeof commandReply>): string {
  return (reply.answer.card?.fields ?? []).map((f) => `${f.name}\n${f.value}`).join('\n');
}

describe('command ids and /help links', () => {
  let standIn: DiscordStandIn;
  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
  });
  afterAll(async () => {
    await standIn.close();
  });

  it('learns every slash command id from Discord at start, asking for the application first', async () => {
    const registry = new CommandIds();
    await learnCommandIds(registry, { apiUrl: standIn.apiUrl, token: 'a-token' }, silentLogger());
    const expected = deployedCommands().filter((c) => c.type === 1);
    expect(registry.current.size).toBe(expected.length);
    for (const command of expected) expect(registry.current.get(command.name)).toBe(command.id);
    const paths = standIn.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain('GET /applications/@me');
    expect(paths).toContain(`GET /applications/${APP_ID}/commands`);
  });

  it('keeps plain names when Discord refuses, without throwing', async () => {
    standIn.respond((request) =>
      request.path.endsWith('/commands')
        ? { status: 401, body: { message: '401: Unauthorized', code: 0 } }
        : undefined,
    );
    const registry = new CommandIds();
    await learnCommandIds(
      registry,
      { apiUrl: standIn.apiUrl, token: 'bad', applicationId: APP_ID },
      silentLogger(),
    );
    expect(registry.current.size).toBe(0);
  });

  it('reads only slash commands out of a command list, and nothing out of anything else', () => {
    const ids = commandIdsOf(deployedCommands());
    expect([...ids.keys()].sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    expect(commandIdsOf({ message: 'not a list' }).size).toBe(0);
    expect(commandIdsOf([{ id: 'x', name: 'help' }]).size).toBe(0);
  });

  it('links every command in /help once the ids are known, and writes /name before', () => {
    const dispatcher = realDispatcher();
    const before = helpText(commandReply(dispatcher, 'help'));
    expect(before).not.toContain('</');
    for (const command of COMMANDS) expect(before).toContain(`/${command.name}`);

    dispatcher.commandIds.replace(commandIdsOf(deployedCommands()));
    const after = helpText(commandReply(dispatcher, 'help'));
    for (const command of deployedCommands().filter((c) => c.type === 1)) {
      expect(after).toContain(`</${command.name}:${command.id}>`);
    }
  });
});
