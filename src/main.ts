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
import { HUMAN } from './playground/emulator/workspace.js';
import type { RunningPlayground } from './playground/start-playground.js';
import { createSlackApp } from './slack/create-app.js';
import { healthOf } from './slack/health.js';
import { InFlight } from './slack/in-flight.js';
import { createLogger, redact } from './slack/logger.js';
import { SlackTransport } from './slack/slack-transport.js';
import { type RunningApp, startSlackApp } from './slack/start-app.js';
import { SlackStartError } from './slack/start-failure.js';
import { stopGraceMs, WEB_API_POLICY, webApiPolicyOf } from './slack/web-api-policy.js';
import { STARTUP_WORDS } from './startup-messages.js';
import { type DeliveryClaims, openDeliveryClaims } from './store/claims/open-claims.js';
import type { Learning } from './store/learning.js';
import { STORE_WORDS, startLearning } from './store/start-learning.js';
import { StoreStartError } from './store/store-error.js';

/** What shutdown needs besides the running app: how long to wait, and what to cut or count. */
interface Stopping {
  graceMs: number;
  /** Called as shutdown starts, with the time by which everything must be done. */
  onStop?: (deadline: number) => void;
  /** How many replies are still under way. */
  underWay?: () => number;
}

/** Starts the bot; resolves to an exit code when it cannot start, or to undefined while it runs. */
export async function main(): Promise<number | undefined> {
  const config = configOrReport();
  const guides = config && guidesOrReport(config);
  if (!config || !guides) return 1;
  const secrets = [...secretsOf(config), ...secretsIn(process.env)];
  const logger = createLogger({ level: config.logLevel, secrets });
  process.on('unhandledRejection', (reason) => logger.error(STARTUP_WORDS.unhandledRejection, reason));
  const learning = await learningOrReport(config, logger);
  if (!learning) return 1;
  const answerer = createAnswerer(guides, { command: config.command, learned: learning.phrasebook });
  if (config.mode === 'playground') return startPlaygroundOrReport(config, answerer, logger, learning);
  const claims = await claimsOrReport(config, logger);
  if (!claims) return 1;
  const inFlight = new InFlight();
  const policy = webApiPolicyOf(config);
  const transport = new SlackTransport({ policy, logger });
  const { dedup, threads } = claims;
  const app = createSlackApp({ config, answerer, logger, dedup, threads, inFlight, transport, learning });
  let slack: RunningApp;
  try {
    slack = await startSlackApp(app, config, { inFlight });
  } catch (error) {
    // Slack out of reach or a refused token: one line for the person starting the bot, no stack trace.
    if (error instanceof SlackStartError) process.stderr.write(`${redact(error.message, secrets)}\n`);
    else logger.error(STARTUP_WORDS.startFailed, error);
    return 1;
  }
  const running = withLearningStopped(slack, learning);
  const { guides: count, sections } = healthOf(config.mode, answerer);
  logger.info(STARTUP_WORDS.running(config.mode, running.url, count, sections));
  stopOnSignals(running, logger, {
    graceMs: stopGraceMs(policy),
    onStop: (deadline) => {
      const cut = transport.stopBy(deadline);
      if (cut > 0) logger.warn(STARTUP_WORDS.retryAfterCut(cut));
    },
    underWay: () => inFlight.underWay,
  });
  return undefined;
}

/** No Slack credentials: the real bot behind a local Slack, and a page to use it from. */
async function startPlaygroundOrReport(
  config: PlaygroundConfig,
  answerer: Answerer,
  logger: Logger,
  learning: Learning,
): Promise<number | undefined> {
  // Loaded only here: the emulator, its page and its WebSocket server are no part of the bot in
  // Slack (about 13 MB resident a production process never needed).
  const [{ startPlayground }, { PLAYGROUND_WORDS }] = await Promise.all([
    import('./playground/start-playground.js'),
    import('./playground/playground-words.js'),
  ]);
  let playground: RunningPlayground;
  try {
    playground = await startPlayground({ config, answerer, logger, port: config.port, learning });
  } catch (error) {
    logger.error(STARTUP_WORDS.startFailed, error);
    return 1;
  }
  const { guides, sections } = healthOf(config.mode, answerer);
  process.stdout.write(`${PLAYGROUND_WORDS.running(playground.url, guides, sections)}\n`);
  stopOnSignals(withLearningStopped(playground, learning), logger, { graceMs: stopGraceMs(WEB_API_POLICY) });
  return undefined;
}

/**
 * The store named by the configuration, opened and migrated; undefined (after one clear line naming
 * the variable, no stack trace) when it cannot be. The playground's person is an admin there.
 */
async function learningOrReport(config: Config, logger: Logger): Promise<Learning | undefined> {
  const store = config.store ?? { kind: 'memory', dataDir: 'data', retentionDays: 90 };
  const admins = [...(config.admins ?? []), ...(config.mode === 'playground' ? [HUMAN.id] : [])];
  try {
    return await startLearning({ store, admins, logger });
  } catch (error) {
    if (!(error instanceof StoreStartError)) throw error;
    process.stderr.write(`${STORE_WORDS.cannotOpen(redact(error.message))}\n`);
    return undefined;
  }
}

/** Delivery dedup and thread memory: shared in PostgreSQL with DATABASE_URL (several instances), else in memory. */
async function claimsOrReport(config: Config, logger: Logger): Promise<DeliveryClaims | undefined> {
  try {
    // learningOrReport has opened the same database and run every migration, claims' included.
    return await openDeliveryClaims(config.store, logger, { migrate: false });
  } catch (error) {
    if (!(error instanceof StoreStartError)) throw error;
    process.stderr.write(`${STORE_WORDS.cannotOpen(redact(error.message))}\n`);
    return undefined;
  }
}

/** Stopping also writes what is still queued and closes the store. */
function withLearningStopped<R extends RunningApp>(running: R, learning: Learning): R {
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await learning.stop();
    },
  };
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

/**
 * SIGTERM / SIGINT: stop receiving, let replies under way finish, exit 0. Replies still under way
 * when the grace runs out are cut, said so in the log, and the exit is still 0: the bot stopped as
 * asked. Only a failure to stop exits 1, and a second signal exits 1 at once.
 */
function stopOnSignals(running: RunningApp, logger: Logger, { graceMs, onStop, underWay }: Stopping): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    // stop() closes the listener before it returns: once this line is out, no new request gets in.
    const stopped = running.stop();
    logger.info(STARTUP_WORDS.stopping(signal));
    // A second to spare for the log lines and the exit itself.
    onStop?.(Date.now() + graceMs - 1_000);
    setTimeout(() => {
      logger.warn(STARTUP_WORDS.stopTimedOut(graceMs, underWay?.() ?? 0));
      process.exit(0);
    }, graceMs).unref();
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
