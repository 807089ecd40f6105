// The real `dossier` binary against the local site, as a user runs it: fetch with and without --allow-private,
// the failures it records, and watch stopping cleanly on SIGTERM and SIGINT.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { binPath, repoRoot, tempDir } from '../cli/run-cli.js';
import type { LocalSite } from './local-server.js';
import { startLedgerSite } from './site-fixture.js';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawns the binary without blocking this process, which serves the site the binary fetches from. */
function runAsync(args: string[], until?: { stdoutMatches: RegExp; send: NodeJS.Signals }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    // A safety net so a stuck child never outlives the test.
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      if (until && !sent && until.stdoutMatches.test(stdout)) {
        sent = true;
        child.kill(until.send);
      }
    });
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('dossier fetch and watch, end to end', () => {
  let site: LocalSite;
  let dir: string;
  beforeAll(async () => {
    ({ site } = await startLedgerSite());
    dir = tempDir('dossier-fetch-cli-');
  });
  afterAll(async () => {
    await site.close();
  });

  it('refuses a loopback URL without --allow-private and records the failure; fetches it with the flag', async () => {
    const db = path.join(dir, 'fetch.db');
    const url = site.url('/news/velmora-flood.html');
    const refused = await runAsync(['fetch', '--db', db, url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`dossier: ${url}: refused: 127.0.0.1 is a loopback address; use --allow-private to fetch it\n`);
    expect(refused.stdout).toMatch(/0 added, 0 updated, 0 unchanged, 1 failed/);
    const failures = await runAsync(['failures', '--db', db, '--json']);
    expect(JSON.parse(failures.stdout)).toEqual([expect.objectContaining({ input: url, reason: expect.stringContaining('refused') })]);

    const allowed = await runAsync(['fetch', '--db', db, '--allow-private', '--host-delay', '0s', url, site.url('/logo.png')]);
    expect(allowed.code).toBe(1);
    expect(allowed.stdout).toMatch(/Fetched 2 URLs: 1 added, 0 updated, 0 unchanged, 1 failed/);
    expect(allowed.stderr).toMatch(/^dossier: http:\/\/127\.0\.0\.1:\d+\/logo\.png: content type image\/png refused/);
  });

  it('rejects a bad flag value with a usage error', async () => {
    const bad = await runAsync(['fetch', '--db', path.join(dir, 'x.db'), '--timeout', 'soon', site.url('/')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('dossier: invalid duration "soon": expected a number with a unit (ms, s, m, h), e.g. 15m\n');
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('keeps watching until %s, then stops cleanly with everything stored', async (signal) => {
    const db = path.join(dir, `watch-${signal}.db`);
    const feeds = path.join(dir, 'feeds.txt');
    fs.writeFileSync(feeds, `${site.url('/feeds/ledger.rss')}\n`);
    const run = await runAsync(['watch', feeds, '--db', db, '--every', '1h', '--allow-private', '--host-delay', '0s', '--retries', '0'], {
      stdoutMatches: /poll 1 /,
      send: signal,
    });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/poll 1 of 1 feed: 3 added/);
    expect(run.stdout).toMatch(/Stopped\.\n$/);
    expect(run.stderr).toContain(`dossier: ${signal}: stopping after the current write`);
    const stories = await runAsync(['export', '--db', db]);
    expect(JSON.parse(stories.stdout).documents).toHaveLength(3);
  });
});
