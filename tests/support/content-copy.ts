import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The project's real content folder. */
export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');
export const DEFAULT_GUIDE = 'aws-architect-vs-developer';

/** A throw-away copy of the content folder that a test may break; `cleanup` removes it. */
export function copyContent(): {
  dir: string;
  edit: (file: string, change: (text: string) => string) => void;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'certpath-content-'));
  cpSync(CONTENT_DIR, dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
