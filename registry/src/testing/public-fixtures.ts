import {
  CertificateStatus,
  CertificateVersionKind,
  KeyComponentType,
  ModelStatus,
  Mounting,
  ProductType,
  StatusEventKind,
} from '@cqc/db';
import type { PublicCertificate, PublicParty } from '../read-model/types.js';
import type { SearchHit } from '../search/port.js';

/** Fictional organisations (no real manufacturer appears in test data). */
export const HUARUI: PublicParty = {
  id: '0b6f3c1e-1111-4c1e-9a11-000000000001',
  nameZh: '华锐电气股份有限公司',
  nameEn: 'Huarui Electric Co., Ltd.',
  addressZh: '浙江省温州市乐清市虹桥镇工业区8号',
  addressEn: 'No. 8 Industrial Zone, Hongqiao, Yueqing, Wenzhou, Zhejiang',
};
export const DEHENG: PublicParty = {
  id: '0b6f3c1e-2222-4c1e-9a11-000000000002',
  nameZh: '德恒开关有限公司',
  nameEn: 'Deheng Switchgear Co., Ltd.',
  addressZh: '江苏省常州市武进区湖塘路66号',
  addressEn: 'No. 66 Hutang Road, Wujin, Changzhou, Jiangsu',
};
export const MINGCHUAN: PublicParty = {
  id: '0b6f3c1e-3333-4c1e-9a11-000000000003',
  nameZh: '明川电器有限公司',
  nameEn: 'Mingchuan Apparatus Co., Ltd.',
  addressZh: '上海市松江区九亭镇沪亭路100号',
  addressEn: 'No. 100 Huting Road, Jiuting, Songjiang, Shanghai',
};

interface Spec {
  number: string;
  owner: PublicParty;
  factoryCode: string;
  productType: ProductType;
  frameCurrent: number;
  status: CertificateStatus;
  models: string[];
  isDemo?: boolean;
}

/** A complete, plausible public record; only what the contract cases vary is a parameter. */
export function publicCertificate(spec: Spec): PublicCertificate {
  const acb = spec.productType === ProductType.ACB;
  const series = spec.models[0]!.split('-')[0]!;
  return {
    number: spec.number,
    status: spec.status,
    statusChangedAt: '2026-03-01T08:00:00.000Z',
    suspendedUntil: spec.status === CertificateStatus.SUSPENDED ? '2026-09-01' : null,
    applicant: spec.owner,
    manufacturer: spec.owner,
    factory: {
      ...spec.owner,
      id: spec.owner.id.replace(/.$/, 'f'),
      nameZh: `${spec.owner.nameZh}一分厂`,
      nameEn: `${spec.owner.nameEn} Plant 1`,
      factoryCode: spec.factoryCode,
      operatorId: spec.owner.id,
    },
    unitName: `${series} ${spec.frameCurrent}A`,
    productType: spec.productType,
    productNameZh: acb ? '万能式断路器' : '塑料外壳式断路器',
    productNameEn: acb ? 'Air circuit breaker' : 'Moulded-case circuit breaker',
    series,
    frameCurrent: spec.frameCurrent,
    models: spec.models.map((designation) => ({
      designation,
      productType: spec.productType,
      mounting: acb ? Mounting.WITHDRAWABLE : Mounting.FIXED,
      poles: 3,
      ratedVoltage: 400,
      frameCurrent: spec.frameCurrent,
      ratedCurrents: [spec.frameCurrent / 2, spec.frameCurrent],
      series,
      grade: '1',
      status: ModelStatus.IN_SCOPE,
      withdrawnOn: null,
    })),
    keyComponentConfigurations: [{
      label: 'A',
      components: [{
        type: KeyComponentType.MAIN_CONTACT_SPRING,
        typeZh: '主触头弹簧',
        typeEn: 'Main contact spring',
        model: null,
        rating: null,
        material: '65Mn',
        grade: 'II',
        dimensions: null,
        supplier: '宁波金源弹簧厂',
      }],
    }],
    basis: ['CQC31-462280-2024', 'T/CEEIA 549-2021'],
    modeZh: '产品检测 + 初始工厂检查 + 获证后监督',
    modeEn: 'Product test + initial factory inspection + post-certification surveillance',
    certificationBody: { nameZh: '中国质量认证中心', nameEn: 'China Quality Certification Centre' },
    firstIssuedOn: '2026-01-15',
    issuedOn: '2026-01-15',
    expiresOn: '2031-01-14',
    currentVersionNo: 0,
    statusHistory: [{
      seq: 1, kind: StatusEventKind.ISSUED, fromStatus: null, toStatus: CertificateStatus.VALID,
      occurredOn: '2026-01-15', effectiveUntil: null, reasonCode: null, reasonZh: null, reasonEn: null, cause: null, causeZh: null, causeEn: null,
      publicReasonZh: '', publicReasonEn: '', modelDesignation: null, versionNo: 0,
    }],
    versions: [{ versionNo: 0, kind: CertificateVersionKind.FIRST_ISSUE, issuedOn: '2026-01-15', changeSummaryZh: '首次发证', changeSummaryEn: 'First issue' }],
    latestSurveillance: null,
    isDemo: spec.isDemo ?? false,
  };
}

