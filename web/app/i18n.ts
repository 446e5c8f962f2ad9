// Every UI label, in Chinese (default) and English. Domain terms follow shared/domain/RULES.md part A.
import type {
  CertificateStatus,
  CertificateVersionKind,
  ModelStatus,
  Mounting,
  ProductType,
  Role,
  StatusEventKind,
} from "./types";

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "zh";

export function isLang(value: unknown): value is Lang {
  return value === "zh" || value === "en";
}

type EnumLabels<P extends string, E extends string> = { [K in `${P}.${E}`]: string };

type Dictionary = {
  "site.title": string;
  "site.subtitle": string;
  "site.skip": string;
  "nav.search": string;
  "nav.label": string;
  "nav.login": string;
  "nav.logout": string;
  "nav.signedInAs": string;
  "nav.language": string;
  "nav.switchTo": string;
  "demo.banner": string;
  "footer.note": string;

  "search.title": string;
  "search.label": string;
  "search.placeholder": string;
  "search.submit": string;
  "search.filters": string;
  "search.status": string;
  "search.productType": string;
  "search.frameCurrent": string;
  "search.any": string;
  "search.reset": string;
  "search.count": string;
  "search.countOne": string;
  "search.empty": string;
  "search.emptyHint": string;
  "search.results": string;
  "search.page": string;
  "search.prev": string;
  "search.next": string;
  "search.first": string;
  "search.pagination": string;
  "search.holder": string;
  "search.manufacturer": string;
  "search.models": string;
  "search.moreModels": string;
  "search.expires": string;

  "cert.title": string;
  "cert.back": string;
  "cert.number": string;
  "cert.status": string;
  "cert.statusChangedAt": string;
  "cert.until": string;
  "cert.contents": string;
  "cert.applicant": string;
  "cert.manufacturer": string;
  "cert.factory": string;
  "cert.factoryCode": string;
  "cert.address": string;
  "cert.unitName": string;
  "cert.productName": string;
  "cert.productType": string;
  "cert.series": string;
  "cert.frameCurrent": string;
  "cert.basis": string;
  "cert.mode": string;
  "cert.certificationBody": string;
  "cert.firstIssuedOn": string;
  "cert.issuedOn": string;
  "cert.expiresOn": string;
  "cert.currentVersion": string;
  "cert.latestSurveillance": string;
  "cert.none": string;
  "cert.demo": string;
  "cert.scope": string;
  "cert.model.designation": string;
  "cert.model.type": string;
  "cert.model.mounting": string;
  "cert.model.poles": string;
  "cert.model.ratedVoltage": string;
  "cert.model.frameCurrent": string;
  "cert.model.ratedCurrents": string;
  "cert.model.grade": string;
  "cert.model.status": string;
  "cert.model.withdrawnOn": string;
  "cert.keyComponents": string;
  "cert.keyComponents.configuration": string;
  "cert.kc.type": string;
  "cert.kc.model": string;
  "cert.kc.rating": string;
  "cert.kc.material": string;
  "cert.kc.grade": string;
  "cert.kc.dimensions": string;
  "cert.kc.supplier": string;
  "cert.history": string;
  "cert.history.transition": string;
  "cert.history.reason": string;
  "cert.history.until": string;
  "cert.history.to": string;
  "cert.history.model": string;
  "cert.history.version": string;
  "cert.versions": string;
  "cert.version": string;
  "cert.version.current": string;
  "cert.notFound.title": string;
  "cert.notFound.body": string;

  "login.title": string;
  "login.email": string;
  "login.password": string;
  "login.submit": string;
  "login.required": string;
  "login.badCredentials": string;
  "login.invalid": string;
  "login.failed": string;

  "error.title": string;
  "error.body": string;
  "error.unavailable.title": string;
  "error.unavailable.body": string;
  "error.notFound.title": string;
  "error.badRequest.title": string;
  "error.badRequest.body": string;
  "error.notFound.body": string;
  "error.home": string;
  "error.retry": string;

  "punct.colon": string;
  "surveillance.PASSED": string;
  "surveillance.FAILED": string;
  "unit.ampere": string;
  "unit.volt": string;
} & EnumLabels<"status", CertificateStatus> &
  EnumLabels<"productType", ProductType> &
  EnumLabels<"productTypeShort", ProductType> &
  EnumLabels<"mounting", Mounting> &
  EnumLabels<"modelStatus", ModelStatus> &
  EnumLabels<"event", StatusEventKind> &
  EnumLabels<"versionKind", CertificateVersionKind> &
  EnumLabels<"role", Role>;

export type MessageKey = keyof Dictionary;

