import { config as loadDotenv } from 'dotenv';
import { ConfigError, type ConfigProblem } from './config-error.js';
import { ENV_SCHEMA, type EnvVars as Vars } from './config-schema.js';
import type { StoreKind } from './store/store.js';

export { ConfigError, type ConfigProblem, formatConfigProblem } from './config-error.js';

/** How the bot reaches Slack: a Socket Mode connection, an HTTP endpoint, or the local playground. */
export type Mode = 'socket' | 'http' | 'playground';
export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';
/** `questions`: answer questions overheard in channels the bot is in; `off`: only when addressed. */
export type ListenMode = 'questions' | 'off';

/** Settings every mode shares. */
interface CommonConfig {
  /** The slash command, e.g. `/certpath`. */
  command: string;
  contentDir: string;
  listen: ListenMode;
  logLevel: LogLevelName;
  /** Where the Web API lives, ending in `/`; absent means Slack's own. */
  slackApiUrl?: string;
  /** Where feedback, unanswered questions and learned phrasings are kept (issue 14); readConfig always sets it. */
  store?: StoreConfig;
  /** Slack user ids who see the Content gaps panel and may teach the bot (CERTPATH_ADMINS). */
  admins?: readonly string[];
}

/** CERTPATH_STORE (default: postgres with DATABASE_URL, else sqlite; memory in the playground). */
export interface StoreConfig {
  kind: StoreKind;
  /** CERTPATH_DATA_DIR, default ./data: SQLite's folder. */
  dataDir: string;
  databaseUrl?: string;
  /** CERTPATH_RETENTION_DAYS, default 90: older feedback and unanswered questions are purged. */
  retentionDays: number;
}

export interface SocketConfig extends CommonConfig {
  mode: 'socket';
  botToken: string;
  appToken: string;
}

export interface HttpConfig extends CommonConfig {
  mode: 'http';
  botToken: string;
  signingSecret: string;
  port: number;
}

export interface PlaygroundConfig extends CommonConfig {
  mode: 'playground';
  /** Where the playground page is served, on 127.0.0.1 (PORT, default 3000). */
  port: number;
}

/** The validated configuration; read once at start-up and passed down. */
export type Config = SocketConfig | HttpConfig | PlaygroundConfig;
/** The configuration of a mode that talks to a real (or emulated) Slack. */
export type SlackConfig = SocketConfig | HttpConfig;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Validates the environment into a Config, pure and without side effects. Throws one
 * ConfigError naming every missing or malformed variable, never just the first.
 */
export function readConfig(env: Env): Config {
  const problems: ConfigProblem[] = [];
  const vars: Partial<Record<keyof Vars, unknown>> = {};
  const malformed = new Set<string>();
  for (const [name, schema] of Object.entries(ENV_SCHEMA.shape)) {
    const result = schema.safeParse(env[name]);
    if (result.success) vars[name as keyof Vars] = result.data;
    else {
      malformed.add(name);
      problems.push({ variable: name, message: result.error.issues[0]?.message ?? 'is malformed' });
    }
  }
  const valid = vars as Vars;
  const present = (name: keyof Vars) => malformed.has(name) || valid[name] !== undefined;
  const mode = chooseMode(valid, present, problems);
  if (problems.length > 0 || mode === undefined) throw new ConfigError(problems);
  return buildConfig(mode, valid);
}

/** Reads `.env` (if there is one) into process.env, then validates process.env. Call once, at start-up. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return readConfig(process.env);
}

/** Which Slack credentials each mode needs, and why, for the error message. */
const NEEDS: Record<'socket' | 'http', [keyof Vars, string][]> = {
  socket: [
    ['SLACK_BOT_TOKEN', 'Socket Mode needs the bot token'],
    ['SLACK_APP_TOKEN', 'Socket Mode needs an app-level token with connections:write'],
  ],
  http: [
    ['SLACK_BOT_TOKEN', 'HTTP mode needs the bot token'],
    ['SLACK_SIGNING_SECRET', 'HTTP mode verifies requests with it'],
  ],
};

