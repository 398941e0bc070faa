// Benchmark: the case list. Prints how many SQL statements a page of 10 and of 50 cases costs
// (with returnee, household, referrals and partner organisations) and how long a page takes.
// Run: npm run build && node bench/case-list.mjs
import { graphql, signInWithReferredCases, startBuiltServer } from './lib/built-server.mjs';

const statements = [];
const noop = () => undefined;
const server = await startBuiltServer({
  queryLogger: { logQuery: (q) => statements.push(String(q)), logQueryError: noop, logQuerySlow: noop, logSchemaBuild: noop, logMigration: noop, log: noop },
});

const gql = (query, variables, token) => graphql(server.url, query, variables, token);

try {
  const token = await signInWithReferredCases(server.url, { household: true });
  const page = `query($first: Int!) { cases(first: $first) { totalCount edges { node {
    number status organisation { name } responsibleCaseworker { name }
    returnee { firstName lastName } household { firstName relation }
    referrals { status sections to { name } sentBy { name } } } } } }`;
  console.log('case list, one page, with returnee, household, referrals and partner organisations');
  console.log('page size | SQL statements | median ms | p95 ms  (30 runs)');
  for (const first of [10, 50]) {
    const before = statements.length;
    await gql(page, { first }, token);
    const count = statements.length - before;
    const times = [];
    for (let run = 0; run < 30; run += 1) {
      const started = performance.now();
      await gql(page, { first }, token);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`${String(first).padStart(9)} | ${String(count).padStart(14)} | ${times[15].toFixed(1).padStart(9)} | ${times[28].toFixed(1).padStart(6)}`);
  }
} finally {
  await server.close();
}
