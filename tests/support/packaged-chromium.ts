import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/*
 * The Chromium that ships inside the @sparticuz/chromium npm package, for machines without
 * Debian's. package.json pins it to exactly 147.0.0: the last release whose `engines` allow
 * Node 20 (">=20.11.0"); 147.0.1 and later need Node 22.17 and warn EBADENGINE here.
 *
 * The package's own executablePath() unpacks into $TMPDIR/chromium and trusts whatever is
 * there: a run killed halfway leaves a truncated binary every later launch fails on, and two
 * cold runs at once race on one file (spawn ETXTBSY). So we let it unpack into a fresh folder
 * of our own and rename that folder into a versioned place only once it is complete. A rename
 * is atomic: a reader sees the whole browser or none, and a loser of the race simply uses the
 * winner's copy.
 */

const run = promisify(execFile);
const resolveModule = createRequire(import.meta.url).resolve;
/** The package's CommonJS entry; a child process loads it with TMPDIR pointing at our staging folder. */
const ENTRY = resolveModule('@sparticuz/chromium');
const PREFIX = 'certpath-sparticuz-chromium-';
const PARTIAL = '.partial-';

/** The packaged Chromium's version, read from the installed package (so the cache follows an upgrade). */
export function packagedChromiumVersion(): string {
  const manifest = join(dirname(ENTRY), '..', '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export interface PackagedChromiumOptions {
  /** Where the versioned browser folder lives; the system temp directory unless a test says otherwise. */
  root?: string;
}

/** Path of the packaged Chromium binary, unpacked on first use; safe against interrupted and concurrent runs. */
export async function packagedChromium(options: PackagedChromiumOptions = {}): Promise<string> {
  const root = options.root ?? tmpdir();
  const version = packagedChromiumVersion();
  const folder = join(root, `${PREFIX}${version}`);
  const binary = join(folder, 'chromium');
  if (existsSync(binary)) return binary;

  await removeAbandoned(root);
  const staging = await mkdtemp(join(root, `${PREFIX}${version}${PARTIAL}${process.pid}-`));
  try {
    await unpackInto(staging);
    await rename(staging, folder);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another run renamed its complete copy into place first (ENOTEMPTY/EEXIST): use that one.
    if (existsSync(binary)) return binary;
    throw error;
  }
  return binary;
}

/** Runs the package's unpack in a child whose temp directory is `staging`, so nothing lands anywhere else. */
async function unpackInto(staging: string): Promise<void> {
  const script = `require(${JSON.stringify(ENTRY)}).executablePath().then((p) => process.stdout.write(p))`;
  const { stdout } = await run(process.execPath, ['-e', script], {
    env: { ...process.env, TMPDIR: staging },
  });
  const expected = join(staging, 'chromium');
  if (stdout !== expected || !existsSync(expected)) {
    throw new Error(`@sparticuz/chromium unpacked to ${stdout || 'nowhere'}, expected ${expected}`);
  }
}

/** Deletes staging folders whose process is gone (killed mid-unpack): ~200 MB each, never used. */
async function removeAbandoned(root: string): Promise<void> {
  for (const name of await readdir(root)) {
    if (!name.startsWith(PREFIX) || !name.includes(PARTIAL)) continue;
    const pid = Number(name.slice(name.indexOf(PARTIAL) + PARTIAL.length).split('-')[0]);
    if (Number.isInteger(pid) && !isRunning(pid)) {
      await rm(join(root, name), { recursive: true, force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
