import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';
import { packagedChromium } from './packaged-chromium.js';

/** Debian's Chromium, used when it is installed (`apt-get install -y chromium`). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Names another Chromium or Chrome binary to drive instead of the one found by default. */
export const CHROMIUM_ENV = 'CERTPATH_CHROMIUM';

/**
 * Quiet, offline, reproducible: no sync, no updates, no background traffic, no GPU. These, not
 * @sparticuz/chromium's own `args`, which add --single-process, --no-zygote and
 * --disable-web-security and so would weaken what the browser tests check.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** CERTPATH_CHROMIUM names a browser that is not there. */
export class ChromiumMissingError extends Error {
  override readonly name = 'ChromiumMissingError';
  readonly code = 'CHROMIUM_MISSING';

  constructor(path: string) {
    super(`${CHROMIUM_ENV}=${path}, but there is no browser at that path. Unset it to use the default one.`);
  }
}

let packaged: Promise<string> | undefined;

/**
 * Which browser the tests drive: $CERTPATH_CHROMIUM when set, else Debian's when installed, else
 * the one inside @sparticuz/chromium (a devDependency, so `npm install` is the only step).
 */
export async function chromiumPath(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const chosen = env[CHROMIUM_ENV];
  if (chosen) {
    if (!existsSync(chosen)) throw new ChromiumMissingError(chosen);
    return chosen;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  packaged ??= packagedChromium();
  return packaged;
}

/** A browser with a fresh profile; `close()` ends it and deletes the profile. */
export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium headless (see chromiumPath) with a fresh user-data-dir. */
export async function launchChromium(options: BrowserContextOptions = {}): Promise<Chromium> {
  const executablePath = await chromiumPath();
  const profile = await mkdtemp(join(tmpdir(), 'certpath-chromium-profile-'));
  const context = await chromium
    .launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, ...options })
    .catch(async (error: unknown) => {
      await rm(profile, { recursive: true, force: true });
      throw error;
    });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
