import { OrganisationKind, Role } from '../../entities/enums.js';
import type { ImportFactory, ImportLab, ImportOrganisation, ImportUser } from '../import-types.js';

/**
 * The demo parties. Every enterprise, the lab, the regulator, the factories and the people are
 * FICTIONAL; only the certification body (中国质量认证中心) is the real one. Credit codes carry
 * `DEMO` in the place of the organisation code so that nobody can mistake them for real ones.
 */

/** One shared password for every demo account (the login page of a demo install says so). */
export const DEMO_PASSWORD = 'Demo-2026-breakers';

export const DEMO_EMAIL_DOMAIN = 'demo.cqc-breakers.test';

export type EnterpriseKey =
  | 'org-ouneng'
  | 'org-lanhong'
  | 'org-qinhu'
  | 'org-lujun'
  | 'org-yongcheng'
  | 'org-qike'
  | 'org-yueheng';

export const CERTIFICATION_BODY_KEY = 'org-cqc';
export const LAB_KEY = 'org-lab-jince';
export const REGULATOR_KEY = 'org-regulator-zhenan';

/**
 * Each enterprise's distinctive two-character fragment of its Chinese name: it occurs in that
 * organisation's name and in no other organisation's name, so a search for it finds exactly one
 * holder.
 *
 * - 瓯能 浙江瓯能电气有限公司          (Yueqing, Wenzhou: Liushi town)
 * - 澜泓 上海澜泓开关电器有限公司      (Songjiang, Shanghai)
 * - 琴湖 江苏琴湖低压电器有限公司      (Changshu, Suzhou)
 * - 鹭钧 厦门鹭钧电气股份有限公司      (Jimei, Xiamen)
 * - 甬澄 宁波甬澄智能电器有限公司      (Beilun, Ningbo)
 * - 启柯 浙江启柯电器科技有限公司      (Yueqing, Wenzhou: Beibaixiang town)
 * - 粤衡 广东粤衡电力科技有限公司      (Songshan Lake, Dongguan)
 */
export const DEMO_NAME_FRAGMENTS: Record<EnterpriseKey, string> = {
  'org-ouneng': '瓯能',
  'org-lanhong': '澜泓',
  'org-qinhu': '琴湖',
  'org-lujun': '鹭钧',
  'org-yongcheng': '甬澄',
  'org-qike': '启柯',
  'org-yueheng': '粤衡',
};

export const organisations: ImportOrganisation[] = [
  {
    key: 'org-ouneng',
    kind: OrganisationKind.ENTERPRISE,
    nameZh: '浙江瓯能电气有限公司',
    nameEn: 'Zhejiang Ouneng Electric Co., Ltd.',
    addressZh: '浙江省温州市乐清市柳市镇新光工业区纬五路18号',
    addressEn: 'No. 18 Weiwu Road, Xinguang Industrial Zone, Liushi Town, Yueqing, Wenzhou, Zhejiang',
    creditCode: '91330382DEMO00011K',
  },
  {
    key: 'org-lanhong',
    kind: OrganisationKind.ENTERPRISE,
    nameZh: '上海澜泓开关电器有限公司',
    nameEn: 'Shanghai Lanhong Switchgear Co., Ltd.',
    addressZh: '上海市松江区新桥镇民益路268号3幢',
    addressEn: 'Building 3, No. 268 Minyi Road, Xinqiao Town, Songjiang District, Shanghai',
    creditCode: '91310117DEMO00021P',
  },
  {
    key: 'org-qinhu',
    kind: OrganisationKind.ENTERPRISE,
    nameZh: '江苏琴湖低压电器有限公司',
    nameEn: 'Jiangsu Qinhu Low-Voltage Apparatus Co., Ltd.',
    addressZh: '江苏省苏州市常熟市虞山街道高新技术产业园银河路36号',
    addressEn: 'No. 36 Yinhe Road, Hi-Tech Industrial Park, Yushan Subdistrict, Changshu, Suzhou, Jiangsu',
    creditCode: '91320581DEMO00031T',
  },
  {
    key: 'org-lujun',
    kind: OrganisationKind.ENTERPRISE,
    nameZh: '厦门鹭钧电气股份有限公司',
    nameEn: 'Xiamen Lujun Electric Co., Ltd.',
    addressZh: '福建省厦门市集美区机械工业集中区孙坂南路92号',
    addressEn: 'No. 92 Sunban South Road, Machinery Industry Zone, Jimei District, Xiamen, Fujian',
    creditCode: '91350211DEMO00041W',
  },
  {
    key: 'org-yongcheng',
    kind: OrganisationKind.ENTERPRISE,
    nameZh: '宁波甬澄智能电器有限公司',
    nameEn: 'Ningbo Yongcheng Smart Electric Co., Ltd.',
    addressZh: '浙江省宁波市北仑区小港街道纬二路55号',
    addressEn: 'No. 55 Weier Road, Xiaogang Subdistrict, Beilun District, Ningbo, Zhejiang',
    creditCode: '91330206DEMO00051B',
  },
  {
    key: 'org-qike',
    kind: OrganisationKind.ENTERPRISE,
    nameZh: '浙江启柯电器科技有限公司',
    nameEn: 'Zhejiang Qike Electrical Technology Co., Ltd.',
    addressZh: '浙江省温州市乐清市北白象镇磐石工业区东区8路16号',
    addressEn: 'No. 16 Road 8, East Panshi Industrial Zone, Beibaixiang Town, Yueqing, Wenzhou, Zhejiang',
    creditCode: '91330382DEMO00061D',
  },
  {
    key: 'org-yueheng',
    kind: OrganisationKind.ENTERPRISE,
    nameZh: '广东粤衡电力科技有限公司',
    nameEn: 'Guangdong Yueheng Power Technology Co., Ltd.',
    addressZh: '广东省东莞市松山湖高新技术产业开发区工业南路12号',
    addressEn: 'No. 12 Gongye South Road, Songshan Lake Hi-Tech Zone, Dongguan, Guangdong',
    creditCode: '91441900DEMO00071G',
  },
  {
    key: CERTIFICATION_BODY_KEY,
    kind: OrganisationKind.CERTIFICATION_BODY,
    nameZh: '中国质量认证中心',
    nameEn: 'China Quality Certification Centre',
    addressZh: '北京市丰台区南四环西路188号9区',
    addressEn: 'Section 9, No. 188 South 4th Ring Road West, Fengtai District, Beijing',
    creditCode: null,
  },
  {
    key: LAB_KEY,
    kind: OrganisationKind.LAB,
    nameZh: '江苏锦测电器检验有限公司',
    nameEn: 'Jiangsu Jince Electrical Testing Co., Ltd.',
    addressZh: '江苏省苏州市相城区黄埭镇春兴路77号',
    addressEn: 'No. 77 Chunxing Road, Huangdai Town, Xiangcheng District, Suzhou, Jiangsu',
    creditCode: '91320507DEMO00081L',
  },
  {
    key: REGULATOR_KEY,
    kind: OrganisationKind.REGULATOR,
    nameZh: '浙南新区市场监督管理局',
    nameEn: 'Zhenan New Area Administration for Market Regulation',
    addressZh: '浙江省温州市浙南新区行政中心2号楼',
    addressEn: 'Building 2, Administrative Centre, Zhenan New Area, Wenzhou, Zhejiang',
    creditCode: '11330300DEMO00091M',
  },
];

