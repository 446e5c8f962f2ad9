import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { BackupInputError } from './backup-error.js';
import { countLines } from './copy-sql.js';
import { MANIFEST_ENTRY, parseManifest, tableFolder, tableFolderOf, type Manifest } from './manifest.js';

/** Called for each archive entry in file order; it must read `body` to the end before returning. */
export type EntryVisitor = (name: string, body: AsyncIterable<Buffer>) => Promise<void>;

const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Streams the entries of a backup archive. Whatever goes wrong with the file itself (missing,
 * not gzip, truncated, not a tar) becomes a BackupInputError naming the file; errors thrown by
 * the visitor pass through unchanged.
 */
export async function readEntries(file: string, visit: EntryVisitor): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new BackupInputError(`no backup file at ${file}`);
  if (!info.isFile()) throw new BackupInputError(`${file} is not a file`);
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const extract = tar.extract();
  const feeding = feed(gunzip, extract);
  try {
    const entries = extract[Symbol.asyncIterator]();
    for (;;) {
      const next = await entries.next().catch((error: unknown) => {
        throw damaged(file, error);
      });
      if (next.done) break;
      const entry = next.value;
      if (entry.header.type !== 'file') throw new BackupInputError(`${file}: unexpected archive entry ${entry.header.name} (${String(entry.header.type)})`);
      // (The entry is a streamx Readable; its typings come with another @types/node than ours.)
      const body = guarded(entry as unknown as AsyncIterable<Buffer>, file);
      await visit(entry.header.name, body);
      // The next entry comes only once this one is read to its end.
      for await (const rest of body) void rest;
    }
  } finally {
    source.destroy();
    gunzip.destroy();
    extract.destroy();
    await feeding;
  }
}

/** Hands the decompressed bytes to the tar parser, honouring its back-pressure. */
async function feed(from: Readable, extract: tar.Extract): Promise<void> {
  try {
    for await (const chunk of from) {
      if (!extract.write(chunk)) {
        // 'close' too: a parser destroyed by its reader never drains.
        await new Promise<void>((resolve) => {
          const done = () => {
            extract.off('drain', done);
            extract.off('close', done);
            resolve();
          };
          extract.on('drain', done);
          extract.on('close', done);
        });
      }
    }
    (extract as unknown as { end(): void }).end();
  } catch (error) {
    extract.destroy(error as Error);
  }
}

async function* guarded(entry: AsyncIterable<Buffer>, file: string): AsyncGenerator<Buffer> {
  const chunks = entry[Symbol.asyncIterator]();
  for (;;) {
    const next = await chunks.next().catch((error: unknown) => {
      throw damaged(file, error);
    });
    if (next.done) return;
    yield next.value;
  }
}

function damaged(file: string, error: unknown): Error {
  if (error instanceof BackupInputError) return error;
  return new BackupInputError(`${file} is not a readable backup: ${error instanceof Error ? error.message : String(error)}`);
}

interface SeenTable {
  hash: Hash;
  rows: number;
  parts: string[];
}

/**
 * Reads the whole archive once without touching any database: every table's text must match
 * the manifest's checksum and row count, its parts must be the ones listed, in order, and
 * nothing else may be in the file. Returns the manifest.
 */
export async function verifyBackup(file: string): Promise<Manifest> {
  const seen = new Map<string, SeenTable>();
  const folders: string[] = [];
  let manifestText: string | null = null;
  await readEntries(file, async (name, body) => {
    if (manifestText !== null) throw new BackupInputError(`${file}: entry ${name} after the manifest: not a file this program wrote`);
    if (name === MANIFEST_ENTRY) {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of body) {
        size += chunk.length;
        if (size > MANIFEST_MAX_BYTES) throw new BackupInputError(`${file}: the manifest is larger than ${MANIFEST_MAX_BYTES} bytes`);
        chunks.push(chunk);
      }
      manifestText = Buffer.concat(chunks).toString('utf8');
      return;
    }
    const folder = tableFolderOf(name);
    if (folder === null) throw new BackupInputError(`${file}: unexpected entry ${name}: not a file this program wrote`);
    let table = seen.get(folder);
    if (!table) {
      table = { hash: createHash('sha256'), rows: 0, parts: [] };
      seen.set(folder, table);
      folders.push(folder);
    } else if (folders.at(-1) !== folder) {
      throw new BackupInputError(`${file}: the parts of table ${decodeURIComponent(folder)} are not together: not a file this program wrote`);
    }
    for await (const chunk of body) {
      table.hash.update(chunk);
      table.rows += countLines(chunk);
    }
    table.parts.push(name);
  });
  if (manifestText === null) throw new BackupInputError(`${file} has no manifest: the backup is incomplete`);
  const manifest = parseManifest(manifestText, file);
  const withParts = manifest.tables.filter((t) => t.parts.length > 0).map((t) => tableFolder(t.name));
  for (const table of manifest.tables) {
    const found = seen.get(tableFolder(table.name)) ?? { hash: createHash('sha256'), rows: 0, parts: [] };
    if (found.parts.join('\n') !== table.parts.join('\n')) {
      throw new BackupInputError(`${file}: table ${table.name} should have ${table.parts.length} part(s), the file has ${found.parts.length}: the backup is incomplete or was changed`);
    }
    if (found.hash.digest('hex') !== table.sha256) {
      throw new BackupInputError(`${file}: table ${table.name} does not match its checksum: the file was changed or damaged`);
    }
    if (found.rows !== table.rows) {
      throw new BackupInputError(`${file}: table ${table.name} has ${found.rows} rows, the manifest says ${table.rows}`);
    }
    seen.delete(tableFolder(table.name));
  }
  if (seen.size > 0) throw new BackupInputError(`${file}: tables not in the manifest: ${[...seen.keys()].map(decodeURIComponent).join(', ')}`);
  if (folders.join('\n') !== withParts.join('\n')) throw new BackupInputError(`${file}: the tables are not in the manifest's order`);
  return manifest;
}
