import { pipeline } from 'node:stream';
import { Router, type Request } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Organisation, StoredDocument, User } from '@cqc/db';
import { authenticate, type SessionPolicy } from '../auth/session-service.js';
import { bearerToken } from '../auth/token.js';
import { authorize, can, Operation } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { attachmentDisposition } from './content-disposition.js';
import { badInput, notFound, sendError } from './http-errors.js';
import { discardRest, receiveFile } from './receive-file.js';
import type { DocumentStorage } from './storage.js';
import { documentReaders } from '../type-test/type-test-report.js';
import { isId } from '../graphql/ids.js';

export interface DocumentRouteDependencies {
  orm: MikroORM;
  clock: Clock;
  sessionPolicy: SessionPolicy;
  storage: DocumentStorage;
  /** Largest accepted file, in bytes. */
  maxBytes: number;
}


/**
 * Document upload and download, mounted at /documents: plain HTTP beside GraphQL, behind the same
 * bearer token and the same policy. An upload returns an id; a GraphQL mutation attaches it to a
 * certification case later.
 *
 * Another organisation's document answers 404, exactly like an id that does not exist, so that
 * an enterprise user cannot probe which ids are real. A role that may read no document at all
 * (REGULATOR) gets 403 whatever the id: that reveals nothing either. A lab's test report is
 * also readable by the applicant once the case is certified (§4.2.4, documentReaders).
 */
export function documentRouter(deps: DocumentRouteDependencies): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    try {
      const em = deps.orm.em.fork();
      const viewer = await viewerOf(req, deps);
      const organisationId = targetOrganisation(req, viewer);
      authorize(viewer, Operation.UPLOAD_DOCUMENT, { organisationId });
      if (organisationId !== viewer.organisationId && !(await em.count(Organisation, { id: organisationId }))) {
        throw badInput('No such organisation', 'organisationId');
      }
      const file = await receiveFile(req, deps.storage, deps.maxBytes);
      const document = em.create(StoredDocument, {
        ...file,
        organisation: em.getReference(Organisation, organisationId),
        uploadedBy: em.getReference(User, viewer.userId),
        createdAt: deps.clock.now(),
      });
      try {
        await em.flush();
      } catch (error) {
        await deps.storage.delete(file.storageKey);
        throw error;
      }
      const { id, fileName, mediaType, size, sha256 } = document;
      res.status(201).location(`${req.baseUrl}/${id}`).json({ id, fileName, mediaType, size, sha256 });
    } catch (error) {
      sendError(req, res, error);
      discardRest(req, deps.maxBytes);
    }
  });

  router.get('/:id', async (req, res) => {
    try {
      const viewer = await viewerOf(req, deps);
      // Own organisation is the widest any rule reaches: refused there means refused everywhere.
      authorize(viewer, Operation.READ_DOCUMENT, { organisationId: viewer.organisationId });
      const id = req.params.id;
      const em = deps.orm.em.fork();
      const document = isId(id) ? await em.findOne(StoredDocument, { id }) : null;
      const readers = document ? await documentReaders(em, document) : [];
      if (!document || !readers.some((organisationId) => can(viewer, Operation.READ_DOCUMENT, { organisationId }))) throw notFound();

      const content = await deps.storage.get(document.storageKey);
      res.set({
        'Content-Type': document.mediaType,
        'Content-Length': String(document.size),
        'Content-Disposition': attachmentDisposition(document.fileName),
        'X-Content-Type-Options': 'nosniff',
        // Private files: no shared cache keeps them, and nothing in them may run if opened here.
        'Cache-Control': 'private, no-store',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      });
      pipeline(content, res, (error) => {
        // A client that goes away mid-download is not a server error.
        if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') sendError(req, res, error);
      });
    } catch (error) {
      sendError(req, res, error);
    }
  });

  return router;
}

async function viewerOf(req: Request, deps: DocumentRouteDependencies): Promise<Viewer> {
  const token = bearerToken(req.headers.authorization);
  const viewer = token ? await authenticate(deps.orm.em.fork(), token, deps.clock, deps.sessionPolicy) : null;
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  return viewer;
}

/**
 * The organisation the upload will belong to: the caller's own, unless `?organisationId=` names
 * another (staff filing a report for an enterprise). Read from the query string, not the form,
 * so that the decision is made before a byte of the file is read.
 */
function targetOrganisation(req: Request, viewer: Viewer): string {
  const given = req.query.organisationId;
  if (given === undefined) return viewer.organisationId;
  if (typeof given !== 'string' || !isId(given)) throw badInput('organisationId must be a uuid', 'organisationId');
  return given.toLowerCase();
}
