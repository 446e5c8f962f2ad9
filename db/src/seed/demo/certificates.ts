import { KeyComponentType, ProductType } from '../../entities/enums.js';
import type { ImportCertificate, ImportHistoryEntry, ImportKeyComponentConfiguration, ImportModel } from '../import-types.js';
import { addDays, addMonths } from './dates.js';
import { factories } from './parties.js';
import { SERIES, makeConfiguration, makeModels, nextSupplier, productNames, type SeriesDef } from './products.js';

/**
 * The demo certificates: one per certification unit (same factory, series and frame current,
 * §3.1), first issued 2021–2026, with histories that give the whole spread of statuses as of
 * DEMO_REFERENCE_DATE.
 */

/** The day the demo data describes: no history entry is later, every SUSPENDED still runs past it. */
export const DEMO_REFERENCE_DATE = '2026-11-25';

/** Suspension causes (finer than the §8.5.1 codes) and their maxima in months (§8.5.1.1). */
export const SUSPENSION_CAUSE_MAX_MONTHS = {
  SURVEILLANCE_NONCONFORMITY: 3,
  HOLDER_REQUEST_SEASONAL: 12,
  STANDARD_REVISION: 12,
  FACTORY_RELOCATION: 12,
  OTHER: 3,
} as const;

export type SuspensionCause = keyof typeof SUSPENSION_CAUSE_MAX_MONTHS;

/** What a history builder sees of the certificate as first issued. */
interface Draft {
  series: SeriesDef;
  frame: number;
  voltage: number;
  gradeSeed: number;
  models: ImportModel[];
  keyComponentConfigurations: ImportKeyComponentConfiguration[];
}

type Step = ImportHistoryEntry | ((draft: Draft) => ImportHistoryEntry);

interface CertSpec {
  factory: string;
  series: string;
  frame: number;
  first: string;
  models: number;
  /** ACB only: 400 V (default) or 690 V. */
  voltage?: 400 | 690;
  /** Two tested key-component configurations instead of one. */
  twoConfigs?: boolean;
  history?: Step[];
}

// ---- history steps ----------------------------------------------------------------------------

function suspended(on: string, reasonCode: string, cause: SuspensionCause, zh: string, en: string) {
  return {
    kind: 'SUSPENDED' as const,
    on,
    reasonCode,
    cause,
    until: addMonths(on, SUSPENSION_CAUSE_MAX_MONTHS[cause]),
    publicReasonZh: zh,
    publicReasonEn: en,
  };
}

const restored = (on: string, zh: string, en: string): ImportHistoryEntry => ({ kind: 'RESTORED', on, publicReasonZh: zh, publicReasonEn: en });

const revoked = (on: string, reasonCode: string, zh: string, en: string): ImportHistoryEntry => ({
  kind: 'REVOKED',
  on,
  reasonCode,
  publicReasonZh: zh,
  publicReasonEn: en,
});

const cancelled = (on: string, reasonCode: string, zh: string, en: string): ImportHistoryEntry => ({
  kind: 'CANCELLED',
  on,
  reasonCode,
  publicReasonZh: zh,
  publicReasonEn: en,
});

/** A suspension that ran out without restoration: revoked (R1) the day after it ended. */
function ranOut(suspension: ReturnType<typeof suspended>): ImportHistoryEntry[] {
  return [
    suspension,
    revoked(
      addDays(suspension.until, 1),
      'R1',
      '暂停期满，持证人未申请恢复，证书撤销。',
      'Suspension period ended without a restoration request; certificate revoked.',
    ),
  ];
}

/** A variation that changes the supplier of one key-component type in every configuration. */
function supplierChange(on: string, type: KeyComponentType, zh: string, en: string): Step {
  return (draft) => ({
    kind: 'VARIED',
    on,
    changeSummaryZh: zh,
    changeSummaryEn: en,
    keyComponentConfigurations: draft.keyComponentConfigurations.map((configuration) => ({
      label: configuration.label,
      components: configuration.components.map((c) => (c.type === type ? { ...c, supplier: nextSupplier(type, c.supplier) } : { ...c })),
    })),
  });
}

