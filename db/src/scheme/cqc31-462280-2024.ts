import { KeyComponentType, Mounting, ProductType } from '../entities/enums.js';
import { SUSPENSION_CAUSES, TERMINATION_REASONS } from './cqc31-462280-2024/causes.js';
import { CHECKLISTS } from './cqc31-462280-2024/checklists.js';
import { DOCUMENT_TYPES, FILE_FORMATS } from './cqc31-462280-2024/documents.js';
import { EFFORT, TIME_LIMITS } from './cqc31-462280-2024/time-limits.js';
import { SURVEILLANCE_RULES } from './cqc31-462280-2024/surveillance.js';
import { APPEAL_RULES, MARK_RULES } from './cqc31-462280-2024/marks.js';
import type { Label, Scheme } from './types.js';

// Annex 1's 控制项目, in the source's words.
const MODEL_RATING_SUPPLIER: Label = { zh: '型号、规格和供应商名称', en: 'Model, rating and supplier name' };
const MATERIAL_GRADE_SUPPLIER_DIMENSIONS: Label = {
  zh: '材料名称、牌号、供应商名称和外形尺寸',
  en: 'Material name, grade, supplier name and outline dimensions',
};

/**
 * CQC31-462280-2024 v1.2 (2025-09-16). Reason labels are short public wordings of the clauses;
 * the Chinese original is authoritative. Larger parts live in ./cqc31-462280-2024/.
 */
