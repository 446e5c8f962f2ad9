import { CertificateStatus, ProductType } from '@cqc/db';
import type { PublicCertificate, PublicParty } from '../read-model/types.js';
import { publicCertificate } from './public-fixtures.js';

/**
 * A large, plausible public registry for measuring search (scripts/src/bench/search-bench.ts):
 * deterministic, fictional makers with Chinese and pinyin English names, a few hundred
 * certificates each, 1–3 models per certificate.
 */
const HAN = '华锐德恒明川正泰良信天安宏远嘉盛凯达永成中科远东鸿雁新峰通力博瑞金源鑫龙佳安东升亿达立信创美汇能鼎晟海德瑞泽光大启航';
const SYLLABLES = ['hua', 'rui', 'de', 'heng', 'ming', 'chuan', 'zheng', 'tai', 'liang', 'xin', 'tian', 'an', 'hong', 'yuan', 'jia', 'sheng',
  'kai', 'da', 'yong', 'cheng', 'zhong', 'ke', 'dong', 'yan', 'feng', 'tong', 'li', 'bo', 'jin', 'long', 'sen', 'wei', 'lan', 'qin', 'lu', 'jun'];
const REGIONS: Array<[string, string]> = [['浙江', 'Zhejiang'], ['上海', 'Shanghai'], ['江苏', 'Jiangsu'], ['广东', 'Guangdong'], ['福建', 'Fujian'], ['天津', 'Tianjin']];
const KINDS: Array<[string, string]> = [['电气', 'Electric'], ['开关', 'Switchgear'], ['电器', 'Apparatus'], ['电力科技', 'Power Technology']];
const FRAMES = [63, 100, 125, 160, 250, 400, 630, 800, 1250, 1600, 2000, 3200];
const STATUSES = [CertificateStatus.VALID, CertificateStatus.VALID, CertificateStatus.VALID, CertificateStatus.VALID, CertificateStatus.VALID,
  CertificateStatus.VALID, CertificateStatus.VALID, CertificateStatus.SUSPENDED, CertificateStatus.CANCELLED, CertificateStatus.REVOKED];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticMaker extends PublicParty {
  /** The distinctive part of the names (e.g. 华锐 / Huarui), for queries. */
  coreZh: string;
  coreEn: string;
  series: string;
}

export function syntheticMakers(count: number, seed = 1): SyntheticMaker[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const seen = new Set<string>();
  const makers: SyntheticMaker[] = [];
  while (makers.length < count) {
    const i = Math.floor(next() * (HAN.length - 1));
    const j = Math.floor(next() * (HAN.length - 1));
    const coreZh = HAN[i]! + HAN[j]! + (makers.length >= 1000 ? HAN[(i + j + makers.length) % HAN.length]! : '');
    const coreEn = [...coreZh].map(() => pick(SYLLABLES)).join('').replace(/^./, (c) => c.toUpperCase());
    if (seen.has(coreEn)) continue;
    seen.add(coreEn);
    const [regionZh, regionEn] = pick(REGIONS);
    const [kindZh, kindEn] = pick(KINDS);
    const n = makers.length;
    makers.push({
      id: `5e000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
      nameZh: `${regionZh}${coreZh}${kindZh}有限公司`,
      nameEn: `${regionEn} ${coreEn} ${kindEn} Co., Ltd.`,
      addressZh: `${regionZh}工业区${n}号`,
      addressEn: `No. ${n} Industrial Zone, ${regionEn}`,
      coreZh,
      coreEn,
      series: `${coreEn.slice(0, 2).toUpperCase()}${String.fromCharCode(65 + (n % 26))}${n % 10}`,
    });
  }
  return makers;
}

/** Certificate `i` of a synthetic registry (numbers CQC2xxxxxxxxx are unique per i). */
export function syntheticCertificate(i: number, makers: readonly SyntheticMaker[]): PublicCertificate {
  const next = random(i * 7919 + 17);
  const maker = makers[i % makers.length]!;
  const { coreZh: _zh, coreEn: _en, series: _series, ...owner } = maker;
  const frame = FRAMES[Math.floor(next() * FRAMES.length)]!;
  const productType = frame >= 1250 ? ProductType.ACB : ProductType.MCCB;
  const models = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, k) => `${maker.series}-${frame}${'SHLMN'[(i + k) % 5]}${Math.floor(i / makers.length)}`);
  return publicCertificate({
    number: `CQC2${String(i).padStart(10, '0')}`,
    owner,
    factoryCode: `${maker.series}-F${i % 3}`,
    productType,
    frameCurrent: frame,
    status: STATUSES[Math.floor(next() * STATUSES.length)]!,
    models: [...new Set(models)],
  });
}
