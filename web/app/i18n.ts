// Every UI label, in Chinese (default) and English. Domain terms follow shared/domain/RULES.md part A.
import type {
  CaseStatus,
  CertificateStatus,
  KeyComponentType,
  CertificateVersionKind,
  ModelStatus,
  Mounting,
  ProductType,
  Role,
  StatusEventKind,
} from "./types";
import { ADMIN_EN, ADMIN_ZH, type AdminMessages } from "./admin/messages";
import { SIGNUP_EN, SIGNUP_ZH, type SignUpMessages } from "./signup/messages";
import { ACCOUNT_EN, ACCOUNT_ZH, type AccountMessages } from "./accounts/messages";
import { MFA_EN, MFA_ZH, type MfaMessages } from "./mfa/messages";
import { decisionEn, decisionZh, type DecisionMessages } from "./cases/decision-messages";
import { handlingEn, handlingZh, type HandlingMessages } from "./cases/handling-messages";
import { documentEn, documentZh, type DocumentMessages } from "./cases/document-messages";
import { inspectionEn, inspectionZh, type InspectionMessages } from "./cases/inspection-messages";
import { alertEn, alertZh, type AlertMessages } from "./cases/alert-messages";
import { typeTestEn, typeTestZh, type TypeTestMessages } from "./cases/type-test-messages";
import { changeEn, changeZh, type ChangeMessages } from "./certificate-change/messages";
import { statusEn, statusZh, type StatusMessages } from "./certificate-status/messages";
import { recertEn, recertZh, type RecertMessages } from "./recertification/messages";
import { surveillanceEn, surveillanceZh, type SurveillanceMessages } from "./surveillance/messages";
import { marksEn, marksZh, type MarkMessages } from "./marks/messages";
import { certPageEn, certPageZh, type CertPageMessages } from "./certificate-page/messages";
import { regulatorEn, regulatorZh, type RegulatorMessages } from "./regulator/messages";
import { watchEn, watchZh, type WatchMessages } from "./watchlist/messages";
import { registrySearchEn, registrySearchZh, type RegistrySearchMessages } from "./registry-search/messages";
import { verifyEn, verifyZh, type VerifyMessages } from "./verification/messages";

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
  "cert.history.cause": string;
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
  "login.forgot": string;
  "login.tooManyAttempts": string;
  "login.passwordReset": string;
  "forgot.title": string;
  "forgot.intro": string;
  "forgot.email": string;
  "forgot.submit": string;
  "forgot.sent": string;
  "forgot.invalidEmail": string;
  "forgot.back": string;
  "reset.title": string;
  "reset.intro": string;
  "reset.password": string;
  "reset.confirm": string;
  "reset.submit": string;
  "reset.required": string;
  "reset.mismatch": string;
  "reset.invalidLink": string;
  "reset.again": string;
  "reset.failed": string;
  "reset.reason.TOO_SHORT": string;
  "reset.reason.TOO_LONG": string;
  "reset.reason.COMMON": string;
  "reset.reason.REPETITIVE": string;
  "reset.reason.CONTAINS_EMAIL": string;

  "error.title": string;
  "error.body": string;
  "error.unavailable.title": string;
  "error.unavailable.body": string;
  "error.rateLimited.title": string;
  "error.rateLimited.body": string;
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

  "nav.portal": string;
  "nav.workbench": string;
  "error.forbidden.title": string;
  "error.forbidden.body": string;
  "case.caseNo": string;
  "case.status": string;
  "case.product": string;
  "case.nextDue": string;
  "case.dueLine": string;
  "case.applicant": string;
  "case.manufacturer": string;
  "case.factory": string;
  "case.factoryCode": string;
  "case.productType": string;
  "case.productName": string;
  "case.series": string;
  "case.frameCurrent": string;
  "case.scheme": string;
  "case.submittedAt": string;
  "case.endReason": string;
  "case.referenceVoltage": string;
  "case.renewal": string;
  "case.renewal.late": string;
  "case.renewal.treatedAsNew": string;
  "case.parties": string;
  "case.models": string;
  "case.model.grade": string;
  "case.model.gradePending": string;
  "case.keyComponents": string;
  "case.clocks": string;
  "case.clock.round": string;
  "case.clock.started": string;
  "case.clock.due": string;
  "case.clock.stopped": string;
  "case.clock.paused": string;
  "case.clock.overdue": string;
  "case.clock.MET": string;
  "case.clock.CANCELLED": string;
  "case.clock.none": string;
  "case.notices": string;
  "case.notices.none": string;
  "case.actions": string;
  "case.actions.none": string;
  "case.actions.readOnly": string;
  "case.back.portal": string;
  "case.back.workbench": string;
  "case.title": string;
  "case.done": string;
  "action.submit": string;
  "action.submit.hint": string;
  "action.supply": string;
  "action.supply.hint": string;
  "action.withdraw": string;
  "action.withdraw.reason": string;
  "action.accept": string;
  "action.accept.hint": string;
  "action.return": string;
  "action.return.reason": string;
  "action.refuse": string;
  "action.refuse.reason": string;
  "action.requestSupplement": string;
  "action.requestSupplement.items": string;
  "action.completeReview": string;
  "action.completeReview.hint": string;
  "action.plan.fee": string;
  "action.plan.samples": string;
  "action.plan.contact": string;
  "action.plan.lab": string;
  "action.plan.notes": string;
  "action.textRequired": string;
  "action.error.CONFLICT": string;
  "action.error.ILLEGAL_TRANSITION": string;
  "action.error.RULE_VIOLATION": string;
  "action.error.BAD_USER_INPUT": string;
  "action.error.FORBIDDEN": string;
  "action.error.NOT_FOUND": string;
  "action.error.RATE_LIMITED": string;
  "action.error.unknown": string;
  "action.reload": string;
  "portal.title": string;
  "portal.new": string;
  "portal.count": string;
  "portal.empty": string;
  "portal.emptyHint": string;
  "apply.title": string;
  "apply.intro": string;
  "apply.parties": string;
  "apply.manufacturer": string;
  "apply.product": string;
  "apply.productNameZh": string;
  "apply.productNameEn": string;
  "apply.frameCurrent": string;
  "apply.models": string;
  "apply.models.hint": string;
  "apply.model.row": string;
  "apply.model.designation": string;
  "apply.model.mounting": string;
  "apply.model.poles": string;
  "apply.model.ratedVoltage": string;
  "apply.model.ratedCurrents": string;
  "apply.kc": string;
  "apply.kc.hint": string;
  "apply.kc.label": string;
  "apply.kc.model": string;
  "apply.kc.rating": string;
  "apply.kc.material": string;
  "apply.kc.grade": string;
  "apply.kc.dimensions": string;
  "apply.kc.supplier": string;
  "apply.saveDraft": string;
  "apply.submit": string;
  "apply.errors": string;
  "apply.choose": string;
  "apply.error.required": string;
  "apply.error.integer": string;
  "apply.error.currents": string;
  "apply.error.factoryId": string;
  "apply.error.notFound": string;
  "apply.error.supplier": string;
  "workbench.title": string;
  "workbench.sections": string;
  "workbench.inbox": string;
  "workbench.count": string;
  "workbench.empty": string;
  "workbench.noClock": string;
} & EnumLabels<"status", CertificateStatus> &
  EnumLabels<"productType", ProductType> &
  EnumLabels<"productTypeShort", ProductType> &
  EnumLabels<"mounting", Mounting> &
  EnumLabels<"modelStatus", ModelStatus> &
  EnumLabels<"event", StatusEventKind> &
  EnumLabels<"versionKind", CertificateVersionKind> &
  EnumLabels<"role", Role> &
  EnumLabels<"caseStatus", CaseStatus> &
  EnumLabels<"kcType", KeyComponentType> &
  TypeTestMessages &
  InspectionMessages &
  AlertMessages &
  DecisionMessages &
  ChangeMessages &
  StatusMessages &
  RecertMessages &
  SurveillanceMessages &
  MarkMessages &
  CertPageMessages &
  RegulatorMessages &
  WatchMessages &
  RegistrySearchMessages &
  VerifyMessages &
  HandlingMessages &
  DocumentMessages &
  AdminMessages &
  SignUpMessages &
  AccountMessages &
  MfaMessages;

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
  "cert.history.cause": "暂停期限依据",
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
  "login.forgot": "忘记密码？",
  "login.tooManyAttempts": "该邮箱登录失败次数过多，已暂时锁定。请 {seconds} 秒后再试，或通过“忘记密码”重置密码。",
  "login.passwordReset": "密码已重置，所有会话均已退出。请使用新密码登录。",
  "forgot.title": "忘记密码",
  "forgot.intro": "请输入您账户的电子邮箱。我们会发送一个重置密码的链接，30 分钟内有效，只能使用一次。",
  "forgot.email": "电子邮箱",
  "forgot.submit": "发送重置链接",
  "forgot.sent": "如果该邮箱有对应的账户，重置密码的邮件已在路上。请查收邮件（包括垃圾邮件），并在 30 分钟内打开其中的链接。",
  "forgot.invalidEmail": "请输入有效的电子邮箱地址。",
  "forgot.back": "返回登录",
  "reset.title": "设置新密码",
  "reset.intro": "新密码至少 {min} 个字符，最多 {max} 个。可以使用空格、中文和任何字符，不要求数字或符号：一句好记的长句就很好。设置后，该账户所有已登录的会话都会退出。",
  "reset.password": "新密码",
  "reset.confirm": "再次输入新密码",
  "reset.submit": "设置新密码",
  "reset.required": "请输入新密码。",
  "reset.mismatch": "两次输入的密码不一致。",
  "reset.invalidLink": "此重置链接无效、已使用或已过期。",
  "reset.again": "重新获取重置链接",
  "reset.failed": "暂时无法设置新密码，请稍后再试。",
  "reset.reason.TOO_SHORT": "太短：至少需要 {min} 个字符。",
  "reset.reason.TOO_LONG": "太长：最多 {max} 个字符。",
  "reset.reason.COMMON": "这是常见或已泄露的密码，很容易被猜中，请换一个。",
  "reset.reason.REPETITIVE": "由重复的字符或片段组成，很容易被猜中。",
  "reset.reason.CONTAINS_EMAIL": "不能包含您邮箱地址中 @ 前面的部分。",

  "error.title": "出错了",
  "error.body": "页面暂时无法显示。请稍后再试。",
  "error.unavailable.title": "服务暂不可用",
  "error.unavailable.body": "证书数据服务暂时无法连接，请稍后刷新页面。",
  "error.rateLimited.title": "请求过于频繁",
  "error.rateLimited.body": "来自您网络地址的查询已达到公开查询的次数上限，请 {seconds} 秒后再刷新页面。",
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

  "nav.portal": "我的认证委托",
  "nav.workbench": "工作台",
  "error.forbidden.title": "无权访问",
  "error.forbidden.body": "您的账号角色不能使用此页面。",
  "case.caseNo": "委托编号",
  "case.status": "状态",
  "case.product": "产品",
  "case.nextDue": "下一期限",
  "case.dueLine": "{label}：{date} 到期",
  "case.applicant": "认证委托人",
  "case.manufacturer": "生产者（制造商）",
  "case.factory": "生产企业",
  "case.factoryCode": "工厂界定码",
  "case.productType": "产品类型",
  "case.productName": "产品名称",
  "case.series": "系列",
  "case.frameCurrent": "壳架等级电流",
  "case.scheme": "认证规则",
  "case.submittedAt": "提交时间",
  "case.endReason": "结束原因",
  "case.referenceVoltage": "额定电压高于 AC 1000 V，参照本规则执行（§1）",
  "case.renewal": "复审：认证证书 {number}，{applied} 申请，应于 {completion} 前完成。",
  "case.renewal.late": "逾期申请（应于 {due} 前）",
  "case.renewal.treatedAsNew": "按新申请处理",
  "case.parties": "委托信息",
  "case.models": "申请型号",
  "case.model.grade": "功耗等级",
  "case.model.gradePending": "待型式试验",
  "case.keyComponents": "关键元器件",
  "case.clocks": "时限",
  "case.clock.round": "第 {round} 轮",
  "case.clock.started": "开始 {date}",
  "case.clock.due": "到期 {date}",
  "case.clock.stopped": "结束 {date}",
  "case.clock.paused": "已暂停（等待委托人）",
  "case.clock.overdue": "已逾期",
  "case.clock.MET": "按时完成",
  "case.clock.CANCELLED": "已取消",
  "case.clock.none": "暂无时限。",
  "case.notices": "通知",
  "case.notices.none": "暂无通知。",
  "case.actions": "可办理的操作",
  "case.actions.none": "当前状态下没有您可办理的操作。",
  "case.actions.readOnly": "您的角色可查看此委托；受理、退回和资料评审由认证工程师办理。",
  "case.back.portal": "返回我的认证委托",
  "case.back.workbench": "返回工作台",
  "case.title": "认证委托 {caseNo}",
  "case.done": "已办理：{status}",
  "action.submit": "提交委托",
  "action.submit.hint": "提交后认证机构在规定时限内作出是否受理的决定（§3.3）。",
  "action.supply": "已补充资料，继续评审",
  "action.supply.hint": "请先将补充资料交给认证机构，再点此按钮；资料评审时限随即恢复计算。",
  "action.withdraw": "撤回委托",
  "action.withdraw.reason": "撤回原因",
  "action.accept": "受理",
  "action.accept.hint": "受理后开始资料评审时限（§3.3）。",
  "action.return": "退回修改",
  "action.return.reason": "需委托人修改的内容",
  "action.refuse": "不予受理",
  "action.refuse.reason": "不予受理的理由",
  "action.requestSupplement": "要求补充资料",
  "action.requestSupplement.items": "需补充的资料",
  "action.completeReview": "完成资料评审",
  "action.completeReview.hint": "完成后向委托人下发评价计划（§3.4）。",
  "action.plan.fee": "预估认证费用（元）",
  "action.plan.samples": "样品要求",
  "action.plan.contact": "联系人",
  "action.plan.lab": "检测机构（可选）",
  "action.plan.notes": "其他说明（可选）",
  "action.textRequired": "请填写此项。",
  "action.error.CONFLICT": "此委托刚被他人修改。请重新加载页面，确认最新状态后再操作。",
  "action.error.ILLEGAL_TRANSITION": "当前状态下不能办理此操作（{clause}）。",
  "action.error.RULE_VIOLATION": "不符合认证规则：",
  "action.error.BAD_USER_INPUT": "输入有误：{message}",
  "action.error.FORBIDDEN": "您的角色不能办理此操作。",
  "action.error.NOT_FOUND": "找不到此委托。",
  "action.error.RATE_LIMITED": "请求过于频繁，请 {seconds} 秒后再试。",
  "action.error.unknown": "操作未成功，请稍后再试。",
  "action.reload": "重新加载",
  "portal.title": "我的认证委托",
  "portal.new": "新建认证委托",
  "portal.count": "共 {count} 项委托",
  "portal.empty": "还没有认证委托。",
  "portal.emptyHint": "点击「新建认证委托」填写申请。",
  "apply.title": "新建认证委托",
  "apply.intro": "认证委托人为您所在的企业：{org}。",
  "apply.parties": "委托方",
  "apply.manufacturer": "生产者（制造商）",
  "apply.product": "产品",
  "apply.productNameZh": "产品名称（中文）",
  "apply.productNameEn": "产品名称（英文）",
  "apply.frameCurrent": "壳架等级电流 Inm（A）",
  "apply.models": "申请型号",
  "apply.models.hint": "每组填写一个型号，空组将被忽略。额定电流用逗号分隔，如 160, 200, 250。",
  "apply.model.row": "型号 {n}",
  "apply.model.designation": "型号",
  "apply.model.mounting": "安装方式",
  "apply.model.poles": "极数",
  "apply.model.ratedVoltage": "额定电压 Ue（V AC）",
  "apply.model.ratedCurrents": "额定电流 In（A）",
  "apply.kc": "关键元器件（附件 1）",
  "apply.kc.hint": "按附件 1 的元器件类型逐项填写受控参数；不适用的类型整组留空。",
  "apply.kc.label": "配置名称",
  "apply.kc.model": "型号",
  "apply.kc.rating": "规格参数",
  "apply.kc.material": "材质",
  "apply.kc.grade": "牌号",
  "apply.kc.dimensions": "尺寸",
  "apply.kc.supplier": "供应商",
  "apply.saveDraft": "保存草稿",
  "apply.submit": "保存并提交",
  "apply.errors": "请修改以下 {count} 处问题：",
  "apply.choose": "请选择",
  "apply.error.required": "必填。",
  "apply.error.integer": "请填写正整数。",
  "apply.error.currents": "请填写以逗号分隔的整数，如 160, 200。",
  "apply.error.factoryId": "请填写有效的生产企业 ID。",
  "apply.error.notFound": "找不到此 ID 对应的企业或生产企业，请核对。",
  "apply.error.supplier": "填写了该元器件的参数时，供应商为必填。",
  "workbench.title": "工作台",
  "workbench.sections": "工作台栏目",
  "workbench.inbox": "待办委托",
  "workbench.count": "共 {count} 项，按最早到期排序",
  "workbench.empty": "没有待办的委托。",
  "workbench.noClock": "无计时",
  "caseStatus.DRAFT": "草稿",
  "caseStatus.SUBMITTED": "已提交",
  "caseStatus.RETURNED": "退回修改",
  "caseStatus.REFUSED": "不予受理",
  "caseStatus.DOCUMENT_REVIEW": "资料评审",
  "caseStatus.SUPPLEMENT_REQUESTED": "待补充资料",
  "caseStatus.IN_EVALUATION": "评价中",
  "caseStatus.IN_REVIEW": "复核中",
  "caseStatus.AWAITING_DECISION": "待决定",
  "caseStatus.CERTIFIED": "已发证",
  "caseStatus.TERMINATED": "认证终止",
  "caseStatus.WITHDRAWN": "已撤回",
  "kcType.OPERATING_MECHANISM": "操作机构（手动和电动）",
  "kcType.DRAWER_BASE": "抽屉座",
  "kcType.MAIN_CONTACTS": "动静主触头",
  "kcType.MAIN_CONTACT_SPRING": "主触头弹簧",
  "kcType.THERMAL_MAGNETIC_TRIP_UNIT": "热磁式脱扣单元",
  "kcType.BREAKER_TERMINALS": "本体主回路接线端子",
  "kcType.DRAWER_BASE_TERMINALS": "抽屉座主回路接线端子",
  "kcType.FLEXIBLE_CONNECTION": "软连接",
  ...typeTestZh,
  ...inspectionZh,
  ...alertZh,
  ...decisionZh,
  ...handlingZh,
  ...documentZh,
  ...ADMIN_ZH,
  ...SIGNUP_ZH,
  ...ACCOUNT_ZH,
  ...MFA_ZH,
  ...changeZh,
  ...statusZh,
  ...recertZh,
  ...surveillanceZh,
  ...marksZh,
  ...certPageZh,
  ...regulatorZh,
  ...watchZh,
  ...registrySearchZh,
  ...verifyZh,
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
  "cert.history.cause": "Cause (sets the maximum length)",
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
  "login.forgot": "Forgot password?",
  "login.tooManyAttempts": "Too many failed sign-ins for this email: it is locked for now. Try again in {seconds} seconds, or reset your password.",
  "login.passwordReset": "Your password has been reset and every session signed out. Sign in with the new password.",
  "forgot.title": "Forgot password",
  "forgot.intro": "Enter the email of your account. We will send a link to reset your password; it works once, within 30 minutes.",
  "forgot.email": "Email",
  "forgot.submit": "Send reset link",
  "forgot.sent": "If an account exists for this email, a mail is on its way. Check your inbox (and spam folder) and open the link within 30 minutes.",
  "forgot.invalidEmail": "Enter a valid email address.",
  "forgot.back": "Back to sign in",
  "reset.title": "Choose a new password",
  "reset.intro": "At least {min} and at most {max} characters. Spaces, Chinese and any other characters are welcome, and no digits or symbols are required: a long sentence you remember is best. Setting it signs the account out everywhere.",
  "reset.password": "New password",
  "reset.confirm": "New password again",
  "reset.submit": "Set new password",
  "reset.required": "Enter a new password.",
  "reset.mismatch": "The two passwords differ.",
  "reset.invalidLink": "This reset link is unknown, used or expired.",
  "reset.again": "Ask for a new link",
  "reset.failed": "The password cannot be set right now. Please try again later.",
  "reset.reason.TOO_SHORT": "Too short: at least {min} characters.",
  "reset.reason.TOO_LONG": "Too long: at most {max} characters.",
  "reset.reason.COMMON": "This is a common or breached password, easy to guess: choose another.",
  "reset.reason.REPETITIVE": "Repeated characters or pieces are easy to guess.",
  "reset.reason.CONTAINS_EMAIL": "It must not contain the part of your email before the @.",

  "error.title": "Something went wrong",
  "error.body": "This page cannot be shown right now. Please try again later.",
  "error.unavailable.title": "Service unavailable",
  "error.unavailable.body": "The certificate data service cannot be reached. Please reload in a moment.",
  "error.rateLimited.title": "Too many requests",
  "error.rateLimited.body": "Your address has reached the limit for public queries. Please reload the page in {seconds} s.",
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

  "nav.portal": "My applications",
  "nav.workbench": "Workbench",
  "error.forbidden.title": "Not allowed",
  "error.forbidden.body": "Your account’s role cannot use this page.",
  "case.caseNo": "Case number",
  "case.status": "Status",
  "case.product": "Product",
  "case.nextDue": "Next deadline",
  "case.dueLine": "{label}: due {date}",
  "case.applicant": "Applicant (认证委托人)",
  "case.manufacturer": "Manufacturer (生产者)",
  "case.factory": "Factory (生产企业)",
  "case.factoryCode": "Factory code",
  "case.productType": "Product type",
  "case.productName": "Product name",
  "case.series": "Series",
  "case.frameCurrent": "Frame current (Inm)",
  "case.scheme": "Rules",
  "case.submittedAt": "Submitted",
  "case.endReason": "Reason for ending",
  "case.referenceVoltage": "Rated voltage above AC 1000 V: certified by reference (参照执行, §1)",
  "case.renewal": "Recertification of certificate {number}, applied for on {applied}; to be completed by {completion}.",
  "case.renewal.late": "Applied for late (due by {due})",
  "case.renewal.treatedAsNew": "Treated as a new application",
  "case.parties": "Application",
  "case.models": "Models applied for",
  "case.model.grade": "Grade",
  "case.model.gradePending": "after the type test",
  "case.keyComponents": "Key components (关键元器件)",
  "case.clocks": "Time limits",
  "case.clock.round": "round {round}",
  "case.clock.started": "started {date}",
  "case.clock.due": "due {date}",
  "case.clock.stopped": "ended {date}",
  "case.clock.paused": "Paused (with the applicant)",
  "case.clock.overdue": "Overdue",
  "case.clock.MET": "Met",
  "case.clock.CANCELLED": "Cancelled",
  "case.clock.none": "No time limits yet.",
  "case.notices": "Notices",
  "case.notices.none": "No notices yet.",
  "case.actions": "What you can do",
  "case.actions.none": "Nothing for you to do in this status.",
  "case.actions.readOnly": "Your role can view this case; acceptance, returns and document review are done by a certification engineer.",
  "case.back.portal": "Back to my applications",
  "case.back.workbench": "Back to the workbench",
  "case.title": "Case {caseNo}",
  "case.done": "Done: {status}",
  "action.submit": "Submit the application",
  "action.submit.hint": "After submission the certification body decides on acceptance within the time limit (§3.3).",
  "action.supply": "Supplement provided: resume the review",
  "action.supply.hint": "Hand the supplement to the certification body first, then press this button: the review time limit resumes.",
  "action.withdraw": "Withdraw the application",
  "action.withdraw.reason": "Reason for withdrawing",
  "action.accept": "Accept",
  "action.accept.hint": "Accepting starts the document-review time limit (§3.3).",
  "action.return": "Return for amendment",
  "action.return.reason": "What the applicant must amend",
  "action.refuse": "Refuse",
  "action.refuse.reason": "Reason for refusing",
  "action.requestSupplement": "Request a supplement",
  "action.requestSupplement.items": "Documents to supply",
  "action.completeReview": "Complete the document review",
  "action.completeReview.hint": "Completing it issues the evaluation plan to the applicant (§3.4).",
  "action.plan.fee": "Estimated certification fee (CNY)",
  "action.plan.samples": "Sample requirements",
  "action.plan.contact": "Contact person",
  "action.plan.lab": "Laboratory (optional)",
  "action.plan.notes": "Other notes (optional)",
  "action.textRequired": "Please fill this in.",
  "action.error.CONFLICT": "Someone else changed this case just now. Reload the page, check its current status and try again.",
  "action.error.ILLEGAL_TRANSITION": "This action is not possible in the current status ({clause}).",
  "action.error.RULE_VIOLATION": "The rules do not allow it:",
  "action.error.BAD_USER_INPUT": "Invalid input: {message}",
  "action.error.FORBIDDEN": "Your role may not do this.",
  "action.error.NOT_FOUND": "This case does not exist.",
  "action.error.RATE_LIMITED": "Too many requests: please try again in {seconds} s.",
  "action.error.unknown": "The action failed. Please try again later.",
  "action.reload": "Reload",
  "portal.title": "My applications",
  "portal.new": "New application",
  "portal.count": "{count} cases",
  "portal.empty": "No applications yet.",
  "portal.emptyHint": "Use “New application” to apply.",
  "apply.title": "New application",
  "apply.intro": "The applicant is your organisation: {org}.",
  "apply.parties": "Parties",
  "apply.manufacturer": "Manufacturer (生产者)",
  "apply.product": "Product",
  "apply.productNameZh": "Product name (Chinese)",
  "apply.productNameEn": "Product name (English)",
  "apply.frameCurrent": "Frame current Inm (A)",
  "apply.models": "Models",
  "apply.models.hint": "One model per group; empty groups are ignored. Separate rated currents with commas, e.g. 160, 200, 250.",
  "apply.model.row": "Model {n}",
  "apply.model.designation": "Designation",
  "apply.model.mounting": "Mounting",
  "apply.model.poles": "Poles",
  "apply.model.ratedVoltage": "Rated voltage Ue (V AC)",
  "apply.model.ratedCurrents": "Rated currents In (A)",
  "apply.kc": "Key components (Annex 1)",
  "apply.kc.hint": "Fill in the controlled attributes per Annex 1 type; leave a type blank if it does not apply.",
  "apply.kc.label": "Configuration name",
  "apply.kc.model": "Model",
  "apply.kc.rating": "Rating",
  "apply.kc.material": "Material",
  "apply.kc.grade": "Grade",
  "apply.kc.dimensions": "Dimensions",
  "apply.kc.supplier": "Supplier",
  "apply.saveDraft": "Save as draft",
  "apply.submit": "Save and submit",
  "apply.errors": "Please correct these {count} problems:",
  "apply.choose": "Choose",
  "apply.error.required": "Required.",
  "apply.error.integer": "Enter a whole number.",
  "apply.error.currents": "Enter whole numbers separated by commas, e.g. 160, 200.",
  "apply.error.factoryId": "Enter a valid factory ID.",
  "apply.error.notFound": "No organisation or factory has this ID; please check it.",
  "apply.error.supplier": "The supplier is required when a component is declared.",
  "workbench.title": "Workbench",
  "workbench.sections": "Workbench sections",
  "workbench.inbox": "Open cases",
  "workbench.count": "{count} cases, earliest deadline first",
  "workbench.empty": "No open cases.",
  "workbench.noClock": "no running clock",
  "caseStatus.DRAFT": "Draft (草稿)",
  "caseStatus.SUBMITTED": "Submitted (已提交)",
  "caseStatus.RETURNED": "Returned for amendment (退回修改)",
  "caseStatus.REFUSED": "Refused (不予受理)",
  "caseStatus.DOCUMENT_REVIEW": "Document review (资料评审)",
  "caseStatus.SUPPLEMENT_REQUESTED": "Supplement requested (待补充资料)",
  "caseStatus.IN_EVALUATION": "In evaluation (评价中)",
  "caseStatus.IN_REVIEW": "In review (复核中)",
  "caseStatus.AWAITING_DECISION": "Awaiting decision (待决定)",
  "caseStatus.CERTIFIED": "Certified (已发证)",
  "caseStatus.TERMINATED": "Terminated (认证终止)",
  "caseStatus.WITHDRAWN": "Withdrawn (已撤回)",
  "kcType.OPERATING_MECHANISM": "Operating mechanism (manual and motor)",
  "kcType.DRAWER_BASE": "Drawer base",
  "kcType.MAIN_CONTACTS": "Moving and fixed main contacts",
  "kcType.MAIN_CONTACT_SPRING": "Main contact spring",
  "kcType.THERMAL_MAGNETIC_TRIP_UNIT": "Thermal-magnetic trip unit",
  "kcType.BREAKER_TERMINALS": "Breaker main-circuit terminals",
  "kcType.DRAWER_BASE_TERMINALS": "Drawer-base main-circuit terminals",
  "kcType.FLEXIBLE_CONNECTION": "Flexible connection",
  ...typeTestEn,
  ...inspectionEn,
  ...alertEn,
  ...decisionEn,
  ...handlingEn,
  ...documentEn,
  ...ADMIN_EN,
  ...SIGNUP_EN,
  ...ACCOUNT_EN,
  ...MFA_EN,
  ...changeEn,
  ...statusEn,
  ...recertEn,
  ...surveillanceEn,
  ...marksEn,
  ...certPageEn,
  ...regulatorEn,
  ...watchEn,
  ...registrySearchEn,
  ...verifyEn,
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
