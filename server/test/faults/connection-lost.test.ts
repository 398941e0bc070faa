import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createOrganisation, createUser, login, type TestUser } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The database connection of a request is lost in the middle of it (a failover, an administrator
 * ending backends): the caller is told to try again (BUSY), not that the server broke.
 */
let t: TestApp;
let person: TestUser;
let token: string;

beforeAll(async () => {
  t = await startTestApp({ NODE_ENV: 'production' });
  person = await createUser(t, await createOrganisation(t), { language: 'en' });
  ({ token } = await login(t, person));
});
afterAll(async () => t?.close());

describe('a connection lost under a request', () => {
  it('answers BUSY in the caller’s language, and the next request is served', async () => {
    const superuser = new pg.Client({ connectionString: inject('database').superuserUrl });
    const holder = new pg.Client({ connectionString: t.ownerUrl });
    await Promise.all([superuser.connect(), holder.connect()]);
    try {
      // Hold the person's row, so that the request blocks on it with its connection in use.
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE', [person.id]);
      const answer = t.gql('mutation { setMyLanguage(language: sv) { language } }', {}, { token });
      let blocked: number | undefined;
      while (blocked === undefined) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const { rows } = await superuser.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND query LIKE '%app_set_my_language%'`,
          [t.databaseName],
        );
        blocked = rows[0]?.pid;
      }
      await superuser.query('SELECT pg_terminate_backend($1)', [blocked]);
      const response = await answer;
      expect(response.errors?.[0]?.extensions, JSON.stringify(t.logs.filter((l) => l.level === 'error'))).toMatchObject({ code: 'BUSY', retryAfterSeconds: 1 });
      expect(response.errors?.[0]?.message).toBe('The portal is busy right now. Please try again in a moment.');
      expect(t.logs.filter((line) => line.level === 'error')).toEqual([]);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await Promise.all([superuser.end(), holder.end()]);
    }
    const again = await t.gql<{ me: { email: string } }>('{ me { email } }', {}, { token });
    expect(again.data?.me.email).toBe(person.email);
  });
});