const zh: Dictionary = {
  "site.title": "CQC 低压断路器节能认证证书查询",
  "site.subtitle": "CQC31-462280-2024 获证证书登记库",
  "site.skip": "跳到主要内容",
  "nav.search": "证书查询",
  "nav.label": "站点导航",
  "nav.login": "登录",
  "nav.logout": "退出登录",
  "nav.signedInAs": "已登录：",
  "nav.language": "语言",
  "nav.switchTo": "English",
  "demo.banner": "演示数据 — 本登记库中的企业与证书均为虚构",
  "footer.note": "依据 CQC31-462280-2024《低压断路器节能认证规则》公开的证书信息。",

  "search.title": "获证证书查询",
  "search.label": "关键词",
  "search.placeholder": "证书编号、企业名称、型号……",
  "search.submit": "查询",
  "search.filters": "筛选条件",
  "search.status": "证书状态",
  "search.productType": "产品类型",
  "search.frameCurrent": "壳架等级电流",
  "search.any": "不限",
  "search.reset": "清除条件",
  "search.count": "共 {count} 张证书",
  "search.countOne": "共 1 张证书",
  "search.empty": "没有符合条件的证书",
  "search.emptyHint": "请尝试更短的关键词，或清除筛选条件。",
  "search.results": "查询结果",
  "search.page": "第 {page} 页",
  "search.prev": "上一页",
  "search.next": "下一页",
  "search.first": "首页",
  "search.pagination": "分页",
  "search.holder": "认证委托人",
  "search.manufacturer": "生产者",
  "search.models": "型号",
  "search.moreModels": "等 {count} 个型号",
  "search.expires": "有效期至",

  "cert.title": "证书 {number}",
  "cert.back": "返回查询",
  "cert.number": "证书编号",
  "cert.status": "证书状态",
  "cert.statusChangedAt": "状态变更时间",
  "cert.until": "至 {date}",
  "cert.contents": "证书内容",
  "cert.applicant": "认证委托人",
  "cert.manufacturer": "生产者（制造商）",
  "cert.factory": "生产企业",
  "cert.factoryCode": "工厂界定码",
  "cert.address": "地址",
  "cert.unitName": "认证单元",
  "cert.productName": "产品名称",
  "cert.productType": "产品类型",
  "cert.series": "系列",
  "cert.frameCurrent": "壳架等级电流",
  "cert.basis": "认证依据",
  "cert.mode": "认证模式",
  "cert.certificationBody": "认证机构",
  "cert.firstIssuedOn": "初次发证日期",
  "cert.issuedOn": "发证日期",
  "cert.expiresOn": "有效期至",
  "cert.currentVersion": "当前版本",
  "cert.latestSurveillance": "最近一次获证后监督",
  "cert.none": "—",
  "cert.demo": "演示证书（虚构）",
  "cert.scope": "认证范围（型号）",
  "cert.model.designation": "型号",
  "cert.model.type": "类型",
  "cert.model.mounting": "安装方式",
  "cert.model.poles": "极数",
  "cert.model.ratedVoltage": "额定电压",
  "cert.model.frameCurrent": "壳架等级电流",
  "cert.model.ratedCurrents": "额定电流",
  "cert.model.grade": "功耗等级",
  "cert.model.status": "型号状态",
  "cert.model.withdrawnOn": "撤销日期 {date}",
  "cert.keyComponents": "关键元器件",
  "cert.keyComponents.configuration": "配置：{label}",
  "cert.kc.type": "元器件",
  "cert.kc.model": "型号",
  "cert.kc.rating": "规格参数",
  "cert.kc.material": "材质",
  "cert.kc.grade": "牌号",
  "cert.kc.dimensions": "尺寸",
  "cert.kc.supplier": "供应商",
  "cert.history": "状态历史",
  "cert.history.transition": "状态",
  "cert.history.reason": "原因",
  "cert.history.until": "至 {date}",
  "cert.history.to": "变为",
  "cert.history.model": "型号",
  "cert.history.version": "版本",
  "cert.versions": "证书版本",
  "cert.version": "第 {no} 版",
  "cert.version.current": "当前版本",
  "cert.notFound.title": "未找到证书",
  "cert.notFound.body": "登记库中没有编号为 {number} 的证书。请核对证书编号。",

  "login.title": "登录",
  "login.email": "电子邮箱",
  "login.password": "密码",
  "login.submit": "登录",
  "login.required": "请填写电子邮箱和密码。",
  "login.badCredentials": "电子邮箱或密码不正确。",
  "login.invalid": "输入有误：{message}",
  "login.failed": "登录失败，请稍后再试。",

  "error.title": "出错了",
  "error.body": "页面暂时无法显示。请稍后再试。",
  "error.unavailable.title": "服务暂不可用",
  "error.unavailable.body": "证书数据服务暂时无法连接，请稍后刷新页面。",
  "error.notFound.title": "页面不存在",
  "error.badRequest.title": "查询条件无效",
  "error.badRequest.body": "请修改查询条件后重试。",
  "error.notFound.body": "您访问的页面不存在。",
  "error.home": "返回首页",
  "error.retry": "重新加载",

  "punct.colon": "：",
  "surveillance.PASSED": "合格",
  "surveillance.FAILED": "不合格",
  "unit.ampere": "A",
  "unit.volt": "V",

  "status.VALID": "有效",
  "status.SUSPENDED": "暂停",
  "status.REVOKED": "撤销",
  "status.CANCELLED": "注销",
  "status.EXPIRED": "过期",
  "productType.ACB": "万能式断路器（ACB）",
  "productType.MCCB": "塑料外壳式断路器（MCCB）",
  "productTypeShort.ACB": "ACB 万能式",
  "productTypeShort.MCCB": "MCCB 塑壳式",
  "mounting.WITHDRAWABLE": "抽屉式",
  "mounting.FIXED": "固定式",
  "modelStatus.IN_SCOPE": "有效",
  "modelStatus.WITHDRAWN": "已撤销",
  "event.ISSUED": "发证",
  "event.SUSPENDED": "暂停",
  "event.RESTORED": "恢复",
  "event.VARIED": "变更",
  "event.EXTENDED": "扩展",
  "event.RENEWED": "复审换证",
  "event.MODEL_WITHDRAWN": "型号撤销",
  "event.EXPIRED": "有效期届满",
  "event.CANCELLED": "注销",
  "event.REVOKED": "撤销",
  "versionKind.FIRST_ISSUE": "首次发证",
  "versionKind.VARIATION": "变更",
  "versionKind.EXTENSION": "扩展",
  "versionKind.RENEWAL": "复审换证",
  "role.ENTERPRISE": "企业用户",
  "role.ENGINEER": "认证工程师",
  "role.INSPECTOR": "检查员",
  "role.LAB": "检测机构",
  "role.REVIEWER": "复核人员",
  "role.DECIDER": "认证决定人员",
  "role.ADMIN": "管理员",
  "role.REGULATOR": "监管人员",
};

