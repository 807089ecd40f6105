// Private Redis and PostgreSQL instances for the fault tests, on their own ports in temp directories, so that
// restarting them never touches the machine's shared services (other test runs use those at the same time).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const PG_BIN = process.env.DOSSIER_TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Why private instances cannot run here, or null when they can. */
export function redisMissing(): string | null {
  return onPath('redis-server') && onPath('redis-cli') ? null : 'redis-server/redis-cli not installed';
}

export function postgresMissing(): string | null {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb')) || !fs.existsSync(path.join(PG_BIN, 'pg_ctl'))) return `initdb/pg_ctl not found in ${PG_BIN}`;
  if (!onPath('runuser') || spawnSync('id', ['-u', 'postgres']).status !== 0) return 'no postgres user to run a private cluster as';
  return null;
}

/** A port nobody listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface PrivateRedis {
  url: string;
  stop(): void;
  start(): void;
  /** Stops and starts again on the same port and data directory. */
  restart(downMs: number): Promise<void>;
  remove(): void;
}

/**
 * A Redis that keeps its data across a restart (append-only file, fsync on every write), as a production queue
 * must: without persistence a restart loses the queue itself, which no client-side retry can bring back.
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir, '--daemonize', 'yes', '--logfile', path.join(dir, 'redis.log'), '--pidfile', path.join(dir, 'redis.pid')];
  const cli = (...a: string[]) => spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...a], { encoding: 'utf8' });
  const waitUp = () => {
    for (let i = 0; i < 100; i += 1) {
      if (cli('ping').stdout.trim() === 'PONG') return;
      spawnSync('sleep', ['0.1']);
    }
    throw new Error(`private Redis on ${port} did not start (see ${dir}/redis.log)`);
  };
  const instance: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    start() {
      execFileSync('redis-server', args);
      waitUp();
    },
    stop() {
      cli('shutdown');
    },
    async restart(downMs) {
      instance.stop();
      await new Promise((r) => setTimeout(r, downMs));
      instance.start();
    },
    remove() {
      cli('shutdown', 'nosave');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  instance.start();
  return instance;
}

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  restart(downMs: number): Promise<void>;
  remove(): void;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pg-'));
  fs.chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const data = path.join(dir, 'data');
  const asPostgres = (command: string, ...args: string[]) =>
    execFileSync('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, command), ...args], { stdio: 'pipe' });
  asPostgres('initdb', '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync');
  const ctl = (...args: string[]) =>
    asPostgres('pg_ctl', '-D', data, '-l', path.join(dir, 'server.log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, ...args);
  ctl('-w', 'start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async restart(downMs) {
      // Fast shutdown: open sessions are terminated, as in a crash-free restart of a real server.
      ctl('-w', '-m', 'fast', 'stop');
      await new Promise((r) => setTimeout(r, downMs));
      ctl('-w', 'start');
    },
    remove() {
      try {
        ctl('-w', '-m', 'immediate', 'stop');
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
