import argon2 from 'argon2';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). A hash of a random
 * password stands in for unknown addresses, so a login takes as long whether the address
 * exists or not.
 */
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let decoy: Promise<string> | undefined;

export const passwordHasher = {
  hash(password: string): Promise<string> {
    return argon2.hash(password, options);
  },

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    decoy ??= argon2.hash(`decoy-${Math.random()}`, options);
    try {
      return await argon2.verify(hash ?? (await decoy), password);
    } catch {
      return false;
    }
  },
};
