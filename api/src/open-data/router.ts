import { Router, type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CSV_FIELDS, LIST_SEPARATOR, PART_SEPARATOR } from './fields.js';
import { streamExport, type ExportFormat } from './export-stream.js';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
};

/** Stream errors after the first byte cannot become an error response: the connection is cut instead. */
function isClientGone(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_STREAM_PREMATURE_CLOSE';
}

/**
 * The public registry as open data (issue 5, point 4; docs/open-data.md), mounted at
 * /registry/open-data. Public like the registry itself; the rate limiter in front gives the
 * two exports their own small bucket.
 */
export function openDataRouter(deps: { orm: MikroORM }): Router {
  const router = Router();

  router.get('/fields', (_req, res) => {
    res.json({
      csv: {
        url: '/registry/open-data/certificates.csv',
        listSeparator: LIST_SEPARATOR,
        partSeparator: PART_SEPARATOR,
        fields: CSV_FIELDS.map(({ name, type, description }) => ({ name, type, description })),
      },
      jsonl: {
        url: '/registry/open-data/certificates.jsonl',
        description: 'One public certificate record per line, as the GraphQL type Certificate (plus factory.operatorId)',
      },
      updated: 'live: every export reads the registry as it is at the moment of the request',
    });
  });

  const send = (format: ExportFormat) => async (_req: Request, res: Response) => {
    res.status(200);
    res.set({
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="cqc-certificates.${format}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    try {
      await streamExport(deps.orm, format, res);
    } catch (error) {
      if (isClientGone(error)) return;
      console.error(`[api] open-data export failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (res.headersSent) res.destroy();
      else res.status(500).set('content-type', 'application/json').json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Export failed' } });
    }
  };
  router.get('/certificates.csv', send('csv'));
  router.get('/certificates.jsonl', send('jsonl'));
  return router;
}
