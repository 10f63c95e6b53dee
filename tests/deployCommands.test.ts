import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, MESSAGE_COMMANDS } from '../src/commands/index.ts';
import { commandDefinition, messageCommandDefinition } from '../src/interactions/definition.ts';
import { deployedCommands, DiscordStandIn } from './helpers/discordStandIn.ts';
import { APP_ID, GUILD_ID } from './helpers/interactions.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TOKEN = 'deploy-test-token';

function deploy(standIn: DiscordStandIn, args: string[], extraEnv: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn('npm', ['run', '--silent', 'deploy-commands', '--', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: standIn.apiUrl,
        DISCORD_APPLICATION_ID: '',
        ...extraEnv,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

interface CommandJson {
  name: string;
  type?: number;
  required?: boolean;
  integration_types?: number[];
  contexts?: number[];
  description: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: (CommandJson & {
    type: number;
    choices?: { name: string; name_localizations?: Record<string, string> }[];
  })[];
}

const NAME = /^[-_\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe('deploy-commands against the recorder', () => {
  let standIn: DiscordStandIn;
  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
  });
  afterAll(async () => {
    await standIn.close();
  });

  it('puts every command globally in one bulk overwrite, valid and localised in Dutch', async () => {
    const run = await deploy(standIn, []);
    expect(run.code).toBe(0);
    const total = COMMANDS.length + MESSAGE_COMMANDS.length;
    expect(run.stdout).toContain(`Deployed ${total} commands globally`);
    // Discord's answer carries the ids: the output mentions each slash command clickably.
    for (const command of deployedCommands().filter((c) => c.type === 1)) {
      expect(run.stdout).toContain(`</${command.name}:${command.id}>`);
    }
    const puts = standIn.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    const put = puts[0];
    expect(put?.path).toBe(`/applications/${APP_ID}/commands`);
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
    const all = put?.body as CommandJson[];
    expect(all.map((c) => c.name)).toEqual([
      ...COMMANDS.map((c) => c.name),
      ...MESSAGE_COMMANDS.map((c) => c.name),
    ]);
    expect(all).toEqual(
      JSON.parse(
        JSON.stringify([
          ...COMMANDS.map(commandDefinition),
          ...MESSAGE_COMMANDS.map(messageCommandDefinition),
        ]),
      ),
    );
    for (const command of all) {
      // Installable on a server and on a user's account; usable in servers, the bot's DMs and
      // private channels.
      expect(command.integration_types).toEqual([0, 1]);
      expect(command.contexts).toEqual([0, 1, 2]);
    }
    const messageCommands = all.filter((c) => c.type === 3);
    expect(messageCommands).toHaveLength(MESSAGE_COMMANDS.length);
    for (const command of messageCommands) {
      expect(command.name_localizations?.nl).toBeTruthy();
      expect(command.name_localizations?.hr).toBeTruthy();
    }
    const body = all.filter((c) => c.type !== 3);
    for (const command of body) {
      const privacy = command.options?.find((o) => o.name === 'private');
      expect(privacy).toMatchObject({ type: 5, required: false });
      expect(command.name).toMatch(NAME);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.description_localizations?.nl?.length).toBeGreaterThan(0);
      expect(command.description_localizations?.nl?.length).toBeLessThanOrEqual(100);
      // Croatian too: Discord offers `hr`, which also serves Serbian and Bosnian readers.
      expect(command.description_localizations?.hr?.length).toBeGreaterThan(0);
      expect(command.description_localizations?.hr?.length).toBeLessThanOrEqual(100);
      for (const option of command.options ?? []) {
        expect(option.name).toMatch(NAME);
        expect(option.name_localizations?.nl).toMatch(NAME);
        expect(option.name_localizations?.hr).toMatch(NAME);
        expect(option.description_localizations?.nl?.length).toBeGreaterThan(0);
        for (const choice of option.choices ?? [])
          expect(choice.name_localizations?.nl?.length).toBeGreaterThan(0);
      }
    }
  });

  it('hits the guild route with --guild', async () => {
    const run = await deploy(standIn, ['--guild', GUILD_ID], { DISCORD_APPLICATION_ID: APP_ID });
    expect(run.code).toBe(0);
    expect(
      standIn.requests.some(
        (r) =>
          r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
      ),
    ).toBe(true);
  });

  it('refuses a malformed --guild without calling Discord', async () => {
    const before = standIn.requests.length;
    const run = await deploy(standIn, ['--guild', 'abc']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--guild needs a server id');
    expect(standIn.requests.length).toBe(before);
  });
});
