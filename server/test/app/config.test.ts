import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, repositoryRoot, settings } from '../../src/core/config/config.js';

const external = {
  DATABASE_URL: 'postgres://cirkel_app:secret@db.example:5432/cirkel',
  DATABASE_OWNER_URL: 'postgres://cirkel_owner:secret@db.example:5432/cirkel',
};
const production = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), ...external };

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('has working defaults for development with nothing set', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cirkel-config-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      environment: 'development',
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      database: { mode: 'embedded', port: 54329 },
      demoData: true,
      cookieSecure: false,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('generates the development JWT secret once, keeps it private in the data folder, and reuses it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cirkel-config-'));
    const first = loadConfig({ DATA_DIR: dataDir }).jwt.secret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dataDir }).jwt.secret).toBe(first);
    expect((await readFile(join(dataDir, 'jwt-secret'), 'utf8')).trim()).toBe(first);
    expect((await stat(join(dataDir, 'jwt-secret'))).mode & 0o777).toBe(0o600);
  });

  it('in production requires a JWT secret, an external database, and never seeds demo data', () => {
    expect(refusal({ NODE_ENV: 'production', ...external })).toBe('JWT_SECRET must be set in production (at least 32 characters).');
    expect(refusal({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) })).toMatch(/^DATABASE_URL must be set in production/);
    expect(refusal({ ...production, DEMO_DATA: 'true' })).toBe('DEMO_DATA must not be true in production.');
    expect(loadConfig(production)).toMatchObject({ demoData: false, cookieSecure: true });
  });

  it('names the setting in one sentence when it is malformed', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ PORT: 'eighty' }, /^PORT must be a whole number from 0 to 65535, but is "eighty"\.$/],
      [{ PORT: '70000' }, /^PORT must be/],
      [{ NODE_ENV: 'staging' }, /^NODE_ENV must be one of development, production, test, but is "staging"\.$/],
      [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
      [{ COOKIE_SECURE: 'maybe' }, /^COOKIE_SECURE must be true or false/],
      [{ JWT_SECRET: 'short' }, /^JWT_SECRET must be at least 32 characters long\.$/],
      [{ DATABASE_URL: external.DATABASE_URL }, /^DATABASE_OWNER_URL must be set when DATABASE_URL is set/],
      [{ ...external, DATABASE_URL: 'mysql://x@y/z' }, /^DATABASE_URL must be a URL like postgres:/],
      [{ ...external, DATABASE_OWNER_URL: external.DATABASE_URL }, /^DATABASE_URL must use a different role than DATABASE_OWNER_URL/],
      [{ PUBLIC_URL: 'ftp://x' }, /^PUBLIC_URL must be an http\(s\) URL/],
      [{ GRAPHQL_MAX_DEPTH: '0' }, /^GRAPHQL_MAX_DEPTH must be a whole number/],
    ];
    for (const [env, message] of cases) {
      const text = refusal({ JWT_SECRET: 'd'.repeat(40), ...env });
      expect(text).toMatch(message);
      expect(text.split(/\.\s/).length, text).toBe(1);
    }
  });

  it('the README lists every setting the server reads, with its default', async () => {
    const readme = await readFile(join(repositoryRoot, 'README.md'), 'utf8');
    for (const setting of settings) {
      expect(readme, setting.name).toMatch(new RegExp(`\\|\\s*\`${setting.name}\`\\s*\\|`));
    }
  });
});
