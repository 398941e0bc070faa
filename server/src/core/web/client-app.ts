import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

/** Paths the server itself answers; everything else under GET is the client's. */
const apiPaths = ['/graphql', '/health', '/ready'];

/**
 * Serves the built client at / and its index.html for every other GET that is not the API, so
 * that client-side routes (/users, /cases/…) survive a reload.
 */
export function serveClient(app: Express, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    express.static(distDir, {
      index: false,
      setHeaders(res, path) {
        // Vite names assets by their hash: they never change, so they may be cached for good.
        res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || apiPaths.some((path) => req.path.startsWith(path)) || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
