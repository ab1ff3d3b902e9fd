import { ConfigError, type HttpConfig, readConfig } from '../../config.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The configuration on AWS Lambda: HTTP mode (Slack posts to the Function URL) with the store in
 * PostgreSQL. Containers come and go and several run at once, so delivery dedup and thread memory
 * cannot live in one container's memory: without DATABASE_URL this throws a ConfigError naming it.
 */
export function readLambdaConfig(env: Env): HttpConfig {
  const config = readConfig({ CERTPATH_MODE: 'http', ...env });
  const problems = [];
  if (config.mode !== 'http')
    problems.push({
      variable: 'CERTPATH_MODE',
      message: 'must be http on AWS Lambda (Slack posts to the Function URL)',
    });
  if (config.store?.kind !== 'postgres' || !config.store.databaseUrl)
    problems.push({
      variable: 'DATABASE_URL',
      message:
        'is required on AWS Lambda (containers keep no memory between invocations, so delivery dedup and thread memory live in PostgreSQL), and CERTPATH_STORE must be postgres or unset',
    });
  if (problems.length > 0 || config.mode !== 'http') throw new ConfigError(problems);
  return config;
}
