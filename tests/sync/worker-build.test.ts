import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), 'handoff-sync-worker-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the Cloudflare Worker (wrangler.jsonc)', () => {
  it('builds with wrangler deploy --dry-run, without an account or a network', () => {
    // No Cloudflare credentials and no telemetry: a dry run must need neither.
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: outdir,
      WRANGLER_SEND_METRICS: 'false',
      CI: 'true',
    };
    const run = spawnSync(
      join(root, 'node_modules/.bin/wrangler'),
      ['deploy', '--dry-run', '--outdir', outdir],
      {
        cwd: root,
        env,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toContain('--dry-run: exiting now.');

    const bundle = readFileSync(join(outdir, 'worker.js'), 'utf8');
    // The same handler as on Node, and nothing that only Node has.
    expect(bundle).toContain('/webhooks/openphone');
    expect(bundle).toContain('/webhooks/caresoft');
    expect(bundle).not.toMatch(/from "node:|require\("node:/);
    expect(bundle).not.toContain('@hono/node-server');
  }, 120_000);
});
