import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import { unsubscribe } from './confirm-unsubscribe.js';

/**
 * `POST /registry/watch/unsubscribe?token=…`: the RFC 8058 one-click target named in every
 * notice's List-Unsubscribe header. No login (the token is the authority), idempotent (200 each
 * time), and POST only: mail scanners that fetch links with GET must not unsubscribe anyone.
 */
export function watchRouter(deps: { orm: MikroORM; clock: Clock }): Router {
  const router = Router();
  router.post('/unsubscribe', async (req, res, next) => {
    try {
      const token = typeof req.query.token === 'string' ? req.query.token : '';
      const watch = await unsubscribe({ em: deps.orm.em.fork(), viewer: null, clock: deps.clock }, token);
      res.status(200).json({ status: watch.status });
    } catch (error) {
      if (error instanceof AppError) {
        res.status(404).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
        return;
      }
      next(error);
    }
  });
  return router;
}
