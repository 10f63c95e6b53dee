import type { APIEmbed } from 'discord-api-types/v10';
import type { MessagePayload } from './reply.ts';

function embedText(embed: APIEmbed): string {
  const parts: string[] = [];
  if (embed.title !== undefined) parts.push(`== ${embed.title} ==`);
  if (embed.url !== undefined) parts.push(embed.url);
  if (embed.description !== undefined) parts.push('', embed.description);
  for (const field of embed.fields ?? []) parts.push('', `-- ${field.name} --`, field.value);
  if (embed.footer !== undefined) parts.push('', `(${embed.footer.text})`);
  return parts.join('\n');
}

/** The message as a terminal shows it: content, embeds, then the buttons it offers. */
export function payloadToText(payload: MessagePayload): string {
  const parts: string[] = [];
  if (payload.content !== undefined && payload.content !== '') parts.push(payload.content);
  for (const embed of payload.embeds ?? []) parts.push(embedText(embed));
  const labels = (payload.components ?? []).flatMap((row) =>
    'components' in row ? row.components.flatMap((c) => ('label' in c ? [c.label] : [])) : [],
  );
  if (labels.length > 0) parts.push(`[buttons: ${labels.join(' | ')}]`);
  return parts.join('\n\n');
}
