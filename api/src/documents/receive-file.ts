import type { IncomingMessage } from 'node:http';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import busboy from 'busboy';
import { acceptedMediaType, SNIFF_BYTES } from './media-types.js';
import { badInput, tooLarge, RouteError } from './http-errors.js';
import { newStorageKey, type DocumentStorage } from './storage.js';

export interface ReceivedFile {
  storageKey: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * Streams the one `file` part of a multipart/form-data request into storage, checking its type
 * from the first bytes and its size as it flows; the file is never held in memory whole.
 * Resolves once the whole request is read and the file is stored; rejects with a RouteError
 * (400/413) otherwise, and then nothing is left in storage.
 */
export async function receiveFile(req: IncomingMessage, storage: DocumentStorage, maxBytes: number): Promise<ReceivedFile> {
  if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) {
    throw badInput('Send the file as multipart/form-data in a field named "file"');
  }
  // A declared length far beyond the limit is refused before a byte is written.
  if (Number(req.headers['content-length'] ?? 0) > maxBytes + MULTIPART_OVERHEAD) throw tooLarge(maxBytes);

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Browsers send non-ASCII file names (中文文件名.pdf) as raw UTF-8, not latin1.
      defParamCharset: 'utf8',
      limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 1024, parts: 30, headerPairs: 20 },
    });
  } catch {
    throw badInput('Malformed multipart/form-data request');
  }

  return new Promise<ReceivedFile>((resolve, reject) => {
    let stored: Promise<ReceivedFile> | undefined;
    let failed = false;

    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      // Stop parsing: a file part still flowing then ends in an error, which settles `stored`.
      req.unpipe(parser);
      parser.destroy();
      discardRest(req, maxBytes);
      // Reject only once the storage side has settled, so that on return nothing is left.
      void (stored ?? Promise.resolve(null))
        .then((file) => file && storage.delete(file.storageKey))
        .catch(() => undefined)
        .then(() => reject(error));
    };

    parser.on('file', (field: string, file: Readable, info: busboy.FileInfo) => {
      if (field !== 'file' || stored) {
        file.resume();
        return;
      }
      const fileName = cleanFileName(info.filename);
      const guard = new UploadGuard(maxBytes, info.mimeType, fileName);
      file.on('error', () => guard.destroy(badInput('The request ended before the file did')));
      file.pipe(guard);
      // After a refusal the rest of the part still has to be read for the form to finish.
      guard.on('error', () => file.unpipe(guard).resume());
      const storageKey = newStorageKey();
      stored = storage.put(storageKey, guard).then(({ size, sha256 }) => ({ storageKey, fileName, mediaType: guard.mediaType!, size, sha256 }));
      stored.catch(fail);
    });
    parser.on('filesLimit', () => fail(badInput('Send exactly one file')));
    parser.on('partsLimit', () => fail(badInput('Too many form fields')));
    parser.on('fieldsLimit', () => fail(badInput('Too many form fields')));
    parser.on('error', () => fail(badInput('Malformed multipart/form-data request')));
    parser.on('close', () => {
      if (!stored) return fail(badInput('No file: send it in a form field named "file"'));
      stored.then((file) => {
        if (file.size === 0) fail(badInput('The file is empty'));
        else if (!failed) resolve(file);
      }, fail);
    });
    req.on('error', () => fail(badInput('The upload was interrupted')));
    req.pipe(parser);
  });
}

/**
 * Passes the file through, refusing it as soon as its first bytes show a type that is not
 * accepted, or its size passes the limit. An empty file passes here and is refused by the caller.
 */
class UploadGuard extends Transform {
  mediaType: string | null = null;
  private head = Buffer.alloc(0);
  private size = 0;

  constructor(private readonly maxBytes: number, private readonly declared: string, private readonly fileName: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(tooLarge(this.maxBytes));
    if (this.mediaType === null) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < SNIFF_BYTES) return done();
      const problem = this.decide();
      if (problem) return done(problem);
      chunk = this.head;
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.mediaType !== null || this.head.length === 0) return done();
    done(this.decide() ?? undefined, this.head);
  }

  private decide(): RouteError | null {
    this.mediaType = acceptedMediaType(this.head, this.declared, this.fileName);
    return this.mediaType ? null : badInput('This type of file is not accepted: send PDF, PNG, JPEG, Word or Excel');
  }
}

/**
 * The name to show on download: no folders (some browsers send `C:\fakepath\…`), no control
 * characters, at most 255 characters (the column's width).
 */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(clean || 'document').slice(0, 255).join('');
}

const discarding = new WeakSet<IncomingMessage>();

/**
 * Reads and drops what is left of a refused request so that the client receives the answer
 * instead of a broken pipe, but cuts the connection once that costs more than the limit again.
 */
export function discardRest(req: IncomingMessage, maxBytes: number): void {
  if (req.complete || req.destroyed || discarding.has(req)) return;
  discarding.add(req);
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > maxBytes + MULTIPART_OVERHEAD) req.destroy();
  });
  req.resume();
}
