import { z } from 'zod';

/** An unset or blank variable is absent: `SLACK_APP_TOKEN=` in a .env file means "not configured". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

const noSpaces = (what: string) => z.string().regex(/^\S+$/, `${what} must not contain spaces`);

/** Every variable CertPath reads, each validated on its own so that all problems are reported together. */
export const ENV_SCHEMA = z.object({
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, 'must be a bot token starting with xoxb-')),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, 'must be an app-level token starting with xapp-')),
  SLACK_SIGNING_SECRET: optional(noSpaces('the signing secret')),
  CERTPATH_MODE: optional(z.enum(['socket', 'http', 'playground'], 'must be socket, http or playground')),
  PORT: optional(
    z.coerce
      .number('must be a port number')
      .int('must be a whole number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535'),
  ),
  SLACK_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  CERTPATH_COMMAND: optional(
    z
      .string()
      .regex(
        /^\/[a-z0-9_-]{1,31}$/,
        'must be a slash command such as /certpath (lowercase, at most 32 characters)',
      ),
  ),
  CERTPATH_CONTENT_DIR: optional(z.string()),
  CERTPATH_LISTEN: optional(z.enum(['questions', 'off'], 'must be questions or off')),
  LOG_LEVEL: optional(z.enum(['debug', 'info', 'warn', 'error'], 'must be debug, info, warn or error')),
  CERTPATH_STORE: optional(z.enum(['memory', 'sqlite', 'postgres'], 'must be memory, sqlite or postgres')),
  CERTPATH_DATA_DIR: optional(z.string()),
  DATABASE_URL: optional(
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// (or postgresql://) URL' }),
  ),
  CERTPATH_RETENTION_DAYS: optional(
    z.coerce
      .number('must be a number of days')
      .int('must be a whole number of days')
      .min(1, 'must be at least 1'),
  ),
  CERTPATH_ADMINS: optional(
    z
      .string()
      .transform((value) => value.split(/[\s,]+/).filter((id) => id !== ''))
      .pipe(
        z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'must be Slack user ids (U…), separated by commas')),
      ),
  ),
});

/** The variables that passed validation; unset ones are undefined. */
export type EnvVars = z.infer<typeof ENV_SCHEMA>;
