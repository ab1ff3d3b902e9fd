/** Run as a second process by open-store.test.ts: writes N unanswered questions to a SQLite data dir. */
import { openStore } from '../../src/store/index.js';

const [dataDir, prefix, count] = process.argv.slice(2) as [string, string, string];
const store = await openStore({ kind: 'sqlite', dataDir });
process.stdout.write('writing\n');
for (let i = 0; i < Number(count); i++) {
  await store.recordUnanswered({
    teamId: 'T',
    userId: 'U',
    surface: 'dm',
    question: `${prefix}${i}`,
    normalized: `${prefix}${i}`,
    outcome: 'not-covered',
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 60)).toISOString(),
  });
}
await store.close();
