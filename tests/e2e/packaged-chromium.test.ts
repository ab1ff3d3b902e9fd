import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChromiumMissingError, chromiumPath } from '../support/chromium.js';
import { packagedChromium, packagedChromiumVersion } from '../support/packaged-chromium.js';

const run = promisify(execFile);

/** The real unpack (~200 MB, a second or two) into a temp folder of the test's own. */
describe('packagedChromium', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'certpath-unpack-test-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const folder = () => join(root, `certpath-sparticuz-chromium-${packagedChromiumVersion()}`);

  it('gives two runs at once the same complete browser, unpacked into one versioned folder', async () => {
    const [first, second] = await Promise.all([packagedChromium({ root }), packagedChromium({ root })]);
    expect(first).toBe(join(folder(), 'chromium'));
    expect(second).toBe(first);
    const { stdout } = await run(first, ['--version']);
    expect(stdout).toMatch(/^Chromium \d+\./);
    expect(readdirSync(root)).toEqual([`certpath-sparticuz-chromium-${packagedChromiumVersion()}`]);
  }, 120_000);

  it('ignores and removes what a run killed halfway left behind', async () => {
    // A pid that has ended, and the truncated unpack its process left, in ours and in the package's place.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const abandoned = join(
      root,
      `certpath-sparticuz-chromium-${packagedChromiumVersion()}.partial-${gone}-x1Yz9Q`,
    );
    mkdirSync(abandoned);
    writeFileSync(join(abandoned, 'chromium'), Buffer.alloc(1024), { mode: 0o700 });
    writeFileSync(join(root, 'chromium'), Buffer.alloc(1024), { mode: 0o700 });

    const binary = await packagedChromium({ root });
    expect(binary).toBe(join(folder(), 'chromium'));
    const { stdout } = await run(binary, ['--version']);
    expect(stdout).toMatch(/^Chromium \d+\./);
    expect(existsSync(abandoned)).toBe(false);
  }, 120_000);

  it('reuses a complete folder without unpacking again', async () => {
    mkdirSync(folder());
    writeFileSync(join(folder(), 'chromium'), '#!/bin/sh\necho reused\n', { mode: 0o700 });
    expect(await packagedChromium({ root })).toBe(join(folder(), 'chromium'));
    expect(readdirSync(root)).toHaveLength(1);
  });
});

describe('chromiumPath', () => {
  it('drives the browser CERTPATH_CHROMIUM names', async () => {
    expect(await chromiumPath({ CERTPATH_CHROMIUM: process.execPath })).toBe(process.execPath);
  });

  it('says so when CERTPATH_CHROMIUM names a browser that is not there', async () => {
    const missing = join(tmpdir(), 'certpath-no-such-browser');
    await expect(chromiumPath({ CERTPATH_CHROMIUM: missing })).rejects.toThrow(ChromiumMissingError);
    await expect(chromiumPath({ CERTPATH_CHROMIUM: missing })).rejects.toThrow(/no browser at that path/);
  });
});
