import { LockMode } from '@mikro-orm/core';
import { Appeal, AppealState, User, currentScheme, recordChange } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { writeNotice } from '../notice/write-notice.js';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import type { MarkContext } from '../marks/mark-approvals.js';
import { APPEAL_STEP_FROM, nextAppealState, stepText, type AppealStep } from './appeal-machine.js';
import { APPEAL_NOTICE_TEXTS } from './appeal-notices.js';
import { kindWords } from './appeal-words.js';
import { involvedIn } from './involvement.js';

/** Who may take each step (the policy decides; the decider's independence is checked below). */
const OPERATION: Record<AppealStep['type'], Operation> = {
  ACKNOWLEDGE: Operation.HANDLE_APPEAL,
  INVESTIGATE: Operation.HANDLE_APPEAL,
  DECIDE: Operation.DECIDE_APPEAL,
  WITHDRAW: Operation.FILE_APPEAL,
};

const MAX_TEXT = 5000;

/**
 * Takes one step of an appeal (§13): load, authorize, lock the version the caller saw, check the
 * step is allowed from the current state, then write the new state, the filer's notice, audit and
 * outbox in one transaction. A refused step writes nothing.
 */
export async function takeAppealStep(ctx: MarkContext, id: string, version: number, step: AppealStep): Promise<Appeal> {
  const now = ctx.clock.now();
  const scheme = ctx.scheme ?? currentScheme;
  return conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const appeal = isId(id) ? await em.findOne(Appeal, { id }, { populate: ['organisation', 'case', 'certificate'] }) : null;
    if (!appeal) throw new AppError(ErrorCode.NOT_FOUND, 'No such appeal, complaint or dispute');
    const viewer = authorizeViewer(ctx.viewer, OPERATION[step.type], { organisationId: appeal.organisation.id });
    await em.lock(appeal, LockMode.OPTIMISTIC, version);
    if (!APPEAL_STEP_FROM[step.type].includes(appeal.state)) {
      throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `Cannot ${step.type.toLowerCase()} while ${appeal.state}`, { clause: '§13', status: appeal.state });
    }
    const { field, text, required } = stepText(step);
    if (required && !text) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Say what and why: the filer reads it', { field });
    if (text.length > MAX_TEXT) throw new AppError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_TEXT} characters`, { field });
    if (step.type === 'DECIDE' && (await involvedIn(em, appeal)).has(viewer.userId)) {
      throw new AppError(ErrorCode.RULE_VIOLATION, 'Someone who acted on the case or certificate concerned may not decide the appeal.', {
        findings: [{
          code: 'DECIDER_INVOLVED', clause: '§13', field: 'actor',
          messageZh: '参与所涉认证委托或证书处理的人员不得对该申诉、投诉或争议作出决定。',
          messageEn: 'Someone who acted on the case or certificate concerned may not decide the appeal.',
        }],
      });
    }
    const from = appeal.state;
    const today = chinaDate(now);
    appeal.state = nextAppealState(step);
    if (step.type === 'ACKNOWLEDGE') appeal.acknowledgedOn = today;
    if (step.type === 'INVESTIGATE') {
      appeal.investigationStartedOn = today;
      appeal.investigationNote = text;
    }
    if (step.type === 'DECIDE' || step.type === 'WITHDRAW') {
      appeal.closedOn = today;
      appeal.outcomeNote = text || null;
    }
    if (step.type === 'DECIDE') appeal.decidedBy = em.getReference(User, viewer.userId);
    const noticeKey = appeal.state as Exclude<AppealState, AppealState.FILED>;
    writeNotice(em, {
      kind: `APPEAL_${appeal.state}`, text: APPEAL_NOTICE_TEXTS[noticeKey], recipient: appeal.organisation, caseId: appeal.case?.id ?? null, at: now,
      values: { reference: appeal.reference, kind: kindWords(appeal.kind, scheme), text },
    });
    recordChange(em, {
      actor: { userId: viewer.userId, role: viewer.role }, at: now, action: `appeal.${step.type.toLowerCase()}`, aggregateType: 'appeal', aggregateId: appeal.id,
      fromState: from, toState: appeal.state, reason: text || null, payload: { reference: appeal.reference, kind: appeal.kind },
      outbox: { type: 'appeal.changed', payload: { appealId: appeal.id, reference: appeal.reference, state: appeal.state } },
    });
    await em.flush();
    return appeal;
  }), 'appeal');
}
