import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Express, NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { isApiPath } from './api-paths.js';

/** Cached for a year and never asked again: the name changes whenever the content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but asked again each time (a cheap 304 while it is unchanged). */
export const REVALIDATE = 'no-cache';

/**
 * Whether a built file is named by its content's hash, as Vite names what it writes to assets/
 * (`login-page-C8oVDxc8.js`; its precompressed `.br`/`.gz` beside it): only those may be cached
 * for good. Anything else (index.html, favicon.svg, a file someone put in assets/ by hand) may
 * change under the same name.
 */
export function isHashedAsset(path: string): boolean {
  const normalised = path.replaceAll('\\', '/');
  if (!normalised.includes('/assets/')) return false;
  const name = basename(normalised).replace(/\.(br|gz)$/, '');
  return /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(name);
}

/** The precompressed copy of index.html the browser accepts, if the build wrote one. */
function compressedIndex(req: Request, index: string): { file: string; encoding: string } | undefined {
  // Brotli first whenever it is accepted at all, as for the other files (it is the smaller).
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (req.acceptsEncodings(encoding) === encoding && existsSync(`${index}${suffix}`)) return { file: `${index}${suffix}`, encoding };
  }
  return undefined;
}

/**
 * Serves the built client at / and its index.html for every other GET that is not the API, so
 * that client-side routes (/users, /cases/…) survive a reload. This runs before Nest's own routes,
 * so it must step aside for every API path, known or not: the route answers, or Nest's 404 does.
 *
 * The build writes a brotli (.br) and a gzip (.gz) copy beside each file (vite-plugin-compression2
 * in client/vite.config.ts); a browser gets the smallest it accepts, with Content-Encoding, its
 * own Content-Type and Vary: Accept-Encoding, and the file as it is otherwise. Paths are still
 * resolved by serve-static, which refuses anything outside distDir.
 */
export function serveClient(app: Express, distDir: string): boolean {
  const root = resolve(distDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders(res, path) {
        res.setHeader('Cache-Control', isHashedAsset(path) ? IMMUTABLE : REVALIDATE);
      },
    },
  });
  // Not even a file of the build may stand in for an API path.
  app.use((req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path) || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', REVALIDATE);
    res.setHeader('Vary', 'Accept-Encoding');
    const compressed = compressedIndex(req, index);
    if (!compressed) {
      res.sendFile(index);
      return;
    }
    res.setHeader('Content-Encoding', compressed.encoding);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.sendFile(compressed.file);
  });
  return true;
}
