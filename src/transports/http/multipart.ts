import type { Attachment } from '../../render/answer.ts';

/** A request or response body ready to send, with the content type that describes it. */
export interface EncodedBody {
  contentType: string;
  body: Buffer;
}

export function jsonBody(payload: unknown): EncodedBody {
  return { contentType: 'application/json', body: Buffer.from(JSON.stringify(payload), 'utf8') };
}

/**
 * Discord's "Uploading Files" encoding: `multipart/form-data` with the JSON in `payload_json`
 * and file n in `files[n]` (matching the payload's `attachments[n].id`); plain JSON when there
 * are no files.
 */
export async function messageBody(
  payload: unknown,
  files: readonly Attachment[],
): Promise<EncodedBody> {
  if (files.length === 0) return jsonBody(payload);
  const form = new FormData();
  form.append('payload_json', JSON.stringify(payload));
  files.forEach((file, n) => {
    form.append(
      `files[${n}]`,
      new Blob([new Uint8Array(file.data)], { type: file.contentType }),
      file.name,
    );
  });
  // Response serialises the form with a fresh boundary and says so in its content type.
  const encoded = new Response(form);
  return {
    contentType: encoded.headers.get('content-type') ?? 'multipart/form-data',
    body: Buffer.from(await encoded.arrayBuffer()),
  };
}
