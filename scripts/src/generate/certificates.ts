import {
  KeyComponentType, Mounting, ProductType, currentScheme,
  type ImportCertificate, type ImportHistoryEntry, type ImportKeyComponent, type ImportKeyComponentConfiguration, type ImportModel, type Scheme,
} from '@cqc/db';
import type { GeneratedFactory, GeneratedOrganisation } from './parties.js';
import { Prng, addDays, addMonths, addYears, daysBetween } from './prng.js';

/** The generated numbers' 9-digit part starts here, far above the demo data's. */
export const NUMBER_BASE = 500_000_000;

export interface Parties {
  manufacturers: GeneratedOrganisation[];
  /** Factories by manufacturer index. */
  factories: GeneratedFactory[][];
}

export interface GeneratedCertificate {
  input: ImportCertificate;
  applicant: GeneratedOrganisation;
  manufacturer: GeneratedOrganisation;
  factory: GeneratedFactory;
}

const ACB_FRAMES = [1600, 2000, 2500, 3200, 4000, 6300];
const MCCB_FRAMES = [63, 100, 125, 160, 250, 400, 630, 800];
const CURRENTS = [6, 10, 16, 20, 25, 32, 40, 50, 63, 80, 100, 125, 160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3200, 4000, 5000, 6300];
const ACB_VARIANTS = ['', 'H', 'M', 'U', 'E', 'N', 'C', 'S'];
const MCCB_VARIANTS = ['M', 'S', 'H', 'L', 'R', 'C', 'N', 'E'];
const SUPPLIER_WORDS = ['精密', '合金', '弹簧', '导电', '机构', '配件', '五金', '材料'];

/**
 * Certificate `index`: a unit of one manufacturer's factory, 1–6 graded models, one or two tested
 * key-component configurations (Annex 1 types of its product type, controlled attributes only),
 * and a history drawn from the scheme's reason codes. Dates never pass `asOf`; whatever has
 * reached its expiry by then carries its EXPIRED entry, as the import requires.
 */
export function generateCertificate(seed: number, index: number, parties: Parties, asOf: string, scheme: Scheme = currentScheme): GeneratedCertificate {
  const r = Prng.for(seed, index);
  const m = index % parties.manufacturers.length;
  const manufacturer = parties.manufacturers[m]!;
  const factory = r.pick(parties.factories[m]!);
  // One in ten units is applied for by another enterprise (a trader or group company).
  const applicant = r.chance(0.1) ? parties.manufacturers[(m + 1 + r.int(0, 50)) % parties.manufacturers.length]! : manufacturer;
  const productType = r.chance(0.3) ? ProductType.ACB : ProductType.MCCB;
  const isAcb = productType === ProductType.ACB;
  const frame = r.pick(isAcb ? ACB_FRAMES : MCCB_FRAMES);
  const seriesNo = r.int(1, 9);
  const series = `${manufacturer.brand}${isAcb ? 'W' : 'M'}${seriesNo}`;
  const voltage = isAcb && r.chance(0.3) ? 690 : 400;
  const variants = isAcb ? ACB_VARIANTS : MCCB_VARIANTS;
  const gradeSeed = r.int(0, 2);
  const model = (k: number): ImportModel => {
    const all = CURRENTS.filter((c) => c <= frame && c >= frame / 8);
    const from = k % 3 === 1 ? Math.floor(all.length / 2) : 0;
    return {
      designation: isAcb ? `${series}-${frame}${variants[k]}/3P` : `${series}-${frame}${variants[k]}/3300`,
      mounting: isAcb ? Mounting.WITHDRAWABLE : Mounting.FIXED,
      poles: 3,
      ratedVoltage: voltage,
      ratedCurrents: all.slice(from),
      grade: String(1 + ((gradeSeed + k) % 3)),
    };
  };
  const modelCount = r.int(1, 6);
  const models = Array.from({ length: modelCount }, (_, k) => model(k));
  const configurations = [configuration(r, scheme, series, frame, isAcb, 'A')];
  if (r.chance(0.2)) configurations.push(configuration(r, scheme, series, frame, isAcb, 'B'));

  const validity = scheme.certificateValidityYears;
  // Issued over the last validity + 1 years: about one in six has reached its expiry by asOf.
  const firstIssuedOn = addDays(asOf, -r.int(30, 365 * (validity + 1)));
  const expiresOn = addYears(firstIssuedOn, validity);
  const history = historyOf(r, scheme, firstIssuedOn, expiresOn, asOf, models, modelCount, model, variants.length);
  return {
    applicant,
    manufacturer,
    factory,
    input: {
      number: `CQC${firstIssuedOn.slice(2, 4)}${String(NUMBER_BASE + index).padStart(9, '0')}`,
      applicantKey: applicant.id,
      manufacturerKey: manufacturer.id,
      factoryKey: factory.id,
      productType,
      productNameZh: isAcb ? '万能式断路器（抽屉式）' : '塑料外壳式断路器（固定式）',
      productNameEn: isAcb ? 'Air circuit breaker (withdrawable)' : 'Moulded-case circuit breaker (fixed)',
      series,
      frameCurrent: frame,
      models,
      keyComponentConfigurations: configurations,
      firstIssuedOn,
      history,
    },
  };
}

