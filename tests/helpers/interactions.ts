import {
  ApplicationCommandOptionType,
  type APIApplicationCommandInteractionDataOption,
} from 'discord-api-types/v10';

export type RawInteraction = Record<string, unknown> & { id: string; token: string };

// Raw interaction payloads, as Discord sends them over the gateway or to the HTTP endpoint.
export const APP_ID = '100000000000000001';
export const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
export const USER = {
  id: '500000000000000005',
  username: 'researcher',
  discriminator: '0',
  global_name: 'Researcher',
  avatar: null,
};
export const BOT_USER = {
  id: APP_ID,
  username: 'Balkan Ops',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

let counter = 0;
function nextId(): string {
  counter += 1;
  return (600000000000000000n + BigInt(counter)).toString();
}

function base(type: number): RawInteraction {
  const id = nextId();
  return {
    id,
    application_id: APP_ID,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'research' },
    member: {
      user: USER,
      roles: [],
      permissions: '2248473465835073',
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 10485760,
  };
}

export function chatInput(name: string, options: Record<string, string> = {}): RawInteraction {
  const list: APIApplicationCommandInteractionDataOption[] = Object.entries(options).map(
    ([optionName, value]) => ({
      name: optionName,
      type: ApplicationCommandOptionType.String,
      value,
    }),
  );
  return { ...base(2), data: { id: '700000000000000007', name, type: 1, options: list } };
}

export function autocomplete(name: string, option: string, value: string): RawInteraction {
  return {
    ...base(4),
    data: {
      id: '700000000000000007',
      name,
      type: 1,
      options: [{ name: option, type: ApplicationCommandOptionType.String, value, focused: true }],
    },
  };
}

/** A message command ("Check figures") used on a user's message: its content comes resolved. */
export function messageCommand(name: string, content: string): RawInteraction {
  const targetId = nextId();
  return {
    ...base(2),
    data: {
      id: '700000000000000008',
      name,
      type: 3,
      target_id: targetId,
      resolved: {
        messages: { [targetId]: { ...rawMessage(targetId, { content }), author: USER } },
      },
    },
  };
}

export function buttonPress(customId: string): RawInteraction {
  return {
    ...base(3),
    message: rawMessage('400000000000000001', {}),
    data: { custom_id: customId, component_type: 2 },
  };
}

/** A message as Discord sends it (the one a button sits on, or one a webhook call returns). */
export function rawMessage(
  id: string,
  data: { content?: unknown; embeds?: unknown; components?: unknown; flags?: unknown },
): Record<string, unknown> {
  return {
    id,
    channel_id: CHANNEL_ID,
    author: BOT_USER,
    content: data.content ?? '',
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    pinned: false,
    type: 0,
    flags: data.flags ?? 0,
  };
}
