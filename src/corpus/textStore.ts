import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/** How many decoded documents stay in memory: the few a query and its reply read again. */
const DECODED = 128;
/**
 * A store up to this size is read into one buffer (outside the V8 heap): a query then decodes
 * without a system call. A larger one is read a document at a time, so its size never counts
 * against the process's memory.
 */
const IN_MEMORY_UP_TO = 256 * 1024 * 1024;

/** Where one document's text sits in a store file: UTF-8 bytes [offset, offset + length). */
export interface TextSpan {
  offset: number;
  length: number;
}

/**
 * Documents' text kept in a file, off the V8 heap: a document is read (one positional read) and
 * decoded only when something needs it — the passages a query shows, the quotes being checked.
 * A million passages' text (~560 MB) then costs neither heap nor start-up time, and one "€" no
 * longer makes a whole document a two-byte string on the heap.
 */
export class TextStore {
  private readonly fd: number;
  private readonly bytes: Buffer | undefined;
  private readonly decoded = new Map<number, string>();

  constructor(
    readonly path: string,
    inMemoryUpTo = IN_MEMORY_UP_TO,
  ) {
    this.fd = openSync(path, 'r');
    const size = fstatSync(this.fd).size;
    if (size <= inMemoryUpTo) {
      this.bytes = Buffer.allocUnsafeSlow(size);
      this.fill(this.bytes, 0);
    }
  }

  private fill(into: Buffer, offset: number): void {
    let done = 0;
    while (done < into.length) {
      const got = readSync(this.fd, into, done, into.length - done, offset + done);
      if (got === 0) throw new Error(`${this.path} ends before byte ${offset + into.length}`);
      done += got;
    }
  }

  read({ offset, length }: TextSpan): string {
    const cached = this.decoded.get(offset);
    if (cached !== undefined) {
      // Most recently used last: Map keeps insertion order.
      this.decoded.delete(offset);
      this.decoded.set(offset, cached);
      return cached;
    }
    const text = this.decode(offset, length);
    this.decoded.set(offset, text);
    if (this.decoded.size > DECODED) {
      const oldest = this.decoded.keys().next();
      if (oldest.done !== true) this.decoded.delete(oldest.value);
    }
    return text;
  }

  /** Bytes [offset, offset + length) decoded, uncached: a passage, not a whole document. */
  decode(offset: number, length: number): string {
    if (this.bytes !== undefined) {
      if (offset + length > this.bytes.length)
        throw new Error(`${this.path} ends before byte ${offset + length}`);
      return this.bytes.toString('utf8', offset, offset + length);
    }
    const bytes = Buffer.allocUnsafe(length);
    this.fill(bytes, offset);
    return bytes.toString('utf8');
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Writes gathered in memory up to this size: one system call per few hundred documents. */
const WRITE_BUFFER = 4 * 1024 * 1024;

/** Appends documents' text to a new store file. */
export class TextStoreWriter {
  private readonly fd: number;
  private size = 0;
  private readonly pending = Buffer.allocUnsafeSlow(WRITE_BUFFER);
  private used = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  append(text: string): TextSpan {
    return this.appendBytes(Buffer.from(text, 'utf8'));
  }

  /** Appends text already encoded as UTF-8. */
  appendBytes(bytes: Uint8Array): TextSpan {
    if (this.used + bytes.length > this.pending.length) this.flush();
    if (bytes.length > this.pending.length) this.write(bytes);
    else {
      this.pending.set(bytes, this.used);
      this.used += bytes.length;
    }
    const span = { offset: this.size, length: bytes.length };
    this.size += bytes.length;
    return span;
  }

  private flush(): void {
    this.write(this.pending.subarray(0, this.used));
    this.used = 0;
  }

  private write(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}
