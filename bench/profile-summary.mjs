// `node bench/profile-summary.mjs DIR [top]`: reads the newest .cpuprofile in DIR (node --cpu-prof)
// and prints self time by package (or the server's own files) and the top functions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '/tmp/prof';
const top = Number(process.argv[3] ?? 40);
const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const where = (url) => {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) { const rest = url.slice(nm + 13).split('/'); return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]; }
  const dist = url.indexOf('/dist/');
  if (url.includes('/server/dist/')) return `server:${url.slice(url.indexOf('/server/dist/') + 13).split('/').slice(0, 2).join('/')}`;
  if (dist >= 0) return url.slice(dist);
  return url.replace(/^file:\/\//, '').replace(/^.*\/work\/[^/]+\//, '');
};
const perPlace = new Map();
const perFn = new Map();
let total = 0;
for (const [id, us] of dt) {
  const node = byId.get(id);
  const { functionName, url, lineNumber } = node.callFrame;
  total += us;
  const place = where(url);
  perPlace.set(place, (perPlace.get(place) ?? 0) + us);
  const key = `${functionName || '(anonymous)'} ${place}:${lineNumber + 1}`;
  perFn.set(key, (perFn.get(key) ?? 0) + us);
}
const pct = (us) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
console.log('\nself time by place:');
for (const [place, us] of [...perPlace].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${pct(us)}  ${place}`);
console.log('\ntop functions:');
for (const [fn, us] of [...perFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(us)}  ${fn}`);
