import { randomBytes } from 'node:crypto';
import type { Attachment } from '../../render/answer.ts';

/** A request or response body ready to send, with the content type that describes it. */
export interface EncodedBody {
  contentType: string;
  body: Buffer;
}

export function jsonBody(payload: unknown): EncodedBody {
  return { contentType: 'application/json', body: Buffer.from(JSON.stringify(payload), 'utf8') };
}

const PROCESS_RANDOM = randomBytes(12).toString('hex');
let bodies = 0;

/** A quoted header parameter, escaped as browsers and undici's FormData do. */
function quoted(value: string): string {
  return `"${value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22')}"`;
}

/**
 * Discord's "Uploading Files" encoding: `multipart/form-data` with the JSON in `payload_json`
 * and file n in `files[n]` (matching the payload's `attachments[n].id`); plain JSON when there
 * are no files. Written straight into one Buffer: FormData serialised through a Response cost
 * most of an answer's CPU when it carries a picture. The boundary is 24 random hex digits drawn
 * once per process and a counter: as unlikely to occur in a part as FormData's own, without a
 * call into the random source per answer.
 */
export function messageBody(payload: unknown, files: readonly Attachment[]): EncodedBody {
  if (files.length === 0) return jsonBody(payload);
  bodies += 1;
  const boundary = `----balkan-ops-${PROCESS_RANDOM}-${bodies.toString(36)}`;
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="payload_json"\r\n\r\n${JSON.stringify(payload)}\r\n`,
      'utf8',
    ),
  ];
  files.forEach((file, n) => {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files[${n}]"; filename=${quoted(file.name)}\r\n` +
          `Content-Type: ${file.contentType}\r\n\r\n`,
        'utf8',
      ),
      file.data,
      Buffer.from('\r\n', 'utf8'),
    );
  });
  parts.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(parts) };
}
