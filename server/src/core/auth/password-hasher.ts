import argon2 from 'argon2';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). The server computes
 * hashes; the database compares them (migrations/0005_auth_in_database.up.sql), so a password
 * hash never travels from the database to the server.
 */
const defaults = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * The parameters an address without accounts gets in its challenge, in PHC notation and in the
 * order the argon2 library writes them, so that its challenge looks exactly like a real one.
 */
export const DEFAULT_ARGON2_PARAMS = `m=${defaults.memoryCost},p=${defaults.parallelism},t=${defaults.timeCost}`;

// A prefix the database hands out: `$argon2id$v=19$m=19456,p=1,t=2$<salt>` (PHC string up to the hash).
const PREFIX = /^\$argon2id\$v=19\$((?:[a-z]=\d{1,7})(?:,[a-z]=\d{1,7}){0,5})\$([A-Za-z0-9+/]{11,64})$/;

// Never more work than this per candidate, whatever a stored hash says: 64 MiB, 10 passes, 4 lanes.
const LIMITS = { m: 65_536, t: 10, p: 4 } as const;

export class MalformedChallengeError extends Error {
  override readonly name = 'MalformedChallengeError';
}

/** The argon2 options a challenge prefix stands for (its parameters and salt). */
function optionsOf(prefix: string): argon2.HashOptions & { salt: Buffer } {
  const match = PREFIX.exec(prefix);
  if (!match) throw new MalformedChallengeError('not an argon2id challenge');
  const params = Object.fromEntries(match[1]!.split(',').map((pair) => pair.split('=') as [string, string]));
  const m = Number(params.m);
  const t = Number(params.t);
  const p = Number(params.p);
  if (!(m >= 8 && m <= LIMITS.m && t >= 1 && t <= LIMITS.t && p >= 1 && p <= LIMITS.p)) {
    throw new MalformedChallengeError('argon2 parameters out of range');
  }
  return { type: argon2.argon2id, memoryCost: m, timeCost: t, parallelism: p, salt: Buffer.from(match[2]!, 'base64') };
}

export const passwordHasher = {
  /** A new hash with a random salt (demo data and test fixtures, for addresses used once). */
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...defaults });
  },

  /**
   * The full PHC string of `password` under a challenge prefix from the database: the candidate
   * the database compares with what it stores (or stores, when setting a password).
   */
  hashFor(prefix: string, password: string): Promise<string> {
    return argon2.hash(password, optionsOf(prefix));
  },

  /** A prefix for a new password of an address: its salt (shared by its accounts), today's parameters. */
  newPasswordPrefix(challengePrefix: string): string {
    const salt = optionsOf(challengePrefix).salt.toString('base64').replace(/=+$/, '');
    return `$argon2id$v=19$${DEFAULT_ARGON2_PARAMS}$${salt}`;
  },
};
