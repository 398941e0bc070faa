// Reading auto_explain's JSON plans out of PostgreSQL's stderr, and saying in a few lines per
// statement which indexes a plan uses and where it reads a whole table or sorts many rows.

/** The tables whose sequential scans matter at volume (named even when small). */
export const watchedTables = ['referral_case', 'returnee', 'referral', 'follow_up_visit', 'case_message', 'consent', 'notification', 'case_status_change', 'household_member'];

/** Every `duration: … ms  plan: {json}` entry in `text`, in order. */
export function parseExplainLog(text) {
  const plans = [];
  const marker = /duration: ([\d.]+) ms\s+plan:\s*/g;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    const start = text.indexOf('{', match.index + match[0].length);
    if (start < 0) break;
    let depth = 0;
    let inString = false;
    let end = -1;
    for (let i = start; i < text.length; i += 1) {
      const ch = text[i];
      if (inString) {
        if (ch === '\\') i += 1;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{') depth += 1;
      else if (ch === '}') {
        depth -= 1;
        if (depth === 0) {
          end = i;
          break;
        }
      }
    }
    if (end < 0) break;
    try {
      const entry = JSON.parse(text.slice(start, end + 1));
      const query = String(entry['Query Text'] ?? '');
      if (!/pg_stat_statements|pg_reload_conf|ALTER SYSTEM/i.test(query)) plans.push({ ms: Number(match[1]), query, plan: entry.Plan });
    } catch {
      // A plan cut by the log: left out.
    }
    marker.lastIndex = end;
  }
  return plans;
}

function walk(node, visit, depth = 0) {
  if (!node) return;
  visit(node, depth);
  for (const child of node.Plans ?? []) walk(child, visit, depth + 1);
}

/** What one plan does, in short: indexes used, whole-table reads, big sorts. */
export function planGist(plan) {
  const indexes = new Set();
  const seqScans = [];
  const sorts = [];
  const functions = new Set();
  walk(plan, (node) => {
    const rows = (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1);
    const read = rows + (node['Rows Removed by Filter'] ?? 0) * (node['Actual Loops'] ?? 1);
    if (node['Index Name']) indexes.add(`${node['Index Name']}${node['Node Type'] === 'Index Only Scan' ? ' (only)' : ''}`);
    if (node['Node Type'] === 'Seq Scan') {
      const table = node['Relation Name'];
      if (watchedTables.includes(table) || read >= 1000) seqScans.push(`${table} (read ${read.toLocaleString('en')}, kept ${rows.toLocaleString('en')})`);
    }
    if (node['Node Type'] === 'Sort' || node['Node Type'] === 'Incremental Sort') {
      const input = node.Plans?.[0];
      const sorted = input ? (input['Actual Rows'] ?? 0) * (input['Actual Loops'] ?? 1) : 0;
      if (sorted >= 1000) sorts.push(`${sorted.toLocaleString('en')} rows by ${(node['Sort Key'] ?? []).join(', ').slice(0, 80)}`);
    }
    if (node['Node Type'] === 'Aggregate' && node.Strategy === 'Hashed' && rows >= 10000) sorts.push(`hash aggregate of ${rows.toLocaleString('en')} groups`);
    for (const text of [node.Filter, node['Index Cond'], node['Join Filter']]) {
      for (const fn of String(text ?? '').matchAll(/\b(app_[a-z_]+)\(/g)) functions.add(fn[1]);
    }
  });
  return { top: `${plan['Node Type']}${plan['Relation Name'] ? ` on ${plan['Relation Name']}` : ''}`, rows: plan['Actual Rows'], indexes: [...indexes], seqScans, sorts, functions: [...functions] };
}

/** Lines for the benchmark's output: one block per statement that touched a table. */
export function summarisePlans(plans = []) {
  const lines = [];
  const interesting = plans.filter((p) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|SELECT set_config)/i.test(p.query) && p.plan);
  if (interesting.length === 0) return ['(no plan captured)'];
  for (const { ms, query, plan } of interesting) {
    const gist = planGist(plan);
    if (gist.indexes.length === 0 && gist.seqScans.length === 0 && gist.sorts.length === 0 && ms < 1) continue;
    const head = query.replace(/\s+/g, ' ').trim().slice(0, 90);
    lines.push(`${ms.toFixed(1).padStart(8)} ms  ${head}`);
    lines.push(`             top: ${gist.top}, ${gist.rows ?? '?'} rows`);
    if (gist.indexes.length) lines.push(`             indexes: ${gist.indexes.join(', ')}`);
    for (const scan of gist.seqScans) lines.push(`             SEQ SCAN ${scan}`);
    for (const sort of gist.sorts) lines.push(`             SORT ${sort}`);
    if (gist.functions.length) lines.push(`             per-row functions in filters: ${gist.functions.join(', ')}`);
  }
  return lines.length ? lines : ['(only trivial statements)'];
}