export const factories: ImportFactory[] = [
  {
    key: 'fac-ouneng-liushi',
    operatorKey: 'org-ouneng',
    factoryCode: 'F330382011',
    nameZh: '浙江瓯能电气有限公司柳市工厂',
    nameEn: 'Zhejiang Ouneng Electric Co., Ltd. Liushi Plant',
    addressZh: '浙江省温州市乐清市柳市镇新光工业区纬五路18号',
    addressEn: 'No. 18 Weiwu Road, Xinguang Industrial Zone, Liushi Town, Yueqing, Wenzhou, Zhejiang',
  },
  {
    key: 'fac-ouneng-kaifaqu',
    operatorKey: 'org-ouneng',
    factoryCode: 'F330382012',
    nameZh: '浙江瓯能电气有限公司经济开发区工厂',
    nameEn: 'Zhejiang Ouneng Electric Co., Ltd. Economic Development Zone Plant',
    addressZh: '浙江省温州市乐清市乐清经济开发区纬十六路201号',
    addressEn: 'No. 201 Weishiliu Road, Yueqing Economic Development Zone, Yueqing, Wenzhou, Zhejiang',
  },
  {
    key: 'fac-lanhong-songjiang',
    operatorKey: 'org-lanhong',
    factoryCode: 'F310117021',
    nameZh: '上海澜泓开关电器有限公司松江工厂',
    nameEn: 'Shanghai Lanhong Switchgear Co., Ltd. Songjiang Plant',
    addressZh: '上海市松江区新桥镇民益路268号3幢',
    addressEn: 'Building 3, No. 268 Minyi Road, Xinqiao Town, Songjiang District, Shanghai',
  },
  {
    key: 'fac-qinhu-yushan',
    operatorKey: 'org-qinhu',
    factoryCode: 'F320581031',
    nameZh: '江苏琴湖低压电器有限公司虞山工厂',
    nameEn: 'Jiangsu Qinhu Low-Voltage Apparatus Co., Ltd. Yushan Plant',
    addressZh: '江苏省苏州市常熟市虞山街道高新技术产业园银河路36号',
    addressEn: 'No. 36 Yinhe Road, Hi-Tech Industrial Park, Yushan Subdistrict, Changshu, Suzhou, Jiangsu',
  },
  {
    key: 'fac-qinhu-meili',
    operatorKey: 'org-qinhu',
    factoryCode: 'F320581032',
    nameZh: '江苏琴湖低压电器有限公司梅李工厂',
    nameEn: 'Jiangsu Qinhu Low-Voltage Apparatus Co., Ltd. Meili Plant',
    addressZh: '江苏省苏州市常熟市梅李镇通港工业园聚沙路9号',
    addressEn: 'No. 9 Jusha Road, Tonggang Industrial Park, Meili Town, Changshu, Suzhou, Jiangsu',
  },
  {
    key: 'fac-lujun-jimei',
    operatorKey: 'org-lujun',
    factoryCode: 'F350211041',
    nameZh: '厦门鹭钧电气股份有限公司集美工厂',
    nameEn: 'Xiamen Lujun Electric Co., Ltd. Jimei Plant',
    addressZh: '福建省厦门市集美区机械工业集中区孙坂南路92号',
    addressEn: 'No. 92 Sunban South Road, Machinery Industry Zone, Jimei District, Xiamen, Fujian',
  },
  {
    key: 'fac-yongcheng-beilun',
    operatorKey: 'org-yongcheng',
    factoryCode: 'F330206051',
    nameZh: '宁波甬澄智能电器有限公司北仑工厂',
    nameEn: 'Ningbo Yongcheng Smart Electric Co., Ltd. Beilun Plant',
    addressZh: '浙江省宁波市北仑区小港街道纬二路55号',
    addressEn: 'No. 55 Weier Road, Xiaogang Subdistrict, Beilun District, Ningbo, Zhejiang',
  },
  {
    key: 'fac-qike-beibaixiang',
    operatorKey: 'org-qike',
    factoryCode: 'F330382061',
    nameZh: '浙江启柯电器科技有限公司北白象工厂',
    nameEn: 'Zhejiang Qike Electrical Technology Co., Ltd. Beibaixiang Plant',
    addressZh: '浙江省温州市乐清市北白象镇磐石工业区东区8路16号',
    addressEn: 'No. 16 Road 8, East Panshi Industrial Zone, Beibaixiang Town, Yueqing, Wenzhou, Zhejiang',
  },
  {
    key: 'fac-qike-ouhai',
    operatorKey: 'org-qike',
    factoryCode: 'F330304062',
    nameZh: '浙江启柯电器科技有限公司瓯海分厂',
    nameEn: 'Zhejiang Qike Electrical Technology Co., Ltd. Ouhai Branch Plant',
    addressZh: '浙江省温州市瓯海区经济开发区东方南路38号',
    addressEn: 'No. 38 Dongfang South Road, Ouhai Economic Development Zone, Wenzhou, Zhejiang',
  },
  {
    key: 'fac-yueheng-songshanhu',
    operatorKey: 'org-yueheng',
    factoryCode: 'F441900071',
    nameZh: '广东粤衡电力科技有限公司松山湖工厂',
    nameEn: 'Guangdong Yueheng Power Technology Co., Ltd. Songshan Lake Plant',
    addressZh: '广东省东莞市松山湖高新技术产业开发区工业南路12号',
    addressEn: 'No. 12 Gongye South Road, Songshan Lake Hi-Tech Zone, Dongguan, Guangdong',
  },
];

