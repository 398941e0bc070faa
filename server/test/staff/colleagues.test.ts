import { describe, expect, it } from 'vitest';
import { createUser } from '../support/fixtures.js';
import { referralWorld, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/** The `colleagues` query: who may hold an activity or own a follow-up (issue 12). */
let t: TestApp;
let w: ReferralWorld;

worldForFile(referralWorld, (started) => ({ t, w } = started));

const COLLEAGUES = 'query { colleagues { id name nameLatin nameArabic organisation { id } } }';

type Colleague = { id: string; name: string; nameLatin: string | null; nameArabic: string | null; organisation: { id: string } };

async function colleagues(token: string) {
  return t.gql<{ colleagues: Colleague[] }>(COLLEAGUES, {}, { token });
}

describe('colleagues', () => {
  it("are the viewer's organisation's active staff of every role, with their names' spellings, by name", async () => {
    await t.owner("UPDATE app_user SET name = 'عمر حسن', name_latin = 'Omar Hassan' WHERE id = $1", [w.supervisor.id]);
    await t.owner("UPDATE app_user SET name = 'Amra Hodžić', name_arabic = 'أمرا هوجيتش' WHERE id = $1", [w.coordinator.id]);
    const leaver = await createUser(t, w.stockholm, { name: 'Aaron Left', roles: ['CASEWORKER'], active: false });

    const response = await colleagues(w.caseworker.token);
    expect(response.errors).toBeUndefined();
    const found = response.data!.colleagues;
    expect(found.map((c) => c.id).sort()).toEqual([w.caseworker.id, w.supervisor.id, w.coordinator.id, w.analyst.id].sort());
    expect(found.map((c) => c.id)).not.toContain(leaver.id);
    expect(found.find((c) => c.id === w.supervisor.id)).toEqual({ id: w.supervisor.id, name: 'عمر حسن', nameLatin: 'Omar Hassan', nameArabic: null, organisation: { id: w.stockholm.id } });
    expect(found.find((c) => c.id === w.coordinator.id)).toMatchObject({ name: 'Amra Hodžić', nameLatin: null, nameArabic: 'أمرا هوجيتش' });
    const names = found.map((c) => c.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('never include another organisation’s staff, not even a partner’s under an agreement in force', async () => {
    const stockholm = (await colleagues(w.supervisor.token)).data!.colleagues;
    for (const other of [w.gothenburgCaseworker, w.gothenburgCoordinator, w.baghdadCaseworker, w.baghdadCoordinator, w.prijedorCaseworker]) {
      expect(stockholm.map((c) => c.id)).not.toContain(other.id);
    }
    expect(stockholm.every((c) => c.organisation.id === w.stockholm.id)).toBe(true);

    const baghdad = (await colleagues(w.baghdadCaseworker.token)).data!.colleagues;
    expect(baghdad.map((c) => c.id).sort()).toEqual([w.baghdadCaseworker.id, w.baghdadCoordinator.id].sort());
  });

  it('are refused to analysts and to anonymous callers', async () => {
    const analyst = await colleagues(w.analyst.token);
    expect(analyst.data?.colleagues).toBeUndefined();
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(COLLEAGUES);
    expect(anonymous.data?.colleagues).toBeUndefined();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
