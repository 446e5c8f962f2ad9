import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalDiskStorage, MissingContentError, newStorageKey } from './storage.js';

let root: string;
let storage: LocalDiskStorage;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cqc-storage-'));
  storage = new LocalDiskStorage(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file under the root, as relative paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

describe('LocalDiskStorage', () => {
  it('stores a buffer and reads it back, reporting size and SHA-256', async () => {
    const key = newStorageKey();
    const content = Buffer.from('第一份文件 — the first file');
    const stored = await storage.put(key, content);
    expect(stored).toEqual({ size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
    expect(await text(await storage.get(key))).toBe(content.toString());
  });

  it('stores a stream', async () => {
    const key = newStorageKey();
    const stored = await storage.put(key, Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
    expect(stored.size).toBe(4);
    expect(await text(await storage.get(key))).toBe('abcd');
  });

  it('shows nothing under the key until the write is complete (temporary file, then rename)', async () => {
    const key = newStorageKey();
    const source = new PassThrough();
    const writing = storage.put(key, source);
    source.write('half of it');
    await new Promise<void>((done) => setImmediate(done));
    await expect(storage.get(key)).rejects.toBeInstanceOf(MissingContentError);
    expect(filesUnder(root).every((path) => path.startsWith('.partial'))).toBe(true);
    source.end(' and the rest');
    await writing;
    expect(await text(await storage.get(key))).toBe('half of it and the rest');
    expect(filesUnder(root)).toEqual([join(key.slice(0, 2), key)]);
  });

  it('leaves nothing behind when the source fails midway', async () => {
    const key = newStorageKey();
    const source = new PassThrough();
    const writing = storage.put(key, source);
    source.write('the beginning');
    source.destroy(new Error('client went away'));
    await expect(writing).rejects.toThrow('client went away');
    await expect(storage.get(key)).rejects.toBeInstanceOf(MissingContentError);
    expect(filesUnder(root)).toEqual([]);
  });

  it('deletes, and deleting what is not there is fine', async () => {
    const key = newStorageKey();
    await storage.put(key, Buffer.from('x'));
    await storage.delete(key);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(MissingContentError);
  });

  it('refuses keys that could name a path outside its folder', async () => {
    for (const key of ['../../etc/passwd', 'a/b', '', 'short']) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
      await expect(storage.get(key)).rejects.toThrow(/invalid storage key/);
    }
    expect(filesUnder(root)).toEqual([]);
  });
});
