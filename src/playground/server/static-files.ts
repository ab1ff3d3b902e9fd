import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The page's files, served as they are (no bundler). They are not compiled, so the same folder
 * serves whether the playground runs from src/ (tests) or from dist/ (`npm start`): both sit
 * three levels below the project root.
 */
export const WEB_DIR = fileURLToPath(new URL('../../../src/playground/web/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A file to send: its bytes and content type. */
export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** The page's files by name; only names listed when the server started are ever read, so no path escapes. */
export class StaticFiles {
  private readonly names: ReadonlySet<string>;

  constructor(private readonly dir: string = WEB_DIR) {
    this.names = new Set(readdirSync(dir).filter((name) => extname(name) in CONTENT_TYPES));
  }

  /** The file called `name` (no folders), read fresh so that edits show on reload; undefined if unknown. */
  async get(name: string): Promise<StaticFile | undefined> {
    if (!this.names.has(name)) return undefined;
    const contentType = CONTENT_TYPES[extname(name)] ?? 'application/octet-stream';
    return { body: await readFile(join(this.dir, name)), contentType };
  }
}
