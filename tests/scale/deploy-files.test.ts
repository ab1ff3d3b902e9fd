import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type Tags } from 'yaml';
import { ENV_SCHEMA } from '../../src/config-schema.js';
import { SlackHarness } from '../support/slack-harness.js';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function instructions(path: string): { op: string; args: string }[] {
  const joined = readFileSync(path, 'utf8').replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

describe('deploy/Dockerfile', () => {
  const steps = instructions(resolve(ROOT, 'deploy/Dockerfile'));
  const froms = steps.filter((step) => step.op === 'FROM');
  const runStage = steps.slice(steps.lastIndexOf(froms.at(-1)!));

  it('builds in one node:20-slim stage and runs in another', () => {
    expect(froms.map((step) => step.args)).toEqual(['node:20-slim AS build', 'node:20-slim AS run']);
    expect(runStage.some((step) => step.op === 'COPY' && step.args.startsWith('--from=build'))).toBe(true);
  });

  it('runs node dist/main.js as the unprivileged node user', () => {
    const users = runStage.filter((step) => step.op === 'USER').map((step) => step.args);
    expect(users.at(-1)).toBe('node');
    expect(JSON.parse(runStage.find((step) => step.op === 'CMD')!.args)).toEqual(['node', 'dist/main.js']);
  });

  it('copies only paths that exist in the repository', () => {
    const sources = steps
      .filter((step) => step.op === 'COPY' && !step.args.startsWith('--from'))
      .flatMap((step) => step.args.split(/\s+/).slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(existsSync(resolve(ROOT, source)), source).toBe(true);
  });

  describe('its HEALTHCHECK command, run here against the real bot', () => {
    const healthcheck = steps.find((step) => step.op === 'HEALTHCHECK')!;
    const command = JSON.parse(healthcheck.args.slice(healthcheck.args.indexOf('CMD') + 4)) as string[];
    let slack: SlackHarness;
    beforeAll(async () => {
      slack = await SlackHarness.start();
    });
    afterAll(() => slack.stop());

    it('asks /healthz and passes while the bot serves', async () => {
      expect(command[0]).toBe('node');
      const port = new URL(slack.baseUrl).port;
      const result = await run('node', command.slice(1), { env: { ...process.env, PORT: port } });
      expect(result.stderr).toBe('');
    });

    it('fails when nothing answers on the port', async () => {
      await expect(
        run('node', command.slice(1), { env: { ...process.env, PORT: '9' } }),
      ).rejects.toMatchObject({
        code: 1,
      });
    });
  });
});

/** CloudFormation's short-form intrinsics, kept as `{ tag: value }` so the template can be inspected. */
const INTRINSICS: Tags = ['Ref', 'Sub', 'GetAtt'].flatMap((name) =>
  (['scalar', 'seq'] as const).map((nodeClass) => ({
    tag: `!${name}`,
    collection: nodeClass === 'seq' ? ('seq' as const) : undefined,
    resolve: (value: unknown) => ({ [name]: value }),
  })),
) as Tags;

describe('deploy/template.yaml (AWS SAM)', () => {
  const template = parse(readFileSync(resolve(ROOT, 'deploy/template.yaml'), 'utf8'), {
    customTags: INTRINSICS,
  });
  const fn = template.Resources.CertPathFunction;

  it('is a SAM template with one Node 20 function behind an unauthenticated Function URL', () => {
    expect(template.Transform).toBe('AWS::Serverless-2016-10-31');
    expect(fn.Type).toBe('AWS::Serverless::Function');
    expect(fn.Properties.Runtime).toBe('nodejs20.x');
    expect(fn.Properties.FunctionUrlConfig).toEqual({ AuthType: 'NONE' });
  });

  it('points its handler at the exported handler of src/lambda.ts (built to dist/lambda.js)', async () => {
    const [file, exported] = (fn.Properties.Handler as string).split('.');
    expect(file).toBe('dist/lambda');
    const module = (await import('../../src/lambda.js')) as Record<string, unknown>;
    expect(typeof module[exported!]).toBe('function');
  });

  it('sets only variables CertPath reads, DATABASE_URL and the signing secret among them', () => {
    const names = Object.keys(fn.Properties.Environment.Variables);
    const known = new Set([...Object.keys(ENV_SCHEMA.shape), 'DATABASE_URL', 'NODE_OPTIONS']);
    for (const name of names) expect(known.has(name), name).toBe(true);
    expect(names).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN']),
    );
  });

  it('passes every secret as a NoEcho parameter, never a literal', () => {
    for (const name of ['SlackBotToken', 'SlackSigningSecret', 'DatabaseUrl'])
      expect(template.Parameters[name].NoEcho).toBe(true);
    for (const value of Object.values(fn.Properties.Environment.Variables))
      expect(JSON.stringify(value)).not.toMatch(/xox[a-z]-|postgres:\/\//);
  });

  it('outputs the request URL to paste into the manifest, ending in /slack/events', () => {
    expect(template.Outputs.SlackRequestUrl.Value.Sub).toMatch(
      /\$\{CertPathFunctionUrl\.FunctionUrl\}slack\/events$/,
    );
  });
});
