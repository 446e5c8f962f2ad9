import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where document bytes live. The database holds the metadata and the key; this port holds the
 * bytes, so that local disk (the default, one machine) can later give way to an object store
 * without touching the routes.
 */
export interface DocumentStorage {
  /**
   * Stores the content under the key and reports what was stored. All or nothing: when the
   * source fails (client gone, limit exceeded, wrong type), nothing is left under the key.
   */
  put(key: string, content: Readable | Buffer): Promise<StoredContent>;
  /** The content under the key; fails with MissingContentError when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the content under the key; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
}

export interface StoredContent {
  size: number;
  /** Lower-case hex. */
  sha256: string;
}

export class MissingContentError extends Error {
  constructor(key: string) {
    super(`no stored content under key ${key}`);
    this.name = 'MissingContentError';
  }
}

/** A fresh storage key: random, URL- and file-name-safe, never derived from what a user sent. */
export function newStorageKey(): string {
  return randomBytes(24).toString('base64url');
}

/** Keys are ours (newStorageKey), so anything else is a bug or an attack: never a path. */
const KEY = /^[A-Za-z0-9_-]{16,128}$/;

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  return key;
}

/** Counts and hashes the bytes as they pass, so the content is read once. */
class Measure extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    this.hash.update(chunk);
    done(null, chunk);
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Files on local disk: `<root>/<first two key characters>/<key>` (the fan-out keeps folders
 * small). A file is written under `<root>/.partial/` and renamed into place only once complete
 * and flushed to disk; rename within one file system is atomic, so a reader never sees half a
 * file and a crash leaves only a partial file, which is never served.
 */
export class LocalDiskStorage implements DocumentStorage {
  constructor(readonly rootDir: string) {}

  private pathOf(key: string): { dir: string; file: string } {
    const dir = join(this.rootDir, checkKey(key).slice(0, 2));
    return { dir, file: join(dir, key) };
  }

  async put(key: string, content: Readable | Buffer): Promise<StoredContent> {
    const { dir, file } = this.pathOf(key);
    const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
    // The source may fail before the pipeline below is attached; pipeline still reports that
    // error, but without this listener it would also crash the process as unhandled.
    const ignore = () => undefined;
    source.on('error', ignore);
    const partialDir = join(this.rootDir, '.partial');
    const partial = join(partialDir, `${key}.${randomBytes(6).toString('hex')}`);
    const measure = new Measure();
    try {
      await mkdir(partialDir, { recursive: true });
      // `flush`: the bytes reach the disk before the rename makes them visible.
      await pipeline(source, measure, createWriteStream(partial, { flags: 'wx', mode: 0o600, flush: true }));
      await mkdir(dir, { recursive: true });
      await rename(partial, file);
    } catch (error) {
      source.destroy();
      await rm(partial, { force: true });
      throw error;
    } finally {
      source.off('error', ignore);
    }
    return { size: measure.size, sha256: measure.digest() };
  }

  async get(key: string): Promise<Readable> {
    try {
      // Opened before returning, so that a missing file is an error here, not in mid-response.
      const handle = await open(this.pathOf(key).file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingContentError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key).file, { force: true });
  }
}
