import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig, secretsIn, secretsOf } from '../../src/config.js';

const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: '8f14e45fceea167a5a36dedd4bea2543' };

const problems = (env: Record<string, string>) => {
  try {
    readConfig(env);
    return [];
  } catch (error) {
    return error instanceof ConfigError ? error.problems.map((p) => p.variable) : [String(error)];
  }
};

describe('readConfig: the store', () => {
  it('keeps SQLite in ./data for 90 days by default, with no admins', () => {
    expect(readConfig(HTTP)).toMatchObject({
      store: { kind: 'sqlite', dataDir: 'data', retentionDays: 90 },
      admins: [],
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const url = 'postgres://bot:pw@db.internal:5432/certpath';
    expect(readConfig({ ...HTTP, DATABASE_URL: url }).store).toMatchObject({
      kind: 'postgres',
      databaseUrl: url,
    });
  });

  it('keeps the playground in memory unless told otherwise', () => {
    expect(readConfig({}).store?.kind).toBe('memory');
    expect(
      readConfig({ CERTPATH_STORE: 'sqlite', CERTPATH_DATA_DIR: '/var/lib/certpath' }).store,
    ).toMatchObject({
      kind: 'sqlite',
      dataDir: '/var/lib/certpath',
    });
  });

  it('reads the retention and the admins', () => {
    const config = readConfig({
      ...HTTP,
      CERTPATH_RETENTION_DAYS: '30',
      CERTPATH_ADMINS: 'U0ADMIN1, U0ADMIN2',
    });
    expect(config.store?.retentionDays).toBe(30);
    expect(config.admins).toEqual(['U0ADMIN1', 'U0ADMIN2']);
  });

  it('names each malformed store variable', () => {
    expect(
      problems({
        ...HTTP,
        CERTPATH_STORE: 'mysql',
        DATABASE_URL: 'mysql://x',
        CERTPATH_RETENTION_DAYS: '0',
        CERTPATH_ADMINS: 'alice',
      }),
    ).toEqual(['CERTPATH_STORE', 'DATABASE_URL', 'CERTPATH_RETENTION_DAYS', 'CERTPATH_ADMINS']);
  });

  it('redacts the database password, and only it', () => {
    const env = { ...HTTP, DATABASE_URL: 'postgres://bot:p%40ss-word@db:5432/certpath' };
    expect(secretsIn(env)).toContain('p@ss-word');
    expect(secretsOf(readConfig(env))).toContain('p@ss-word');
  });
});
