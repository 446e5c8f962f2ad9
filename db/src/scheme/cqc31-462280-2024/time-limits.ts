import type { EffortRules, TimeLimit, TimeLimitKey } from '../time-limits.js';

/** CQC31-462280-2024 v1.2: every time limit of the rule (RULES.md part L). */
export const TIME_LIMITS: Record<TimeLimitKey, TimeLimit> = {
  ACCEPTANCE_DECISION: {
    key: 'ACCEPTANCE_DECISION', clause: '3.3', amount: 2, unit: 'WORKING_DAYS', direction: 'AFTER',
    label: { zh: '申请处理（受理、退回修改、不受理）', en: 'Application handled (accepted, returned for amendment, refused)' },
    startsOn: 'APPLICATION_SUBMITTED', pausedBy: ['APPLICANT_AMENDMENT'], onExpiry: 'FLAG_OVERDUE', nominal: false,
  },
  DOCUMENT_REVIEW: {
    key: 'DOCUMENT_REVIEW', clause: '3.3', amount: 5, unit: 'WORKING_DAYS', direction: 'AFTER',
    label: { zh: '申请资料评审', en: 'Document review' },
    startsOn: 'APPLICATION_ACCEPTED', pausedBy: ['APPLICANT_AMENDMENT'], onExpiry: 'FLAG_OVERDUE', nominal: false,
  },
  TYPE_TEST: {
    key: 'TYPE_TEST', clause: '4.2.3', amount: 40, unit: 'WORKING_DAYS', direction: 'AFTER',
    label: { zh: '产品检验', en: 'Type test' },
    // "从收到满足试验条件的样品和/或检验费用起计算": the body chooses; both received is the default.
    startsOn: 'SAMPLES_AND_FEE_RECEIVED', startOptions: ['SAMPLES_RECEIVED', 'FEE_RECEIVED', 'SAMPLES_AND_FEE_RECEIVED'],
    pausedBy: ['TEST_FAILURE_HANDLING'], onExpiry: 'FLAG_OVERDUE', nominal: true, extendedByLongest: 'KEY_COMPONENT_TEST',
  },
  TEST_FAILURE_NOTICE: {
    key: 'TEST_FAILURE_NOTICE', clause: '4.2.3', amount: 1, unit: 'WORKING_DAYS', direction: 'AFTER',
    label: { zh: '实验室通知试验不合格', en: 'Lab notifies the test failure' },
    startsOn: 'TEST_FAILED', pausedBy: [], onExpiry: 'FLAG_OVERDUE', nominal: false,
  },
  TEST_RECTIFICATION: {
    key: 'TEST_RECTIFICATION', clause: '4.2.3', amount: 6, unit: 'MONTHS', direction: 'AFTER',
    label: { zh: '试验不合格后的整改和复试', en: 'Rectification and retest after a test failure' },
    startsOn: 'TEST_FAILED', pausedBy: [], onExpiry: 'TERMINATE_CASE', nominal: false,
  },
  INSPECTION_TASK: {
    key: 'INSPECTION_TASK', clause: '5.3', amount: 3, unit: 'WORKING_DAYS', direction: 'AFTER',
    label: { zh: '下达初始工厂检查', en: 'Initial inspection task issued' },
    startsOn: 'DOCUMENTS_RECEIVED', pausedBy: [], onExpiry: 'FLAG_OVERDUE', nominal: false,
  },
  INSPECTION_REPORT: {
    key: 'INSPECTION_REPORT', clause: '5.4', amount: 10, unit: 'WORKING_DAYS', direction: 'AFTER',
    label: { zh: '实施工厂现场检查并出具检查结论', en: 'On-site inspection carried out and conclusion reported' },
    startsOn: 'INSPECTION_TASK_ISSUED', pausedBy: [], onExpiry: 'FLAG_OVERDUE', nominal: false,
    note: { zh: '规则未明确起算事件，按下达检查任务起算。', en: 'The rule does not name the start; counted from the inspection task.' },
  },
  INSPECTION_RECTIFICATION: {
    key: 'INSPECTION_RECTIFICATION', clause: '5.4', amount: 40, unit: 'WORKING_DAYS', direction: 'AFTER',
    label: { zh: '工厂检查不符合项整改', en: 'Rectification of inspection nonconformities' },
    startsOn: 'INSPECTION_NONCONFORMITY_RAISED', pausedBy: [], onExpiry: 'TERMINATE_CASE', nominal: false,
  },
  CERTIFICATE_ISSUE: {
    key: 'CERTIFICATE_ISSUE', clause: '6.3', amount: 30, unit: 'CALENDAR_DAYS', direction: 'AFTER',
    label: { zh: '颁发认证证书', en: 'Certificate issued' },
    startsOn: 'TYPE_TEST_COMPLETED', pausedBy: ['FEE_PAYMENT'], onExpiry: 'FLAG_OVERDUE', nominal: true,
  },
  SURVEILLANCE_INTERVAL: {
    key: 'SURVEILLANCE_INTERVAL', clause: '7.1.1', amount: 1, unit: 'YEARS', direction: 'AFTER',
    label: { zh: '年度监督', en: 'Annual surveillance' },
    startsOn: 'CERTIFICATE_ISSUED', pausedBy: [], onExpiry: 'FLAG_OVERDUE', nominal: true,
    note: {
      zh: '首次监督在初始工厂检查结束后或获证后的下一个年度内；此后每年一次。',
      en: 'The first in the year after the initial inspection or certification; yearly afterwards.',
    },
  },
  SURVEILLANCE_RECTIFICATION: {
    key: 'SURVEILLANCE_RECTIFICATION', clause: '7.1.4', amount: 60, unit: 'CALENDAR_DAYS', direction: 'AFTER',
    label: { zh: '监督检查不符合项整改', en: 'Rectification of surveillance nonconformities' },
    startsOn: 'SURVEILLANCE_NONCONFORMITY_RAISED', pausedBy: [], onExpiry: 'FAIL_SURVEILLANCE', nominal: false,
  },
  SAMPLE_LAB_CONTACT: {
    key: 'SAMPLE_LAB_CONTACT', clause: '7.2', amount: 10, unit: 'CALENDAR_DAYS', direction: 'AFTER',
    label: { zh: '工厂联系指定检测机构', en: 'Factory contacts the designated lab' },
    startsOn: 'SURVEILLANCE_SAMPLE_TAKEN', pausedBy: [], onExpiry: 'FLAG_OVERDUE', nominal: false,
  },
  SAMPLE_TEST: {
    key: 'SAMPLE_TEST', clause: '7.2', amount: 30, unit: 'WORKING_DAYS', direction: 'AFTER',
    label: { zh: '监督样品检测', en: 'Surveillance sample test' },
    startsOn: 'SAMPLE_RECEIVED_BY_LAB', pausedBy: [], onExpiry: 'FLAG_OVERDUE', nominal: false,
  },
  RESAMPLE: {
    key: 'RESAMPLE', clause: '7.2', amount: 60, unit: 'CALENDAR_DAYS', direction: 'AFTER',
    label: { zh: '现场抽不到样品时重新抽样', en: 'Resampling when no sample was available' },
    startsOn: 'SAMPLE_UNAVAILABLE', pausedBy: [], onExpiry: 'SUSPEND', nominal: false,
  },
  SAMPLE_FAILURE_RECTIFICATION: {
    key: 'SAMPLE_FAILURE_RECTIFICATION', clause: '7.2', amount: 3, unit: 'MONTHS', direction: 'AFTER',
    label: { zh: '监督检测不合格型号的整改和重新检测', en: 'Rectification and retest of a model that failed surveillance testing' },
    startsOn: 'SURVEILLANCE_SAMPLE_FAILED', pausedBy: [], onExpiry: 'REVOKE_MODEL', nominal: false,
  },
  CERTIFICATE_VALIDITY: {
    key: 'CERTIFICATE_VALIDITY', clause: '8.1', amount: 5, unit: 'YEARS', direction: 'AFTER',
    label: { zh: '认证证书有效期', en: 'Certificate validity' },
    startsOn: 'CERTIFICATE_ISSUED', pausedBy: [], onExpiry: 'EXPIRE_CERTIFICATE', nominal: false,
  },
  SUSPENSION_MAX_EXTENDED: {
    key: 'SUSPENSION_MAX_EXTENDED', clause: '8.5.1.1', amount: 12, unit: 'MONTHS', direction: 'AFTER',
    label: {
      zh: '证书暂停最长期限（季节性或按订单生产等申请暂停、标准换版、生产企业搬迁）',
      en: 'Longest suspension (holder request for seasonal or order-based production, standard revision, factory relocation)',
    },
    startsOn: 'SUSPENSION_NOTICE_ISSUED', pausedBy: [], onExpiry: 'REVOKE_CERTIFICATE', nominal: false,
  },
  SUSPENSION_MAX_DEFAULT: {
    key: 'SUSPENSION_MAX_DEFAULT', clause: '8.5.1.1', amount: 3, unit: 'MONTHS', direction: 'AFTER',
    label: { zh: '证书暂停最长期限（其他原因）', en: 'Longest suspension (any other cause)' },
    startsOn: 'SUSPENSION_NOTICE_ISSUED', pausedBy: [], onExpiry: 'REVOKE_CERTIFICATE', nominal: false,
  },
  RECERTIFICATION_APPLICATION: {
    key: 'RECERTIFICATION_APPLICATION', clause: '9', amount: 6, unit: 'MONTHS', direction: 'BEFORE',
    label: { zh: '提交复审申请', en: 'Recertification applied for' },
    startsOn: 'CERTIFICATE_EXPIRY', pausedBy: [], onExpiry: 'FLAG_LATE', nominal: false,
  },
  RECERTIFICATION_COMPLETION: {
    key: 'RECERTIFICATION_COMPLETION', clause: '9', amount: 3, unit: 'MONTHS', direction: 'AFTER',
    label: { zh: '完成复审换证', en: 'Recertification completed' },
    startsOn: 'CERTIFICATE_EXPIRY', pausedBy: [], onExpiry: 'TREAT_AS_NEW_APPLICATION', nominal: false,
  },
  SURVEILLANCE_RESULT_ACCEPTANCE: {
    key: 'SURVEILLANCE_RESULT_ACCEPTANCE', clause: '9', amount: 12, unit: 'MONTHS', direction: 'AFTER',
    label: { zh: '复审认可的年度监督结果', en: 'Surveillance result accepted for recertification' },
    startsOn: 'SURVEILLANCE_COMPLETED', pausedBy: [], onExpiry: 'REQUIRE_FULL_INSPECTION', nominal: false,
  },
};

export const EFFORT: EffortRules = {
  initialInspection: { clause: '5.3', minPersonDays: 1, maxPersonDays: 2 },
  surveillance: { clause: '7.1.2', personDays: 1, addedToCccPersonDays: 0.5 },
};