/**
 * CERTPATH_MODE when set; otherwise what the credentials point to: the app token means Socket
 * Mode, the signing secret HTTP mode, nothing at all the playground. Adds a problem for each
 * credential the mode lacks; undefined when no mode can be told.
 */
function chooseMode(
  vars: Vars,
  present: (name: keyof Vars) => boolean,
  problems: ConfigProblem[],
): Mode | undefined {
  // A malformed CERTPATH_MODE is already reported; what it would need cannot be told.
  if (present('CERTPATH_MODE') && !vars.CERTPATH_MODE) return undefined;
  const inferred = present('SLACK_APP_TOKEN')
    ? 'socket'
    : present('SLACK_SIGNING_SECRET')
      ? 'http'
      : undefined;
  const mode = vars.CERTPATH_MODE ?? inferred ?? (present('SLACK_BOT_TOKEN') ? undefined : 'playground');
  if (mode === 'playground') return mode;
  if (mode === undefined) {
    const why = 'set SLACK_APP_TOKEN for Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode';
    problems.push({ variable: 'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET', message: `is missing (${why})` });
    return undefined;
  }
  for (const [name, why] of NEEDS[mode]) {
    if (!present(name)) problems.push({ variable: name, message: `is missing (${why})` });
  }
  return mode;
}

function buildConfig(mode: Mode, vars: Vars): Config {
  const common: CommonConfig = {
    command: vars.CERTPATH_COMMAND ?? '/certpath',
    contentDir: vars.CERTPATH_CONTENT_DIR ?? 'content',
    listen: vars.CERTPATH_LISTEN ?? 'questions',
    logLevel: vars.LOG_LEVEL ?? 'info',
    ...(vars.SLACK_API_URL ? { slackApiUrl: withTrailingSlash(vars.SLACK_API_URL) } : {}),
    store: storeConfig(mode, vars),
    admins: vars.CERTPATH_ADMINS ?? [],
  };
  if (mode === 'socket')
    return { ...common, mode, botToken: vars.SLACK_BOT_TOKEN!, appToken: vars.SLACK_APP_TOKEN! };
  if (mode === 'http') {
    return {
      ...common,
      mode,
      botToken: vars.SLACK_BOT_TOKEN!,
      signingSecret: vars.SLACK_SIGNING_SECRET!,
      port: vars.PORT ?? 3000,
    };
  }
  return { ...common, mode, port: vars.PORT ?? 3000 };
}

function storeConfig(mode: Mode, vars: Vars): StoreConfig {
  const inferred = vars.DATABASE_URL ? 'postgres' : mode === 'playground' ? 'memory' : 'sqlite';
  return {
    kind: vars.CERTPATH_STORE ?? inferred,
    dataDir: vars.CERTPATH_DATA_DIR ?? 'data',
    ...(vars.DATABASE_URL ? { databaseUrl: vars.DATABASE_URL } : {}),
    retentionDays: vars.CERTPATH_RETENTION_DAYS ?? 90,
  };
}

/** The Web API client appends method names to this URL, so it must end in `/`. */
function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** The variables that hold credentials. */
const SECRET_VARIABLES = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'] as const;

/**
 * Every credential set in the environment, whether the chosen mode uses it or not (a signing secret
 * beside an app token, a token in playground mode), for the logger to redact.
 */
export function secretsIn(env: Env): string[] {
  const secrets = SECRET_VARIABLES.map((name) => env[name]?.trim() ?? '');
  return [...secrets, databasePassword(env.DATABASE_URL)].filter((value) => value !== '');
}

/** The password inside DATABASE_URL (the rest of the URL is worth seeing in a log line). */
function databasePassword(url: string | undefined): string {
  try {
    const password = url ? new URL(url.trim()).password : '';
    return password ? decodeURIComponent(password) : '';
  } catch {
    return '';
  }
}

/** Every secret in the configuration, for the logger to redact. */
export function secretsOf(config: Config): string[] {
  const database = databasePassword(config.store?.databaseUrl);
  const stored = database ? [database] : [];
  if (config.mode === 'socket') return [config.botToken, config.appToken, ...stored];
  if (config.mode === 'http') return [config.botToken, config.signingSecret, ...stored];
  return stored;
}
