import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global set-up: the whole run gets one temporary folder of its own as TMPDIR, which
 * every test file, every process a test starts and everything they write with `os.tmpdir()`
 * inherits (the console's attachment folders, caches, ingested files), and which is removed
 * when the run ends, so a run leaves nothing behind in the system's temporary directory.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'balkan-ops-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
