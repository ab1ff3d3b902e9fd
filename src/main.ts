import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from '@slack/bolt';
import {
  type Config,
  ConfigError,
  formatConfigProblem,
  loadConfig,
  type PlaygroundConfig,
  secretsIn,
  secretsOf,
} from './config.js';
import { type Answerer, createAnswerer } from './core/answer/answerer.js';
import { ContentError, formatProblem } from './core/content/content-error.js';
import { loadContent } from './core/content/load-content.js';
import type { Guide } from './core/guide.js';
import { PLAYGROUND_WORDS } from './playground/playground-words.js';
import { type RunningPlayground, startPlayground } from './playground/start-playground.js';
import { createSlackApp } from './slack/create-app.js';
import { createMemoryDedupStore } from './slack/dedup-store.js';
import { healthOf } from './slack/health.js';
import { InFlight } from './slack/in-flight.js';
import { createLogger, redact } from './slack/logger.js';
import { type RunningApp, startSlackApp } from './slack/start-app.js';
import { SlackStartError } from './slack/start-failure.js';
import { STARTUP_WORDS } from './startup-messages.js';

const STOP_GRACE_MS = 10_000;

/** Starts the bot; resolves to an exit code when it cannot start, or to undefined while it runs. */
export async function main(): Promise<number | undefined> {
  const config = configOrReport();
  const guides = config && guidesOrReport(config);
  if (!config || !guides) return 1;
  const secrets = [...secretsOf(config), ...secretsIn(process.env)];
  const logger = createLogger({ level: config.logLevel, secrets });
  process.on('unhandledRejection', (reason) => logger.error(STARTUP_WORDS.unhandledRejection, reason));
  const answerer = createAnswerer(guides, { command: config.command });
  if (config.mode === 'playground') return startPlaygroundOrReport(config, answerer, logger);
  const inFlight = new InFlight();
  const app = createSlackApp({ config, answerer, logger, dedup: createMemoryDedupStore(), inFlight });
  let running: RunningApp;
  try {
    running = await startSlackApp(app, config, { inFlight });
  } catch (error) {
    // Slack out of reach or a refused token: one line for the person starting the bot, no stack trace.
    if (error instanceof SlackStartError) process.stderr.write(`${redact(error.message, secrets)}\n`);
    else logger.error(STARTUP_WORDS.startFailed, error);
    return 1;
  }
  const { guides: count, sections } = healthOf(config.mode, answerer);
  logger.info(STARTUP_WORDS.running(config.mode, running.url, count, sections));
  stopOnSignals(running, logger);
  return undefined;
}

/** No Slack credentials: the real bot behind a local Slack, and a page to use it from. */
async function startPlaygroundOrReport(
  config: PlaygroundConfig,
  answerer: Answerer,
  logger: Logger,
): Promise<number | undefined> {
  let playground: RunningPlayground;
  try {
    playground = await startPlayground({ config, answerer, logger, port: config.port });
  } catch (error) {
    logger.error(STARTUP_WORDS.startFailed, error);
    return 1;
  }
  const { guides, sections } = healthOf(config.mode, answerer);
  process.stdout.write(`${PLAYGROUND_WORDS.running(playground.url, guides, sections)}\n`);
  stopOnSignals(playground, logger);
  return undefined;
}

function configOrReport(): Config | undefined {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${STARTUP_WORDS.configInvalid(error.problems.length)}\n`);
    for (const problem of error.problems) process.stderr.write(`  ${formatConfigProblem(problem)}\n`);
    return undefined;
  }
}

function guidesOrReport(config: Config): Guide[] | undefined {
  try {
    return loadContent(resolve(config.contentDir));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${STARTUP_WORDS.contentInvalid(error.problems.length)}\n`);
    for (const problem of error.problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
    return undefined;
  }
}

/** SIGTERM / SIGINT: stop receiving, let replies under way finish, exit 0. A second signal exits at once. */
function stopOnSignals(running: RunningApp, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    // stop() closes the listener before it returns: once this line is out, no new request gets in.
    const stopped = running.stop();
    logger.info(STARTUP_WORDS.stopping(signal));
    setTimeout(() => {
      logger.warn(STARTUP_WORDS.stopTimedOut(STOP_GRACE_MS));
      process.exit(1);
    }, STOP_GRACE_MS).unref();
    stopped.then(
      () => {
        logger.info(STARTUP_WORDS.stopped);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(STARTUP_WORDS.stopFailed, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => {
      // A failed start may leave sockets or retry timers behind; exit rather than linger.
      if (code !== undefined) process.exit(code);
    },
    (error: unknown) => {
      process.stderr.write(
        `certpath: ${redact(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
      );
      process.exit(1);
    },
  );
}