export const CQC31_462280_2024: Scheme = {
  id: 'CQC31-462280-2024',
  version: '1.2',
  revisedOn: '2025-09-16',
  title: {
    zh: '低压断路器节能认证规则',
    en: 'Energy-saving certification rules for low-voltage circuit breakers',
  },
  basis: ['CQC31-462280-2024', 'T/CEEIA 549-2021'],
  mode: {
    zh: '产品检测 + 初始工厂检查 + 获证后监督',
    en: 'Product test + initial factory inspection + post-certification surveillance',
  },
  certificationBody: { zh: '中国质量认证中心', en: 'China Quality Certification Centre' },
  certificateValidityYears: TIME_LIMITS.CERTIFICATE_VALIDITY.amount,
  certificateNumberPattern: /^CQC\d{2}\d{9}$/,
  // zh names as Annex 1 prints them.
  keyComponentTypes: [
    { type: KeyComponentType.OPERATING_MECHANISM, zh: '操作机构（手动和电动）', en: 'Operating mechanism (manual and motor)', controlled: ['model', 'rating', 'supplier'], controlledLabel: MODEL_RATING_SUPPLIER },
    { type: KeyComponentType.DRAWER_BASE, zh: '抽屉座', en: 'Drawer base', controlled: ['model', 'rating', 'supplier'], controlledLabel: MODEL_RATING_SUPPLIER },
    { type: KeyComponentType.MAIN_CONTACTS, zh: '动静主触头', en: 'Moving and fixed main contacts', controlled: ['material', 'grade', 'supplier', 'dimensions'], controlledLabel: MATERIAL_GRADE_SUPPLIER_DIMENSIONS },
    { type: KeyComponentType.MAIN_CONTACT_SPRING, zh: '主触头弹簧', en: 'Main contact spring', controlled: ['material', 'grade', 'supplier'], controlledLabel: { zh: '材料名称、牌号和供应商名称', en: 'Material name, grade and supplier name' } },
    // The controlled material, grade and supplier are those of the bimetal element.
    { type: KeyComponentType.THERMAL_MAGNETIC_TRIP_UNIT, zh: '热磁式脱扣单元', en: 'Thermal-magnetic trip unit', controlled: ['material', 'grade', 'supplier'], controlledLabel: { zh: '双金属元件材料名称、牌号和供应商名称', en: 'Bimetal element: material name, grade and supplier name' } },
    { type: KeyComponentType.BREAKER_TERMINALS, zh: '本体主回路接线端子', en: 'Breaker main-circuit terminals', controlled: ['material', 'grade', 'supplier', 'dimensions'], controlledLabel: MATERIAL_GRADE_SUPPLIER_DIMENSIONS },
    { type: KeyComponentType.DRAWER_BASE_TERMINALS, zh: '抽屉座主回路接线端子', en: 'Drawer-base main-circuit terminals', controlled: ['material', 'grade', 'supplier', 'dimensions'], controlledLabel: MATERIAL_GRADE_SUPPLIER_DIMENSIONS },
    { type: KeyComponentType.FLEXIBLE_CONNECTION, zh: '软连接', en: 'Flexible connection', controlled: ['material', 'grade', 'supplier', 'dimensions'], controlledLabel: MATERIAL_GRADE_SUPPLIER_DIMENSIONS },
  ],
  suspensionReasons: [
    { code: 'S1', clause: '8.5.1(1)', zh: '违反法律法规或国家、省级监督抽查不合格，尚不需立即撤销', en: 'Law violation or failed state/provincial spot check not requiring immediate revocation' },
    { code: 'S2', clause: '8.5.1(2)', zh: '认证规则或标准变更，未在规定期限内完成转换', en: 'Rule or standard changed and not transitioned in time' },
    { code: 'S3', clause: '8.5.1(3)', zh: '监督结果证明违反认证要求，可通过整改纠正', en: 'Surveillance shows a violation that rectification can correct' },
    { code: 'S4', clause: '8.5.1(4)', zh: '不正确使用认证证书或标志，需调查', en: 'Misuse of certificate or mark under investigation' },
    { code: 'S5', clause: '8.5.1(5)', zh: '拒绝或未按期接受不预先通知的检查或抽样', en: 'Refused or failed to accept unannounced inspection or sampling' },
    { code: 'S6', clause: '8.5.1(6)', zh: '不配合市场抽样', en: 'Did not cooperate with market sampling' },
    { code: 'S7', clause: '8.5.1(7)', zh: '名称、地址、型号、组织或质量体系变更未报告', en: 'Unreported change of names, addresses, models, organisation or QA system' },
    { code: 'S8', clause: '8.5.1(8)', zh: '持证人申请暂停（季节性或订单式生产等）', en: "Holder's own request (seasonal or order-based production)", holderMayRequest: true },
    { code: 'S9', clause: '8.5.1(9)', zh: '其他', en: 'Other' },
  ],
  cancellationReasons: [
    { code: 'C1', clause: '8.5.3(1)', zh: '证书有效期届满，未申请延续', en: 'Expired without a renewal application' },
    { code: 'C2', clause: '8.5.3(2)', zh: '产品不再生产，持证人放弃证书', en: 'Product no longer made; holder gives up the certificate', holderMayRequest: true },
    { code: 'C3', clause: '8.5.3(3)', zh: '型号被列入国家明令淘汰或禁止生产目录', en: 'Model listed by the state as banned or obsolete' },
    { code: 'C4', clause: '8.5.3(4)', zh: '持证人申请注销', en: "Holder's request", holderMayRequest: true },
    { code: 'C5', clause: '8.5.3(5)', zh: '其他', en: 'Other' },
  ],
  revocationReasons: [
    { code: 'R1', clause: '8.5.4(1)', zh: '暂停期满未申请恢复、未整改或整改不合格', en: 'Suspension ended without restoration request or with failed rectification' },
    { code: 'R2', clause: '8.5.4(2)', zh: '关键元器件、额定值、型号等变更造成严重危害', en: 'Changes of key components, ratings or models causing serious hazard' },
    { code: 'R3', clause: '8.5.4(3)', zh: '发现严重的质量保证能力缺陷', en: 'Serious QA capability defects found' },
    { code: 'R4', clause: '8.5.4(4)', zh: '送样不真实或产品与型式试验样品不一致', en: 'False samples; product differs from the type-tested sample' },
    { code: 'R5', clause: '8.5.4(5)', zh: '违法或抽查发现严重缺陷', en: 'Law violation or spot check shows a serious defect' },
    { code: 'R6', clause: '8.5.4(6)', zh: '产品缺陷导致质量安全事故', en: 'Product defect caused a quality or safety accident' },
    { code: 'R7', clause: '8.5.4(7)', zh: '暂停后仍拒绝检查或抽样', en: 'Still refusing inspection or sampling after suspension' },
    { code: 'R8', clause: '8.5.4(8)', zh: '严重误用、出借、出租或转让证书或标志', en: 'Serious misuse, lending, renting or transfer of certificate or mark' },
    { code: 'R9', clause: '8.5.4(9)', zh: '欺诈或贿赂', en: 'Fraud or bribery' },
    { code: 'R10', clause: '8.5.4(10)', zh: '其他', en: 'Other' },
  ],
  scope: {
    clause: '1',
    productTypes: [
      { productType: ProductType.ACB, label: { zh: '万能（框架）式断路器', en: 'Air circuit breaker' }, mountings: [Mounting.WITHDRAWABLE], poles: [3] },
      { productType: ProductType.MCCB, label: { zh: '塑料外壳式断路器', en: 'Moulded-case circuit breaker' }, mountings: [Mounting.FIXED], poles: [3] },
    ],
    voltageKind: 'AC',
    maxRatedVoltage: 1000,
    referenceMaxRatedVoltage: 1500,
    notAssessed: [{ zh: '通信、漏电等拼装模块引起的功耗', en: 'Power drawn by add-on modules such as communication or residual-current modules' }],
  },
  timeLimits: TIME_LIMITS,
  effort: EFFORT,
  fileFormats: FILE_FORMATS,
  documentTypes: DOCUMENT_TYPES,
  checklists: CHECKLISTS,
  suspensionCauses: SUSPENSION_CAUSES,
  terminationReasons: TERMINATION_REASONS,
  surveillanceRules: SURVEILLANCE_RULES,
  marks: MARK_RULES,
  appeals: APPEAL_RULES,
};

/**
 * The scheme in force for new cases. The registry (./registry.ts) re-exports this binding and
 * holds every version; a case keeps the version it started under.
 */
export const currentScheme = CQC31_462280_2024;

/** Looks a reason code up in any of the scheme's reason lists. */
export function reasonLabel(scheme: Scheme, code: string | null | undefined) {
  if (!code) return null;
  return [...scheme.suspensionReasons, ...scheme.cancellationReasons, ...scheme.revocationReasons].find((r) => r.code === code) ?? null;
}
