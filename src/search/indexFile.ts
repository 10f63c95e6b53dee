import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { z } from 'zod';

// A saved index: a magic line, a JSON header naming each section with its offset, length and
// CRC-32, then the sections' bytes, each 8-byte aligned so typed arrays can view them in place.
const MAGIC = Buffer.from('BALKAN-OPS-INDEX/1\n');
const ALIGN = 8;

const headerSchema = z.object({
  key: z.string(),
  sections: z.array(
    z.object({
      name: z.string(),
      offset: z.number().int().nonnegative(),
      length: z.number().int().nonnegative(),
      crc: z.number().int().nonnegative(),
    }),
  ),
});

/** The saved index is unusable (truncated, damaged, another format, another corpus). */
export class IndexFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexFileError';
  }
}

function bytesOf(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** Writes the sections to `path` (through a temporary file, so a reader never sees half). */
export function writeIndexFile(
  path: string,
  key: string,
  sections: ReadonlyMap<string, ArrayBufferView>,
): void {
  const entries = [...sections].map(([name, view]) => ({ name, bytes: bytesOf(view) }));
  // The header's size decides where the sections start: lay them out relative to zero first.
  let at = 0;
  const layout = entries.map(({ name, bytes }) => {
    const offset = at;
    at += Math.ceil(bytes.length / ALIGN) * ALIGN;
    return { name, offset, length: bytes.length, crc: crc32(bytes) };
  });
  const headerText = (base: number): Buffer =>
    Buffer.from(
      `${JSON.stringify({ key, sections: layout.map((s) => ({ ...s, offset: s.offset + base })) })}\n`,
    );
  // The header grows with the offsets it holds: settle on a base that leaves room for it.
  let base = Math.ceil((MAGIC.length + headerText(0).length + 64) / ALIGN) * ALIGN;
  while (MAGIC.length + headerText(base).length > base) base += 64;
  const header = headerText(base);
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    const write = (bytes: Uint8Array, position: number): void => {
      let done = 0;
      while (done < bytes.length)
        done += writeSync(fd, bytes, done, bytes.length - done, position + done);
    };
    write(MAGIC, 0);
    write(header, MAGIC.length);
    entries.forEach(({ bytes }, i) => write(bytes, base + (layout[i]?.offset ?? 0)));
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/**
 * Reads a saved index and checks it: the magic, the header, that it was saved for `key`, and
 * every section's length and CRC-32. Returns each section's bytes (views into one buffer).
 */
export function readIndexFile(path: string, key: string): Map<string, Buffer> {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch (error) {
    throw new IndexFileError(`cannot read ${path}: ${String(error)}`);
  }
  // Typed arrays need aligned offsets: a pooled small buffer may start mid-way.
  if (file.byteOffset % ALIGN !== 0) file = Buffer.from(file);
  if (!file.subarray(0, MAGIC.length).equals(MAGIC)) throw new IndexFileError('not an index file');
  const end = file.indexOf(10, MAGIC.length);
  if (end < 0) throw new IndexFileError('the header is cut off');
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(file.toString('utf8', MAGIC.length, end)));
  } catch {
    throw new IndexFileError('the header is damaged');
  }
  if (header.key !== key) throw new IndexFileError('the index was saved for another corpus');
  const sections = new Map<string, Buffer>();
  for (const { name, offset, length, crc } of header.sections) {
    if (offset % ALIGN !== 0 || offset + length > file.length)
      throw new IndexFileError(`section ${name} lies outside the file`);
    const bytes = file.subarray(offset, offset + length);
    if (crc32(bytes) !== crc) throw new IndexFileError(`section ${name} is damaged`);
    sections.set(name, bytes);
  }
  return sections;
}
