import type { SuspensionCause, TerminationReason } from '../causes.js';

/**
 * §8.5.1.1: 12 months for a holder's request (seasonal or order-based production or a similar
 * acceptable reason), a STANDARD revision (标准换版) or a factory relocation; 3 months for every
 * other cause, a change of the certification RULE included.
 */
export const SUSPENSION_CAUSES: SuspensionCause[] = [
  {
    code: 'HOLDER_REQUEST_SEASONAL', clause: '8.5.1.1', maxMonths: 12, usualReasonCodes: ['S8'],
    zh: '由于生产的季节性、按订单生产等可接受的原因，认证委托人申请暂停', en: 'Holder request: seasonal or order-based production or a similar acceptable reason',
  },
  {
    code: 'STANDARD_REVISION', clause: '8.5.1.1', maxMonths: 12, usualReasonCodes: ['S2'],
    zh: '标准换版', en: 'Revision of the standard',
  },
  {
    code: 'FACTORY_RELOCATION', clause: '8.5.1.1', maxMonths: 12, usualReasonCodes: [],
    zh: '生产企业搬迁', en: 'Factory relocation',
  },
  {
    code: 'RULE_CHANGE', clause: '8.5.1.1', maxMonths: 3, usualReasonCodes: ['S2'],
    zh: '认证实施规则换版或变更', en: 'Revision or change of the certification rule',
  },
  {
    code: 'SURVEILLANCE_NONCONFORMITY', clause: '8.5.1.1', maxMonths: 3, usualReasonCodes: ['S3'],
    zh: '监督结果不合格，可通过整改达到要求', en: 'Surveillance failed; rectification can meet the requirements',
  },
  {
    code: 'NO_SAMPLE_AVAILABLE', clause: '8.5.1.1', maxMonths: 3, usualReasonCodes: [],
    zh: '重新抽样仍抽不到样品（7.2）', en: 'Still no sample available at resampling (7.2)',
  },
  {
    code: 'OTHER', clause: '8.5.1.1', maxMonths: 3, usualReasonCodes: [],
    zh: '其他原因', en: 'Any other cause',
  },
];

/** How a case ends without a certificate. */
export const TERMINATION_REASONS: TerminationReason[] = [
  {
    code: 'OUT_OF_SCOPE', clause: '1', ends: 'REFUSED',
    zh: '产品不在本规则适用范围内，不予受理', en: 'Product outside the scope of the rule; application refused',
  },
  {
    code: 'SERIOUSLY_DISHONEST', clause: '3.3', ends: 'REFUSED',
    zh: '认证对象列入严重失信主体名录，不予受理', en: 'Listed as seriously dishonest; application refused',
  },
  {
    code: 'APPLICATION_REFUSED', clause: '3.3', ends: 'REFUSED',
    zh: '申请评审不予受理', en: 'Application refused at acceptance review',
  },
  {
    code: 'TEST_FAILED', clause: '6.4', ends: 'TERMINATED',
    zh: '产品检验不合格，终止认证', en: 'Type test failed; certification terminated',
  },
  {
    code: 'TEST_RECTIFICATION_OVERDUE', clause: '4.2.3', ends: 'TERMINATED',
    zh: '整改和复试未在 6 个月内完成，视为认证终止', en: 'Rectification and retest not completed within 6 months; certification terminated',
  },
  {
    code: 'INSPECTION_FAILED', clause: '6.4', ends: 'TERMINATED',
    zh: '工厂检查不合格，终止认证', en: 'Factory inspection failed; certification terminated',
  },
  {
    code: 'INSPECTION_RECTIFICATION_OVERDUE', clause: '5.4', ends: 'TERMINATED',
    zh: '工厂检查不符合项未能按期完成整改，终止认证', en: 'Inspection nonconformities not rectified in time; certification terminated',
  },
  {
    code: 'NOT_APPROVED', clause: '6.2', ends: 'TERMINATED',
    zh: '复核后不符合认证要求，终止认证', en: 'Review found the requirements not met; certification terminated',
  },
  {
    code: 'APPLICANT_WITHDREW', clause: null, ends: 'WITHDRAWN',
    zh: '认证委托人撤回申请', en: 'Applicant withdrew the application',
  },
  {
    code: 'OTHER', clause: null, ends: 'TERMINATED',
    zh: '其他', en: 'Other',
  },
];
