// `npm run bench:reads [-- --quick] [-- --explain] [-- --statements] [-- --only REGEX] [-- --postgraphile] [-- --rounds N]`: the volume benchmark's
// runner. On the data directory that `npm run bench:seed` built, it starts the embedded
// PostgreSQL, then the BUILT server as a child process in production mode (NODE_ENV=production,
// silent log, on 127.0.0.1), logs in real demo users and runs autocannon for every scenario at
// c = 1, 10 and 50. Prints one table; see bench/README.md for what each figure means. With
// `--postgraphile`, PostGraphile 4 (installed apart, see bench/README.md) serves issue 10's shape
// from the same database beside it, and `--rounds N` runs the list N times, interleaved.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { configureCluster, freePort, startCluster } from './lib/cluster.mjs';
import { clientDocument } from './lib/documents.mjs';
import { summarisePlans, parseExplainLog } from './lib/plans.mjs';
import { withServerNodeOptions } from '../server/scripts/node-options.mjs';

const defaultDataDir = resolve(new URL('.', import.meta.url).pathname, '.data', 'volume');
const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.BENCH_DATA_DIR ?? defaultDataDir },
    quick: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    statements: { type: 'boolean', default: false },
    only: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string', default: '1,10,50' },
    json: { type: 'string' },
    postgraphile: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '1' },
    warm: { type: 'string', default: '8' },
  },
});
const postgraphileDir = resolve(new URL('.', import.meta.url).pathname, '.data', 'postgraphile');
if (options.postgraphile && !existsSync(join(postgraphileDir, 'node_modules', 'postgraphile'))) {
  console.error(`PostGraphile is not installed: npm install --prefix ${postgraphileDir} postgraphile@4`);
  process.exit(1);
}
/** The portal's signing key, which PostGraphile checks the same tokens with. */
const jwtSecret = randomBytes(48).toString('base64url');
const dataDir = resolve(options.dir);
const duration = Number(options.duration ?? (options.quick ? 3 : 10));
const warmup = options.quick ? 1 : 3;
const levels = options.connections.split(',').map(Number);
const CORES = 2;

if (!existsSync(join(dataDir, 'seeded.json'))) {
  console.error(`${dataDir} is not seeded: run \`npm run bench:seed\` first.`);
  process.exit(1);
}
const seeded = JSON.parse(readFileSync(join(dataDir, 'seeded.json'), 'utf8'));
const serverMain = new URL('../server/dist/main.js', import.meta.url).pathname;
if (!existsSync(serverMain)) {
  console.error('server/dist/main.js is missing: run `npm run build -w server` first.');
  process.exit(1);
}

// The people who ask (server/src/modules/demo/demo-data.ts).
const PASSWORD = 'Cirkel-demo-2026';
const people = {
  caseworker: 'anna.lindqvist@stockholm.example', // Stockholm, CASEWORKER
  supervisor: 'eva.sandberg@stockholm.example', // Stockholm, SUPERVISOR + CASEWORKER
  partner: 'selma.begic@cldd-bih.example', // CLDD Bosna i Hercegovina, PARTNER_CASEWORKER
};

