import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, isApiPath } from '../../src/core/web/api-paths.js';
import { createOrganisation, createUser, login } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The built client's page, recognisable wherever it turns up. */
const INDEX_HTML = '<!doctype html><html><head><title>cirkel-client-app-marker</title></head><body><div id="root"></div></body></html>';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let dist: string;
let t: TestApp;
let token: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'cirkel-client-dist-'));
  writeFileSync(join(dist, 'index.html'), INDEX_HTML);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log("app");');
  // A file of the build named like an API path must not answer for it either.
  writeFileSync(join(dist, 'health'), INDEX_HTML);
  t = await startTestApp({ CLIENT_DIST_DIR: dist });
  ({ token } = await login(t, await createUser(t, await createOrganisation(t), { roles: ['CASEWORKER'] })));
});
afterAll(async () => {
  await t?.close();
  rmSync(dist, { recursive: true, force: true });
});

const http = () => request(t.app.getHttpServer());
const isClientApp = (response: request.Response) => String(response.text ?? '').includes('cirkel-client-app-marker');

describe('the client app never answers for the API', () => {
  it('GET /attachments/:id with a browser’s Accept: */* gives the file’s bytes, not index.html', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 65), Buffer.from('\n%%EOF\n')]);
    const stored = await http()
      .post('/attachments')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', 'signed-consent.pdf')
      .send(pdf);
    expect(stored.status).toBe(201);
    for (const accept of ['*/*', BROWSER_ACCEPT]) {
      const back = await http().get(`/attachments/${stored.body.id}`).set('Authorization', `Bearer ${token}`).set('Accept', accept).buffer(true);
      expect(back.status, accept).toBe(200);
      expect(back.headers['content-type'], accept).toBe('application/pdf');
      expect(Buffer.from(back.body as Buffer).equals(pdf), accept).toBe(true);
    }
    // Refusals are the API's own, in JSON.
    const anonymous = await http().get(`/attachments/${stored.body.id}`).set('Accept', '*/*');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/json/);
    const missing = await http().get('/attachments/00000000-0000-4000-8000-000000000000').set('Authorization', `Bearer ${token}`).set('Accept', BROWSER_ACCEPT);
    expect(missing.status).toBe(404);
    expect(isClientApp(missing)).toBe(false);
  });

  it('an unknown path under the API is a 404, not the client app, whatever its case', async () => {
    for (const path of ['/attachments', '/attachments/', '/health/x', '/ready/now', '/ATTACHMENTS/00000000-0000-4000-8000-000000000000', '/graphql/anything', '/health']) {
      const response = await http().get(path).set('Accept', BROWSER_ACCEPT);
      expect(isClientApp(response), path).toBe(false);
      if (path !== '/health') expect(response.status, path).toBeGreaterThanOrEqual(400);
    }
  });

  it('the client app still answers its own routes and files', async () => {
    for (const path of ['/', '/cases/123', '/users', '/attachmentsx', '/graphqlish']) {
      const response = await http().get(path).set('Accept', BROWSER_ACCEPT);
      expect(response.status, path).toBe(200);
      expect(isClientApp(response), path).toBe(true);
    }
    expect((await http().get('/assets/app-1234.js')).text).toContain('console.log');
  });

  it('every route Nest registers is under an API path, and the client app answers none of them', async () => {
    // Express 5's router, after Nest has registered every controller's routes on it.
    const router = (t.app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } }).router;
    const routes = router.stack.flatMap((layer) => (layer.route ? [layer.route] : []));
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/attachments/:id', '/health', '/ready']));
    const outside = routes.filter((route) => !isApiPath(route.path)).map((route) => route.path);
    expect(outside, `routes outside API_PATHS (${API_PATHS.join(', ')}): add their prefix there`).toEqual([]);
    for (const route of routes) {
      const path = route.path.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');
      const response = await http().get(path).set('Accept', BROWSER_ACCEPT);
      expect(isClientApp(response), `GET ${path} (${Object.keys(route.methods).join(', ')})`).toBe(false);
    }
    for (const path of API_PATHS) {
      expect(isClientApp(await http().get(path).set('Accept', BROWSER_ACCEPT)), path).toBe(false);
    }
  });
});
