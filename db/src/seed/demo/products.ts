import { KeyComponentType, Mounting, ProductType } from '../../entities/enums.js';
import type { ImportKeyComponent, ImportKeyComponentConfiguration, ImportModel } from '../import-types.js';
import type { EnterpriseKey } from './parties.js';

/**
 * Fictional product series, model designations and key-component suppliers. Designations follow
 * the usual Chinese style: series code, frame current, breaking-capacity letter, then the pole /
 * trip / accessory code (`ONM1-250S/3300`: 3 poles, thermal-magnetic trip, no accessory).
 */

/** Preferred rated currents (A); every model's ratedCurrents is a subset within its frame. */
export const PREFERRED_CURRENTS: readonly number[] = [
  16, 20, 25, 32, 40, 50, 63, 80, 100, 125, 160, 200, 250, 315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3200, 4000,
  5000, 6300,
];

export const ACB_FRAME_CURRENTS: readonly number[] = [1600, 2000, 3200, 4000, 6300];
export const MCCB_FRAME_CURRENTS: readonly number[] = [125, 160, 250, 400, 630, 800];

/** The smallest rated current offered in each frame size. */
const LOWEST_CURRENT: Record<number, number> = {
  125: 16,
  160: 63,
  250: 100,
  400: 250,
  630: 400,
  800: 500,
  1600: 400,
  2000: 400,
  3200: 2000,
  4000: 2500,
  6300: 4000,
};

export interface SeriesDef {
  code: string;
  owner: EnterpriseKey;
  productType: ProductType;
  /** Variant letters in the order models are added to a certificate. */
  variants: string[];
  designation: (frame: number, variant: string) => string;
}

const acb = (code: string, owner: EnterpriseKey): SeriesDef => ({
  code,
  owner,
  productType: ProductType.ACB,
  variants: ['', 'H', 'M', 'U', 'E'],
  designation: (frame, variant) => `${code}-${frame}${variant}/3P`,
});

const mccb = (code: string, owner: EnterpriseKey, style: 'accessory' | 'tm' = 'accessory'): SeriesDef => ({
  code,
  owner,
  productType: ProductType.MCCB,
  variants: ['M', 'S', 'H', 'L', 'R'],
  designation: style === 'accessory' ? (frame, variant) => `${code}-${frame}${variant}/3300` : (frame, variant) => `${code}-${frame}${variant}/3P-TM`,
});

export const SERIES: Record<string, SeriesDef> = Object.fromEntries(
  [
    acb('ONW1', 'org-ouneng'),
    mccb('ONM1', 'org-ouneng'),
    mccb('ONM3', 'org-ouneng'),
    acb('LHW2', 'org-lanhong'),
    mccb('LHM2', 'org-lanhong'),
    acb('QHW3', 'org-qinhu'),
    mccb('QHM3', 'org-qinhu'),
    acb('LJW5', 'org-lujun'),
    mccb('LJM5', 'org-lujun'),
    acb('YNW6', 'org-yongcheng'),
    mccb('YNM6', 'org-yongcheng', 'tm'),
    acb('QKW7', 'org-qike'),
    mccb('QKM7', 'org-qike'),
    mccb('YHM8', 'org-yueheng', 'tm'),
  ].map((s) => [s.code, s]),
);

export function productNames(type: ProductType): { zh: string; en: string } {
  return type === ProductType.ACB
    ? { zh: '万能式断路器（抽屉式）', en: 'Air circuit breaker (withdrawable)' }
    : { zh: '塑料外壳式断路器（固定式）', en: 'Moulded-case circuit breaker (fixed)' };
}

/** The preferred currents a frame offers. */
export function frameCurrents(frame: number): number[] {
  const lowest = LOWEST_CURRENT[frame];
  if (lowest === undefined) throw new Error(`no demo frame size ${frame}`);
  return PREFERRED_CURRENTS.filter((c) => c >= lowest && c <= frame);
}