/** A variation that adds the second tested configuration. */
function secondConfiguration(on: string, seed: number): Step {
  return (draft) => ({
    kind: 'VARIED',
    on,
    changeSummaryZh: '增加经检测的关键元器件第二供方配置（配置B）。',
    changeSummaryEn: 'Added a second tested key-component configuration (configuration B).',
    keyComponentConfigurations: [...draft.keyComponentConfigurations, makeConfiguration(draft.series, draft.frame, seed, true)],
  });
}

const renamed = (on: string, zh: string, en: string): ImportHistoryEntry => ({ kind: 'VARIED', on, changeSummaryZh: zh, changeSummaryEn: en });

function extended(on: string, count: number): Step {
  return (draft) => {
    const addModels = makeModels(draft.series, draft.frame, draft.models.length, count, draft.voltage, draft.gradeSeed);
    return {
      kind: 'EXTENDED',
      on,
      changeSummaryZh: `扩展认证单元，增加型号 ${addModels.map((m) => m.designation).join('、')}。`,
      changeSummaryEn: `Unit extended with model(s) ${addModels.map((m) => m.designation).join(', ')}.`,
      addModels,
    };
  };
}

function modelWithdrawn(on: string, index: number, zh: string, en: string): Step {
  return (draft) => {
    const model = draft.models[index];
    if (!model) throw new Error(`no model ${index} to withdraw`);
    return { kind: 'MODEL_WITHDRAWN', on, designation: model.designation, publicReasonZh: zh, publicReasonEn: en };
  };
}

// ---- public wordings ----------------------------------------------------------------------------

const SURVEILLANCE_ZH = '年度监督抽样产品功耗测定不合格，需整改。';
const SURVEILLANCE_EN = 'Annual surveillance sample failed the power-consumption test; rectification required.';
const SEASONAL_ZH = '持证人因订单式生产申请暂停。';
const SEASONAL_EN = 'Suspended at the holder’s request (order-based production).';
const RECTIFIED_ZH = '整改经验证符合要求，证书恢复。';
const RECTIFIED_EN = 'Rectification verified; certificate restored.';

// ---- the certificates ---------------------------------------------------------------------------

