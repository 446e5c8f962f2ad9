import type { AppealRules, MarkRules } from '../marks.js';

/** Per file; a mark design or an appeal's evidence is a scan or a drawing. Operational, not in the source. */
const MAX_SIZE_BYTES = 20 * 1024 * 1024;

/** §10, in the source's words. */
export const MARK_RULES: MarkRules = {
  clause: '10',
  styleRequirement: { zh: '不允许使用变形标志。', en: 'Distorted marks are not allowed.' },
  applicationMethods: [
    { code: 'STANDARD_MARKS', zh: '使用标准规格认证标志', en: 'Standard-size certification marks (bought from CQC)' },
    { code: 'PRINTED_OR_MOULDED', zh: '采用印刷模压等制作工艺加施认证标识', en: 'Mark applied by printing, moulding or a similar process' },
  ],
  positions: [
    { code: 'PRODUCT', zh: '产品本体', en: 'Product body' },
    { code: 'NAMEPLATE', zh: '铭牌', en: 'Nameplate' },
    { code: 'MANUAL', zh: '说明书', en: 'Instruction manual' },
    { code: 'PACKAGING', zh: '包装', en: 'Packaging' },
    { code: 'ACCOMPANYING_DOCUMENTS', zh: '随附文件', en: 'Accompanying documents' },
    { code: 'ADVERTISING', zh: '宣传材料', en: 'Advertising material' },
  ],
  standardMarksMethod: 'STANDARD_MARKS',
  designDocument: { formats: ['PDF', 'IMAGE'], maxSizeBytes: MAX_SIZE_BYTES },
};

/** §13: 认证委托人提出的申诉、投诉和争议按照 CQC 的相关规定处理 (no time limits in the rule). */
export const APPEAL_RULES: AppealRules = {
  clause: '13',
  kinds: [
    { code: 'APPEAL', zh: '申诉', en: 'Appeal' },
    { code: 'COMPLAINT', zh: '投诉', en: 'Complaint' },
    { code: 'DISPUTE', zh: '争议', en: 'Dispute' },
  ],
  documents: { formats: ['PDF', 'IMAGE', 'OFFICE'], maxSizeBytes: MAX_SIZE_BYTES, maxCount: 10 },
};
