import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ImportJob } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { ImportJobType } from './import-job-types.js';

/** The progress and report of an import started with `POST /imports`, polled by the administrator's page. */
@Resolver()
export class ImportJobResolver {
  @Query(() => ImportJobType, { description: 'An import of certificates from a file: progress, then its per-row report' })
  async importJob(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ImportJobType> {
    authorizeViewer(ctx.viewer, Operation.IMPORT_CERTIFICATES);
    const job = isId(id) ? await ctx.em.findOne(ImportJob, { id }) : null;
    if (!job) throw new AppError(ErrorCode.NOT_FOUND, 'No such import');
    const report = (job.report ?? {}) as Partial<Pick<ImportJobType, 'issues' | 'certificates'>>;
    return {
      id: job.id, fileName: job.fileName, status: job.status, total: job.total, done: job.done, imported: job.imported,
      skipped: job.skipped, error: job.error ?? null, startedAt: job.createdAt, finishedAt: job.finishedAt ?? null,
      issues: report.issues ?? [], certificates: report.certificates ?? [],
    };
  }
}
