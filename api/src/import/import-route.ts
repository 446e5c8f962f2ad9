import type { IncomingMessage } from 'node:http';
import { Router } from 'express';
import busboy from 'busboy';
import type { MikroORM } from '@mikro-orm/postgresql';
import { authenticate, type SessionPolicy } from '../auth/session-service.js';
import { bearerToken } from '../auth/token.js';
import { authorizeViewer, Operation } from '../auth/policy.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { badInput, sendError, tooLarge } from '../documents/http-errors.js';
import { cleanFileName, discardRest } from '../documents/receive-file.js';
import type { BackgroundWork } from '../password-reset/background-work.js';
import { startImportJob } from './import-job.js';
import type { SourceFile } from './tabular/read-files.js';

/** A workbook of some thousand certificates is well under this; the import holds it in memory. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * `POST /imports`: the administrator's upload of an import file (one .xlsx, or the sheets'
 * .csv files, in form fields named `file`). Answers 202 with the job's id at once; the job's
 * progress and report are read with the GraphQL query `importJob`.
 */
export function importRouter(deps: { orm: MikroORM; clock: Clock; sessionPolicy: SessionPolicy; background: BackgroundWork; maxBytes?: number }): Router {
  const router = Router();
  const maxBytes = deps.maxBytes ?? MAX_IMPORT_BYTES;
  router.post('/', async (req, res) => {
    try {
      const token = bearerToken(req.headers.authorization);
      const found = token ? await authenticate(deps.orm.em.fork(), token, deps.clock, deps.sessionPolicy) : null;
      if (!found) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
      // Decided before a byte of the file is read.
      const viewer = authorizeViewer(found, Operation.IMPORT_CERTIFICATES);
      const files = await receiveFiles(req, maxBytes);
      const job = await startImportJob({ orm: deps.orm, clock: deps.clock, background: deps.background }, viewer, files);
      res.status(202).json({ id: job.id, status: job.status });
    } catch (error) {
      sendError(req, res, error);
      discardRest(req, maxBytes);
    }
  });
  return router;
}

/** Reads every `file` part into memory, refusing the request once the files pass `maxBytes` together. */
function receiveFiles(req: IncomingMessage, maxBytes: number): Promise<SourceFile[]> {
  if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) {
    return Promise.reject(badInput('Send the file as multipart/form-data in a field named "file"'));
  }
  if (Number(req.headers['content-length'] ?? 0) > maxBytes + 64 * 1024) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 8, fileSize: maxBytes + 1, fields: 10, parts: 20 } });
    } catch {
      return reject(badInput('Malformed multipart/form-data request'));
    }
    const files: SourceFile[] = [];
    let total = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      reject(error);
    };
    parser.on('file', (field, stream, info) => {
      if (field !== 'file') return void stream.resume();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) {
          stream.resume();
          return fail(tooLarge(maxBytes));
        }
        chunks.push(chunk);
      });
      stream.on('end', () => {
        const content = Buffer.concat(chunks);
        if (content.length > 0) files.push({ name: cleanFileName(info.filename), content });
      });
    });
    parser.on('filesLimit', () => fail(badInput('Too many files: send one workbook or the four CSV files')));
    parser.on('error', () => fail(badInput('Malformed multipart/form-data request')));
    parser.on('close', () => {
      if (failed) return;
      if (files.length === 0) fail(badInput('No file: send it in a form field named "file"'));
      else resolve(files);
    });
    req.on('error', () => fail(badInput('The upload was interrupted')));
    req.pipe(parser);
  });
}
