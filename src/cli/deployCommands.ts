import { REST } from '@discordjs/rest';
import { Routes, type RESTGetCurrentApplicationResult } from 'discord-api-types/v10';
import { COMMANDS, MESSAGE_COMMANDS } from '../commands/index.ts';
import { ConfigError, loadDeployConfig } from '../config.ts';
import { commandIdsOf } from '../interactions/commandIds.ts';
import { commandDefinition, messageCommandDefinition } from '../interactions/definition.ts';
import { commandMention } from '../render/commandMention.ts';

// `npm run deploy-commands [-- --guild ID]`: one bulk overwrite of every command; global by
// default, or one server's for development (guild commands update at once, global ones can take
// up to an hour to appear).
async function deploy(): Promise<void> {
  const config = loadDeployConfig();
  const args = process.argv.slice(2);
  const guildAt = args.indexOf('--guild');
  const guildId = guildAt >= 0 ? args[guildAt + 1] : undefined;
  if (guildAt >= 0 && (guildId === undefined || !/^\d{17,20}$/.test(guildId))) {
    throw new ConfigError('--guild needs a server id (17–20 digits)');
  }
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const applicationId =
    config.applicationId ??
    ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
  const route =
    guildId === undefined
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, guildId);
  const body = [
    ...COMMANDS.map(commandDefinition),
    ...MESSAGE_COMMANDS.map(messageCommandDefinition),
  ];
  // Discord answers with the commands as saved, ids included: what a message mentions to link them.
  const ids = commandIdsOf(await rest.put(route, { body }));
  const where = guildId === undefined ? 'globally' : `to server ${guildId}`;
  const names = body.map((c) => (ids.has(c.name) ? commandMention(c.name, ids) : `/${c.name}`));
  process.stdout.write(`Deployed ${body.length} commands ${where}: ${names.join(' ')}\n`);
}

deploy().catch((error: unknown) => {
  process.stderr.write(
    `deploy-commands failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
