import { closeSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';

/** No corpus file is near this; a bigger one is a mistake (or /dev/zero), not a source. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { text: string } | { problem: string };
/** A file's text with the bytes it was decoded from (a UTF-8 byte order mark dropped). */
export type BytesResult = { text: string; bytes: Buffer } | { problem: string };

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0)) return i;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) return i;
    i += length;
  }
  return -1;
}

function describe(kind: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (kind.isDirectory()) return 'a directory';
  if (kind.isFIFO()) return 'a FIFO (named pipe)';
  if (kind.isSocket()) return 'a socket';
  if (kind.isCharacterDevice() || kind.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The text of a corpus file as UTF-8, or why it cannot be read (an encoding, a size, a kind). */
export function decodeCorpusBytes(bytes: Uint8Array): ReadResult {
  const decoded = decodeCorpusBody(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return 'text' in decoded ? { text: decoded.text } : decoded;
}

function decodeCorpusBody(bytes: Buffer): BytesResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { problem: 'is UTF-16 (little-endian, with a byte order mark); save it as UTF-8' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { problem: 'is UTF-16 (big-endian, with a byte order mark); save it as UTF-8' };
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1)
    return {
      problem: `has a NUL byte at byte offset ${nul}: UTF-16 without a byte order mark, or binary, not UTF-8 text`,
    };
  try {
    // A UTF-8 byte order mark is dropped: it would hide the front matter's first "---".
    return { text: fatalUtf8.decode(body), bytes: body };
  } catch {
    const offset = firstInvalidUtf8(body) + (body === bytes ? 0 : 3);
    const byte = bytes[offset] ?? 0;
    return {
      problem:
        `is not valid UTF-8: byte 0x${byte.toString(16).padStart(2, '0').toUpperCase()} at byte offset ${offset}` +
        ' (Latin-1 or Windows-1252?); save it as UTF-8',
    };
  }
}

/**
 * Reads one corpus file: only a regular file inside the corpus folder (a link may not lead out
 * of it, to /dev/zero say), at most MAX_FILE_BYTES, decoded as UTF-8 (see decodeCorpusBytes).
 */
export function readCorpusText(root: string, path: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  const read = readCorpusBytes(root, path, maxBytes);
  return 'text' in read ? { text: read.text } : read;
}

/** As readCorpusText, with the UTF-8 bytes the text was decoded from (for hashing, storing). */
export function readCorpusBytes(
  root: string,
  path: string,
  maxBytes = MAX_FILE_BYTES,
): BytesResult {
  let real: string;
  try {
    // The native call is one system call; the JS one stats every folder on the way.
    real = realpathSync.native(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
    return { problem: `cannot be read (${code === 'ENOENT' ? 'a broken link' : code})` };
  }
  const inside = relative(realpathSync.native(root), real);
  if (inside.startsWith('..') || isAbsolute(inside))
    return { problem: 'is a link to a file outside the corpus folder' };
  // stat does not open: a FIFO is refused before anything could block on it.
  const kind = statSync(real);
  if (!kind.isFile()) return { problem: `is ${describe(kind)}, not a file` };
  if (kind.size > maxBytes)
    return { problem: `is ${kind.size} bytes, over the ${maxBytes}-byte limit for a corpus file` };
  const fd = openSync(real, 'r');
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.size !== kind.size)
      return { problem: 'changed while being read' };
    // One byte more than expected: a file still growing (or lying about its size) shows it.
    const buffer = Buffer.allocUnsafe(kind.size + 1);
    let size = 0;
    let read = 1;
    while (read > 0 && size < buffer.length) {
      read = readSync(fd, buffer, size, buffer.length - size, null);
      size += read;
    }
    if (size > kind.size) return { problem: 'changed while being read' };
    return decodeCorpusBody(buffer.subarray(0, size));
  } finally {
    closeSync(fd);
  }
}
