/**
 * Checks the audit log's hash chain end to end (`pnpm audit:verify [-- --anchor SEQ:HASH]`).
 * Prints the head to keep outside the platform (with the backups, in a mail), and exits 1 at
 * the first broken link, 2 on bad arguments.
 */
import { parseArgs } from 'node:util';
import { loadConfig, parseAnchor, verifyAuditChain } from '@cqc/api';
import { openPlatformData } from './platform.js';

const log = (line: string) => console.log(`[audit] ${line}`);
let anchor: ReturnType<typeof parseAnchor>;
try {
  const { values } = parseArgs({ options: { anchor: { type: 'string' } }, allowPositionals: false });
  const [seq, hash] = values.anchor ? values.anchor.split(':') : [];
  anchor = parseAnchor(seq, hash);
} catch (error) {
  console.error(`[audit] ${(error as Error).message} (usage: pnpm audit:verify [-- --anchor SEQ:HASH])`);
  process.exit(2);
}
const data = await openPlatformData(loadConfig(), log);
try {
  const report = await verifyAuditChain(data.db.orm.em.fork(), anchor);
  if (report.intact) {
    log(`chain intact: ${report.checked} events; head ${report.headSeq}:${report.headHash ?? '-'}${anchor ? ` (anchor ${anchor.seq} holds)` : ''}`);
    log('keep the head outside the platform; check against it later with --anchor');
  } else {
    const at = report.firstBroken!;
    log(`chain BROKEN at position ${at.seq ?? '?'}${at.eventId ? ` (event ${at.eventId})` : ''}: ${at.reason}`);
    process.exitCode = 1;
  }
} finally {
  await data.close();
}
