import { ApplicationCommandType, ComponentType, InteractionType } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Incoming, InteractionMeta } from '../../interactions/incoming.ts';

const snowflake = z.string().regex(/^\d{1,20}$/);
// Discord's interaction tokens are URL-safe; anything else is refused before it nears a URL.
const interactionToken = z.string().regex(/^[A-Za-z0-9._-]{1,500}$/);

const option = z.object({
  name: z.string().max(32),
  value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
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
  // Bytes of attachments a reply may carry here; 1 KiB to 1 GiB, else the default applies.
  attachment_size_limit: z
    .number()
    .int()
    .min(1024)
    .max(2 ** 30)
    .optional()
    .catch(undefined),
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
    data: z.discriminatedUnion('component_type', [
      z.object({
        custom_id: z.string().max(100),
        component_type: z.literal(ComponentType.Button),
      }),
      z.object({
        custom_id: z.string().max(100),
        component_type: z.literal(ComponentType.StringSelect),
        values: z.array(z.string().max(100)).max(25),
      }),
    ]),
  }),
]);

function metaOf(body: z.infer<typeof base>): InteractionMeta {
  return {
    id: body.id,
    guildId: body.guild_id,
    userId: body.member?.user.id ?? body.user?.id,
    locale: body.locale,
    attachmentSizeLimit: body.attachment_size_limit,
  };
}

export type Parsed = { ok: true; incoming: Incoming } | { ok: false; reason: string };

/** One line saying why a body was refused: the first problem, where it is. */
function describeInvalid(body: unknown, error: z.ZodError): string {
  const type = typeof body === 'object' && body !== null && 'type' in body ? body.type : undefined;
  if (![1, 2, 3, 4].includes(Number(type))) return 'unknown interaction type';
  const issue = error.issues[0];
  const where = issue?.path.map(String).join('.') ?? '';
  return `malformed interaction: ${where === '' ? '' : `${where}: `}${issue?.message ?? 'invalid'}`;
}

/**
 * A signed interaction body as the dispatcher takes it, validated at the edge: anything
 * malformed or of a kind this bot does not answer is refused with its reason (the endpoint
 * answers 400, one log line).
 */
export function incomingOf(body: unknown): Parsed {
  const parsed = interaction.safeParse(body);
  if (!parsed.success) return { ok: false, reason: describeInvalid(body, parsed.error) };
  const incoming = toIncoming(parsed.data);
  return incoming === undefined
    ? { ok: false, reason: 'malformed interaction: data.target_id: no such message' }
    : { ok: true, incoming };
}

function toIncoming(value: z.infer<typeof interaction>): Incoming | undefined {
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
      return {
        kind: 'button',
        customId: value.data.custom_id,
        ...('values' in value.data ? { values: value.data.values } : {}),
        meta: metaOf(value),
      };
  }
}
