import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Context } from '../context.js';
import { AppError, ErrorCode } from '../errors.js';
import { verifyAuditChain } from './audit-chain.js';
import { auditLog } from './audit-log.js';
import { AuditChainReport, AuditEventConnection, AuditLogFilter } from './audit-types.js';

/** The tamper-evident audit log (issue 6 point 7): the viewer and the chain check, for administrators. */
@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'Audit events, newest first, filtered by case, certificate, user and time' })
  auditEvents(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEventConnection> {
    return auditLog(ctx, filter, first, after);
  }

  @Query(() => AuditChainReport, { description: 'Checks the whole audit hash chain and points at its first broken link' })
  async auditChainReport(
    @Ctx() ctx: Context,
    @Arg('anchorSeq', () => String, { nullable: true, description: 'A position recorded earlier outside the platform' }) anchorSeq?: string | null,
    @Arg('anchorHash', () => String, { nullable: true, description: 'Its hash (hex) as recorded then' }) anchorHash?: string | null,
  ): Promise<AuditChainReport> {
    authorizeViewer(ctx.viewer, Operation.READ_AUDIT_LOG);
    return verifyAuditChain(ctx.em, parseAnchor(anchorSeq, anchorHash));
  }
}

/** Both or neither; a position is digits, a hash 64 hex digits. */
export function parseAnchor(seq: string | null | undefined, hash: string | null | undefined): { seq: string; hash: string } | null {
  if (!seq && !hash) return null;
  if (!seq || !/^\d{1,18}$/.test(seq)) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The anchor position is a whole number', { field: 'anchorSeq' });
  if (!hash || !/^[0-9a-f]{64}$/i.test(hash)) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The anchor hash is 64 hexadecimal digits', { field: 'anchorHash' });
  return { seq, hash: hash.toLowerCase() };
}
