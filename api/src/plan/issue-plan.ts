import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificationPlan, Lab, type CertificationCase } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { sendNotice } from '../case/notices.js';

/** The plan as the COMPLETE_DOCUMENT_REVIEW command carries it (plain data: the machine stays pure). */
export interface CertificationPlanData {
  feeEstimateYuan: string;
  sampleRequirements: string;
  labId?: string | null;
  labName?: string | null;
  contactPerson: string;
  notes?: string | null;
}

const YUAN = /^(\d{1,10})(?:\.(\d{1,2}))?$/;

/** "12800" → "12800.00"; null when not a non-negative amount of yuan with at most two decimals. */
export function normalYuan(text: string): string | null {
  const m = YUAN.exec(text.trim());
  if (!m) return null;
  return `${BigInt(m[1]!).toString()}.${(m[2] ?? '').padEnd(2, '0')}`;
}

const bad = (message: string, field: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

/** Refuses a missing or malformed plan before anything is written (BAD_USER_INPUT with the field). */
export async function checkPlan(em: EntityManager, plan: CertificationPlanData | undefined): Promise<void> {
  if (!plan) throw bad('The document review is completed with a certification plan (§3.4)', 'plan');
  const fee = normalYuan(plan.feeEstimateYuan);
  if (fee === null || fee === '0.00') throw bad('The fee estimate must be a positive amount in yuan with at most two decimals', 'plan.feeEstimateYuan');
  if (!plan.sampleRequirements.trim()) throw bad('Say which samples to send', 'plan.sampleRequirements');
  if (!plan.contactPerson.trim()) throw bad('Name the contact person', 'plan.contactPerson');
  if (plan.labId && !(isId(plan.labId) && (await em.count(Lab, { id: plan.labId })))) throw bad('No such lab', 'plan.labId');
}

/**
 * Writes the plan and the payment notice (§3.4: the plan and the fee go to the applicant
 * together) inside the transaction of the COMPLETE_DOCUMENT_REVIEW step. `checkPlan` has run.
 */
export async function issuePlan(em: EntityManager, c: CertificationCase, plan: CertificationPlanData, at: { today: string; now: Date }): Promise<CertificationPlan> {
  const lab = plan.labId ? await em.findOneOrFail(Lab, { id: plan.labId }, { populate: ['organisation'] }) : null;
  const fee = normalYuan(plan.feeEstimateYuan)!;
  const written = em.create(CertificationPlan, {
    certificationCase: c, feeEstimateYuan: fee, sampleRequirements: plan.sampleRequirements.trim(), lab,
    labName: plan.labName?.trim() || lab?.organisation.nameZh || null, contactPerson: plan.contactPerson.trim(),
    notes: plan.notes?.trim() || null, issuedOn: at.today, createdAt: at.now,
  });
  sendNotice(em, { kind: 'PAYMENT_NOTICE', recipient: c.unit.applicant, caseId: c.id, caseNo: c.caseNo, detail: fee, at: at.now });
  return written;
}

/** What the PLAN_ISSUED notice fills in: the fee estimate, in yuan. */
export function planNoticeDetail(plan: CertificationPlanData): string {
  return normalYuan(plan.feeEstimateYuan) ?? plan.feeEstimateYuan;
}
