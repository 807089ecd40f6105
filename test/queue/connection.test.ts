// The distributed mode's addressing and fault classification, without services: which Redis, which queue prefix,
// which errors are an outage to wait out rather than a document to fail.
import { describe, expect, it } from 'vitest';
import { isRedisUrl, queuePrefix, redisConnection } from '../../src/queue/connection.js';
import { isConnectionError } from '../../src/queue/retry.js';
import { runCli } from '../cli/run-cli.js';

describe('queue addressing', () => {
  it('reads host, port, database and credentials from a redis URL, waiting out reconnects', () => {
    expect(redisConnection('redis://127.0.0.1:6390')).toEqual({ host: '127.0.0.1', port: 6390, maxRetriesPerRequest: null });
    expect(redisConnection('redis://desk:s3cret@queue.internal/2')).toMatchObject({ host: 'queue.internal', port: 6379, db: 2, username: 'desk', password: 's3cret' });
    expect(isRedisUrl('rediss://queue.internal:6380')).toBe(true);
    expect(() => redisConnection('nats://127.0.0.1:4222')).toThrow(/--queue must be a redis:\/\/HOST:PORT URL/);
    expect(() => redisConnection('redis://127.0.0.1:6379/news')).toThrow(/database must be a number/);
  });

  it('keeps the queues of two stores apart on one Redis, whatever the host is called', () => {
    expect(queuePrefix('postgres://app@db.internal:5432/news?schema=desk_a')).toBe('dossier.news.desk_a');
    expect(queuePrefix('postgres://app@10.0.0.5/news?schema=desk_b')).toBe('dossier.news.desk_b');
    expect(queuePrefix('postgres://app@localhost/news')).toBe('dossier.news.public');
  });

  it('refuses the queue without a PostgreSQL store, naming what is missing', () => {
    const result = runCli(['ingest', '--db', 'local.db', '--queue', 'redis://127.0.0.1:6379', 'nothing.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--queue needs a PostgreSQL store that every worker reaches \(--db postgres:\/\/\.\.\.\), not local\.db/);
  });
});

describe('fault classification', () => {
  it('treats a server going away as an outage and a bad statement or document as an error', () => {
    expect(isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('cannot open the PostgreSQL store postgres://x@h/db: connect ECONNREFUSED 10.0.0.1:5432'))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
    expect(isConnectionError(new Error('injected analysis failure'))).toBe(false);
  });
});
