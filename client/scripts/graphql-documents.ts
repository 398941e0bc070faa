import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const generated = fileURLToPath(new URL('../src/gql/graphql.ts', import.meta.url));
const gqlDir = fileURLToPath(new URL('../src/gql/', import.meta.url));
const prefix = 'virtual:graphql-document/';
const resolvedPrefix = '\0graphql-document:';

/** `graphql(` + a template literal without interpolation + `)`, as the client preset requires. */
const call = /\bgraphql\(\s*`([^`\\]*)`\s*\)/g;
/** How codegen writes a document into src/gql/graphql.ts: its syntax tree as JSON, on one line. */
const documentExport = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm;

/**
 * What the client preset's Babel plugin does (https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size),
 * for a build without Babel, one step further: each `graphql(`…`)` call becomes an import of a
 * module holding that one document (with the fragments it spreads), taken from src/gql/graphql.ts.
 * Without it every call went through src/gql/gql.ts, whose map holds every document of the app,
 * and even importing them from graphql.ts would put all of them in one chunk (a module is never
 * split between chunks): the login page downloaded every page's documents. Now each document
 * lands in the chunk of the page that uses it.
 */
export function graphqlDocuments(): Plugin {
  let documents: Map<string, string> | undefined;
  const generatedDocuments = () =>
    (documents ??= new Map([...readFileSync(generated, 'utf8').matchAll(documentExport)].map((match) => [match[1]!, match[2]!])));

  return {
    name: 'cirkel:graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined; // codegen may have run since the last build (watch mode)
    },
    resolveId: {
      filter: { id: /^virtual:graphql-document\// },
      handler(id) {
        return resolvedPrefix + id.slice(prefix.length);
      },
    },
    load: {
      filter: { id: /^\0graphql-document:/ },
      handler(id) {
        const name = id.slice(resolvedPrefix.length);
        const json = generatedDocuments().get(name);
        if (json === undefined) this.error(`src/gql/graphql.ts has no ${name}; run \`npm run codegen -w client\``);
        return { code: `export default ${JSON.stringify(JSON.parse(json))};\n`, moduleSideEffects: false };
      },
    },
    transform: {
      filter: { id: /\/src\/.+\.tsx?$/, code: 'graphql(' },
      handler(code, id) {
        if (id.startsWith(gqlDir)) return null;
        const names = new Set<string>();
        const out = new MagicString(code);
        for (const match of code.matchAll(call)) {
          const source = match[1]!;
          if (source.includes('${')) continue;
          const [first] = parse(source).definitions;
          if (!first || (first.kind !== Kind.OPERATION_DEFINITION && first.kind !== Kind.FRAGMENT_DEFINITION) || !first.name) continue;
          const name = `${first.name.value}${first.kind === Kind.OPERATION_DEFINITION ? 'Document' : 'FragmentDoc'}`;
          if (!generatedDocuments().has(name)) this.error(`${id}: src/gql/graphql.ts has no ${name}; run \`npm run codegen -w client\``);
          names.add(name);
          out.overwrite(match.index, match.index + match[0].length, `__gql_${name}`);
        }
        if (names.size === 0) return null;
        out.prepend([...names].map((name) => `import __gql_${name} from '${prefix}${name}';\n`).join(''));
        return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
      },
    },
  };
}
