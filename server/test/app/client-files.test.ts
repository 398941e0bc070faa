import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, isHashedAsset, REVALIDATE, serveClient } from '../../src/core/web/client-app.js';

// The built client as the server serves it (issue 11, point 7): precompressed copies by
// Accept-Encoding, and caching for good only what is named by its hash. A dist folder of the
// test's own, laid out as Vite and vite-plugin-compression2 write it.
const INDEX_HTML = `<!doctype html><html><head><title>cirkel-client-app-marker</title></head><body>${'<div></div>'.repeat(50)}</body></html>`;
const APP_JS = `console.log(${JSON.stringify('the app '.repeat(200))});`;
const files: Record<string, string> = {
  'index.html': INDEX_HTML,
  'assets/login-page-C8oVDxc8.js': APP_JS,
  'assets/index-YMIhg196.css': `body{color:red}${' '.repeat(500)}`,
  'assets/handmade.js': APP_JS, // in assets/ but not named by a hash
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
};

let root: string;
let dist: string;
let server: Server;
let port: number;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cirkel-client-files-'));
  dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dist, name), text);
    if (name === 'favicon.svg') continue; // one file the build did not compress
    writeFileSync(join(dist, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(dist, `${name}.gz`), gzipSync(text));
  }
  // Beside dist/, where only a path that climbs out of it could reach.
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');
  writeFileSync(join(root, 'secret.txt.br'), brotliCompressSync('not for the browser'));
  const app = express();
  expect(serveClient(app, dist)).toBe(true);
  server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((done) => server?.close(done));
  rmSync(root, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose answer is read as sent: no client here decompresses or normalises the path. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((done, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the built client is sent precompressed', () => {
  it('sends brotli to a browser that accepts it, with its own type and Vary', async () => {
    const res = await get('/assets/login-page-C8oVDxc8.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/i);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(res.body).toString()).toBe(APP_JS);
    expect(res.body.length).toBeLessThan(APP_JS.length / 4);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
  });

  it('sends gzip when brotli is not accepted (or ranked out with q=0), and the file as it is when nothing is', async () => {
    for (const accept of ['gzip', 'gzip, br;q=0']) {
      const res = await get('/assets/index-YMIhg196.css', { 'Accept-Encoding': accept });
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(res.headers['content-type'], accept).toMatch(/^text\/css; charset=utf-8$/i);
      expect(gunzipSync(res.body).toString(), accept).toBe(files['assets/index-YMIhg196.css']);
    }
    const plain = await get('/assets/index-YMIhg196.css');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(files['assets/index-YMIhg196.css']);
  });

  it('sends index.html compressed for a client-side route too, typed as HTML', async () => {
    for (const path of ['/', '/login', '/cases/123']) {
      const res = await get(path, { Accept: HTML, 'Accept-Encoding': 'gzip, br' });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBe('br');
      expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(res.headers.vary, path).toMatch(/Accept-Encoding/i);
      expect(brotliDecompressSync(res.body).toString(), path).toBe(INDEX_HTML);
    }
    const plain = await get('/login', { Accept: HTML });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(INDEX_HTML);
  });

  it('HEAD tells the same headers without the body', async () => {
    const res = await get('/assets/login-page-C8oVDxc8.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.length).toBe(0);
  });
});

describe('caching', () => {
  it('keeps files named by their hash for a year, immutable, however they are encoded', async () => {
    for (const accept of ['br', 'gzip', 'identity']) {
      const res = await get('/assets/login-page-C8oVDxc8.js', { 'Accept-Encoding': accept });
      expect(res.headers['cache-control'], accept).toBe(IMMUTABLE);
    }
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });

  it('asks again for index.html, a file without a hash in its name, and one outside assets/', async () => {
    for (const path of ['/index.html', '/login', '/']) {
      for (const accept of ['br', 'identity']) {
        const res = await get(path, { Accept: HTML, 'Accept-Encoding': accept });
        expect(res.headers['cache-control'], `${path} ${accept}`).toBe(REVALIDATE);
      }
    }
    for (const path of ['/assets/handmade.js', '/favicon.svg']) {
      const res = await get(path, { 'Accept-Encoding': 'br' });
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
    }
    expect((await get('/assets/handmade.js', { 'Accept-Encoding': 'br' })).headers['content-encoding']).toBe('br');
  });

  it('tells hashed names from others', () => {
    expect(isHashedAsset('/srv/dist/assets/react-B-Oy3WVp.js')).toBe(true);
    expect(isHashedAsset('/srv/dist/assets/react-B-Oy3WVp.js.br')).toBe(true);
    expect(isHashedAsset('/srv/dist/assets/index-YMIhg196.css.gz')).toBe(true);
    expect(isHashedAsset('/srv/dist/index.html')).toBe(false);
    expect(isHashedAsset('/srv/dist/favicon.svg')).toBe(false);
    expect(isHashedAsset('/srv/dist/assets/handmade.js')).toBe(false);
    expect(isHashedAsset('/srv/dist/login-page-C8oVDxc8.js')).toBe(false);
  });
});

describe('paths', () => {
  it('never serves a file outside the build, compressed or not', async () => {
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      for (const accept of ['br', 'identity']) {
        const res = await get(path, { Accept: HTML, 'Accept-Encoding': accept });
        const body = res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.body) : res.body;
        expect(body.toString(), `${path} ${accept}`).not.toContain('not for the browser');
        // Either refused, or the app's own page (a client-side route of that name).
        if (res.status === 200) expect(body.toString(), `${path} ${accept}`).toBe(INDEX_HTML);
      }
    }
  });

  it('does not serve a precompressed copy by its own name as if it were the file', async () => {
    const res = await get('/assets/login-page-C8oVDxc8.js.br', { 'Accept-Encoding': 'identity' });
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
