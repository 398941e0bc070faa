// `node bench/search.mjs [--runs N] [--no-plans] [--dir DIR]`: the case list's search at volume
// (issue 11, point 2). On the volume database (`npm run bench:seed`), for a list of searches
// people make, as the Stockholm caseworker (the owner of the cases) and as a partner's caseworker:
// the time of the case list's first page sorted by relevance (the statement the repository sends
// for it: app_search_cases joined for the rank, the page of 20 and the count), p50 and p95 over
// --runs runs after two warm-ups, on the application role under row-level security; then the
// EXPLAIN (ANALYZE, BUFFERS) plan of each, the statements inside app_search_cases included
// (auto_explain with nested statements, sent to this client as notices).
//
// Needs the built server (`npm run build -w server`) for the cluster and the migrations; applies
// any migration the seeded directory lacks.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { serverModule, startCluster } from './lib/cluster.mjs';

const defaultDataDir = resolve(new URL('.', import.meta.url).pathname, '.data', 'volume');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    'no-plans': { type: 'boolean', default: false },
    dir: { type: 'string', default: process.env.BENCH_DATA_DIR ?? defaultDataDir },
  },
});
const runs = Number.parseInt(options.runs, 10);
const dataDir = resolve(options.dir);
if (!existsSync(resolve(dataDir, 'seeded.json'))) {
  console.error(`${dataDir} is not seeded: run \`npm run bench:seed\` first.`);
  process.exit(1);
}

const stockholm = '5a0c0000-0000-4000-8000-000000000001';
const annaLindqvist = '5a0c0000-0000-4000-8001-000000000001';
const clddBih = '5a0c0000-0000-4000-8000-000000000006';

// The first page of the case list sorted by relevance, as cases.repository.ts sends it (the client
// asks for 20; the repository asks for one more to know whether there is a next page): the cases
// found, then the case rows (for the date that breaks ties) of only those ranked at least as well
// as the 21st, the page read whole with its returnees, and the count of all found.
const PAGE = `WITH found AS MATERIALIZED (SELECT case_id, rank FROM app_search_cases($2))
SELECT p.sort_key, p.total, c.id, c.number, c.status, c.updated_at, r.first_name, r.last_name
  FROM (SELECT c.id, s.rank || to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS sort_key, (SELECT count(*) FROM found)::int AS total
          FROM (SELECT f.case_id, f.rank FROM found f
                 WHERE f.rank >= coalesce((SELECT f.rank FROM found f ORDER BY f.rank DESC OFFSET 21 - 1 LIMIT 1), '')) s
          JOIN referral_case c ON c.id = s.case_id
         WHERE c.organisation_id = $1
         ORDER BY s.rank DESC, c.updated_at DESC, c.id DESC LIMIT 21) p
  JOIN referral_case c ON c.id = p.id LEFT JOIN returnee r ON r.case_id = c.id
 ORDER BY p.sort_key COLLATE "C" DESC, c.id DESC`;

let cluster;
const stop = async () => cluster?.stop().catch(() => undefined);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop().finally(() => process.exit(130)));

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

