import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { isApiPath } from './api-paths.js';

/**
 * Serves the built client at / and its index.html for every other GET that is not the API, so
 * that client-side routes (/users, /cases/…) survive a reload. This runs before Nest's own routes,
 * so it must step aside for every API path, known or not: the route answers, or Nest's 404 does.
 */
export function serveClient(app: Express, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  const files = express.static(distDir, {
    index: false,
    setHeaders(res, path) {
      // Vite names assets by their hash: they never change, so they may be cached for good.
      res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // Not even a file of the build may stand in for an API path.
  app.use((req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path) || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
