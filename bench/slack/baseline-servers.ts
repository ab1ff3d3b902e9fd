import type { ChildProcess } from 'node:child_process';
import { nextMessage, spawnBenchChild, stopChild } from '../child-process.js';
import type { ServerReady } from './servers/server-lifecycle.js';

/** A server the slash command is measured against, in its own process on loopback. */
export interface ServerUnderTest {
  name: string;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts one of bench/slack/servers/*.ts and waits until it listens. */
export async function startBenchServer(
  name: string,
  module: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ServerUnderTest> {
  const child = spawnBenchChild(module, [], { env, nodeArgs });
  const { port } = await nextMessage<ServerReady>(child, 20_000, name);
  return { name, baseUrl: `http://127.0.0.1:${port}`, child, stop: () => stopChild(child) };
}

/** The Bolt app whose handler acks a fixed message: what the framework costs on its own. */
export const startBoltFloor = (slackApiUrl: string) =>
  startBenchServer('bolt floor', './slack/servers/bolt-floor-server.ts', { SLACK_API_URL: slackApiUrl });

/** node:http, HMAC check, fixed JSON: what the machine can do at all. */
export const startBareServer = () => startBenchServer('bare node:http', './slack/servers/bare-server.ts');
