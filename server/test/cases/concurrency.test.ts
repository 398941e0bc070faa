import { describe, expect, it } from 'vitest';
import { createCase, newCaseInput, referralWorld, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started), { DATABASE_POOL_SIZE: '20' });

const CREATE = 'mutation($input: CreateCaseInput!) { createCase(input: $input) { id number } }';
const UPDATE = 'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { version destinationPlace needs { description } } }';

describe('case numbers', () => {
  it('100 concurrent creations get 100 distinct numbers with no gaps', async () => {
    // On a loaded machine some of the 100 wait longer for a connection than DATABASE_POOL_TIMEOUT_MS
    // allows and are answered BUSY: they ran nothing, and do what a client does — try again.
    const create = async (i: number) => {
      for (let attempt = 1; ; attempt += 1) {
        const result = await t.gql<{ createCase: { number: string } }>(
          CREATE,
          { input: newCaseInput({ destinationPlace: `Place ${i}` }) },
          { token: i % 2 ? w.caseworker.token : w.supervisor.token },
        );
        if (result.errors?.[0]?.extensions?.code !== 'BUSY' || attempt === 20) return result;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    };
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => create(i)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const numbers = results.map((r) => r.data!.createCase.number);
    expect(new Set(numbers).size).toBe(100);
    const year = new Date().getUTCFullYear();
    const prefix = numbers[0]!.split('-')[0];
    const sequences = numbers.map((n) => {
      expect(n).toMatch(new RegExp(`^${prefix}-${year}-\\d{4}$`));
      return Number(n.split('-')[2]);
    });
    expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('a creation that fails leaves no gap: the next case takes its number', async () => {
    const before = await createCase(t, w.caseworker.token);
    const failed = await t.gql(CREATE, { input: newCaseInput({ responsibleCaseworkerId: w.analyst.id }) }, { token: w.caseworker.token });
    expect(failed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const after = await createCase(t, w.caseworker.token);
    expect(Number(after.number.split('-')[2])).toBe(Number(before.number.split('-')[2]) + 1);
  });

  it('numbers are per organisation', async () => {
    const gothenburg = await createCase(t, w.gothenburgCaseworker.token);
    expect(gothenburg.number).toMatch(/-0001$/);
  });
});

describe('concurrent edits', () => {
  it('of one case: one wins, the other gets CONFLICT, and nothing of the winner is lost', async () => {
    const created = await createCase(t, w.caseworker.token);
    const edits = await Promise.all([
      t.gql<{ updateCase: { version: number } }>(UPDATE, { input: { id: created.id, version: created.version, destinationPlace: 'Mosul', needs: 'From A' } }, { token: w.caseworker.token }),
      t.gql<{ updateCase: { version: number } }>(UPDATE, { input: { id: created.id, version: created.version, destinationPlace: 'Basra', needs: 'From B' } }, { token: w.supervisor.token }),
    ]);
    const winners = edits.filter((e) => e.data?.updateCase);
    const losers = edits.filter((e) => e.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const winner = winners[0]!.data!.updateCase as unknown as { version: number; destinationPlace: string; needs: { description: string } };
    expect(winner.version).toBe(created.version + 1);
    const [row] = await t.owner<{ destination_place: string; version: number; description: string }>(
      'SELECT c.destination_place, c.version, n.description FROM referral_case c JOIN case_needs n ON n.case_id = c.id WHERE c.id = $1',
      [created.id],
    );
    // The stored case is entirely the winner's: place and needs from the same edit.
    expect(row).toEqual({ destination_place: winner.destinationPlace, version: winner.version, description: winner.needs.description });
  });

  it('a stale version is refused even without a race, in the user’s own language (not the browser’s)', async () => {
    const created = await createCase(t, w.caseworker.token);
    await t.gql(UPDATE, { input: { id: created.id, version: created.version, destinationPlace: 'First' } }, { token: w.caseworker.token });
    const stale = await t.gql(UPDATE, { input: { id: created.id, version: created.version, destinationPlace: 'Second' } }, { token: w.caseworker.token, language: 'sv' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toBe('Someone else changed this case while you were editing. Reload it and make your change again.');
    const [row] = await t.owner<{ destination_place: string }>('SELECT destination_place FROM referral_case WHERE id = $1', [created.id]);
    expect(row!.destination_place).toBe('First');
  });
});