export const labs: ImportLab[] = [
  {
    organisationKey: LAB_KEY,
    cmaCertificateNo: 'DEMO-CMA-241019000817',
    cmaScope: [
      '低压断路器 功率损耗测定（T/CEEIA 549-2021）',
      '低压断路器 功耗等级评定（T/CEEIA 549-2021）',
      '低压断路器 温升试验（GB/T 14048.2-2020 第8.3.3.3条）',
      '低压断路器 过载脱扣特性验证（GB/T 14048.2-2020 第8.3.3.2条）',
      '低压断路器 主回路电阻测量',
    ],
  },
];

function user(local: string, displayName: string, role: Role, organisationKey: string): ImportUser {
  return { email: `${local}@${DEMO_EMAIL_DOMAIN}`, displayName, role, organisationKey, password: DEMO_PASSWORD };
}

/** One account per role; a second ENTERPRISE account in another company for authorisation tests. */
export const users: ImportUser[] = [
  user('enterprise', '陈立群（瓯能电气）', Role.ENTERPRISE, 'org-ouneng'),
  user('enterprise2', '王斯琪（澜泓开关）', Role.ENTERPRISE, 'org-lanhong'),
  user('engineer', '赵书航（认证工程师）', Role.ENGINEER, CERTIFICATION_BODY_KEY),
  user('inspector', '孙嘉木（检查员）', Role.INSPECTOR, CERTIFICATION_BODY_KEY),
  user('reviewer', '吴若宁（复核人）', Role.REVIEWER, CERTIFICATION_BODY_KEY),
  user('decider', '郑以恒（认证决定人）', Role.DECIDER, CERTIFICATION_BODY_KEY),
  user('admin', '周默（系统管理员）', Role.ADMIN, CERTIFICATION_BODY_KEY),
  user('lab', '钱沐阳（检测机构）', Role.LAB, LAB_KEY),
  user('regulator', '冯知远（市场监管）', Role.REGULATOR, REGULATOR_KEY),
];
