import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';

/** Debian's Chromium; CI installs it in .ci/run, a developer with `apt-get install -y chromium`. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Quiet, offline, reproducible: no sync, no updates, no background traffic, no GPU. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Chromium is not installed where the browser tests expect it. */
export class ChromiumMissingError extends Error {
  override readonly name = 'ChromiumMissingError';
  readonly code = 'CHROMIUM_MISSING';

  constructor() {
    super(
      `Chromium is not installed at ${CHROMIUM_PATH}, so the browser tests cannot run. ` +
        'Install it with: apt-get update && apt-get install -y chromium (.ci/run does this on CI).',
    );
  }
}

/** A browser with a fresh profile; `close()` ends it and deletes the profile. */
export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless with a fresh user-data-dir; fails clearly when it is missing. */
export async function launchChromium(options: BrowserContextOptions = {}): Promise<Chromium> {
  if (!existsSync(CHROMIUM_PATH)) throw new ChromiumMissingError();
  const profile = await mkdtemp(join(tmpdir(), 'certpath-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
