import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CertificateStatus, Organisation, RequirementChange, RequirementChangeKind, currentScheme, recordChange, schemeFor, UnknownSchemeError,
} from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { parseIsoDate } from '../import/dates.js';
import { writeNotice } from '../notice/write-notice.js';
import { REQUIREMENT_CHANGE_NOTICE } from './requirement-change-notices.js';

export interface RequirementChangeInput {
  kind: RequirementChangeKind;
  titleZh: string;
  titleEn: string;
  planZh: string;
  schemeVersion: string | null;
  transitionDeadline: string;
}

/** Certificates that must transition: those still in force. */
const IN_FORCE = [CertificateStatus.VALID, CertificateStatus.SUSPENDED];

const bad = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field, clause: '§8.4' });

/**
 * §8.4: announces a revision of the rule or of a standard with its implementation plan and
 * transition deadline. Every certificate in force gets a pending transition, and each holder one
 * notice listing its certificates — all in one transaction with the audit and outbox events.
 */
export async function announceRequirementChange(ctx: { em: EntityManager; viewer: Viewer | null; clock: Clock }, input: RequirementChangeInput) {
  const viewer = authorizeViewer(ctx.viewer, Operation.MANAGE_REQUIREMENT_CHANGES);
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const titleZh = input.titleZh.trim();
  const titleEn = input.titleEn.trim();
  const planZh = input.planZh.trim();
  if (!titleZh) throw bad('titleZh', 'A title is required');
  if (!titleEn) throw bad('titleEn', 'A title is required');
  if (!planZh) throw bad('planZh', 'Say what holders must do');
  if (!parseIsoDate(input.transitionDeadline)) throw bad('transitionDeadline', 'Not a date (YYYY-MM-DD)');
  if (input.transitionDeadline <= today) throw bad('transitionDeadline', 'The deadline must lie after today');
  if (input.schemeVersion) {
    if (input.kind !== RequirementChangeKind.RULE) throw bad('schemeVersion', 'Only a rule revision introduces a scheme version');
    try {
      schemeFor(currentScheme.id, input.schemeVersion);
    } catch (error) {
      if (error instanceof UnknownSchemeError) throw bad('schemeVersion', `Scheme version ${input.schemeVersion} is not registered`);
      throw error;
    }
  }
  return ctx.em.fork().transactional(async (em) => {
    const change = em.create(RequirementChange, {
      kind: input.kind, titleZh, titleEn, planZh, schemeVersion: input.schemeVersion || null, announcedOn: today, transitionDeadline: input.transitionDeadline,
    });
    await em.flush();
    // One statement, however many certificates are in force.
    const rows = await em.execute<Array<{ applicant_id: string; number: string }>>(
      `with inserted as (
         insert into certificate_transition (id, created_at, requirement_change_id, certificate_id, state, version)
         select gen_random_uuid(), ?, ?, c.id, 'PENDING', 1 from certificate c where c.status in (?, ?)
         returning certificate_id)
       select u.applicant_id, c.number from inserted i join certificate c on c.id = i.certificate_id join certification_unit u on u.id = c.unit_id`,
      [now, change.id, ...IN_FORCE],
    );
    const byHolder = new Map<string, string[]>();
    for (const r of rows) byHolder.set(r.applicant_id, [...(byHolder.get(r.applicant_id) ?? []), r.number]);
    for (const [holderId, numbers] of byHolder) {
      numbers.sort();
      writeNotice(em, {
        kind: 'REQUIREMENT_CHANGE', text: REQUIREMENT_CHANGE_NOTICE, recipient: em.getReference(Organisation, holderId), caseId: null, at: now,
        values: { title: { zh: titleZh, en: titleEn }, plan: planZh, deadline: input.transitionDeadline, count: String(numbers.length), numbers: numbers.join('、') },
      });
    }
    recordChange(em, {
      actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'requirement-change.announced', aggregateType: 'requirement-change',
      aggregateId: change.id, toState: 'ANNOUNCED', payload: { kind: input.kind, transitionDeadline: input.transitionDeadline, certificates: rows.length, clause: '§8.4' },
      outbox: { type: 'requirement-change.changed', payload: { requirementChangeId: change.id } },
    });
    await em.flush();
    return change;
  });
}
