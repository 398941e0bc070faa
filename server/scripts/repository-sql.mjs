// Writes the SQL of every repository (server/src/**/*.repository.ts) to server/queries/<file>.sql,
// so that a changed query shows in review as a changed .sql file (Immich does the same with its
// generated queries). `node scripts/repository-sql.mjs --write` (npm run sql:snapshot -w server)
// rewrites the files; server/test/architecture/module-shape.test.ts fails when they are stale.
// The SQL is read from the source with the TypeScript parser: every string or template literal
// that starts with an SQL statement or holds an SQL clause, under the method that holds it.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const serverRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const queriesFolder = join(serverRoot, 'queries');

const statementStart = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|LOCK|CALL|SET\s+LOCAL)\b/i;
const clause = /\b(SELECT|FROM|WHERE|JOIN|AND|OR|ORDER BY|GROUP BY|EXISTS|RETURNING|LIMIT|ANY|COALESCE|coalesce|lower|unnest)\b|\$\d|::/;

function walkFiles(folder, found = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walkFiles(path, found);
    else if (entry.name.endsWith('.repository.ts')) found.push(path);
  }
  return found.sort();
}

function literalText(node, source) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) text += '${' + span.expression.getText(source) + '}' + span.literal.text;
    return text;
  }
  return undefined;
}

function ownerName(node, source) {
  const names = [];
  for (let at = node.parent; at; at = at.parent) {
    if ((ts.isMethodDeclaration(at) || ts.isFunctionDeclaration(at) || ts.isPropertyDeclaration(at) || ts.isGetAccessor(at)) && at.name) {
      names.unshift(at.name.getText(source));
    } else if (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name)) {
      names.unshift(at.name.text);
    } else if (ts.isPropertyAssignment(at) && at.name) {
      names.unshift(at.name.getText(source));
    } else if (ts.isClassDeclaration(at) && at.name) {
      names.unshift(at.name.text);
    }
  }
  return names.join('.') || '(module)';
}

function dedent(text) {
  const lines = text.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.slice(1).filter((line) => line.trim()).map((line) => line.match(/^ */)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((line, index) => (index === 0 ? line.trim() : line.slice(cut))).join('\n');
}

/** The SQL of one repository file, as the text of its snapshot. */
export function repositorySql(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const entries = [];
  const visit = (node) => {
    const text = literalText(node, source);
    if (text !== undefined) {
      if (statementStart.test(text) || (/\s/.test(text.trim()) && clause.test(text))) {
        entries.push(`-- ${ownerName(node, source)}\n${dedent(text)}`);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const name = relative(serverRoot, path);
  return `-- The SQL of ${name}, written by \`npm run sql:snapshot -w server\`: do not edit.\n\n${entries.join('\n\n')}\n`;
}

/** Every repository's snapshot: file name under server/queries → text. */
export function allRepositorySql() {
  const snapshots = new Map();
  for (const path of walkFiles(join(serverRoot, 'src'))) snapshots.set(`${basename(path, '.ts')}.sql`, repositorySql(path));
  return snapshots;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  rmSync(queriesFolder, { recursive: true, force: true });
  mkdirSync(queriesFolder, { recursive: true });
  for (const [file, text] of allRepositorySql()) writeFileSync(join(queriesFolder, file), text);
  console.log(`wrote ${allRepositorySql().size} files to ${relative(process.cwd(), queriesFolder) || queriesFolder}`);
}