const SPECS: CertSpec[] = [
  // VALID, no events
  { factory: 'fac-ouneng-liushi', series: 'ONM1', frame: 250, first: '2022-03-15', models: 4 },
  { factory: 'fac-ouneng-liushi', series: 'ONM1', frame: 125, first: '2022-03-15', models: 3 },
  { factory: 'fac-ouneng-kaifaqu', series: 'ONW1', frame: 2000, first: '2023-06-20', models: 3, twoConfigs: true },
  { factory: 'fac-ouneng-kaifaqu', series: 'ONW1', frame: 3200, first: '2023-06-20', models: 2, voltage: 690 },
  { factory: 'fac-lanhong-songjiang', series: 'LHM2', frame: 400, first: '2024-01-18', models: 3 },
  { factory: 'fac-lanhong-songjiang', series: 'LHW2', frame: 1600, first: '2024-09-05', models: 3 },
  { factory: 'fac-qinhu-yushan', series: 'QHW3', frame: 4000, first: '2022-08-30', models: 2, voltage: 690 },
  { factory: 'fac-qinhu-meili', series: 'QHM3', frame: 160, first: '2025-02-24', models: 4, twoConfigs: true },
  { factory: 'fac-lujun-jimei', series: 'LJM5', frame: 630, first: '2023-11-08', models: 3 },
  { factory: 'fac-yongcheng-beilun', series: 'YNM6', frame: 250, first: '2025-07-14', models: 5 },
  { factory: 'fac-qike-beibaixiang', series: 'QKM7', frame: 125, first: '2026-03-10', models: 3 },
  { factory: 'fac-yueheng-songshanhu', series: 'YHM8', frame: 800, first: '2024-05-27', models: 2 },
  { factory: 'fac-lujun-jimei', series: 'LJW5', frame: 6300, first: '2025-10-21', models: 2, voltage: 690 },
  { factory: 'fac-qike-ouhai', series: 'QKW7', frame: 2000, first: '2026-08-18', models: 3 },
  { factory: 'fac-yongcheng-beilun', series: 'YNW6', frame: 1600, first: '2022-12-06', models: 3, twoConfigs: true },
  { factory: 'fac-qinhu-meili', series: 'QHM3', frame: 630, first: '2026-10-12', models: 2 },
  { factory: 'fac-lanhong-songjiang', series: 'LHM2', frame: 800, first: '2022-05-09', models: 2 },
  { factory: 'fac-ouneng-liushi', series: 'ONM3', frame: 400, first: '2024-11-26', models: 3 },
  { factory: 'fac-yueheng-songshanhu', series: 'YHM8', frame: 250, first: '2023-04-17', models: 4 },

  // VALID after a suspension and a restoration
  {
    factory: 'fac-ouneng-liushi',
    series: 'ONM3',
    frame: 160,
    first: '2022-02-21',
    models: 3,
    history: [
      suspended('2023-07-10', 'S3', 'SURVEILLANCE_NONCONFORMITY', SURVEILLANCE_ZH, SURVEILLANCE_EN),
      restored('2023-09-05', RECTIFIED_ZH, RECTIFIED_EN),
    ],
  },
  {
    factory: 'fac-lanhong-songjiang',
    series: 'LHW2',
    frame: 3200,
    first: '2022-07-11',
    models: 2,
    voltage: 690,
    history: [
      suspended('2024-03-04', 'S8', 'HOLDER_REQUEST_SEASONAL', SEASONAL_ZH, SEASONAL_EN),
      restored('2024-10-15', '持证人恢复生产并申请恢复，经确认证书恢复。', 'Production resumed at the holder’s request; certificate restored.'),
    ],
  },
  {
    factory: 'fac-qinhu-yushan',
    series: 'QHW3',
    frame: 2000,
    first: '2023-01-16',
    models: 3,
    history: [
      suspended(
        '2024-11-18',
        'S5',
        'OTHER',
        '未按期接受不预先通知的监督检查。',
        'Did not accept an unannounced surveillance inspection in time.',
      ),
      restored('2024-12-20', '已接受补充监督检查，结论合格，证书恢复。', 'Follow-up inspection accepted and passed; certificate restored.'),
    ],
  },
  {
    factory: 'fac-lujun-jimei',
    series: 'LJM5',
    frame: 250,
    first: '2022-10-24',
    models: 4,
    history: [
      suspended('2025-04-07', 'S9', 'FACTORY_RELOCATION', '生产厂搬迁，暂停证书。', 'Factory relocation; certificate suspended.'),
      restored('2025-11-28', '搬迁后工厂检查合格，证书恢复。', 'Inspection after the relocation passed; certificate restored.'),
      renamed(
        '2025-12-15',
        '生产厂地址按搬迁后门牌更新为孙坂南路92号。',
        'Factory address updated after the relocation to No. 92 Sunban South Road.',
      ),
    ],
  },
  {
    factory: 'fac-yongcheng-beilun',
    series: 'YNM6',
    frame: 400,
    first: '2023-03-20',
    models: 3,
    history: [
      suspended(
        '2024-06-03',
        'S2',
        'STANDARD_REVISION',
        '标准换版，未在规定期限内完成转换。',
        'Standard revised; transition not completed in time.',
      ),
      restored('2025-01-13', '已按新版标准完成补充检测，证书恢复。', 'Supplementary tests to the revised standard passed; certificate restored.'),
    ],
  },
  {
    factory: 'fac-qike-beibaixiang',
    series: 'QKM7',
    frame: 250,
    first: '2022-04-18',
    models: 4,
    history: [
      suspended('2023-09-25', 'S3', 'SURVEILLANCE_NONCONFORMITY', SURVEILLANCE_ZH, SURVEILLANCE_EN),
      restored('2023-11-30', RECTIFIED_ZH, RECTIFIED_EN),
      supplierChange(
        '2024-05-06',
        KeyComponentType.MAIN_CONTACT_SPRING,
        '主触头弹簧供方变更，经资料确认批准。',
        'Main contact spring supplier changed; approved after document review.',
      ),
    ],
  },
  {
    factory: 'fac-yueheng-songshanhu',
    series: 'YHM8',
    frame: 400,
    first: '2024-02-26',
    models: 3,
    history: [
      suspended('2026-05-11', 'S6', 'OTHER', '未配合市场监督抽样。', 'Did not cooperate with market sampling.'),
      restored('2026-07-20', '已配合完成抽样，结论合格，证书恢复。', 'Sampling completed and passed; certificate restored.'),
    ],
  },

  // VALID after a variation
  {
    factory: 'fac-ouneng-kaifaqu',
    series: 'ONW1',
    frame: 4000,
    first: '2022-09-13',
    models: 3,
    voltage: 690,
    history: [
      supplierChange(
        '2024-02-19',
        KeyComponentType.MAIN_CONTACTS,
        '动、静主触头供方变更，经样品检测批准。',
        'Main contacts supplier changed; approved after a sample test.',
      ),
    ],
  },
  {
    factory: 'fac-lanhong-songjiang',
    series: 'LHM2',
    frame: 250,
    first: '2023-08-07',
    models: 4,
    history: [
      renamed(
        '2025-06-16',
        '因道路更名，持证人及生产厂地址由“民乐路”更正为“民益路”。',
        'Road renamed: holder and factory address changed from Minle Road to Minyi Road.',
      ),
    ],
  },
  {
    factory: 'fac-qinhu-meili',
    series: 'QHM3',
    frame: 250,
    first: '2024-03-25',
    models: 3,
    twoConfigs: true,
    history: [
      supplierChange(
        '2025-09-08',
        KeyComponentType.MAIN_CONTACT_SPRING,
        '主触头弹簧供方变更，经资料确认批准。',
        'Main contact spring supplier changed; approved after document review.',
      ),
    ],
  },
  {
    factory: 'fac-lujun-jimei',
    series: 'LJW5',
    frame: 2000,
    first: '2023-05-29',
    models: 3,
    history: [
      renamed(
        '2024-10-28',
        '持证人名称由“厦门鹭钧电气有限公司”变更为“厦门鹭钧电气股份有限公司”。',
        'Holder renamed from Xiamen Lujun Electric Co., Ltd. (limited company) to a joint-stock company.',
      ),
    ],
  },
  {
    factory: 'fac-qike-ouhai',
    series: 'QKW7',
    frame: 3200,
    first: '2024-07-08',
    models: 2,
    history: [secondConfiguration('2026-02-02', 31)],
  },

  // VALID after an extension or a model withdrawal
  { factory: 'fac-yongcheng-beilun', series: 'YNM6', frame: 125, first: '2023-10-16', models: 2, history: [extended('2025-03-31', 2)] },
  { factory: 'fac-ouneng-liushi', series: 'ONM1', frame: 630, first: '2024-04-22', models: 3, history: [extended('2026-06-29', 1)] },
  {
    factory: 'fac-qinhu-yushan',
    series: 'QHW3',
    frame: 1600,
    first: '2022-11-14',
    models: 4,
    history: [
      modelWithdrawn(
        '2025-08-11',
        3,
        '监督抽样不合格，3个月内未完成整改复检，撤销该型号。',
        'Surveillance sample failed and was not rectified within 3 months; model withdrawn.',
      ),
    ],
  },

  // SUSPENDED now
  {
    factory: 'fac-ouneng-kaifaqu',
    series: 'ONW1',
    frame: 1600,
    first: '2023-02-13',
    models: 3,
    history: [suspended('2026-09-14', 'S3', 'SURVEILLANCE_NONCONFORMITY', SURVEILLANCE_ZH, SURVEILLANCE_EN)],
  },
  {
    factory: 'fac-lanhong-songjiang',
    series: 'LHM2',
    frame: 125,
    first: '2024-06-17',
    models: 3,
    history: [
      suspended(
        '2026-03-02',
        'S8',
        'HOLDER_REQUEST_SEASONAL',
        '持证人因季节性生产申请暂停。',
        'Suspended at the holder’s request (seasonal production).',
      ),
    ],
  },
  {
    factory: 'fac-qinhu-meili',
    series: 'QHM3',
    frame: 400,
    first: '2022-06-27',
    models: 3,
    history: [
      suspended(
        '2026-10-19',
        'S5',
        'OTHER',
        '拒绝接受不预先通知的监督抽样。',
        'Refused unannounced surveillance sampling.',
      ),
    ],
  },
  {
    factory: 'fac-lujun-jimei',
    series: 'LJM5',
    frame: 400,
    first: '2025-01-06',
    models: 2,
    history: [
      suspended(
        '2026-07-06',
        'S2',
        'STANDARD_REVISION',
        '标准换版，未在规定期限内完成转换。',
        'Standard revised; transition not completed in time.',
      ),
    ],
  },
  {
    factory: 'fac-yongcheng-beilun',
    series: 'YNW6',
    frame: 2000,
    first: '2023-09-11',
    models: 2,
    history: [suspended('2026-04-20', 'S9', 'FACTORY_RELOCATION', '生产厂整体搬迁，暂停证书。', 'Factory moving to a new site; certificate suspended.')],
  },
  {
    factory: 'fac-yueheng-songshanhu',
    series: 'YHM8',
    frame: 160,
    first: '2022-04-25',
    models: 3,
    history: [
      suspended('2024-02-05', 'S3', 'SURVEILLANCE_NONCONFORMITY', SURVEILLANCE_ZH, SURVEILLANCE_EN),
      restored('2024-04-08', RECTIFIED_ZH, RECTIFIED_EN),
      suspended(
        '2026-11-02',
        'S1',
        'OTHER',
        '省级监督抽查不合格，尚不需立即撤销。',
        'Failed a provincial spot check not requiring immediate revocation.',
      ),
    ],
  },

  // REVOKED
  {
    factory: 'fac-ouneng-liushi',
    series: 'ONM3',
    frame: 250,
    first: '2022-05-16',
    models: 2,
    history: ranOut(suspended('2025-02-10', 'S3', 'SURVEILLANCE_NONCONFORMITY', SURVEILLANCE_ZH, SURVEILLANCE_EN)),
  },
  {
    factory: 'fac-qike-beibaixiang',
    series: 'QKM7',
    frame: 400,
    first: '2023-07-03',
    models: 3,
    history: ranOut(
      suspended('2025-09-22', 'S5', 'OTHER', '未按期接受不预先通知的监督抽样。', 'Did not accept unannounced surveillance sampling in time.'),
    ),
  },
  {
    factory: 'fac-lanhong-songjiang',
    series: 'LHW2',
    frame: 2000,
    first: '2022-12-19',
    models: 3,
    history: ranOut(suspended('2026-01-12', 'S4', 'OTHER', '认证标志使用不当，需调查。', 'Improper use of the certification mark under investigation.')),
  },
  {
    factory: 'fac-yueheng-songshanhu',
    series: 'YHM8',
    frame: 630,
    first: '2023-12-04',
    models: 2,
    history: [
      revoked(
        '2025-11-17',
        'R4',
        '监督检查发现产品主触头与型式试验样品不一致。',
        'Main contacts of production differ from the type-tested sample.',
      ),
    ],
  },
  {
    factory: 'fac-qinhu-yushan',
    series: 'QHM3',
    frame: 800,
    first: '2024-08-19',
    models: 2,
    history: [
      revoked('2026-06-08', 'R5', '省级监督抽查发现温升严重超标。', 'Provincial spot check found a serious temperature-rise failure.'),
    ],
  },

  // CANCELLED
  {
    factory: 'fac-ouneng-kaifaqu',
    series: 'ONW1',
    frame: 6300,
    first: '2021-03-22',
    models: 2,
    voltage: 690,
    history: [cancelled('2026-03-22', 'C1', '证书有效期届满，未申请延续。', 'Expired without a renewal application.')],
  },
  {
    factory: 'fac-lujun-jimei',
    series: 'LJM5',
    frame: 125,
    first: '2022-09-26',
    models: 3,
    history: [cancelled('2025-07-21', 'C2', '产品停产，持证人放弃证书。', 'Product discontinued; holder gave up the certificate.')],
  },
  {
    factory: 'fac-yongcheng-beilun',
    series: 'YNM6',
    frame: 630,
    first: '2024-10-14',
    models: 2,
    history: [cancelled('2026-02-09', 'C4', '持证人申请注销。', 'Cancelled at the holder’s request.')],
  },
  {
    factory: 'fac-qike-ouhai',
    series: 'QKM7',
    frame: 160,
    first: '2022-03-28',
    models: 3,
    history: [
      cancelled(
        '2025-12-15',
        'C5',
        '产品转至北白象工厂生产，原单元证书注销。',
        'Production moved to the Beibaixiang plant; the old unit’s certificate cancelled.',
      ),
    ],
  },
  {
    factory: 'fac-yueheng-songshanhu',
    series: 'YHM8',
    frame: 125,
    first: '2023-06-12',
    models: 3,
    history: [
      suspended('2025-10-13', 'S8', 'HOLDER_REQUEST_SEASONAL', SEASONAL_ZH, SEASONAL_EN),
      cancelled('2026-01-19', 'C4', '暂停期间持证人申请注销。', 'Cancelled at the holder’s request during the suspension.'),
    ],
  },

  // EXPIRED (renewal applied for; expiry date within the last three months)
  { factory: 'fac-ouneng-liushi', series: 'ONM1', frame: 400, first: '2021-09-06', models: 3, history: [{ kind: 'EXPIRED', on: '2026-09-06' }] },
  {
    factory: 'fac-qinhu-yushan',
    series: 'QHW3',
    frame: 3200,
    first: '2021-10-18',
    models: 2,
    history: [
      supplierChange(
        '2023-05-15',
        KeyComponentType.FLEXIBLE_CONNECTION,
        '软连接供方变更，经样品检测批准。',
        'Flexible connection supplier changed; approved after a sample test.',
      ),
      { kind: 'EXPIRED', on: '2026-10-18' },
    ],
  },
  { factory: 'fac-lanhong-songjiang', series: 'LHM2', frame: 630, first: '2021-11-08', models: 2, history: [{ kind: 'EXPIRED', on: '2026-11-08' }] },
  { factory: 'fac-lujun-jimei', series: 'LJW5', frame: 1600, first: '2021-08-30', models: 3, history: [{ kind: 'EXPIRED', on: '2026-08-30' }] },
];