const { VALID, SUSPENDED, CANCELLED } = CertificateStatus;
const { MCCB, ACB } = ProductType;

export const HUARUI_MCCB = publicCertificate({ number: 'CQC26000000101', owner: HUARUI, factoryCode: 'HR-WZ01', productType: MCCB, frameCurrent: 250, status: VALID, models: ['XXM-250S', 'XXM-250H'] });
export const HUARUI_ACB = publicCertificate({ number: 'CQC26000000102', owner: HUARUI, factoryCode: 'HR-WZ01', productType: ACB, frameCurrent: 2000, status: SUSPENDED, models: ['HRW1-2000/3'] });
export const DEHENG_250 = publicCertificate({ number: 'CQC25000000201', owner: DEHENG, factoryCode: 'DH-CZ01', productType: MCCB, frameCurrent: 250, status: VALID, models: ['DHM1-250'] });
export const DEHENG_630 = publicCertificate({ number: 'CQC25000000202', owner: DEHENG, factoryCode: 'DH-CZ01', productType: MCCB, frameCurrent: 630, status: CANCELLED, models: ['DHM1-630'] });
/** Its model designation begins with HUARUI_MCCB's number and it sorts first: the exact-number decoy. */
export const MINGCHUAN_DECOY = publicCertificate({ number: 'CQC24000000301', owner: MINGCHUAN, factoryCode: 'MC-SJ01', productType: MCCB, frameCurrent: 400, status: VALID, models: ['CQC26000000101-K'] });

/** Typo neighbours: a maker one letter away from Huarui, and a four-letter word (too short for typos). */
export const HUAREI: PublicParty = {
  id: '0b6f3c1e-4444-4c1e-9a11-000000000004',
  nameZh: '华瑞贸易有限公司',
  nameEn: 'Huarei Trading Co., Ltd.',
  addressZh: '浙江省温州市乐清市柳市镇长虹路1号',
  addressEn: 'No. 1 Changhong Road, Liushi, Yueqing, Wenzhou, Zhejiang',
};
export const KELU: PublicParty = {
  id: '0b6f3c1e-5555-4c1e-9a11-000000000005',
  nameZh: '科禄电力有限公司',
  nameEn: 'Kelu Power Co., Ltd.',
  addressZh: '福建省厦门市集美区杏林路5号',
  addressEn: 'No. 5 Xinglin Road, Jimei, Xiamen, Fujian',
};
/** Sorts before every other fixture, so only the typo rank can put it after Huarui's records. */
export const HUAREI_MCCB = publicCertificate({ number: 'CQC20000000001', owner: HUAREI, factoryCode: 'HE-WZ01', productType: MCCB, frameCurrent: 125, status: VALID, models: ['HEM-125'] });
export const KELU_MCCB = publicCertificate({ number: 'CQC20000000002', owner: KELU, factoryCode: 'KL-XM01', productType: MCCB, frameCurrent: 160, status: VALID, models: ['KLM-160'] });
export const TYPO_FIXTURES = [HUAREI_MCCB, KELU_MCCB];

export const ALL_FIXTURES = [HUARUI_MCCB, HUARUI_ACB, DEHENG_250, DEHENG_630, MINGCHUAN_DECOY];

/** Certificate numbers of records or search hits, for compact assertions. */
export const numbersOf = (records: ReadonlyArray<PublicCertificate | SearchHit>) =>
  records.map((r) => ('record' in r ? r.record.number : r.number));
