// The client's own GraphQL documents, read from client/src (every graphql(`…`) template outside
// the generated src/gql), so that the benchmark asks exactly what the portal asks and follows it
// when an operation changes. document('Cases') gives the operation with every fragment it
// spreads, transitively.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, visit } from 'graphql';

const clientSrc = new URL('../../client/src/', import.meta.url).pathname;

function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== 'gql' && entry !== 'node_modules') files.push(...sourceFiles(path));
    } else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) {
      files.push(path);
    }
  }
  return files;
}

let definitions;
function load() {
  if (definitions) return definitions;
  definitions = { operations: new Map(), fragments: new Map() };
  for (const file of sourceFiles(clientSrc)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/graphql\(\s*`([^`]*)`\s*\)/g)) {
      for (const definition of parse(match[1]).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) definitions.operations.set(definition.name.value, definition);
        if (definition.kind === Kind.FRAGMENT_DEFINITION) definitions.fragments.set(definition.name.value, definition);
      }
    }
  }
  return definitions;
}

function spreads(node) {
  const names = new Set();
  visit(node, { FragmentSpread: (spread) => void names.add(spread.name.value) });
  return names;
}

/** The client's operation `name` as one document string, with the fragments it needs. */
export function clientDocument(name) {
  const { operations, fragments } = load();
  const operation = operations.get(name);
  if (!operation) throw new Error(`client/src has no GraphQL operation named ${name}`);
  const needed = new Map();
  const queue = [...spreads(operation)];
  while (queue.length > 0) {
    const fragmentName = queue.shift();
    if (needed.has(fragmentName)) continue;
    const fragment = fragments.get(fragmentName);
    if (!fragment) throw new Error(`client/src has no fragment ${fragmentName} (spread by ${name})`);
    needed.set(fragmentName, fragment);
    queue.push(...spreads(fragment));
  }
  return [operation, ...needed.values()].map((definition) => print(definition)).join('\n\n');
}