/**
 * Builds the certificates. Numbers are `CQC` + the two-digit year of first issue + a 9-digit
 * sequence, assigned in order of first issue.
 */
export function demoCertificates(): ImportCertificate[] {
  const ordered = SPECS.map((spec, index) => ({ spec, index })).sort(
    (a, b) => a.spec.first.localeCompare(b.spec.first) || a.index - b.index,
  );
  return ordered.map(({ spec, index }, position) => {
    const series = SERIES[spec.series];
    if (!series) throw new Error(`unknown series ${spec.series}`);
    const factory = factories.find((f) => f.key === spec.factory);
    if (!factory) throw new Error(`unknown factory ${spec.factory}`);
    if (factory.operatorKey !== series.owner) throw new Error(`${spec.series} is not made by ${spec.factory}`);
    const voltage = series.productType === ProductType.ACB ? (spec.voltage ?? 400) : 400;
    const configurations = [makeConfiguration(series, spec.frame, index, false)];
    if (spec.twoConfigs) configurations.push(makeConfiguration(series, spec.frame, index, true));
    const draft: Draft = {
      series,
      frame: spec.frame,
      voltage,
      gradeSeed: index,
      models: makeModels(series, spec.frame, 0, spec.models, voltage, index),
      keyComponentConfigurations: configurations,
    };
    const names = productNames(series.productType);
    return {
      number: `CQC${spec.first.slice(2, 4)}${String(101 + position).padStart(9, '0')}`,
      applicantKey: series.owner,
      manufacturerKey: series.owner,
      factoryKey: factory.key,
      productType: series.productType,
      productNameZh: names.zh,
      productNameEn: names.en,
      series: series.code,
      frameCurrent: spec.frame,
      models: draft.models,
      keyComponentConfigurations: draft.keyComponentConfigurations,
      firstIssuedOn: spec.first,
      history: (spec.history ?? []).map((step) => (typeof step === 'function' ? step(draft) : step)),
    };
  });
}