/** Model `index` (0-based) of a certificate: full range, upper part or lower part of the frame. */
export function makeModel(series: SeriesDef, frame: number, index: number, ratedVoltage: number, gradeSeed: number): ImportModel {
  const variant = series.variants[index];
  if (variant === undefined) throw new Error(`series ${series.code} has no variant ${index}`);
  const all = frameCurrents(frame);
  const half = Math.floor(all.length / 2);
  const ratedCurrents = index % 3 === 1 ? all.slice(half) : index % 3 === 2 ? all.slice(0, Math.max(2, all.length - half)) : all;
  return {
    designation: series.designation(frame, variant),
    mounting: series.productType === ProductType.ACB ? Mounting.WITHDRAWABLE : Mounting.FIXED,
    poles: 3,
    ratedVoltage,
    ratedCurrents,
    grade: String(1 + ((gradeSeed + index) % 3)),
  };
}

export function makeModels(series: SeriesDef, frame: number, from: number, count: number, ratedVoltage: number, gradeSeed: number): ImportModel[] {
  return Array.from({ length: count }, (_, i) => makeModel(series, frame, from + i, ratedVoltage, gradeSeed));
}

/** Fictional suppliers per key-component type. */
export const SUPPLIERS: Record<KeyComponentType, string[]> = {
  [KeyComponentType.OPERATING_MECHANISM]: ['乐清市恒睿机构配件有限公司', '温州市拓川电器配件有限公司', '宁波致衍精密机械有限公司'],
  [KeyComponentType.DRAWER_BASE]: ['浙江博岳开关配件有限公司', '常熟市虞通成套配件有限公司'],
  [KeyComponentType.MAIN_CONTACTS]: ['温州银曜合金材料有限公司', '苏州科铂电工合金有限公司', '乐清市金岙触头材料厂'],
  [KeyComponentType.MAIN_CONTACT_SPRING]: ['无锡锐弹精密弹簧有限公司', '乐清市联弘弹簧厂', '东莞市韧丰五金弹簧有限公司'],
  [KeyComponentType.THERMAL_MAGNETIC_TRIP_UNIT]: ['上海敏热双金属材料有限公司', '温州市恒测热双金属有限公司'],
  [KeyComponentType.BREAKER_TERMINALS]: ['温州铜源导电材料有限公司', '江阴汇铜铜材加工有限公司'],
  [KeyComponentType.DRAWER_BASE_TERMINALS]: ['温州铜源导电材料有限公司', '江阴汇铜铜材加工有限公司'],
  [KeyComponentType.FLEXIBLE_CONNECTION]: ['乐清市柔联软连接有限公司', '苏州灵铜导电带有限公司'],
};

function pick<T>(list: readonly T[], index: number): T {
  const value = list[((index % list.length) + list.length) % list.length];
  if (value === undefined) throw new Error('empty list');
  return value;
}

/** The next supplier of the pool: what a "supplier change" variation switches to. */
export function nextSupplier(type: KeyComponentType, current: string): string {
  const pool = SUPPLIERS[type];
  return pick(pool, pool.indexOf(current) + 1);
}

const CONTACT_DIMENSIONS: Record<number, string> = {
  125: '8×6×2 mm',
  160: '9×7×2 mm',
  250: '12×8×2.5 mm',
  400: '16×10×3 mm',
  630: '18×12×3 mm',
  800: '20×12×3.5 mm',
  1600: '24×16×3 mm',
  2000: '26×18×3 mm',
  3200: '32×20×4 mm',
  4000: '36×22×4 mm',
  6300: '40×24×5 mm',
};

const TERMINAL_DIMENSIONS: Record<number, string> = {
  125: 'M8，18×4 mm',
  160: 'M8，20×5 mm',
  250: 'M10，25×6 mm',
  400: 'M12，32×8 mm',
  630: 'M12，40×10 mm',
  800: 'M12，50×10 mm',
  1600: '100×10 mm',
  2000: '2×(80×10) mm',
  3200: '2×(100×10) mm',
  4000: '3×(100×10) mm',
  6300: '4×(120×10) mm',
};