try {
  cluster = await startCluster(dataDir);
  const { migrateUp } = await serverModule('core/database/migrations.js');
  const applied = await migrateUp(cluster.ownerUrl, cluster.appRole);
  if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);

  const owner = new pg.Client({ connectionString: cluster.ownerUrl, application_name: 'cirkel-bench-search' });
  await owner.connect();
  const value = async (sql, params = []) => Object.values((await owner.query(sql, params)).rows[0] ?? {})[0];
  // What to search for, taken from the data so that each search has something to find.
  const [partner] = (await owner.query(`SELECT id FROM app_user WHERE organisation_id = $1 AND 'PARTNER_CASEWORKER' = ANY(roles) ORDER BY email LIMIT 1`, [clddBih])).rows;
  const fullName = await value(`SELECT first_name || ' ' || last_name FROM returnee WHERE organisation_id = $1 AND last_name = 'Kovačević' AND first_name = 'Amra' LIMIT 1`, [stockholm]);
  const identity = await value(`SELECT identity_number FROM returnee WHERE organisation_id = $1 AND identity_number LIKE '19%' ORDER BY case_id LIMIT 1 OFFSET 500`, [stockholm]);
  const phone = await value(`SELECT phone FROM returnee_contact WHERE organisation_id = $1 AND phone LIKE '070-%' ORDER BY case_id LIMIT 1 OFFSET 700`, [stockholm]);
  const member = await value(`SELECT first_name || ' ' || last_name FROM household_member WHERE organisation_id = $1 AND relation = 'SPOUSE' ORDER BY case_id LIMIT 1 OFFSET 300`, [stockholm]);
  const number = await value(`SELECT number FROM referral_case WHERE organisation_id = $1 ORDER BY id LIMIT 1 OFFSET 900`, [stockholm]);
  const referredName = await value(
    `SELECT r.first_name || ' ' || r.last_name FROM referral x JOIN returnee r ON r.case_id = x.case_id
      WHERE x.to_organisation_id = $1 AND x.status = 'ACCEPTED' ORDER BY x.id LIMIT 1`,
    [clddBih],
  );
  const searches = [
    ['a full name', fullName],
    ['hodzic', 'hodzic'],
    ['Al Obaidi', 'Al Obaidi'],
    ['id, with century and dash', identity],
    ['id, without century or dash', identity.slice(2).replace('-', '')],
    ['phone, last 7 digits', phone.replace(/\D/g, '').slice(-7)],
    ['phone, as dialled from abroad', `+46 ${phone.replace(/\D/g, '').slice(1)}`],
    ['a place', 'Sanski Most'],
    ["a household member's name", member],
    ['a case number', number],
    ['nonsense', 'xqzvbkw'],
    ['two letters', 'ha'],
    ['a referred returnee (partner)', referredName],
  ];
  await owner.end();

  const actors = [
    ['Stockholm caseworker (owner)', annaLindqvist, stockholm],
    ['CLDD BiH partner caseworker', partner.id, clddBih],
  ];

  // Timings: the application role, one transaction per search as a request has.
  const app = new pg.Client({ connectionString: cluster.appUrl, application_name: 'cirkel-bench-search' });
  await app.connect();
  const timed = async ([userId, organisationId], text) => {
    await app.query('BEGIN');
    await app.query('SELECT * FROM app_enter_request($1, $2)', [userId, organisationId]);
    const started = performance.now();
    const { rows } = await app.query(PAGE, [organisationId, text]);
    const ms = performance.now() - started;
    await app.query('COMMIT');
    return { ms, total: rows[0]?.total ?? 0, first: rows[0] };
  };
  const results = [];
  for (const [actorName, userId, organisationId] of actors) {
    for (const [label, text] of searches) {
      await timed([userId, organisationId], text);
      const { total, first } = await timed([userId, organisationId], text);
      const times = [];
      for (let i = 0; i < runs; i += 1) times.push((await timed([userId, organisationId], text)).ms);
      times.sort((a, b) => a - b);
      results.push({ actorName, label, text, total, first, p50: percentile(times, 50), p95: percentile(times, 95) });
    }
  }
  await app.end();

  const load = (await import('node:os')).loadavg().map((n) => n.toFixed(1)).join(' ');
  console.log(`\nThe case list's first page sorted by relevance (20 + 1 rows and the count), ${runs} runs each; load average now ${load}\n`);
  console.log('| who | search | typed | found | first (rank) | p50 ms | p95 ms |');
  console.log('| --- | --- | --- | --: | --- | --: | --: |');
  for (const r of results) {
    const first = r.first ? `${r.first.first_name} ${r.first.last_name}, ${r.first.number} (${r.first.sort_key.slice(0, 5)})` : '';
    console.log(`| ${r.actorName} | ${r.label} | \`${r.text}\` | ${r.total.toLocaleString('en')} | ${first} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
  }

  if (!options['no-plans']) {
    // Plans: auto_explain, set as the superuser (its settings are the superuser's), sent back as
    // notices; the statements then run as the application role, as in a request.
    const explain = new pg.Client({ connectionString: cluster.superuserUrl, application_name: 'cirkel-bench-search-plans' });
    await explain.connect();
    let notices = [];
    explain.on('notice', (notice) => notices.push(notice.message));
    await explain.query(`LOAD 'auto_explain'`);
    for (const setting of [
      "auto_explain.log_level = 'notice'",
      'auto_explain.log_min_duration = 0',
      'auto_explain.log_analyze = on',
      'auto_explain.log_buffers = on',
      'auto_explain.log_timing = on',
      'auto_explain.log_nested_statements = on',
      "auto_explain.log_format = 'text'",
    ]) {
      await explain.query(`SET ${setting}`);
    }
    await explain.query(`SET ROLE "${cluster.appRole}"`);
    for (const [actorName, userId, organisationId] of actors) {
      for (const [label, text] of searches) {
        await explain.query('BEGIN');
        await explain.query('SELECT * FROM app_enter_request($1, $2)', [userId, organisationId]);
        notices = [];
        await explain.query(PAGE, [organisationId, text]);
        await explain.query('COMMIT');
        console.log(`\n### ${actorName}: ${label} (\`${text}\`)\n`);
        // The statements inside app_search_cases first, then the page around them.
        // (Only plans that read something: the folding functions' one-row Results are left out.)
        for (const notice of notices.filter((n) => /Scan|Join|Aggregate/.test(n) && !/app_enter_request/.test(n))) {
          console.log(notice.replace(/^duration: /, '-- duration: ').trimEnd());
          console.log();
        }
      }
    }
    await explain.end();
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stop();
}
