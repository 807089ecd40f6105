// `dossier serve` as a user runs it: the real binary, a port, a page, and a clean stop on SIGTERM and SIGINT.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, spawnCli, tempDir } from '../cli/run-cli.js';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `dossier serve` and resolves with its URL once it says it is serving. */
function serve(args: string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawnCli(['serve', ...args]);
  running.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /serving at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve({ child, url: m[1]!, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

const exitOf = (child: ChildProcess) => new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));

describe('dossier serve', () => {
  it('serves the store on 127.0.0.1 and stops cleanly on SIGTERM and SIGINT', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'store.db');
    const { child, url } = await serve(['--db', db, '--port', '0']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Stories</h1>');
    const api = await fetch(`${url}/api/stories`);
    expect(await api.json()).toMatchObject({ total: 0, stories: [] });
    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    // The store is intact and reusable after the stop.
    const again = await serve(['--db', db, '--port', '0']);
    const stopped = exitOf(again.child);
    again.child.kill('SIGINT');
    expect(await stopped).toBe(0);
  });

  it('refuses a bad port with a usage error', () => {
    const result = runCli(['serve', '--port', 'eighty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port must be a number');
  });

  it('says clearly when the port is taken', async () => {
    const dir = tempDir();
    const first = await serve(['--db', path.join(dir, 'a.db'), '--port', '0']);
    const port = new URL(first.url).port;
    const result = runCli(['serve', '--db', path.join(dir, 'b.db'), '--port', port]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`cannot listen on 127.0.0.1:${port}: the port is in use`);
  });
});
