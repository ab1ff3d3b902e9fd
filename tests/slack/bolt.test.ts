import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as index from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import * as bolt from '../../src/slack/bolt.js';

const TSX = pathToFileURL(resolve(import.meta.dirname, '../../node_modules/tsx/dist/loader.mjs')).href;
const SRC = resolve(import.meta.dirname, '../../src');

describe("Bolt's runtime pieces, loaded from their own modules", () => {
  it('are the very values the package index exports', () => {
    expect(bolt.App).toBe(index.App);
    expect(bolt.LogLevel).toBe(index.LogLevel);
    expect(bolt.HTTPReceiver).toBe(index.HTTPReceiver);
    expect(bolt.SocketModeReceiver).toBe(index.SocketModeReceiver);
    expect(bolt.AwsLambdaReceiver).toBe(index.AwsLambdaReceiver);
    expect(bolt.isRawBodyError).toBe(index.isRawBodyError);
    expect(bolt.HTTPModuleFunctions.parseAndVerifyHTTPRequest).toBe(
      index.HTTPModuleFunctions.parseAndVerifyHTTPRequest,
    );
  });

  it('keep Express (which only the index loads) out of the bot process', async () => {
    // A fresh process: this test's own process has loaded the index above.
    const script = `
      import { createRequire } from 'node:module';
      await import(${JSON.stringify(pathToFileURL(`${SRC}/slack/create-app.ts`).href)});
      await import(${JSON.stringify(pathToFileURL(`${SRC}/slack/receivers.ts`).href)});
      await import(${JSON.stringify(pathToFileURL(`${SRC}/lambda.ts`).href)});
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({
        bolt: loaded.some((file) => file.includes('/@slack/bolt/dist/App.js')),
        express: loaded.some((file) => /[\\\\/]node_modules[\\\\/]express[\\\\/]/.test(file)),
      }));
    `;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', TSX, '--input-type=module', '-e', script],
      { env: { ...process.env, NODE_ENV: 'test' } },
    );
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({ bolt: true, express: false });
  });
});
