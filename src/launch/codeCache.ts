import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

// V8's code cache for the production bundle: the bytecode of every function the last start
// compiled, so the next start neither parses the bundle nor compiles those functions again.
// Node 20 caches nothing by itself (module.enableCompileCache is Node 22.1+, and caches only
// what is compiled at load, not the functions compiled while the bot starts), so the CommonJS
// bundle is compiled here through vm.Script with the cached data.
//
// The file: MAGIC, the SHA-256 of the bundle it was made from, the CRC-32 of the data, the data.
// V8 checks only the source's length, its own version and flags: the hash keeps a rebuilt
// bundle of the same length from running old bytecode, the CRC a damaged file from reaching V8.

const MAGIC = Buffer.from('BOPS-V8CACHE-1\n');
const HASH_BYTES = 32;
const HEADER_BYTES = MAGIC.length + HASH_BYTES + 4;

/** What became of the saved cache: used, or why not (then a fresh one is saved once started). */
export type CodeCacheOutcome = 'used' | 'missing' | 'stale' | 'damaged' | 'rejected';

export interface LoadedBundle {
  /** The bundle's `module.exports`. */
  exports: unknown;
  outcome: CodeCacheOutcome;
  /**
   * Writes the cache from everything compiled so far (call it once the process has started, so
   * the functions start-up needs are in it); nothing when the saved one was used. A folder that
   * cannot be written leaves the bot without a cache, never without a start.
   */
  save(): void;
}

type Header = { outcome: 'missing' | 'stale' | 'damaged' } | { outcome: 'found'; data: Buffer };

function readSaved(cachePath: string, sourceHash: Buffer): Header {
  let file: Buffer;
  try {
    file = readFileSync(cachePath);
  } catch {
    return { outcome: 'missing' };
  }
  if (file.length <= HEADER_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { outcome: 'damaged' };
  }
  const hash = file.subarray(MAGIC.length, MAGIC.length + HASH_BYTES);
  if (!hash.equals(sourceHash)) return { outcome: 'stale' };
  const data = file.subarray(HEADER_BYTES);
  if (crc32(data) !== file.readUInt32BE(MAGIC.length + HASH_BYTES)) return { outcome: 'damaged' };
  return { outcome: 'found', data };
}

function writeSaved(cachePath: string, sourceHash: Buffer, data: Buffer): void {
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data));
  const temporary = `${cachePath}.${String(process.pid)}.tmp`;
  try {
    mkdirSync(dirname(cachePath), { recursive: true });
    // Renamed into place, so a start running at the same moment never reads half a file.
    writeFileSync(temporary, Buffer.concat([MAGIC, sourceHash, crc, data]));
    renameSync(temporary, cachePath);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder itself could not be made: nothing was written.
    }
  }
}

/**
 * Runs a CommonJS bundle as Node would (`require`, `module`, `__filename` of the bundle), with
 * its code cache read from `cachePath` when it matches the bundle.
 */
export function loadBundle(bundlePath: string, cachePath: string): LoadedBundle {
  const bytes = readFileSync(bundlePath);
  const sourceHash = createHash('sha256').update(bytes).digest();
  const saved = readSaved(cachePath, sourceHash);
  // Node's own CommonJS wrapper, so the bundle sees what it would see if required.
  const source = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
  const script = new Script(source, {
    filename: bundlePath,
    ...(saved.outcome === 'found' ? { cachedData: saved.data } : {}),
  });
  const outcome: CodeCacheOutcome =
    saved.outcome !== 'found'
      ? saved.outcome
      : script.cachedDataRejected === true
        ? 'rejected'
        : 'used';

  const module = { exports: {} as unknown };
  const run: unknown = script.runInThisContext();
  if (typeof run !== 'function') throw new Error(`${bundlePath} did not compile to a function`);
  run.call(
    module.exports,
    module.exports,
    createRequire(bundlePath),
    module,
    bundlePath,
    dirname(bundlePath),
  );

  let saveDone = outcome === 'used';
  return {
    get exports() {
      return module.exports;
    },
    outcome,
    save() {
      if (saveDone) return;
      saveDone = true;
      writeSaved(cachePath, sourceHash, script.createCachedData());
    },
  };
}
