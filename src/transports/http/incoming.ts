import { ApplicationCommandType, ComponentType, InteractionType } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Incoming, InteractionMeta } from '../../interactions/incoming.ts';

const snowflake = z.string().regex(/^\d{1,20}$/);
// Discord's interaction tokens are URL-safe; anything else is refused before it nears a URL.
const interactionToken = z.string().regex(/^[A-Za-z0-9._-]{1,500}$/);

const option = z.object({
  name: z.string().max(100),
  value: z.unknown().optional(),
  focused: z.boolean().optional(),
});

const user = z.object({ id: snowflake });

const base = z.object({
  id: snowflake,
  application_id: snowflake,
  token: interactionToken,
  guild_id: snowflake.optional(),
  member: z.object({ user }).optional(),
  user: user.optional(),
  locale: z.string().max(20).optional(),
});

const commandData = z.object({
  name: z.string().max(100),
  type: z.literal(ApplicationCommandType.ChatInput),
  options: z.array(option).max(25).optional(),
});

const messageCommandData = z.object({
  name: z.string().max(100),
  type: z.literal(ApplicationCommandType.Message),
  target_id: snowflake,
  resolved: z.object({
    messages: z.record(snowflake, z.object({ content: z.string().max(4000) })),
  }),
});

const interaction = z.discriminatedUnion('type', [
  z.object({ type: z.literal(InteractionType.Ping) }),
  base.extend({
    type: z.literal(InteractionType.ApplicationCommand),
    data: z.discriminatedUnion('type', [commandData, messageCommandData]),
  }),
  base.extend({
    type: z.literal(InteractionType.ApplicationCommandAutocomplete),
    data: commandData,
  }),
  base.extend({
    type: z.literal(InteractionType.MessageComponent),
    data: z.object({
      custom_id: z.string().max(100),
      component_type: z.literal(ComponentType.Button),
    }),
  }),
]);

function metaOf(body: z.infer<typeof base>): InteractionMeta {
  return {
    id: body.id,
    guildId: body.guild_id,
    userId: body.member?.user.id ?? body.user?.id,
    locale: body.locale,
  };
}

/**
 * A signed interaction body as the dispatcher takes it, validated at the edge: undefined for
 * anything malformed or of a kind this bot does not answer (the endpoint answers 400).
 */
export function incomingOf(body: unknown): Incoming | undefined {
  const parsed = interaction.safeParse(body);
  if (!parsed.success) return undefined;
  const value = parsed.data;
  switch (value.type) {
    case InteractionType.Ping:
      return { kind: 'ping' };
    case InteractionType.ApplicationCommand: {
      const { data } = value;
      if (data.type === ApplicationCommandType.Message) {
        const target = data.resolved.messages[data.target_id];
        if (target === undefined) return undefined;
        return {
          kind: 'message-command',
          name: data.name,
          content: target.content,
          meta: metaOf(value),
        };
      }
      return {
        kind: 'command',
        name: data.name,
        options: data.options ?? [],
        meta: metaOf(value),
      };
    }
    case InteractionType.ApplicationCommandAutocomplete:
      return {
        kind: 'autocomplete',
        name: value.data.name,
        options: value.data.options ?? [],
        meta: metaOf(value),
      };
    case InteractionType.MessageComponent:
      return { kind: 'button', customId: value.data.custom_id, meta: metaOf(value) };
  }
}

/** The interaction webhook's application id and token, checked to be safe in a URL path. */
export function webhookOf(body: unknown): { applicationId: string; token: string } | undefined {
  const parsed = base.pick({ application_id: true, token: true }).safeParse(body);
  return parsed.success
    ? { applicationId: parsed.data.application_id, token: parsed.data.token }
    : undefined;
}
