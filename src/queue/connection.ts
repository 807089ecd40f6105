// Where the queues live: a redis:// URL for BullMQ, and a key prefix derived from the store so that two stores
// sharing one Redis never take each other's jobs.
import type { ConnectionOptions } from 'bullmq';
import { parsePostgresUrl } from '../store/postgres.js';

export function isRedisUrl(location: string): boolean {
  return /^rediss?:\/\//i.test(location);
}

/** ioredis options from `redis://[USER:PASSWORD@]HOST:PORT[/DB]`. */
export function redisConnection(location: string): ConnectionOptions {
  if (!isRedisUrl(location)) throw new Error(`--queue must be a redis://HOST:PORT URL, got: ${location}`);
  const url = new URL(location);
  const db = url.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new Error(`Redis database must be a number: ${location}`);
  return {
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : 6379,
    ...(db ? { db: Number(db) } : {}),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis; a restart must make commands wait for the reconnect, never fail them.
    maxRetriesPerRequest: null,
  };
}

/** The key prefix of one store's queues: its database and schema (`dossier.news.desk_a`). */
export function queuePrefix(storeLocation: string): string {
  const { connectionString, schema } = parsePostgresUrl(storeLocation);
  const database = new URL(connectionString).pathname.replace(/^\//, '') || 'postgres';
  return `dossier.${database.replace(/[^A-Za-z0-9_-]/g, '_')}.${schema}`;
}
