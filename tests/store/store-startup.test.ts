import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT, type MainProcess, startMain } from '../e2e-process/main-process.js';

const HTTP = {
  CERTPATH_MODE: 'http',
  SLACK_BOT_TOKEN: 'xoxb-1111-2222-startuptoken',
  SLACK_SIGNING_SECRET: '8f14e45fceea167a5a36dedd4bea2543',
  PORT: '0',
  CERTPATH_CONTENT_DIR: CONTENT,
};

describe('starting with a store that cannot be opened', () => {
  let run: MainProcess | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    run?.child.kill();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('names CERTPATH_DATA_DIR in one line, without a stack trace, and exits 1', async () => {
    dir = await mkdtemp(join(tmpdir(), 'certpath-startup-'));
    const file = join(dir, 'not-a-directory');
    writeFileSync(file, '');
    run = startMain({ ...HTTP, CERTPATH_DATA_DIR: join(file, 'data') });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(
      /^certpath: cannot open the store\. CERTPATH_DATA_DIR: cannot write to .*ENOTDIR/m,
    );
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it('names DATABASE_URL, hides its password, and exits 1', async () => {
    run = startMain({ ...HTTP, DATABASE_URL: 'postgres://bot:hunter2-secret@127.0.0.1:1/certpath' });
    expect(await run.exited).toBe(1);
    const output = run.output();
    expect(output).toMatch(/^certpath: cannot open the store\. DATABASE_URL: .*ECONNREFUSED/m);
    expect(output).not.toContain('hunter2-secret');
    expect(output).not.toMatch(/\n\s+at /);
  });
});
