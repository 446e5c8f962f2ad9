import { pipeline } from 'node:stream';
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import { ErrorCode } from '../errors.js';
import { RouteError, sendError } from '../documents/http-errors.js';
import { certificatePdf } from './certificate-pdf.js';
import { loadIssuedVersion } from './load-version.js';
import { verificationUrl } from './qr.js';

export interface CertificateDocumentDependencies {
  orm: MikroORM;
  clock: Clock;
  /** Base URL of the public web app: the QR code opens `${publicWebUrl}/certificates/${number}`. */
  publicWebUrl: string;
}

const NUMBER = /^[A-Za-z0-9-]{1,40}$/;
const VERSION = /^\d{1,4}$/;

/** `GET /registry/certificates/:number/versions/:versionNo/certificate.pdf`: anonymous, streamed. */
export function certificateDocumentRouter(deps: CertificateDocumentDependencies): Router {
  const router = Router();
  router.get('/certificates/:number/versions/:versionNo/certificate.pdf', async (req, res) => {
    try {
      const number = req.params.number.trim().toUpperCase();
      const versionNo = req.params.versionNo;
      const version = NUMBER.test(number) && VERSION.test(versionNo)
        ? await loadIssuedVersion(deps.orm.em.fork(), number, Number(versionNo))
        : null;
      if (!version) throw new RouteError(ErrorCode.NOT_FOUND, `No version ${versionNo} of certificate ${number}`);
      const doc = certificatePdf(version, verificationUrl(deps.publicWebUrl, version.number), deps.clock.now());
      res.set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${version.number}-v${version.versionNo}.pdf"`,
        'X-Content-Type-Options': 'nosniff',
        // A version is immutable; only the footer's URL depends on configuration.
        'Cache-Control': 'public, max-age=3600',
      });
      pipeline(doc, res, (error) => {
        if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') sendError(req, res, error);
      });
    } catch (error) {
      sendError(req, res, error);
    }
  });
  return router;
}
