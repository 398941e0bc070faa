import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_OPTIONS, withServerNodeOptions } from '../../scripts/node-options.mjs';

const root = join(import.meta.dirname, '..', '..', '..');

describe("the server's Node.js options", () => {
  it('are the same in the container image as for npm start and the benchmark', () => {
    const dockerfile = readFileSync(join(root, 'docker', 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    expect(runtime).toContain(`NODE_OPTIONS="${SERVER_NODE_OPTIONS}"`);
    // The build stage keeps Node's own limits: the client's build needs more than the server.
    expect(dockerfile.slice(0, dockerfile.indexOf('AS runtime'))).not.toContain('NODE_OPTIONS');
    expect(readFileSync(join(root, 'scripts', 'start.mjs'), 'utf8')).toContain('withServerNodeOptions(');
    expect(readFileSync(join(root, 'bench', 'reads.mjs'), 'utf8')).toContain('withServerNodeOptions(');
  });

  it("limit the old generation in the process they start, and give way to an operator's NODE_OPTIONS", () => {
    const limitMb = (env: Record<string, string | undefined>) =>
      Number(spawnSync(process.execPath, ['-p', "Math.round(require('v8').getHeapStatistics().heap_size_limit / 1048576)"], { env, encoding: 'utf8' }).stdout.trim());
    const own = limitMb(withServerNodeOptions({ PATH: process.env.PATH }));
    expect(own).toBeGreaterThanOrEqual(256);
    expect(own).toBeLessThan(512);
    expect(limitMb(withServerNodeOptions({ PATH: process.env.PATH, NODE_OPTIONS: '--max-old-space-size=1024' }))).toBeGreaterThanOrEqual(1024);
  });
});