// ---------------------------------------------------------------------------------------------
// Documents. The client's own, read from client/src by operation name (lib/documents.mjs); the
// two that the client does not have are written out here. When an operation's variables change
// (the worklist paged, say), its scenario below is the one place to update.
// ---------------------------------------------------------------------------------------------
const documents = {
  cases: clientDocument('Cases'),
  openCase: clientDocument('Case'),
  worklist: clientDocument('MyWorklist'),
  inbox: clientDocument('ReferralInbox'),
  referredCases: clientDocument('IncomingReferrals'),
  notifications: clientDocument('Notifications'),
  supervision: clientDocument('SupervisionSessions'),
  sendMessage: clientDocument('SendCaseMessage'),
  /**
   * Issue 10's comparison shape: a page of cases with returnee, status and each referral's partner
   * (no totalCount: PostGraphile, as measured in the issue, counts only when asked, and so does Cirkel).
   */
  // Issue 12's lists, as their pages will ask for them (the client's pages are still to come).
  contacts: `query Contacts($first: Int!, $filter: ContactFilter) {
    contactOrganisations(first: $first, filter: $filter) { totalCount edges { node { id name kind focusCountries district status } } pageInfo { hasNextPage endCursor } }
  }`,
  outreach: `query Outreach($first: Int!, $filter: OutreachFilter) {
    outreachActivities(first: $first, filter: $filter) {
      totalCount edges { node { id kind heldOn title focusCountries participants contacts { id name } followUpTask { dueOn doneAt owner { id name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  consultations: `query Consultations($first: Int!, $filter: ConsultationFilter) {
    staffConsultations(first: $first, filter: $filter) { totalCount edges { node { id heldOn channel topic department district departmentContact { id name } } } pageInfo { hasNextPage endCursor } }
  }`,
  casesWithReferrals: `query CasesWithReferrals($first: Int!) {
    cases(first: $first) { edges { node { id number status returnee { firstName lastName } referrals { id status to { id name } } } } }
  }`,
  /** The same page from PostGraphile (bench/lib/postgraphile-server.mjs), in the portal's own order (the last change first). */
  postgraphileCasesWithReferrals: postgraphilePage('orderBy: [UPDATED_AT_DESC, ID_DESC]'),
  /** PostGraphile's own order (the primary key), which an index serves with no sort: the cheapest page it has. */
  postgraphileCasesByKey: postgraphilePage('orderBy: PRIMARY_KEY_ASC'),
};
function postgraphilePage(order) {
  return `query CasesWithReferrals($first: Int!) {
    allReferralCases(first: $first, ${order}) {
      nodes { id number status returneeByCaseId { firstName lastName } referralsByCaseId { nodes { id status organisationByToOrganisationId { id name } } } }
    }
  }`;
}
const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id } } }';

function scenarios(ids) {
  const page = (filter, orderBy) => ({ first: 50, ...(filter ? { filter } : {}), ...(orderBy ? { orderBy } : {}) });
  const list = [
    // The floor under every scenario: HTTP, token, request transaction, actor, audit, commit.
    ['signed-in minimum (me)', 'caseworker', '{ me { id } }', {}],
    ['case list (client, 50)', 'caseworker', documents.cases, page()],
    ['case list + referrals (issue shape)', 'caseworker', documents.casesWithReferrals, { first: 50 }],
    ...(options.postgraphile
      ? [
          ['PostGraphile: issue shape, same page', 'caseworker', documents.postgraphileCasesWithReferrals, { first: 50 }, 'postgraphile'],
          ['PostGraphile: issue shape, by primary key', 'caseworker', documents.postgraphileCasesByKey, { first: 50 }, 'postgraphile'],
        ]
      : []),
    ['filter status IN_REINTEGRATION', 'caseworker', documents.cases, page({ status: ['IN_REINTEGRATION'] })],
    ['filter destination IQ', 'caseworker', documents.cases, page({ destinationCountry: 'IQ' })],
    ['filter responsible caseworker', 'caseworker', documents.cases, page({ responsibleCaseworkerId: ids.caseworker })],
    ['filter partner CLDD BiH', 'caseworker', documents.cases, page({ partnerId: ids.clddBih })],
    ...['NUMBER', 'UPDATED_AT', 'PLANNED_DEPARTURE', 'RETURNEE_NAME'].flatMap((field) =>
      ['ASC', 'DESC'].map((direction) => [`sort ${field} ${direction}`, 'caseworker', documents.cases, page(undefined, { field, direction })]),
    ),
    ['search prefix "Kovač"', 'caseworker', documents.cases, page({ text: 'Kovač' })],
    ['search infix "begov"', 'caseworker', documents.cases, page({ text: 'begov' })],
    ['search diacritics "hodž"', 'caseworker', documents.cases, page({ text: 'hodž' })],
    ['search no diacritics "hodz"', 'caseworker', documents.cases, page({ text: 'hodz' })],
    ['search case number', 'caseworker', documents.cases, page({ text: ids.caseNumber })],
    ['open case (owner)', 'caseworker', documents.openCase, { id: ids.ownCase }],
    ['open case (partner)', 'partner', documents.openCase, { id: ids.partnerCase }],
    ['worklist (caseworker)', 'caseworker', documents.worklist, {}],
    ['worklist (partner)', 'partner', documents.worklist, {}],
    ['partner inbox', 'partner', documents.inbox, { first: 20 }],
    ['partner referred cases', 'partner', documents.referredCases, { first: 20 }],
    ['notifications', 'caseworker', documents.notifications, { first: 20 }],
    ['supervision list', 'supervisor', documents.supervision, { first: 20 }],
    ['contacts directory', 'caseworker', documents.contacts, { first: 50 }],
    ['contacts: filter IQ, associations', 'caseworker', documents.contacts, { first: 50, filter: { country: 'IQ', kind: 'IMMIGRANT_ASSOCIATION' } }],
    ['contacts: search "dijla"', 'caseworker', documents.contacts, { first: 50, filter: { text: 'dijla' } }],
    ['contact timeline (outreach of one)', 'caseworker', documents.outreach, { first: 20, filter: { contactOrganisationId: ids.contact } }],
    ['outreach list', 'caseworker', documents.outreach, { first: 50 }],
    ['outreach: filter SO, last year', 'caseworker', documents.outreach, { first: 50, filter: { country: 'SO', from: ids.yearAgo } }],
    ['staff consultations', 'caseworker', documents.consultations, { first: 50 }],
    ['send a message (mutation)', 'caseworker', documents.sendMessage, { input: { referralId: ids.messageReferral, body: 'Benchmark: ett meddelande.' } }],
  ].map(([name, who, query, variables, target = 'cirkel']) => ({ name, who, target, body: JSON.stringify({ query, variables }) }));
  const only = options.only ? new RegExp(options.only, 'i') : undefined;
  const chosen = list.filter((s) => !only || only.test(s.name));
  // Rounds run the whole list again (the same scenario objects), so that two servers alternate.
  return Array.from({ length: Number(options.rounds) }, () => chosen).flat();
}

// ---------------------------------------------------------------------------------------------
// Processes: PostgreSQL (started here) and the server (a child). Both are stopped, by pid, on
// every way out: the end, an error, Ctrl-C.
// ---------------------------------------------------------------------------------------------
let cluster;
let server;
let postgraphile;
let capture; // PostgreSQL's stderr while the explain pass listens
let stopping;
function stopAll() {
  stopping ??= (async () => {
    for (const child of [server?.child, postgraphile?.child]) {
      if (!child || child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 12_000);
      await exited;
      clearTimeout(killer);
    }
    await cluster?.stop().catch(() => undefined);
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    process.stderr.write(`\n${signal}: stopping the server and PostgreSQL…\n`);
    void stopAll().finally(() => process.exit(130));
  });
}

async function startServer() {
  const port = await freePort();
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, serverMain], {
    // As in production: the server's own NODE_OPTIONS (server/scripts/node-options.mjs).
    env: withServerNodeOptions({
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: cluster.appUrl,
      DATABASE_OWNER_URL: cluster.ownerUrl,
      JWT_SECRET: jwtSecret,
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'false',
      CLIENT_DIST_DIR: join(dataDir, 'no-client'),
    }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let said = '';
  child.stderr.on('data', (chunk) => (said = (said + chunk).slice(-4000)));
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`the server exited (${code}) at start: ${said}`))));
  exited.catch(() => undefined);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = await Promise.race([fetch(`${url}/ready`).then((r) => r.ok, () => false), exited]);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the server was not ready within 120 s: ${said}`);
    await sleep(250);
  }
  return { child, url, pid: child.pid };
}

