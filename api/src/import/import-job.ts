import type { MikroORM } from '@mikro-orm/postgresql';
import { ImportJob, User } from '@cqc/db';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import type { BackgroundWork } from '../password-reset/background-work.js';
import { runTabularImport } from './tabular/run-import.js';
import type { SourceFile } from './tabular/read-files.js';

/**
 * Starts an import of the administrator's page: the job row is written first and its id
 * returned at once; the file is then checked and written in the API process's background
 * (BackgroundWork, which shutdown waits for), and every chunk moves `done` on, so that the page
 * can poll the row. The file lives only in memory for the run: a restart in the middle leaves
 * the job RUNNING with what was written counted, and uploading the file again completes it
 * (already present numbers are skipped).
 */
export async function startImportJob(
  deps: { orm: MikroORM; clock: Clock; background: BackgroundWork },
  viewer: Viewer,
  files: SourceFile[],
): Promise<ImportJob> {
  const em = deps.orm.em.fork();
  const job = em.create(ImportJob, {
    startedBy: em.getReference(User, viewer.userId), fileName: files.map((f) => f.name).join(', ').slice(0, 255),
    status: 'VALIDATING', createdAt: deps.clock.now(),
  });
  await em.flush();
  const id = job.id;
  const update = (values: Partial<Pick<ImportJob, 'status' | 'total' | 'done' | 'imported' | 'skipped' | 'report' | 'error' | 'finishedAt'>>) =>
    deps.orm.em.fork().nativeUpdate(ImportJob, { id }, values);

  deps.background.run(`import ${id}`, async () => {
    try {
      const result = await runTabularImport(deps.orm, files, {
        clock: deps.clock,
        actor: { userId: viewer.userId, role: viewer.role },
        onProgress: (done, total) => update({ status: 'RUNNING', done, total }).then(() => undefined),
      });
      await update({
        status: result.status === 'DONE' ? 'DONE' : result.status === 'INVALID' ? 'INVALID' : 'FAILED',
        total: result.total, done: result.certificates.filter((c) => c.outcome !== 'NOT_WRITTEN').length,
        imported: result.imported, skipped: result.skipped, error: result.error,
        report: { issues: result.issues, certificates: result.certificates }, finishedAt: deps.clock.now(),
      });
    } catch (error) {
      await update({ status: 'FAILED', error: error instanceof Error ? error.message : String(error), finishedAt: deps.clock.now() });
      throw error;
    }
  });
  return job;
}