// English keeps the Chinese term beside statuses and product types, as the glossary asks.
const en: Dictionary = {
  "site.title": "CQC Energy-Saving Certificates for Low-Voltage Circuit Breakers",
  "site.subtitle": "Public registry of CQC31-462280-2024 certificates",
  "site.skip": "Skip to main content",
  "nav.search": "Search certificates",
  "nav.label": "Site",
  "nav.login": "Sign in",
  "nav.logout": "Sign out",
  "nav.signedInAs": "Signed in as ",
  "nav.language": "Language",
  "nav.switchTo": "中文",
  "demo.banner": "Demo data — the companies and certificates in this registry are fictional",
  "footer.note":
    "Public certificate information under CQC31-462280-2024, the CQC energy-saving certification rules for low-voltage circuit breakers.",

  "search.title": "Search certificates",
  "search.label": "Keywords",
  "search.placeholder": "Certificate number, company, model…",
  "search.submit": "Search",
  "search.filters": "Filters",
  "search.status": "Status",
  "search.productType": "Product type",
  "search.frameCurrent": "Frame current (Inm)",
  "search.any": "Any",
  "search.reset": "Clear all",
  "search.count": "{count} certificates",
  "search.countOne": "1 certificate",
  "search.empty": "No certificate matches",
  "search.emptyHint": "Try shorter keywords or clear the filters.",
  "search.results": "Results",
  "search.page": "Page {page}",
  "search.prev": "Previous",
  "search.next": "Next",
  "search.first": "First page",
  "search.pagination": "Pagination",
  "search.holder": "Applicant",
  "search.manufacturer": "Manufacturer",
  "search.models": "Models",
  "search.moreModels": "{count} models in total",
  "search.expires": "Expires",

  "cert.title": "Certificate {number}",
  "cert.back": "Back to search",
  "cert.number": "Certificate number",
  "cert.status": "Status",
  "cert.statusChangedAt": "Status changed",
  "cert.until": "until {date}",
  "cert.contents": "Certificate contents",
  "cert.applicant": "Applicant (认证委托人)",
  "cert.manufacturer": "Manufacturer (生产者)",
  "cert.factory": "Factory (生产企业)",
  "cert.factoryCode": "Factory code (工厂界定码)",
  "cert.address": "Address",
  "cert.unitName": "Certification unit",
  "cert.productName": "Product name",
  "cert.productType": "Product type",
  "cert.series": "Series",
  "cert.frameCurrent": "Frame current (Inm)",
  "cert.basis": "Basis",
  "cert.mode": "Certification mode",
  "cert.certificationBody": "Certification body",
  "cert.firstIssuedOn": "First issued",
  "cert.issuedOn": "Issued",
  "cert.expiresOn": "Expires",
  "cert.currentVersion": "Current version",
  "cert.latestSurveillance": "Latest surveillance",
  "cert.none": "—",
  "cert.demo": "Demo certificate (fictional)",
  "cert.scope": "Scope (models)",
  "cert.model.designation": "Model",
  "cert.model.type": "Type",
  "cert.model.mounting": "Mounting",
  "cert.model.poles": "Poles",
  "cert.model.ratedVoltage": "Rated voltage",
  "cert.model.frameCurrent": "Frame current",
  "cert.model.ratedCurrents": "Rated currents",
  "cert.model.grade": "Power-consumption grade",
  "cert.model.status": "Model status",
  "cert.model.withdrawnOn": "withdrawn {date}",
  "cert.keyComponents": "Key components (关键元器件)",
  "cert.keyComponents.configuration": "Configuration: {label}",
  "cert.kc.type": "Component",
  "cert.kc.model": "Model",
  "cert.kc.rating": "Rating",
  "cert.kc.material": "Material",
  "cert.kc.grade": "Grade",
  "cert.kc.dimensions": "Dimensions",
  "cert.kc.supplier": "Supplier",
  "cert.history": "Status history",
  "cert.history.transition": "Status",
  "cert.history.reason": "Reason",
  "cert.history.until": "until {date}",
  "cert.history.to": "to",
  "cert.history.model": "Model",
  "cert.history.version": "Version",
  "cert.versions": "Versions",
  "cert.version": "Version {no}",
  "cert.version.current": "current",
  "cert.notFound.title": "Certificate not found",
  "cert.notFound.body": "The registry holds no certificate numbered {number}. Please check the number.",

  "login.title": "Sign in",
  "login.email": "Email",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.required": "Enter your email and password.",
  "login.badCredentials": "Email or password is incorrect.",
  "login.invalid": "Invalid input: {message}",
  "login.failed": "Sign-in failed. Please try again later.",

  "error.title": "Something went wrong",
  "error.body": "This page cannot be shown right now. Please try again later.",
  "error.unavailable.title": "Service unavailable",
  "error.unavailable.body": "The certificate data service cannot be reached. Please reload in a moment.",
  "error.notFound.title": "Page not found",
  "error.badRequest.title": "Invalid search",
  "error.badRequest.body": "Please change the search and try again.",
  "error.notFound.body": "The page you asked for does not exist.",
  "error.home": "Go to the search page",
  "error.retry": "Reload",

  "punct.colon": ": ",
  "surveillance.PASSED": "Passed",
  "surveillance.FAILED": "Failed",
  "unit.ampere": "A",
  "unit.volt": "V",

  "status.VALID": "Valid (有效)",
  "status.SUSPENDED": "Suspended (暂停)",
  "status.REVOKED": "Revoked (撤销)",
  "status.CANCELLED": "Cancelled (注销)",
  "status.EXPIRED": "Expired (过期)",
  "productType.ACB": "Air circuit breaker (ACB, 万能式)",
  "productType.MCCB": "Moulded-case circuit breaker (MCCB, 塑壳式)",
  "productTypeShort.ACB": "ACB",
  "productTypeShort.MCCB": "MCCB",
  "mounting.WITHDRAWABLE": "Withdrawable",
  "mounting.FIXED": "Fixed",
  "modelStatus.IN_SCOPE": "In scope",
  "modelStatus.WITHDRAWN": "Withdrawn",
  "event.ISSUED": "Issued",
  "event.SUSPENDED": "Suspended",
  "event.RESTORED": "Restored",
  "event.VARIED": "Variation",
  "event.EXTENDED": "Extension",
  "event.RENEWED": "Renewed",
  "event.MODEL_WITHDRAWN": "Model withdrawn",
  "event.EXPIRED": "Expired",
  "event.CANCELLED": "Cancelled",
  "event.REVOKED": "Revoked",
  "versionKind.FIRST_ISSUE": "First issue",
  "versionKind.VARIATION": "Variation",
  "versionKind.EXTENSION": "Extension",
  "versionKind.RENEWAL": "Renewal",
  "role.ENTERPRISE": "Enterprise",
  "role.ENGINEER": "Engineer",
  "role.INSPECTOR": "Inspector",
  "role.LAB": "Laboratory",
  "role.REVIEWER": "Reviewer",
  "role.DECIDER": "Decider",
  "role.ADMIN": "Administrator",
  "role.REGULATOR": "Regulator",
};

const dictionaries: Record<Lang, Dictionary> = { zh, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dictionary = dictionaries[lang];
  return (key, vars) => {
    const text = dictionary[key];
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    );
  };
}

/** Picks the Chinese or English form of a bilingual API field pair. */
export function pick(lang: Lang, zhText: string, enText: string): string {
  return lang === "en" && enText.trim() !== "" ? enText : zhText;
}
