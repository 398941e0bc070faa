import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOrganisation, createUser, login } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

it('logs in and answers me', async () => {
  const org = await createOrganisation(t);
  const user = await createUser(t, org, { roles: ['COORDINATOR'] });
  const { token } = await login(t, user);
  const me = await t.gql('{ me { id email roles language organisation { id name kind } } }', {}, { token });
  console.log(JSON.stringify(me.errors ?? me.data));
  expect(me.data).toBeTruthy();
});
