import type { EntityManager } from '@mikro-orm/postgresql';
import type { Notice, Organisation } from '@cqc/db';
import { writeNotice, type NoticeText } from '../notice/write-notice.js';

/** The notices of §3.3–§3.4 the applicant receives; later processes add theirs here. */
export const NOTICE_TEXTS: Record<string, NoticeText> = {
  SUBMISSION_RECEIVED: {
    clause: '§3.3', titleZh: '认证委托已提交', titleEn: 'Application submitted',
    bodyZh: '认证委托 {caseNo} 已提交。CQC 将在两个工作日内反馈处理结果（受理、退回修改或不受理）。',
    bodyEn: 'Application {caseNo} has been submitted. CQC will answer within two working days (accepted, returned for amendment, or refused).',
  },
  ACCEPTED: {
    clause: '§3.3', titleZh: '认证委托已受理', titleEn: 'Application accepted',
    bodyZh: '认证委托 {caseNo} 已受理。CQC 将在五个工作日内完成申请资料评审。',
    bodyEn: 'Application {caseNo} has been accepted. CQC will review the documents within five working days.',
  },
  RETURNED: {
    clause: '§3.3', titleZh: '认证委托退回修改', titleEn: 'Application returned for amendment',
    bodyZh: '认证委托 {caseNo} 已退回修改：{detail}。请修改后重新提交；修改时间不计入认证时间。',
    bodyEn: 'Application {caseNo} was returned for amendment: {detail}. Please amend and resubmit; the time you take is not counted.',
  },
  REFUSED: {
    clause: '§3.3', titleZh: '认证委托不予受理', titleEn: 'Application refused',
    bodyZh: '认证委托 {caseNo} 不予受理：{detail}。',
    bodyEn: 'Application {caseNo} was refused: {detail}.',
  },
  SUPPLEMENT_REQUESTED: {
    clause: '§3.3', titleZh: '请补充完善申请资料', titleEn: 'Supplementary documents requested',
    bodyZh: '认证委托 {caseNo} 的申请资料需补充完善：{detail}。补充时间不计入认证时间。',
    bodyEn: 'Application {caseNo} needs supplementary documents: {detail}. The time you take is not counted.',
  },
  PLAN_ISSUED: {
    clause: '§3.4', titleZh: '认证计划已制定', titleEn: 'Certification plan issued',
    bodyZh: '认证委托 {caseNo} 的申请资料评审已完成，认证计划已制定。预估认证费用：{detail} 元。',
    bodyEn: 'The document review of application {caseNo} is complete and the certification plan has been issued. Estimated certification fee: CNY {detail}.',
  },
  PAYMENT_NOTICE: {
    clause: '§6.3', titleZh: '认证费用缴费通知', titleEn: 'Payment notice: certification fee',
    bodyZh: '请缴纳认证委托 {caseNo} 的认证费用 {detail} 元。缴费时间不计入颁发证书的时限。',
    bodyEn: 'Please pay the certification fee of CNY {detail} for application {caseNo}. The time taken to pay is not counted in the time limit for issuing the certificate.',
  },
  TEST_FAILED: {
    clause: '§4.2.3', titleZh: '产品检验不合格', titleEn: 'Type test failed',
    bodyZh: '认证委托 {caseNo} 的产品检验出现不合格项：{detail}。整改和复试应在 6 个月内完成，超过该期限的视为认证终止。',
    bodyEn: 'The type test of application {caseNo} failed: {detail}. Rectification and retest must be completed within 6 months, otherwise the certification is terminated.',
  },
  TYPE_TEST_PASSED: {
    clause: '§4.2.3', titleZh: '产品检验完成', titleEn: 'Type test complete',
    bodyZh: '认证委托 {caseNo} 的产品检验已完成，结论为合格。{detail}',
    bodyEn: 'The type test of application {caseNo} is complete and passed. {detail}',
  },
  APPROVED: {
    clause: '§6.2', titleZh: '认证决定：批准', titleEn: 'Decision: approved',
    bodyZh: '认证委托 {caseNo} 经复核批准认证，证书已颁发，准予使用认证标志。{detail}',
    bodyEn: 'Application {caseNo} has been approved; the certificate is issued and the mark may be used. {detail}',
  },
  TERMINATED: {
    clause: '§6.4', titleZh: '认证终止', titleEn: 'Certification terminated',
    bodyZh: '认证委托 {caseNo} 已终止：{detail}。如继续认证，需重新申请。',
    bodyEn: 'Application {caseNo} has been terminated: {detail}. To continue, a new application is needed.',
  },
  WITHDRAWN: {
    clause: '§3', titleZh: '认证委托已撤回', titleEn: 'Application withdrawn',
    bodyZh: '认证委托 {caseNo} 已撤回：{detail}。',
    bodyEn: 'Application {caseNo} has been withdrawn: {detail}.',
  },
  // The rectification due date and the findings travel in {detail}: the limit is scheme data.
  INSPECTION_FINDINGS: {
    clause: '§5.4', titleZh: '初始工厂检查发现不符合项', titleEn: 'Initial factory inspection: nonconformities found',
    bodyZh: '认证委托 {caseNo} 的初始工厂检查发现不符合项，请按期完成整改，CQC 将对整改结果进行验证；未能按期完成整改的，终止认证。{detail}',
    bodyEn: 'The initial factory inspection for application {caseNo} found nonconformities. Please rectify them in time; CQC will verify the rectification. If it is not completed in time, the certification is terminated. {detail}',
  },
  // Initial inspection notices (§2, §5.3, §5.4). Names, dates and person-days travel in {detail}.
  INSPECTION_TASK_ISSUED: {
    clause: '§5.3', titleZh: '初始工厂检查任务已下达', titleEn: 'Initial factory inspection scheduled',
    bodyZh: 'CQC 已下达认证委托 {caseNo} 的初始工厂检查任务，检查员/检查组将在规定期限内实施工厂现场检查并出具检查结论。请做好接受检查的准备。{detail}',
    bodyEn: 'CQC has issued the initial factory inspection task for application {caseNo}. The inspector will inspect the factory and conclude within the time limit. Please prepare for the visit. {detail}',
  },
  INSPECTION_TASK_CHANGED: {
    clause: '§5.3', titleZh: '初始工厂检查安排已变更', titleEn: 'Initial factory inspection rescheduled',
    bodyZh: '认证委托 {caseNo} 的初始工厂检查安排已变更，以本通知为准。{detail}',
    bodyEn: 'The initial factory inspection of application {caseNo} has been rearranged; this notice replaces the previous one. {detail}',
  },
  INSPECTION_EXEMPTED: {
    clause: '§2', titleZh: '免于初始工厂检查', titleEn: 'Initial factory inspection exempted',
    bodyZh: '认证委托 {caseNo} 的生产企业持有有效的 CQC 节能认证证书，免于初始工厂检查。{detail}',
    bodyEn: 'The factory of application {caseNo} holds a valid CQC energy-saving certificate; the initial factory inspection is exempted. {detail}',
  },
  INSPECTION_REQUIRED: {
    clause: '§5.3', titleZh: '需进行初始工厂检查', titleEn: 'Initial factory inspection required',
    bodyZh: '认证委托 {caseNo} 不免于初始工厂检查，CQC 将下达检查任务。{detail}',
    bodyEn: 'Application {caseNo} is not exempted from the initial factory inspection; CQC will issue the inspection task. {detail}',
  },
  INSPECTION_VERIFICATION_ARRANGED: {
    clause: '§5.4', titleZh: '整改现场验证安排', titleEn: 'On-site verification of rectification',
    bodyZh: 'CQC 将对认证委托 {caseNo} 初始工厂检查不符合项的整改结果进行现场验证。整改期限不变。{detail}',
    bodyEn: 'CQC will verify the rectification of the initial factory inspection nonconformities of application {caseNo} on site. The rectification deadline is unchanged. {detail}',
  },
  INSPECTION_PASSED: {
    clause: '§5.4', titleZh: '初始工厂检查通过', titleEn: 'Initial factory inspection passed',
    bodyZh: '认证委托 {caseNo} 的初始工厂检查结论为通过。{detail}',
    bodyEn: 'The initial factory inspection of application {caseNo} has passed. {detail}',
  },
};

/**
 * Writes a notice for the applicant and the outbox event that e-mails it. Call inside the
 * transaction of the change the notice announces.
 */
export function sendNotice(
  em: EntityManager,
  args: { kind: string; recipient: Organisation; caseId: string; caseNo: string; detail?: string; at: Date },
): Notice {
  const text = NOTICE_TEXTS[args.kind];
  if (!text) throw new Error(`no notice text for ${args.kind}`);
  return writeNotice(em, {
    kind: args.kind, text, recipient: args.recipient, caseId: args.caseId, at: args.at, values: { caseNo: args.caseNo, detail: args.detail ?? '' },
  });
}
