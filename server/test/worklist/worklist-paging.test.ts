import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, login } from '../support/fixtures.js';
import { createSupervisionSession, supervisionWorld, type Person, type ReferralWorld } from '../support/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every list of the worklist is decided and paged in SQL: a page (first, default 20, at most 100;
 * after) with the count of all, in a stable order, for the same few statements whatever the page
 * size; and never anything of another organisation.
 */
let t: TestApp;
let w: ReferralWorld;
/** A Stockholm caseworker of its own, so that this file's counts are exact. */
let pager: Person;
const SEEDED = 25;
const LISTS = ['casesNeedingAction', 'referralsAwaitingAnswer', 'overdueFollowUps', 'supervisionActionsDue'] as const;
type List = (typeof LISTS)[number];
const NODE: Record<List, string> = {
  casesNeedingAction: 'reason case { id }',
  referralsAwaitingAnswer: 'id case { id }',
  overdueFollowUps: 'id',
  supervisionActionsDue: 'action { id } session { id }',
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let sequence = 0;
/** Cases of `responsible`, through SQL: `count` of them in `status`, each with a returnee. */
async function seedCases(responsible: string, count: number, status: string, tag: string): Promise<string[]> {
  const found = await t.owner<{ id: string }>(
    `WITH made AS (
       INSERT INTO referral_case (organisation_id, number, year, sequence, responsible_user_id, destination_country, destination_place, status, created_by_user_id)
       SELECT $1, $2 || '-' || i, 2031, $3 + i, $4, 'IQ', 'Baghdad', $5, $4 FROM generate_series(1, $6::int) i RETURNING id, organisation_id, sequence
     ), named AS (
       INSERT INTO returnee (case_id, organisation_id, first_name, last_name, sex, document_language)
       SELECT id, organisation_id, 'Paged', 'Case ' || sequence, 'UNKNOWN', 'en' FROM made RETURNING case_id
     )
     SELECT case_id AS id FROM named`,
    [w.stockholm.id, tag, sequence, responsible, status, count],
  );
  sequence += count;
  return found.map((row) => row.id);
}

/** Closes cases a test made, so that the lists' counts are as the other tests expect. */
async function closeCases(caseIds: Array<string | undefined>): Promise<void> {
  await t.owner(`UPDATE referral_case SET status = 'CLOSED', closure_reason = 'COMPLETED' WHERE id = ANY($1)`, [caseIds]);
}

/** Consent and a referral of each case to Baghdad in `status`, through SQL. */
async function seedReferrals(caseIds: string[], status: 'PENDING' | 'ACCEPTED'): Promise<void> {
  await t.owner(
    `INSERT INTO consent (case_id, organisation_id, partner_organisation_id, sections, given_on, recorded_by_user_id)
     SELECT id, $2, $3, ARRAY['IDENTITY'], current_date, $4 FROM unnest($1::uuid[]) id`,
    [caseIds, w.stockholm.id, w.baghdad.id, w.caseworker.id],
  );
  await t.owner(
    `INSERT INTO referral (case_id, organisation_id, to_organisation_id, agreement_id, sections, status, sent_by_user_id, sent_at, expires_at, responded_at, responded_by_user_id)
     SELECT id, $2, $3, $4, ARRAY['IDENTITY'], $5, $6, now() - make_interval(mins => n::int), now() + interval '10 days',
            CASE WHEN $5 = 'ACCEPTED' THEN now() END, CASE WHEN $5 = 'ACCEPTED' THEN $7::uuid END
       FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, n)`,
    [caseIds, w.stockholm.id, w.baghdad.id, w.agreements.stockholmBaghdad, status, w.caseworker.id, w.baghdadCaseworker.id],
  );
}

/** A visit of each case through SQL (the trigger of migration 0009 keeps `latest`). */
async function seedVisits(caseIds: string[], visitedOn: (index: number) => string, nextVisitOn: (index: number) => string | null): Promise<void> {
  await t.owner(
    `INSERT INTO follow_up_visit (case_id, owner_organisation_id, partner_organisation_id, visited_on, mode, narrative, next_visit_on, recorded_by_user_id)
     SELECT id, $2, $3, visited::date, 'PHONE', 'Seeded', next::date, $4 FROM unnest($1::uuid[], $5::text[], $6::text[]) AS v(id, visited, next)`,
    [caseIds, w.stockholm.id, w.baghdad.id, w.baghdadCaseworker.id, caseIds.map((_, i) => visitedOn(i)), caseIds.map((_, i) => nextVisitOn(i))],
  );
}

let overdueCases: string[];
let pendingReferrals: string[];
beforeAll(async () => {
  t = await startTestApp();
  w = await supervisionWorld(t);
  const user = await createUser(t, w.stockholm, { roles: ['CASEWORKER'] });
  pager = { ...user, token: (await login(t, user)).token };

  await seedCases(pager.id, SEEDED, 'INTAKE', 'PGA'); // no consent: NO_CONSENT, one each
  const pending = await seedCases(w.caseworker.id, SEEDED, 'PREPARING_RETURN', 'PGB');
  await seedReferrals(pending, 'PENDING');
  pendingReferrals = (await t.owner<{ id: string }>('SELECT id FROM referral WHERE case_id = ANY($1)', [pending])).map((r) => r.id);
  overdueCases = await seedCases(w.caseworker.id, SEEDED, 'IN_REINTEGRATION', 'PGC');
  await seedReferrals(overdueCases, 'ACCEPTED');
  // Every one a week or more overdue, whatever the zone; two pairs share a date (the id orders them).
  await seedVisits(overdueCases, () => day(-40), (i) => day(-7 - Math.floor(i / 2)));

  await createSupervisionSession(t, w, {
    heldOn: day(-1),
    mode: 'PHONE',
    actions: Array.from({ length: SEEDED }, (_, i) => ({ description: `Action ${i}`, ownerId: w.baghdadCaseworker.id, dueOn: day(-3 + (i % 5)) })),
  });
}, 120_000);
afterAll(async () => t?.close());

/** Whose list each list is in this world. */
const tokenFor = (list: List) => (list === 'casesNeedingAction' ? pager.token : list === 'overdueFollowUps' ? w.caseworker.token : w.baghdadCaseworker.token);

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: Record<string, unknown> & { id?: string; case?: { id: string }; action?: { id: string } } }>;
}