/** PostGraphile 4 on the same database, with the same signing key (bench/lib/postgraphile-server.mjs). */
async function startPostGraphile() {
  const port = await freePort();
  const child = spawn(process.execPath, [new URL('./lib/postgraphile-server.mjs', import.meta.url).pathname], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: cluster.appUrl, JWT_SECRET: jwtSecret, POSTGRAPHILE_DIR: postgraphileDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  child.stderr.on('data', (chunk) => (said = (said + chunk).slice(-4000)));
  await new Promise((resolvePromise, reject) => {
    child.stdout.once('data', resolvePromise);
    child.once('exit', (code) => reject(new Error(`PostGraphile exited (${code}) at start: ${said}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, pid: child.pid };
}

async function gql(url, token, body) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

async function ask(url, token, query, variables) {
  const answer = await gql(url, token, JSON.stringify({ query, variables }));
  if (answer.json.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.json.errors)}`);
  return answer.json.data;
}

/** Ids the scenarios need, found through the API as the people themselves would. */
async function discover(url, tokens, userIds) {
  const partners = (await ask(url, tokens.caseworker, 'query { referralPartners { id name } }')).referralPartners;
  const clddBih = partners.find((p) => p.name.startsWith('CLDD Bosna'))?.id;
  const own = (await ask(url, tokens.caseworker, 'query { cases(first: 1) { edges { node { id number } } } }')).cases.edges[0].node;
  const incoming = (
    await ask(url, tokens.partner, 'query { incomingReferrals(status: [ACCEPTED], first: 1) { edges { node { case { id } } } } }')
  ).incomingReferrals.edges[0]?.node.case.id;
  // A live referral of one of Anna's own cases, to write to.
  const referrals = (
    await ask(
      url,
      tokens.caseworker,
      `query($id: ID!) { cases(first: 20, filter: { responsibleCaseworkerId: $id, status: [IN_REINTEGRATION] }) { edges { node { referrals { id status } } } } }`,
      { id: userIds.caseworker },
    )
  ).cases.edges.flatMap((e) => e.node.referrals);
  const messageReferral = referrals.find((r) => r.status === 'ACCEPTED')?.id;
  if (!clddBih || !incoming || !messageReferral) throw new Error(`could not find the ids the scenarios need: ${JSON.stringify({ clddBih, incoming, messageReferral })}`);
  // The directory entry with the most outreach: the longest timeline.
  const contact = (await ask(url, tokens.caseworker, 'query { contactOrganisations(first: 1, filter: { kind: IMMIGRANT_ASSOCIATION, status: COOPERATING }) { edges { node { id } } } }'))
    .contactOrganisations.edges[0]?.node.id;
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  return { clddBih, ownCase: own.id, caseNumber: own.number, partnerCase: incoming, messageReferral, caseworker: userIds.caseworker, contact, yearAgo };
}

function peakRss(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return undefined;
  }
}
/** Resets VmHWM (the peak resident set) so that the next reading covers one run only. */
function resetPeakRss(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** CPU time (user + system, ms) of a process: `/proc/<pid>/stat`, in clock ticks of 10 ms. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** CPU time (ms) of every child of the postmaster (the backends, the pools' among them), by pid. */
function postgresCpuMs(postmasterPid) {
  const byPid = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === postmasterPid) byPid.set(entry, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // gone between readdir and read
    }
  }
  return byPid;
}

/**
 * What one request costs in CPU, server and database apart: the figure that contention on a
 * 2-core machine (where a busy neighbour halves req/s) changes least. The database's is what its
 * backends spent meanwhile; one that ended during the run (another pool's idle connection) is
 * left out rather than subtracted.
 */
function cpuMeter(serverPid, postmasterPid) {
  const server = cpuMs(serverPid);
  const database = postgresCpuMs(postmasterPid);
  return (requests) => {
    let spent = 0;
    for (const [pid, ms] of postgresCpuMs(postmasterPid)) spent += ms - (database.get(pid) ?? 0);
    return { serverCpu: (cpuMs(serverPid) - server) / Math.max(1, requests), databaseCpu: spent / Math.max(1, requests) };
  };
}

function cannon(url, token, scenario, connections, seconds, amount) {
  return new Promise((resolvePromise, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: scenario.body,
        connections,
        ...(amount ? { amount } : { duration: seconds }),
        timeout: 120,
        // An answer with GraphQL errors is a failure, however fast.
        verifyBody: (body) => !body.includes('"errors":['),
      },
      (error, result) => (error ? reject(error) : resolvePromise(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false, outputStream: { write() {}, isTTY: false } });
  });
}

const admin = () => {
  const client = new pg.Client({ connectionString: cluster.superuserUrl, application_name: 'cirkel-bench' });
  client.on('error', () => undefined); // PostgreSQL stopping under it (Ctrl-C)
  return client.connect().then(() => client);
};

async function main() {
  const started = performance.now();
  cluster = await startCluster(dataDir, { onLog: (line) => capture?.push(line) });
  if (await configureCluster(pg, cluster.superuserUrl)) {
    await cluster.stop();
    cluster = await startCluster(dataDir, { onLog: (line) => capture?.push(line) });
  }
  const db = await admin();
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const counts = (await db.query(`SELECT (SELECT count(*) FROM referral_case) AS cases, (SELECT count(*) FROM referral) AS referrals`)).rows[0];

  server = await startServer();
  const { url } = server;
  if (options.postgraphile) postgraphile = await startPostGraphile();
  const serving = (scenario) => (scenario.target === 'postgraphile' ? postgraphile : server);
  const tokens = {};
  const userIds = {};
  for (const [who, email] of Object.entries(people)) {
    const { login } = await ask(url, undefined, LOGIN, { input: { email, password: PASSWORD } });
    tokens[who] = login.accessToken;
    userIds[who] = login.user.id;
  }
  const ids = await discover(url, tokens, userIds);
  const list = scenarios(ids);
  console.log(
    `volume: ${Number(counts.cases).toLocaleString('en')} cases, ${Number(counts.referrals).toLocaleString('en')} referrals (seeded ${seeded.seededAt}); ` +
      `server pid ${server.pid} (NODE_ENV=production, pool 10), PostgreSQL pid ${cluster.pid}; ${duration} s per run after ${warmup} s warm-up; ${list.length} scenarios` +
      (postgraphile ? `; PostGraphile pid ${postgraphile.pid} (pool 10)` : ''),
  );

  // One request each, in turn: the answer's size, its errors, and SQL statements per request
  // (pg_stat_statements: every top-level statement of the application role, BEGIN and COMMIT
  // included, over three requests).
  const appRoleOid = (await db.query('SELECT oid FROM pg_roles WHERE rolname = $1', [cluster.appRole])).rows[0].oid;
  for (const scenario of new Set(list)) {
    const first = await gql(serving(scenario).url, tokens[scenario.who], scenario.body);
    scenario.bytes = first.bytes;
    scenario.error = first.status !== 200 ? `HTTP ${first.status}` : first.json.errors ? first.json.errors[0]?.message : undefined;
    // Requests one after another get the same pooled connection back: after `--warm` of them its
    // prepared statements are past PostgreSQL's five custom plans, so the three measured show the
    // planning a request costs in steady state, not on a connection's first requests.
    for (let i = 1; i < Number(options.warm); i += 1) await gql(serving(scenario).url, tokens[scenario.who], scenario.body);
    await db.query('SELECT pg_stat_statements_reset()');
    const times = [];
    for (let i = 0; i < 3; i += 1) {
      const t = performance.now();
      await gql(serving(scenario).url, tokens[scenario.who], scenario.body);
      times.push(performance.now() - t);
    }
    scenario.singleMs = times.sort((a, b) => a - b)[1];
    const { rows } = await db.query(
      `SELECT coalesce(sum(calls), 0) AS calls, coalesce(sum(total_plan_time), 0) AS plan, coalesce(sum(total_exec_time), 0) AS exec
         FROM pg_stat_statements WHERE userid = $1`,
      [appRoleOid],
    );
    scenario.statements = Number(rows[0].calls) / 3;
    if (options.statements) {
      // Every round trip of one request, in the order of first call: what there is to merge.
      const { rows: texts } = await db.query(
        `SELECT calls / 3 AS calls, round((total_plan_time / calls)::numeric, 2) AS plan, round((total_exec_time / calls)::numeric, 2) AS exec,
                regexp_replace(query, '\\s+', ' ', 'g') AS query
           FROM pg_stat_statements WHERE userid = $1 ORDER BY stats_since, queryid`,
        [appRoleOid],
      );
      console.log(`\n## ${scenario.name}: ${scenario.statements} statements per request`);
      for (const t of texts) console.log(`  ${t.calls}× plan ${t.plan} ms, exec ${t.exec} ms  ${t.query.slice(0, 150)}`);
    }
    // Planning apart from execution: every statement is planned anew (unnamed statements).
    scenario.planMs = Number(rows[0].plan) / 3;
    scenario.execMs = Number(rows[0].exec) / 3;
  }

  if (postgraphile) {
    // The two must answer with the same page, or the comparison compares nothing.
    const numbers = async (target, query) => {
      const answer = (await gql(target.url, tokens.caseworker, JSON.stringify({ query, variables: { first: 50 } }))).json.data;
      const nodes = answer.cases ? answer.cases.edges.map((e) => e.node) : answer.allReferralCases.nodes;
      return nodes.map((n) => `${n.number}:${(n.referrals ?? n.referralsByCaseId.nodes).length}`).join(',');
    };
    const same = (await numbers(server, documents.casesWithReferrals)) === (await numbers(postgraphile, documents.postgraphileCasesWithReferrals));
    console.log(`PostGraphile's page holds the same 50 cases, in the same order, with as many referrals each: ${same ? 'yes' : 'NO'}`);
  }
  if (options.explain) await explainPass(db, serving, tokens, [...new Set(list)]);

  const rows = [];
  for (const scenario of list) {
    const token = tokens[scenario.who];
    const { url: target, pid } = serving(scenario);
    await cannon(target, token, scenario, Math.min(10, levels.at(-1)), warmup);
    await settle(db);
    for (const connections of levels) {
      // A run must complete a few requests per connection: when one request takes long (as
      // timed in the pass above), a fixed count replaces the fixed duration.
      const expected = (scenario.singleMs * connections) / Math.min(connections, CORES);
      const amount = expected * 3 > duration * 1000 ? Math.max(3, connections * 2) : undefined;
      const rss = connections === levels.at(-1) && resetPeakRss(pid);
      const meter = cpuMeter(pid, cluster.pid);
      const result = await cannon(target, token, scenario, connections, duration, amount);
      // autocannon stops at the end of the run, but the server may still work on what it was
      // sent: the next run starts when no statement of the application role is running.
      await settle(db);
      const cpu = meter(result.requests.total);
      // An answer that is not 2xx usually carries `errors` too: counted once.
      const failed = Math.max(result.non2xx, result.mismatches) + result.errors + result.timeouts;
      rows.push({
        scenario: scenario.name,
        c: connections,
        n: result.requests.total,
        rps: result.requests.average,
        p50: result.latency.p50,
        p975: result.latency.p97_5,
        p99: result.latency.p99,
        bytes: scenario.bytes,
        statements: scenario.statements,
        planMs: scenario.planMs,
        execMs: scenario.execMs,
        failed: failed + (scenario.error ? ` (${scenario.error.slice(0, 40)})` : ''),
        failedCount: failed,
        rss: rss ? peakRss(pid) : undefined,
        target: scenario.target,
        ...cpu,
        amount,
      });
      process.stderr.write(`  ${scenario.name} c=${connections}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms${failed ? `, ${failed} failed` : ''}\n`);
    }
  }
  printTable(rows);
  const peak = Math.max(...rows.filter((r) => r.rss && r.target === 'cirkel').map((r) => r.rss));
  console.log(`\nserver peak RSS during the c=${levels.at(-1)} runs: ${(peak / 2 ** 20).toFixed(0)} MB (VmHWM, reset before each run)`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (options.json) writeFileSync(options.json, `${JSON.stringify({ seeded, duration, rows, plans: list.map((s) => ({ name: s.name, plans: s.plans })) }, null, 2)}\n`);
  await db.end();
}

/** Waits (at most two minutes) until no statement of the application role is running. */
async function settle(db) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND state <> 'idle'`, [cluster.appRole]);
    if (rows[0].n === 0) return;
    await sleep(200);
  }
}

/** auto_explain on for one request of each scenario; prints the plans' gist. */
async function explainPass(db, serving, tokens, list) {
  await db.query(`ALTER SYSTEM SET auto_explain.log_min_duration = 0`);
  await db.query('SELECT pg_reload_conf()');
  await sleep(500);
  try {
    for (const scenario of list) {
      capture = [];
      await gql(serving(scenario).url, tokens[scenario.who], scenario.body);
      await sleep(400); // PostgreSQL's stderr arrives after the answer
      scenario.plans = parseExplainLog(capture.join('\n'));
      capture = undefined;
    }
  } finally {
    await db.query(`ALTER SYSTEM SET auto_explain.log_min_duration = -1`);
    await db.query('SELECT pg_reload_conf()');
  }
  console.log('\nEXPLAIN (auto_explain, one request per scenario, ANALYZE rows; top-level statements):');
  for (const scenario of list) {
    console.log(`\n## ${scenario.name}`);
    for (const line of summarisePlans(scenario.plans)) console.log(`  ${line}`);
  }
  console.log('');
}

function printTable(rows) {
  const mb = (bytes) => (bytes === undefined ? '' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
  const columns = [
    ['scenario', (r) => r.scenario, 'left'],
    ['c', (r) => String(r.c)],
    ['n', (r) => `${r.n}${r.amount ? '*' : ''}`],
    ['req/s', (r) => r.rps.toFixed(1)],
    ['p50 ms', (r) => String(r.p50)],
    ['p97.5 ms', (r) => String(r.p975)],
    ['p99 ms', (r) => String(r.p99)],
    ['bytes', (r) => r.bytes.toLocaleString('en')],
    ['SQL/req', (r) => (Number.isInteger(r.statements) ? String(r.statements) : r.statements.toFixed(1))],
    ['SQL plan ms', (r) => r.planMs.toFixed(1)],
    ['SQL exec ms', (r) => r.execMs.toFixed(1)],
    ['server CPU ms/req', (r) => r.serverCpu.toFixed(1)],
    ['DB CPU ms/req', (r) => r.databaseCpu.toFixed(1)],
    ['failed', (r) => String(r.failed)],
    ['peak RSS', (r) => mb(r.rss)],
  ];
  const cells = rows.map((r) => columns.map(([, get]) => get(r)));
  const widths = columns.map(([title], i) => Math.max(title.length, ...cells.map((c) => c[i].length)));
  const line = (values) => `| ${values.map((v, i) => (columns[i][2] === 'left' ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${line(columns.map(([title]) => title))}`);
  console.log(`| ${widths.map((w, i) => (columns[i][2] === 'left' ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`);
  for (const row of cells) console.log(line(row));
  if (rows.some((r) => r.amount)) console.log('* slow: a fixed count of requests (2 per connection, at least 3) instead of the fixed duration');
  const failing = rows.filter((r) => r.failedCount > 0 || /\(/.test(r.failed));
  if (failing.length > 0) console.log(`FAILED: ${[...new Set(failing.map((r) => r.scenario))].join('; ')}`);
}

try {
  await main();
} catch (error) {
  if (!stopping) console.error(error); // else: interrupted, and what failed is the stopping itself
  process.exitCode = 1;
} finally {
  await stopAll();
}
