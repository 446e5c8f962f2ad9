import type { NoticeText, NoticeValue } from '../notice/write-notice.js';

/** A notice a surveillance step sends to the certificate holder, written in the step's transaction. */
export interface SurveillanceNotice {
  kind: keyof typeof SURVEILLANCE_NOTICE_TEXTS;
  values: Record<string, NoticeValue>;
}

/**
 * What the holder is told during surveillance (§7.1–§7.3). `{number}` is the certificate, the
 * other placeholders are filled by the step. Status consequences (§8.5) send their own notices.
 */
export const SURVEILLANCE_NOTICE_TEXTS = {
  SURVEILLANCE_SCHEDULED: {
    clause: '§7.1', titleZh: '监督检查已安排', titleEn: 'Surveillance visit scheduled',
    bodyZh: '认证证书 {number} 的 {year} 年度监督检查已安排：检查员 {inspector}，{personDays} 人日{planned}。',
    bodyEn: 'The {year} surveillance of certificate {number} is scheduled: inspector {inspector}, {personDays} person-day(s){planned}.',
  },
  SURVEILLANCE_NONCONFORMITIES: {
    clause: '§7.1.4', titleZh: '监督检查发现不符合', titleEn: 'Surveillance nonconformities',
    bodyZh: '认证证书 {number} 的监督检查发现 {count} 项不符合，请于 {due} 前完成整改并提交验证材料，否则本年度监督不通过。',
    bodyEn: 'The surveillance of certificate {number} found {count} nonconformity(ies). Rectify them by {due} and submit the evidence, otherwise the year’s surveillance fails.',
  },
  SURVEILLANCE_PASSED: {
    clause: '§7.3', titleZh: '年度监督通过', titleEn: 'Surveillance passed',
    bodyZh: '认证证书 {number} 的 {year} 年度监督评价通过，证书继续有效。',
    bodyEn: 'The {year} surveillance of certificate {number} passed; the certificate remains valid.',
  },
  SAMPLE_TAKEN: {
    clause: '§7.2', titleZh: '监督抽样', titleEn: 'Surveillance sample taken',
    bodyZh: '已为认证证书 {number} 抽取样品 {model}（{rating} A）。请于 {due} 前联系检测机构 {lab} 送样。',
    bodyEn: 'Sample {model} ({rating} A) was taken for certificate {number}. Contact the lab {lab} by {due} to deliver it.',
  },
  SAMPLE_FAILED: {
    clause: '§7.2', titleZh: '监督抽样检测不合格', titleEn: 'Surveillance sample failed',
    bodyZh: '认证证书 {number} 的抽样样品 {model} 检测不合格：{note}。请于 {due} 前完成整改并复试一个样品，否则该型号将不再获证。',
    bodyEn: 'Sample {model} of certificate {number} failed: {note}. Rectify and retest one sample by {due}, otherwise the model will no longer be certified.',
  },
} satisfies Record<string, NoticeText>;