async function page(list: List, args: { first?: number; after?: string | null }, token = tokenFor(list)) {
  const response = await t.gql<{ myWorklist: Record<List, Page> }>(
    `query($first: Int, $after: String) { myWorklist {
       ${list}(${args.first === undefined ? '' : 'first: $first, '}after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NODE[list]} } } }
     } }`.replace('$first: Int, ', args.first === undefined ? '' : '$first: Int, '),
    { ...(args.first === undefined ? {} : { first: args.first }), after: args.after ?? null },
    { token },
  );
  return { page: response.data?.myWorklist[list], errors: response.errors as Array<{ extensions: { code: string; field?: string } }> | undefined };
}

const keyOf = (node: Page['edges'][number]['node']) => node.action?.id ?? (node.reason ? `${node.reason as string}:${node.case!.id}` : node.id!);

describe.each(LISTS)('%s', (list) => {
  it('pages by 20 by default, then continues after the cursor, in the order of one large page, with the count of all', async () => {
    const first = await page(list, {});
    expect(first.errors).toBeUndefined();
    expect(first.page!.totalCount).toBe(SEEDED);
    expect(first.page!.edges).toHaveLength(20);
    expect(first.page!.pageInfo.hasNextPage).toBe(true);
    expect(first.page!.pageInfo.endCursor).toBe(first.page!.edges.at(-1)!.cursor);

    const rest = await page(list, { first: 20, after: first.page!.pageInfo.endCursor });
    expect(rest.page!.totalCount).toBe(SEEDED);
    expect(rest.page!.edges).toHaveLength(SEEDED - 20);
    expect(rest.page!.pageInfo.hasNextPage).toBe(false);

    const all = await page(list, { first: 100 });
    const paged = [...first.page!.edges, ...rest.page!.edges].map((e) => keyOf(e.node));
    expect(new Set(paged).size).toBe(SEEDED);
    expect(paged).toEqual(all.page!.edges.map((e) => keyOf(e.node)));

    // Small pages walk the same order.
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const next = await page(list, { first: 7, after });
      walked.push(...next.page!.edges.map((e) => keyOf(e.node)));
      after = next.page!.pageInfo.hasNextPage ? next.page!.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toEqual(paged);
  });

  it('refuses a page size outside 1 to 100 and a cursor it did not make, naming the argument', async () => {
    for (const first of [0, 101, -1]) {
      const refused = await page(list, { first });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    expect((await page(list, { first: 100 })).errors).toBeUndefined();
    for (const after of ['not-a-cursor', Buffer.from(JSON.stringify(['x', 'y', 'z'])).toString('base64url')]) {
      const refused = await page(list, { first: 5, after });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

it('orders each list by a stable key: oldest item, longest overdue, oldest referral, soonest action first', async () => {
  const overdue = (await page('overdueFollowUps', { first: 100 })).page!.edges.map((e) => e.node.id);
  const [{ ids }] = await t.owner<{ ids: string[] }>(
    `SELECT array_agg(case_id ORDER BY next_visit_on, case_id) AS ids FROM follow_up_visit WHERE case_id = ANY($1) AND latest`,
    [overdueCases],
  );
  expect(overdue).toEqual(ids);
  const referrals = (await page('referralsAwaitingAnswer', { first: 100 })).page!.edges.map((e) => e.node.id);
  expect(new Set(referrals)).toEqual(new Set(pendingReferrals));
  const actions = await t.owner<{ id: string }>(
    `SELECT a.id FROM supervision_action a WHERE a.owner_user_id = $1 AND NOT a.done ORDER BY a.due_on, a.id`,
    [w.baghdadCaseworker.id],
  );
  expect((await page('supervisionActionsDue', { first: 100 })).page!.edges.map((e) => e.node.action!.id)).toEqual(actions.map((a) => a.id));
});

describe('another organisation', () => {
  it('never sees a case, referral or action of these lists, on any page, and counts none of them', async () => {
    const seen = new Set([...overdueCases, ...pendingReferrals]);
    for (const outsider of [w.gothenburgCaseworker, w.prijedorCaseworker, w.gothenburgCoordinator]) {
      for (const list of LISTS) {
        const answer = await page(list, { first: 100 }, outsider.token);
        expect(answer.errors).toBeUndefined();
        expect(answer.page!.totalCount).toBe(answer.page!.edges.length);
        for (const edge of answer.page!.edges) {
          expect(seen.has(edge.node.id ?? '') || seen.has(edge.node.case?.id ?? '')).toBe(false);
        }
      }
      expect((await page('overdueFollowUps', { first: 100 }, outsider.token)).page!.totalCount).toBe(0);
    }
  });

  it('an analyst of the same organisation has empty lists (and a refused page size still names `first`)', async () => {
    for (const list of LISTS) {
      const answer = await page(list, {}, w.analyst.token);
      expect(answer.page).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
      expect((await page(list, { first: 101 }, w.analyst.token)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });
});

/** All four lists as the start page asks for them; the page size is written in (a variable one counts as 100 against the cost limit). */
const full = (first: number) => /* GraphQL */ `
  query Full { myWorklist {
    casesNeedingAction(first: ${first}) { totalCount edges { node { reason since case { id number status returnee { firstName lastName } } } } }
    referralsAwaitingAnswer(first: ${first}) { totalCount edges { node { id sentAt from { name } case { id number returnee { firstName lastName } } } } }
    overdueFollowUps(first: ${first}) { totalCount edges { node { id number viewerIsOwner organisation { name } returnee { firstName lastName } followUp { nextVisitOn partner { name } } } } }
    supervisionActionsDue(first: ${first}) { totalCount edges { node { action { id description dueOn overdue } session { id heldOn organisation { name } partner { name } } } } }
  } }
`;

async function statementsFor(token: string, first: number): Promise<string[]> {
  const start = t.statements.length;
  const response = await t.gql<{ myWorklist: Record<List, Page> }>(full(first), {}, { token });
  expect(JSON.stringify(response.errors ?? null)).toBe('null');
  // The audit sealer runs every two seconds on the same pool; its statement is not the request's.
  return t.statements.slice(start).filter((statement) => !statement.includes('audit_seal()'));
}

it('costs the same statements for pages of 2 and of 20, on both sides, whatever the volume behind them', async () => {
  for (const person of [w.caseworker, w.baghdadCaseworker, pager]) {
    const two = await statementsFor(person.token, 2);
    const twenty = await statementsFor(person.token, 20);
    expect(twenty.length).toBe(two.length);
    expect(two.length).toBeLessThanOrEqual(40);
  }
});

it('asks the database for the cases needing a person only of those who read their office\'s cases', async () => {
  const asks = (statements: string[]) => statements.some((statement) => statement.includes('WITH mine AS'));
  expect(asks(await statementsFor(w.caseworker.token, 2))).toBe(true);
  // A partner caseworker reads no case of its own office (referral_case_read): the list is empty unasked.
  expect(asks(await statementsFor(w.baghdadCaseworker.token, 2))).toBe(false);
  const partnerList = await t.gql<{ myWorklist: { casesNeedingAction: Page } }>(full(2), {}, { token: w.baghdadCaseworker.token });
  expect(partnerList.data?.myWorklist.casesNeedingAction).toMatchObject({ totalCount: 0, edges: [] });
});

describe('overdue on the partner’s calendar day', () => {
  it('a next visit on the partner’s today is not overdue, the day before is, though UTC’s day says otherwise', async () => {
    // A zone whose day differs from UTC's right now: 14 hours ahead, or 12 behind.
    const [zones] = await t.owner<{ utc: string; ahead: string; behind: string }>(
      `SELECT (now() AT TIME ZONE 'UTC')::date::text AS utc, (now() AT TIME ZONE 'Pacific/Kiritimati')::date::text AS ahead,
              (now() AT TIME ZONE 'Etc/GMT+12')::date::text AS behind`,
    );
    const zone = zones!.ahead !== zones!.utc ? 'Pacific/Kiritimati' : 'Etc/GMT+12';
    await t.owner('UPDATE organisation SET time_zone = $2 WHERE id = $1', [w.baghdad.id, zone]);
    try {
      const [{ today, yesterday }] = await t.owner<{ today: string; yesterday: string }>(
        'SELECT app_local_today($1)::text AS today, (app_local_today($1) - 1)::text AS yesterday',
        [w.baghdad.id],
      );
      expect(today).not.toBe(zones!.utc);
      const [onTheDay, dayBefore] = await seedCases(w.caseworker.id, 2, 'IN_REINTEGRATION', 'PGD');
      await seedReferrals([onTheDay!, dayBefore!], 'ACCEPTED');
      await seedVisits([onTheDay!, dayBefore!], () => day(-30), (i) => (i === 0 ? today! : yesterday!));
      for (const person of [w.caseworker, w.baghdadCaseworker]) {
        const listed = (await page('overdueFollowUps', { first: 100 }, person.token)).page!;
        const ids = listed.edges.map((e) => e.node.id);
        expect(ids).toContain(dayBefore);
        expect(ids).not.toContain(onTheDay);
        expect(listed.totalCount).toBe(SEEDED + 1);
      }
    } finally {
      await t.owner(`UPDATE organisation SET time_zone = 'Asia/Baghdad' WHERE id = $1`, [w.baghdad.id]);
      await t.owner(`UPDATE referral_case SET status = 'CLOSED', closure_reason = 'COMPLETED' WHERE number LIKE 'PGD-%'`);
    }
  });
});

describe('the latest visit decides (migration 0009’s trigger)', () => {
  it('a later visit with a future date takes a case off the list; a backdated visit does not put it back', async () => {
    const [later, backdated] = await seedCases(w.caseworker.id, 2, 'IN_REINTEGRATION', 'PGE');
    await seedReferrals([later!, backdated!], 'ACCEPTED');
    await seedVisits([later!, backdated!], () => day(-30), () => day(-10));
    const listed = async () => (await page('overdueFollowUps', { first: 100 })).page!.edges.map((e) => e.node.id);
    expect(await listed()).toEqual(expect.arrayContaining([later, backdated]));

    // Through the API, as the partner records them.
    const visit = (caseId: string, visitedOn: string, nextVisitOn: string) =>
      t.gql(
        'mutation($input: RecordFollowUpVisitInput!) { recordFollowUpVisit(input: $input) { id } }',
        { input: { caseId, visitedOn, mode: 'PHONE', domainStatuses: [], narrative: 'Visit', nextVisitOn } },
        { token: w.baghdadCaseworker.token },
      );
    expect((await visit(later!, day(-1), day(20))).errors).toBeUndefined();
    expect((await visit(backdated!, day(-1), day(20))).errors).toBeUndefined();
    expect((await visit(backdated!, day(-40), day(-35))).errors).toBeUndefined();
    const now = await listed();
    expect(now).not.toContain(later);
    expect(now).not.toContain(backdated);
    const flags = await t.owner<{ next: string; latest: boolean }>(
      'SELECT next_visit_on::text AS next, latest FROM follow_up_visit WHERE case_id = $1 ORDER BY visited_on',
      [backdated],
    );
    expect(flags).toEqual([
      { next: day(-35), latest: false },
      { next: day(-10), latest: false },
      { next: day(20), latest: true },
    ]);
    await closeCases([later, backdated]);
  });

  it('app_mark_latest_visits (SECURITY DEFINER) reaches only the visits of the cases inserted into', async () => {
    const [mine, other] = await seedCases(w.caseworker.id, 2, 'IN_REINTEGRATION', 'PGF');
    await seedReferrals([mine!, other!], 'ACCEPTED');
    await seedVisits([mine!, other!], () => day(-30), () => day(-10));
    // A flag set wrong by hand on the other case stays as it is: the trigger never looks there.
    await t.owner('UPDATE follow_up_visit SET latest = false WHERE case_id = $1', [other]);
    const after = await t.asAppRole({ organisationId: w.baghdad.id, userId: w.baghdadCaseworker.id, roles: ['PARTNER_CASEWORKER'] }, async (sql) => {
      // Whatever the writer says about `latest`, the trigger decides it.
      await sql.rows(
        `INSERT INTO follow_up_visit (case_id, owner_organisation_id, partner_organisation_id, visited_on, mode, narrative, next_visit_on, recorded_by_user_id, latest)
         VALUES ($1, $2, $3, $4, 'PHONE', 'Visit', $5, $6, false)`,
        [mine, w.stockholm.id, w.baghdad.id, day(-2), day(9), w.baghdadCaseworker.id],
      );
      // The application role itself may not change a recorded visit.
      expect(await sql.attempt('UPDATE follow_up_visit SET latest = true WHERE case_id = $1', [other])).toBe('42501');
      return sql.rows<{ case_id: string; next: string; latest: boolean }>(
        'SELECT case_id, next_visit_on::text AS next, latest FROM follow_up_visit WHERE case_id = ANY($1) ORDER BY case_id = $2 DESC, visited_on',
        [[mine, other], mine],
      );
    });
    expect(after).toEqual([
      { case_id: mine, next: day(-10), latest: false },
      { case_id: mine, next: day(9), latest: true },
      { case_id: other, next: day(-10), latest: false },
    ]);
    await closeCases([mine, other]);
  });
});