function configuration(r: Prng, scheme: Scheme, series: string, frame: number, isAcb: boolean, label: 'A' | 'B'): ImportKeyComponentConfiguration {
  const types = scheme.keyComponentTypes.filter((t) =>
    isAcb ? t.type !== KeyComponentType.THERMAL_MAGNETIC_TRIP_UNIT : t.type !== KeyComponentType.DRAWER_BASE && t.type !== KeyComponentType.DRAWER_BASE_TERMINALS,
  );
  const components = types.map((t): ImportKeyComponent => {
    const c: ImportKeyComponent = { type: t.type, supplier: `${r.pick(['乐清市', '温州市', '宁波', '苏州', '东莞市'])}${r.pick(SUPPLIER_WORDS)}${r.pick(['有限公司', '厂'])}${r.int(1, 40)}` };
    // Only the attributes Annex 1 controls for the type (scheme data).
    if (t.controlled.includes('model')) c.model = `${series}-${frame}/${t.type.slice(0, 2)}${r.int(1, 9)}`;
    if (t.controlled.includes('rating')) c.rating = `${frame} A, AC 230 V`;
    if (t.controlled.includes('material')) c.material = r.pick(['银钨合金', '银碳化钨', '紫铜（镀锡）', '热双金属', '弹簧钢丝']);
    if (t.controlled.includes('grade')) c.grade = r.pick(['AgW50', 'AgWC12', 'T2', '5J1580', '60Si2MnA']);
    if (t.controlled.includes('dimensions')) c.dimensions = `${r.int(8, 120)}×${r.int(4, 24)} mm`;
    return c;
  });
  return { label: label === 'A' ? '配置A（主供方）' : '配置B（第二供方）', components };
}

function historyOf(
  r: Prng, scheme: Scheme, firstIssuedOn: string, expiresOn: string, asOf: string,
  models: ImportModel[], modelCount: number, model: (k: number) => ImportModel, maxModels: number,
): ImportHistoryEntry[] {
  const history: ImportHistoryEntry[] = [];
  const end = expiresOn <= asOf ? addDays(expiresOn, -1) : asOf;
  let day = firstIssuedOn;
  const later = (maxDays: number) => {
    const room = daysBetween(day, end);
    if (room < 2) return null;
    day = addDays(day, r.int(1, Math.min(room, maxDays)));
    return day;
  };
  // Versions 1 and 2: an extension and/or a variation.
  for (let v = 0; v < 2 && r.chance(0.25); v++) {
    const on = later(500);
    if (!on) break;
    if (v === 0 && modelCount < maxModels) {
      history.push({ kind: 'EXTENDED', on, changeSummaryZh: '扩展型号', changeSummaryEn: 'Models added', addModels: [model(modelCount)] });
      models = [...models, model(modelCount)];
    } else {
      history.push({ kind: 'VARIED', on, changeSummaryZh: '关键元器件供应商变更', changeSummaryEn: 'Key-component supplier changed' });
    }
  }
  if (models.length > 1 && r.chance(0.03)) {
    const on = later(400);
    if (on) history.push({ kind: 'MODEL_WITHDRAWN', on, designation: models.at(-1)!.designation, publicReasonZh: '型号停产', publicReasonEn: 'Model discontinued' });
  }
  const roll = r.next();
  if (roll < 0.12) {
    const reason = r.pick(scheme.suspensionReasons);
    const cause = scheme.suspensionCauses.find((c) => c.usualReasonCodes.includes(reason.code)) ?? scheme.suspensionCauses.find((c) => c.usualReasonCodes.length === 0)!;
    // Currently suspended ones start recently enough to still run past asOf.
    const restore = roll < 0.06;
    const on = restore ? later(900) : addDays(asOf, -r.int(1, Math.min(25, Math.max(1, daysBetween(day, asOf) - 1))));
    if (on && on > day && on < end) {
      day = on;
      const until = addMonths(on, cause.maxMonths);
      history.push({ kind: 'SUSPENDED', on, reasonCode: reason.code, cause: cause.code, until, publicReasonZh: reason.zh, publicReasonEn: reason.en });
      if (restore) {
        const back = addDays(on, r.int(5, 60));
        if (back < until && back < end) {
          day = back;
          history.push({ kind: 'RESTORED', on: back, publicReasonZh: '整改验证合格，恢复证书', publicReasonEn: 'Rectification verified; certificate restored' });
        } else history.pop();
      }
      if (!restore && expiresOn > asOf) return history;
      if (!restore) history.pop();
    }
  } else if (roll < 0.16) {
    const on = later(1500);
    const reason = r.pick(scheme.cancellationReasons.filter((c) => c.code !== 'C1'));
    if (on) return [...history, { kind: 'CANCELLED', on, reasonCode: reason.code, publicReasonZh: reason.zh, publicReasonEn: reason.en }];
  } else if (roll < 0.18) {
    const on = later(1500);
    const reason = r.pick(scheme.revocationReasons);
    if (on) return [...history, { kind: 'REVOKED', on, reasonCode: reason.code, publicReasonZh: reason.zh, publicReasonEn: reason.en }];
  }
  if (expiresOn <= asOf) history.push({ kind: 'EXPIRED', on: expiresOn });
  return history;
}