const FLEXIBLE_DIMENSIONS: Record<number, string> = {
  125: '16 mm²',
  160: '25 mm²',
  250: '50 mm²',
  400: '95 mm²',
  630: '150 mm²',
  800: '185 mm²',
  1600: '2×300 mm²',
  2000: '2×400 mm²',
  3200: '4×400 mm²',
  4000: '4×500 mm²',
  6300: '6×630 mm²',
};

function table(values: Record<number, string>, frame: number): string {
  const value = values[frame];
  if (value === undefined) throw new Error(`no demo value for frame ${frame}`);
  return value;
}

/**
 * One tested configuration (§4.3). Only the attributes Annex 1 controls for each type are filled.
 * `alternate` is the second configuration: other contact material and other suppliers.
 */
export function makeConfiguration(series: SeriesDef, frame: number, seed: number, alternate: boolean): ImportKeyComponentConfiguration {
  const isAcb = series.productType === ProductType.ACB;
  const s = seed + (alternate ? 1 : 0);
  const supplier = (type: KeyComponentType, shift = 0) => pick(SUPPLIERS[type], s + shift);
  const components: ImportKeyComponent[] = [
    {
      type: KeyComponentType.OPERATING_MECHANISM,
      model: isAcb ? `${series.code}-${frame}/CJ` : `${series.code}-${frame}/CD2`,
      rating: isAcb ? '手动/电动储能，AC 230 V，储能时间≤5 s' : '电动操作，AC 230 V',
      supplier: supplier(KeyComponentType.OPERATING_MECHANISM),
    },
  ];
  if (isAcb) {
    components.push({
      type: KeyComponentType.DRAWER_BASE,
      model: `${series.code}-${frame}/CZ`,
      rating: `${frame} A`,
      supplier: supplier(KeyComponentType.DRAWER_BASE),
    });
  }
  components.push(
    {
      type: KeyComponentType.MAIN_CONTACTS,
      material: alternate ? '银碳化钨（动）/银石墨（静）' : isAcb ? '银钨合金（动）/银石墨（静）' : '银碳化钨（动）/银石墨（静）',
      grade: alternate ? (isAcb ? 'AgWC40 / AgC5' : 'AgWC12 / AgC3') : isAcb ? 'AgW50 / AgC4' : 'AgWC12 / AgC4',
      dimensions: table(CONTACT_DIMENSIONS, frame),
      supplier: supplier(KeyComponentType.MAIN_CONTACTS, 1),
    },
    {
      type: KeyComponentType.MAIN_CONTACT_SPRING,
      material: '油淬火-回火弹簧钢丝',
      grade: alternate ? '55CrSiA' : '60Si2MnA',
      supplier: supplier(KeyComponentType.MAIN_CONTACT_SPRING),
    },
    {
      type: KeyComponentType.THERMAL_MAGNETIC_TRIP_UNIT,
      material: '热双金属',
      grade: frame <= 250 ? '5J1580' : '5J1480',
      supplier: supplier(KeyComponentType.THERMAL_MAGNETIC_TRIP_UNIT),
    },
    {
      type: KeyComponentType.BREAKER_TERMINALS,
      material: '紫铜（镀锡）',
      grade: 'T2',
      dimensions: table(TERMINAL_DIMENSIONS, frame),
      supplier: supplier(KeyComponentType.BREAKER_TERMINALS),
    },
  );
  if (isAcb) {
    components.push({
      type: KeyComponentType.DRAWER_BASE_TERMINALS,
      material: '紫铜（镀银）',
      grade: 'T2',
      dimensions: table(TERMINAL_DIMENSIONS, frame),
      supplier: supplier(KeyComponentType.DRAWER_BASE_TERMINALS, 1),
    });
  }
  components.push({
    type: KeyComponentType.FLEXIBLE_CONNECTION,
    material: isAcb ? '紫铜箔叠片' : '软铜编织线',
    grade: isAcb ? 'T2' : 'TZX-T2',
    dimensions: table(FLEXIBLE_DIMENSIONS, frame),
    supplier: supplier(KeyComponentType.FLEXIBLE_CONNECTION),
  });
  return { label: alternate ? '配置B（第二供方）' : '配置A（主供方）', components };
}
