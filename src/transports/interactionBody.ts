import { ApplicationCommandType, ComponentType, InteractionType } from 'discord-api-types/v10';
import { z } from 'zod';

/** One command option as Discord sends it; subcommands nest their options (at most two levels). */
export interface InteractionOption {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  focused?: boolean | undefined;
  options?: InteractionOption[] | undefined;
}

const optionSchema: z.ZodType<InteractionOption> = z.object({
  name: z.string().max(32),
  type: z.number().int(),
  value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
  get options() {
    return z.array(optionSchema).max(25).optional();
  },
});

// Only slash commands and buttons are registered: other command and component types are 400s.
const commandData = z.object({
  name: z.string().min(1).max(32),
  type: z.literal(ApplicationCommandType.ChatInput),
  options: z.array(optionSchema).max(25).optional(),
});

/**
 * The fields of a signed interaction the endpoint reads, checked before use: a body that fails
 * is a 400, never an exception deeper in. Unread fields pass through unchecked.
 */
export const interactionBodySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(InteractionType.Ping) }),
  z.object({
    type: z.literal(InteractionType.ApplicationCommand),
    id: z.string(),
    application_id: z.string(),
    token: z.string(),
    data: commandData,
  }),
  z.object({
    type: z.literal(InteractionType.MessageComponent),
    data: z.object({
      custom_id: z.string().max(100),
      component_type: z.literal(ComponentType.Button),
    }),
  }),
  z.object({
    type: z.literal(InteractionType.ApplicationCommandAutocomplete),
    data: commandData,
  }),
]);

export type InteractionBody = z.infer<typeof interactionBodySchema>;
