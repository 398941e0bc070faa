import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { graphqlDocuments } from './scripts/graphql-documents';

// In development the API runs separately (npm start in server/); in production the server
// serves this build and /graphql from one origin, so the client always calls relative URLs.
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [
    graphqlDocuments(),
    react(),
    // A brotli and a gzip copy of every text file, at their highest levels, once at build time:
    // the server sends the one the browser accepts (server/src/core/web/client-app.ts).
    compression({
      include: /\.(js|css|html|svg|json|txt)$/,
      exclude: [/\.map$/, /(^|[\\/])\.vite[\\/]/],
      threshold: 0,
      skipIfLargerOrEqual: true,
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
    }),
  ],
  resolve: {
    alias: {
      // The server's role map, read as it is (pure data, no imports): one source for who may do what.
      // Also in tsconfig.json "paths".
      '@cirkel/role-sets': fileURLToPath(new URL('../server/src/core/access/role-sets.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Which chunks each page needs: scripts/check-budget.mjs reads it (not served: .vite/).
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries every page needs, in chunks of their own: they change less often than the
        // app, so browsers keep them cached across releases. Mantine stays split per page.
        codeSplitting: {
          groups: [
            // GraphQL's printer alone: the first page sends login and refreshSession with fetch
            // (src/core/auth/session-requests.ts), and must not pull the rest of Apollo's chunk.
            {
              name: 'graphql-print',
              test: /node_modules[\\/]graphql[\\/](language[\\/](printer|blockString|printString|reducer|visitor|ast|kinds|characterClasses)|jsutils[\\/](devAssert|inspect))\.m?js$/,
              priority: 4,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib|zen-observable)[\\/]/, priority: 2 },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/health': { target: api },
    },
  },
  preview: { host: '127.0.0.1' },
});
