import { randomUUID } from 'node:crypto';
import { passwordHasher } from '../../src/core/auth/password-hasher.js';
import type { TestApp } from './test-app.js';

export const PASSWORD = 'correct horse battery staple';

let hashed: Promise<string> | undefined;
/** Hashed once per file: argon2 is deliberately slow, and the hash itself is what is tested elsewhere. */
function passwordHash(): Promise<string> {
  hashed ??= passwordHasher.hash(PASSWORD);
  return hashed;
}

export interface TestOrganisation {
  id: string;
  name: string;
}

export interface TestUser {
  id: string;
  email: string;
  organisationId: string;
  password: string;
}

export async function createOrganisation(
  t: TestApp,
  values: Partial<{ name: string; kind: string; country: string; language: string; timeZone: string; prefix: string }> = {},
): Promise<TestOrganisation> {
  const name = values.name ?? `Organisation ${randomUUID().slice(0, 8)}`;
  const [row] = await t.owner<{ id: string }>(
    `INSERT INTO organisation (name, kind, country, default_language, time_zone, case_prefix) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [name, values.kind ?? 'CITY', values.country ?? 'SE', values.language ?? 'sv', values.timeZone ?? 'Europe/Stockholm', values.prefix ?? null],
  );
  return { id: row!.id, name };
}

export async function createUser(
  t: TestApp,
  organisation: TestOrganisation,
  values: Partial<{ email: string; name: string; roles: string[]; language: string; active: boolean }> = {},
): Promise<TestUser> {
  const email = values.email ?? `user-${randomUUID().slice(0, 8)}@test.example`;
  const active = values.active ?? true;
  const [row] = await t.owner<{ id: string }>(
    `INSERT INTO app_user (organisation_id, email, name, roles, language, password_hash, active, deactivated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      organisation.id,
      email,
      values.name ?? `Person ${email.split('@')[0]}`,
      values.roles ?? ['CASEWORKER'],
      values.language ?? 'en',
      await passwordHash(),
      active,
      active ? null : new Date(),
    ],
  );
  return { id: row!.id, email, organisationId: organisation.id, password: PASSWORD };
}

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) { accessToken accessTokenExpiresAt user { id email organisation { id name } } }
  }
`;

/** Logs in through the API; returns the access token and the refresh cookie. */
export async function login(t: TestApp, user: Pick<TestUser, 'email' | 'password'>): Promise<{ token: string; cookie: string }> {
  const response = await t.gql<{ login: { accessToken: string } }>(LOGIN, { input: { email: user.email, password: user.password } });
  if (!response.data?.login) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
  return { token: response.data.login.accessToken, cookie: refreshCookieOf(response.setCookie) };
}

export function refreshCookieOf(setCookie: string[]): string {
  const cookie = setCookie.find((c) => c.startsWith('cirkel_refresh='));
  if (!cookie) throw new Error('no refresh cookie set');
  return cookie.split(';')[0]!;
}
