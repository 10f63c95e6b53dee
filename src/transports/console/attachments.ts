import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Attachment } from '../../render/answer.ts';

/**
 * Writes a reply's files to a new folder of their own in the system's temporary directory
 * (`balkan-ops-<random>/<name>`), so a terminal user can open what Discord would attach.
 * Returns each file's path, in order.
 */
export function saveAttachments(files: readonly Attachment[]): string[] {
  if (files.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'balkan-ops-'));
  return files.map((file) => {
    const path = join(dir, basename(file.name));
    writeFileSync(path, file.data);
    return path;
  });
}

/** The heading ("Files (1, written to disk):") and one line per file: its path and description. */
export function attachmentsText(
  files: readonly Attachment[],
  paths: readonly string[],
  heading: string,
): string {
  if (files.length === 0) return '';
  const lines = files.map((file, i) => `- ${paths[i] ?? file.name} — ${file.description}`);
  return `${heading}\n${lines.join('\n')}`;
}
