import { OrganisationKind } from '@cqc/db';
import { rowId } from './prng.js';

/**
 * Fictional manufacturers and their factories. Names are built from a city, two brand syllables
 * and a trade word, by mixed radix over the index, so every index gives a distinct name. None
 * of them is a real company; all are marked demo data.
 */
const CITIES: ReadonlyArray<[string, string]> = [
  ['温州', 'Wenzhou'], ['乐清', 'Yueqing'], ['宁波', 'Ningbo'], ['苏州', 'Suzhou'], ['无锡', 'Wuxi'], ['常州', 'Changzhou'],
  ['上海', 'Shanghai'], ['杭州', 'Hangzhou'], ['嘉兴', 'Jiaxing'], ['台州', 'Taizhou'], ['厦门', 'Xiamen'], ['泉州', 'Quanzhou'],
  ['东莞', 'Dongguan'], ['佛山', 'Foshan'], ['中山', 'Zhongshan'], ['天津', 'Tianjin'], ['青岛', 'Qingdao'], ['济南', 'Jinan'],
  ['成都', 'Chengdu'], ['重庆', 'Chongqing'], ['武汉', 'Wuhan'], ['长沙', 'Changsha'], ['合肥', 'Hefei'], ['南京', 'Nanjing'],
];
const SYLLABLES: ReadonlyArray<[string, string]> = [
  ['恒', 'Heng'], ['瑞', 'Rui'], ['泰', 'Tai'], ['华', 'Hua'], ['鼎', 'Ding'], ['诚', 'Cheng'], ['安', 'An'], ['捷', 'Jie'],
  ['宏', 'Hong'], ['远', 'Yuan'], ['正', 'Zheng'], ['德', 'De'], ['盛', 'Sheng'], ['达', 'Da'], ['川', 'Chuan'], ['弘', 'Hong'],
  ['科', 'Ke'], ['力', 'Li'], ['源', 'Yuan'], ['信', 'Xin'], ['威', 'Wei'], ['凯', 'Kai'], ['明', 'Ming'], ['通', 'Tong'],
  ['启', 'Qi'], ['航', 'Hang'], ['卓', 'Zhuo'], ['越', 'Yue'], ['博', 'Bo'], ['昊', 'Hao'], ['嘉', 'Jia'], ['润', 'Run'],
];
const TRADES: ReadonlyArray<[string, string]> = [
  ['电气', 'Electric'], ['电器', 'Electrical Appliance'], ['开关', 'Switchgear'], ['智能电气', 'Smart Electric'],
];
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export interface GeneratedOrganisation {
  id: string;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
  creditCode: string;
  /** Two-letter brand code used in series designations. */
  brand: string;
}

export interface GeneratedFactory {
  id: string;
  operatorId: string;
  factoryCode: string;
  nameZh: string;
  nameEn: string;
  addressZh: string;
  addressEn: string;
}

/** Marks generated organisations (18 characters, like a 统一社会信用代码; the G never occurs in demo data). */
export const CREDIT_CODE_PREFIX = '91330000G';

export const ORGANISATION_TABLE = 1;
export const FACTORY_TABLE = 2;

/** Manufacturer `i`: a distinct name for every i below 24 × 32 × 32 × 4 = 98,304. */
export function manufacturer(seed: number, i: number): GeneratedOrganisation {
  let n = i;
  const city = CITIES[n % CITIES.length]!;
  n = Math.floor(n / CITIES.length);
  const a = SYLLABLES[n % SYLLABLES.length]!;
  n = Math.floor(n / SYLLABLES.length);
  const b = SYLLABLES[(n + 7) % SYLLABLES.length]!;
  n = Math.floor(n / SYLLABLES.length);
  const trade = TRADES[n % TRADES.length]!;
  const street = 1 + (i % 899);
  return {
    id: rowId(seed, ORGANISATION_TABLE, i),
    nameZh: `${city[0]}${a[0]}${b[0]}${trade[0]}有限公司`,
    nameEn: `${city[1]} ${a[1]}${b[1].toLowerCase()} ${trade[1]} Co., Ltd.`,
    addressZh: `${city[0]}市经济开发区纬${(i % 40) + 1}路${street}号`,
    addressEn: `No. ${street}, Wei ${(i % 40) + 1} Road, Economic Development Zone, ${city[1]}`,
    creditCode: `${CREDIT_CODE_PREFIX}${String(i).padStart(8, '0')}X`,
    brand: `${a[1][0]}${LETTERS[(i * 7 + Math.floor(i / 24)) % LETTERS.length]}`,
  };
}

/** Factories of manufacturer `i`: one to three sites, numbered after it. */
export function factoriesOf(seed: number, org: GeneratedOrganisation, i: number): GeneratedFactory[] {
  const count = 1 + (i % 3);
  return Array.from({ length: count }, (_, k) => ({
    id: rowId(seed, FACTORY_TABLE, i, k),
    operatorId: org.id,
    factoryCode: `GF${String(i).padStart(6, '0')}${k}`,
    nameZh: k === 0 ? org.nameZh : `${org.nameZh.replace('有限公司', '')}第${k + 1}工厂`,
    nameEn: k === 0 ? org.nameEn : `${org.nameEn.replace(' Co., Ltd.', '')} Plant ${k + 1}`,
    addressZh: `${org.addressZh}${k > 0 ? `（${k + 1}号厂区）` : ''}`,
    addressEn: `${org.addressEn}${k > 0 ? ` (Site ${k + 1})` : ''}`,
  }));
}

export const ORGANISATION_KIND = OrganisationKind.ENTERPRISE;
