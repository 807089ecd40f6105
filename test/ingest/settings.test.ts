import { describe, it, expect } from 'vitest';
import { DEFAULT_INGEST_SETTINGS, formatSize, parseSize, resolveSettings } from '../../src/ingest/index.js';

describe('parseSize', () => {
  it('reads plain bytes and binary units in any case', () => {
    expect(parseSize('2048')).toBe(2048);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('512KB')).toBe(512 * 1024);
    expect(parseSize('50MB')).toBe(50 * 1024 * 1024);
    expect(parseSize('50 mb')).toBe(50 * 1024 * 1024);
    expect(parseSize('1GiB')).toBe(1024 ** 3);
    expect(parseSize('1.5KB')).toBe(1536);
    expect(parseSize('10b')).toBe(10);
  });

  it('throws a clear error on nonsense', () => {
    expect(() => parseSize('lots')).toThrow(/invalid size "lots"/);
    expect(() => parseSize('50 parsecs')).toThrow(/expected a number with an optional unit/);
    expect(() => parseSize('')).toThrow(/invalid size/);
    expect(() => parseSize('-5MB')).toThrow(/invalid size/);
    expect(() => parseSize('0')).toThrow(/at least 1 byte/);
  });

  it('round-trips with formatSize for the default limit', () => {
    expect(formatSize(parseSize('50MB'))).toBe('50.0 MB');
    expect(formatSize(80 * 1024 * 1024)).toBe('80.0 MB');
    expect(formatSize(12)).toBe('12 bytes');
    expect(formatSize(1536)).toBe('1.5 KB');
  });
});

describe('resolveSettings', () => {
  it('fills defaults and keeps overrides', () => {
    const settings = resolveSettings({ maxFileBytes: 1000 });
    expect(settings.maxFileBytes).toBe(1000);
    expect(settings.maxDecompressedBytes).toBe(DEFAULT_INGEST_SETTINGS.maxDecompressedBytes);
    expect(DEFAULT_INGEST_SETTINGS.maxFileBytes).toBe(50 * 1024 * 1024);
  });

  it('rejects non-positive limits', () => {
    expect(() => resolveSettings({ maxRecordBytes: 0 })).toThrow(/maxRecordBytes/);
  });
});
