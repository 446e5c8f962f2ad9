import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, User, type FactoryInspection, type Scheme } from '@cqc/db';
import { isIsoDate } from '../calendar/iso-date.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';

/** What the engineer sets when issuing or rearranging a task (§5.3). */
export interface TaskInput {
  inspectorId: string;
  personDays: number;
  /** The planned days on site, both or neither. */
  plannedFrom?: string | null;
  plannedTo?: string | null;
}

const bad = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

/** The active inspector the task names; BAD_USER_INPUT otherwise. */
export async function taskInspector(em: EntityManager, inspectorId: string): Promise<User> {
  const inspector = isId(inspectorId) ? await em.findOne(User, { id: inspectorId, role: Role.INSPECTOR, active: true }) : null;
  if (!inspector) throw bad('inspectorId', 'No active inspector with this id');
  return inspector;
}

/**
 * Checks the task's effort (§5.3) and its planned days on site: from today at the earliest, and
 * no later than the report's due date, because §5.4 has the inspection carried out AND the report
 * concluded within that limit ("检查员/检查组应在 10 个工作日内实施工厂现场检查，形成工厂检查报告").
 */
export function checkTask(scheme: Scheme, task: TaskInput, today: string, reportDueOn: string | null): { plannedFrom: string | null; plannedTo: string | null } {
  checkPersonDays(scheme, task.personDays);
  const from = task.plannedFrom?.trim() || null;
  const to = task.plannedTo?.trim() || null;
  if (!from && !to) return { plannedFrom: null, plannedTo: null };
  if (!from || !isIsoDate(from)) throw bad('plannedFrom', 'Give the first planned day on site (YYYY-MM-DD), or no planned days at all');
  if (!to || !isIsoDate(to)) throw bad('plannedTo', 'Give the last planned day on site (YYYY-MM-DD), or no planned days at all');
  if (from < today) throw bad('plannedFrom', 'The visit cannot be planned in the past');
  if (to < from) throw bad('plannedTo', 'The last planned day is before the first');
  if (reportDueOn && to > reportDueOn) {
    const finding = {
      code: 'VISIT_AFTER_REPORT_DUE', clause: '§5.4', field: 'plannedTo',
      messageZh: `检查员/检查组应在期限内（${reportDueOn} 前）实施工厂现场检查并形成检查报告。`,
      messageEn: `The inspection must be carried out and reported by ${reportDueOn}.`,
    };
    throw new AppError(ErrorCode.RULE_VIOLATION, finding.messageEn, { findings: [finding] });
  }
  return { plannedFrom: from, plannedTo: to };
}

/** The notice text of a task: who inspects, the effort, the planned days and the report due date. */
export function taskNoticeDetail(inspection: FactoryInspection, inspector: User, reportDueOn: string | null): string {
  const planned = inspection.plannedFrom
    ? `${inspection.plannedFrom}${inspection.plannedTo && inspection.plannedTo !== inspection.plannedFrom ? ` – ${inspection.plannedTo}` : ''}`
    : '另行商定 / to be agreed';
  return [
    `检查员 / Inspector: ${inspector.displayName}`,
    `现场检查人日数 / On-site effort: ${inspection.personDays} 人·日 / person-days`,
    `计划检查日期 / Planned on site: ${planned}`,
    ...(reportDueOn ? [`检查结论期限 / Conclusion due: ${reportDueOn}`] : []),
  ].join('；');
}

/** The due date the running clock `key` of the case works to (its latest round), if any. */
export function runningDue(inspection: FactoryInspection, key: string): string | null {
  return inspection.certificationCase.clocks.getItems().find((k) => k.key === key && !k.stoppedOn)?.dueOn ?? null;
}

/** §5.3 "1-2 人·日，最多不超过 2 人·日": outside the scheme's bounds is a rule violation. */
export function checkPersonDays(scheme: Scheme, personDays: number): void {
  const { clause, minPersonDays, maxPersonDays } = scheme.effort.initialInspection;
  // Stored with one decimal (half days); finer values would be silently rounded.
  if (!Number.isFinite(personDays) || Math.abs(Math.round(personDays * 10) - personDays * 10) > 1e-9) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Person-days are a number with at most one decimal', { field: 'personDays' });
  }
  const finding = personDays > maxPersonDays
    ? { code: 'PERSON_DAYS_ABOVE_MAX', messageZh: `现场检查人日数最多不超过 ${maxPersonDays} 人·日。`, messageEn: `On-site effort may not exceed ${maxPersonDays} person-days.` }
    : personDays < minPersonDays
      ? { code: 'PERSON_DAYS_BELOW_MIN', messageZh: `现场检查人日数为 ${minPersonDays}-${maxPersonDays} 人·日。`, messageEn: `On-site effort is ${minPersonDays}–${maxPersonDays} person-days.` }
      : null;
  if (finding) {
    const full = { ...finding, clause: `§${clause}`, field: 'personDays' };
    throw new AppError(ErrorCode.RULE_VIOLATION, full.messageEn, { findings: [full] });
  }
}
