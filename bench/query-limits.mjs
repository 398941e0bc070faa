// Benchmark: how long the server takes to refuse a "fragment bomb" — n fragments that each spread
// the next one twice, so the last is reached 2^n times (issue 7 §2). Prints parse + validation time
// (graphql-js' own rules and the query-limit rules, as the server runs them) for the rule before
// the fix (re-walked every fragment at every spread, kept here only for the comparison) and now.
// Run: npm run build -w server && node bench/query-limits.mjs
import { readFileSync } from 'node:fs';
import { Kind, GraphQLError, buildSchema, parse, specifiedRules, validate } from 'graphql';

const dist = new URL('../server/dist/', import.meta.url);
const { queryLimitRules } = await import(new URL('core/graphql/query-limits.js', dist));
const { loadConfig } = await import(new URL('core/config/config.js', dist));

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const limits = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://a@h/d', DATABASE_OWNER_URL: 'postgres://b@h/d' }).graphql;

/** The rule as it was: measured every fragment again at every spread, no memo, no early stop. */
function oldRule({ maxDepth, maxAliases, maxCost }) {
  const pageSize = (value) => (!value ? 1 : value.kind === Kind.INT ? Math.max(1, Number(value.value)) : 100);
  function measure(selectionSet, fragments, visiting) {
    let depth = 0, aliases = 0, cost = 0;
    for (const selection of selectionSet.selections) {
      let inner;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        if (selection.name.value.startsWith('__')) continue;
        const children = selection.selectionSet ? measure(selection.selectionSet, fragments, visiting) : { depth: 0, aliases: 0, cost: 0 };
        const first = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
        inner = { depth: children.depth + 1, aliases: children.aliases, cost: 1 + children.cost * (first ? pageSize(first.value) : 1) };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet, fragments, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        inner = measure(fragment.selectionSet, fragments, visiting);
        visiting.delete(name);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      cost += inner.cost;
    }
    return { depth, aliases, cost };
  }
  return (context) => {
    const fragments = {};
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    return {
      OperationDefinition(operation) {
        const { depth, aliases, cost } = measure(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth || aliases > maxAliases || cost > maxCost) context.reportError(new GraphQLError('refused'));
      },
    };
  };
}

function bomb(levels) {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `query Bomb { ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { organisations(first: 1) { totalCount } }`;
}

function time(source, rules, { alone = false } = {}) {
  const started = performance.now();
  let errors;
  try {
    errors = validate(schema, parse(source, { maxTokens: limits.maxTokens }), alone ? rules : [...specifiedRules, ...rules]);
  } catch (error) {
    errors = [error];
  }
  return { ms: performance.now() - started, refused: errors.length > 0, why: errors.map((e) => e.extensions?.limit ?? (/tokens/.test(e.message) ? 'tokens (parser)' : e.message.slice(0, 40))).join(',') };
}

// Warm up the JIT so the first row is not the compiler's.
for (let i = 0; i < 20; i++) time(bomb(10), queryLimitRules(limits));

console.log(`limits: ${JSON.stringify(limits)}`);
console.log('levels  bytes  rule  parse+validate  refused by');
for (const levels of [16, 18, 20, 22, 24]) {
  const source = bomb(levels);
  const r = time(source, [oldRule(limits)]);
  console.log(`${String(levels).padStart(6)} ${String(source.length).padStart(6)}  old   ${r.ms.toFixed(1).padStart(10)} ms  ${r.why}`);
}
for (const levels of [16, 20, 24, 40, 150, 250]) {
  const source = bomb(levels);
  const runs = Array.from({ length: 5 }, () => time(source, queryLimitRules(limits)));
  const median = runs.map((r) => r.ms).sort((a, b) => a - b)[2];
  console.log(`${String(levels).padStart(6)} ${String(source.length).padStart(6)}  new   ${median.toFixed(1).padStart(10)} ms  ${runs[0].why} (median of 5)`);
  const alone = Array.from({ length: 5 }, () => time(source, queryLimitRules(limits), { alone: true }));
  console.log(`${''.padStart(13)}  (the limit rules alone, without graphql-js' own: ${alone.map((r) => r.ms).sort((a, b) => a - b)[2].toFixed(1)} ms)`);
}
console.log('old: each two more levels multiply the time by four (24 levels took 8.8 s in production, issue 7); 40 levels would take 2^16 times as long as 24.');
