import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A production build of another commit, to compare with load by load in the same run. */
export interface RefBuild {
  ref: string;
  outDir: string;
  remove(): Promise<void>;
}

/**
 * Builds `ref` (any commit name git knows) as `npm run build` does, from a copy of its
 * tree (git archive) that borrows this checkout's node_modules.
 */
export async function buildRef(ref: string): Promise<RefBuild> {
  const work = await mkdtemp(join(tmpdir(), 'handoff-ref-'));
  const outDir = join(work, 'dist');
  try {
    await run('sh', ['-c', `git archive --format=tar "$0" | tar -x -C "$1"`, ref, work]);
    await symlink(resolve('node_modules'), join(work, 'node_modules'), 'dir');
    await run(
      process.execPath,
      [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error', '--manifest'],
      { cwd: work, env: { ...process.env, NODE_ENV: 'production' } },
    );
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
  return { ref, outDir, remove: () => rm(work, { recursive: true, force: true }) };
}
