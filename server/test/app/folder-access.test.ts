import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { firstFolderClosedTo } from '../../src/core/database/embedded-postgres.js';

// Started as root, the embedded PostgreSQL runs as the `postgres` user, which must enter every
// folder above its programs and its data; the check reads the modes for that user, not for root.

let top: string;
const someone = { uid: 54_321, gids: [54_322] };

beforeAll(async () => {
  top = await mkdtemp(join(tmpdir(), 'cirkel-folders-')); // mkdtemp makes it 0700
  await mkdir(join(top, 'project', 'node_modules'), { recursive: true });
});
afterAll(async () => rm(top, { recursive: true, force: true }));

it('names the first folder on the way that the user may not enter, with its mode', async () => {
  await chmod(top, 0o700);
  expect(await firstFolderClosedTo(someone, [join(top, 'project', 'node_modules')])).toEqual({ folder: top, mode: 0o700 });
  await chmod(join(top, 'project'), 0o750);
  await chmod(top, 0o711);
  expect(await firstFolderClosedTo(someone, [join(top, 'project', 'node_modules')])).toEqual({ folder: join(top, 'project'), mode: 0o750 });
  await chmod(join(top, 'project'), 0o755);
  expect(await firstFolderClosedTo(someone, [join(top, 'project', 'node_modules')])).toBeUndefined();
});

it('reads the owner and group bits for their owner and members, and a folder not made yet as what is above it', { skip: process.getuid?.() !== 0 }, async () => {
  await chmod(top, 0o700);
  await chown(top, someone.uid, 0);
  expect(await firstFolderClosedTo(someone, [join(top, 'project', 'not-yet', 'data')])).toBeUndefined();
  await chown(top, 0, someone.gids[0]!);
  await chmod(top, 0o710);
  expect(await firstFolderClosedTo(someone, [join(top, 'project')])).toBeUndefined();
  expect(await firstFolderClosedTo({ uid: 1, gids: [1] }, [join(top, 'project')])).toEqual({ folder: top, mode: 0o710 });
  await chown(top, 0, 0);
});
