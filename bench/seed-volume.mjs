// `npm run bench:seed [-- --fresh] [-- --dir DIR]`: builds the volume benchmark's database in a
// reusable data directory (bench/.data/volume, git-ignored): the portal's migrations and demo
// data, as `npm start` makes them, then ~100,000 Stockholm and ~3,000 Gothenburg cases with
// everything around them, loaded through SQL as the schema owner (seed-volume.sql.mjs).
// A directory already seeded at this SEED_VERSION is left alone; --fresh rebuilds it.
// Needs the built server (`npm run build -w server`; the npm script does that).
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { configureCluster, serverModule, startCluster } from './lib/cluster.mjs';
import { outreachSteps, outreachTables } from './seed-outreach.sql.mjs';
import { countedTables, volumeSteps } from './seed-volume.sql.mjs';

/** Raise when the generated data changes, so that old directories are rebuilt. */
export const SEED_VERSION = 4;
export const defaultDataDir = resolve(new URL('.', import.meta.url).pathname, '.data', 'volume');

const { values: options } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    dir: { type: 'string', default: process.env.BENCH_DATA_DIR ?? defaultDataDir },
    // A smaller volume, for trying the script out: --cases 2000 (Gothenburg gets 3 % of it).
    cases: { type: 'string', default: '100000' },
  },
});
const stockholmCases = Number.parseInt(options.cases, 10);
const volume = { stockholmCases, gothenburgCases: Math.round(stockholmCases * 0.03) };
const dataDir = resolve(options.dir);
const markerFile = join(dataDir, 'seeded.json');

const marker = existsSync(markerFile) ? JSON.parse(await readFile(markerFile, 'utf8')) : undefined;
if (!options.fresh && marker?.version === SEED_VERSION && marker.stockholmCases === volume.stockholmCases) {
  console.log(`${dataDir} is already seeded (version ${SEED_VERSION}, ${marker.seededAt}); nothing to do. --fresh rebuilds it.`);
  process.exit(0);
}
if (existsSync(dataDir)) {
  // Older version, a load that did not finish, or --fresh: start over.
  console.log(marker ? `rebuilding ${dataDir} (seeded at version ${marker.version}${options.fresh ? ', --fresh' : ''})` : `rebuilding ${dataDir}`);
  await rm(dataDir, { recursive: true, force: true });
}
await mkdir(dataDir, { recursive: true });

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();
let cluster;
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await cluster?.stop().catch(() => undefined);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    process.stderr.write(`\n${signal}: stopping PostgreSQL; the directory stays unseeded (the next run rebuilds it)\n`);
    void stop().finally(() => process.exit(130));
  });
}

try {
  let step = performance.now();
  cluster = await startCluster(dataDir);
  if (await configureCluster(pg, cluster.superuserUrl)) {
    // pg_stat_statements loads only at start.
    await cluster.stop();
    cluster = await startCluster(dataDir);
  }
  console.log(`PostgreSQL started (embedded, port ${cluster.port}) ${seconds(step)}`);

  step = performance.now();
  const { migrateUp } = await serverModule('core/database/migrations.js');
  const applied = await migrateUp(cluster.ownerUrl, cluster.appRole);
  console.log(`migrations (${applied.length}) ${seconds(step)}`);

  step = performance.now();
  const { seedDemoData } = await serverModule('modules/demo/demo-seed.js');
  const { createLogger } = await serverModule('core/logging/logger.js');
  await seedDemoData(cluster.ownerUrl, createLogger({ level: 'silent' }));
  console.log(`demo data ${seconds(step)}`);

  const admin = new pg.Client({ connectionString: cluster.superuserUrl });
  await admin.connect();
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await admin.end();

  const owner = new pg.Client({ connectionString: cluster.ownerUrl, application_name: 'cirkel-bench-seed' });
  await owner.connect();
  try {
    // Nothing to switch off: none of these tables has an INSERT trigger (updated_at is touched
    // BEFORE UPDATE; the audit trail and notifications are written by the application, not by
    // triggers on these tables). The foreign-key checks stay on, as a check of the generated
    // data; they cost the load about a fifth of its time. Row-level security is forced, and
    // the owner passes through each table's schema_owner_bypass policy.
    await owner.query(`SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'`);
    await owner.query('BEGIN');
    for (const [name, sql] of [...volumeSteps(volume), ...outreachSteps(volume.stockholmCases)]) {
      step = performance.now();
      await owner.query(sql);
      console.log(`${name} ${seconds(step)}`);
    }
    await owner.query('COMMIT');
    step = performance.now();
    await owner.query('ANALYZE');
    console.log(`ANALYZE ${seconds(step)}`);
    const counts = {};
    for (const table of [...countedTables, ...outreachTables]) {
      counts[table] = Number((await owner.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    }
    console.log('\nrows:');
    for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(26)} ${count.toLocaleString('en').padStart(9)}`);
    await writeFile(markerFile, `${JSON.stringify({ version: SEED_VERSION, seededAt: new Date().toISOString(), ...volume, counts }, null, 2)}\n`);
  } catch (error) {
    await owner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await owner.end();
  }
  console.log(`\nseeded ${dataDir} in ${seconds(started)}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stop();
}
