import type { NoticeText } from '../notice/write-notice.js';

/**
 * What the holder is told about a recertification (§9). `{number}` is the certificate, `{caseNo}`
 * the renewal case, `{dueOn}` the day it was due, `{expiresOn}` the expiry, `{completeBy}` the last
 * day it may be completed.
 */
export const RECERTIFICATION_NOTICE_TEXTS = {
  APPLIED: {
    clause: '§9', titleZh: '复审申请已登记', titleEn: 'Recertification application registered',
    bodyZh: '认证证书 {number} 的复审申请已登记为委托 {caseNo}（草稿），请核对内容、上传资料后提交。证书 {expiresOn} 到期，复审须在 {completeBy} 前完成。',
    bodyEn: 'The recertification of certificate {number} is registered as case {caseNo} (draft): check it, attach the documents and submit it. The certificate expires on {expiresOn}; the recertification must be completed by {completeBy}.',
  },
  APPLIED_LATE: {
    clause: '§9', titleZh: '复审申请已登记（逾期提交）', titleEn: 'Recertification application registered (late)',
    bodyZh: '认证证书 {number} 的复审申请已登记为委托 {caseNo}（草稿）。复审应在 {dueOn} 前申请，本次申请已逾期，予以标注。证书 {expiresOn} 到期，复审须在 {completeBy} 前完成，否则证书注销并按新申请处理。',
    bodyEn: 'The recertification of certificate {number} is registered as case {caseNo} (draft). It was due by {dueOn}; this application is late and flagged as such. The certificate expires on {expiresOn}; the recertification must be completed by {completeBy}, otherwise the certificate is cancelled and the case continues as a new application.',
  },
  TREATED_AS_NEW: {
    clause: '§9', titleZh: '复审按新申请处理', titleEn: 'Recertification continues as a new application',
    bodyZh: '认证证书 {number} 的复审（委托 {caseNo}）未在 {completeBy} 前完成，证书已注销；该委托按新申请继续办理，批准后颁发新证书编号。',
    bodyEn: 'The recertification of certificate {number} (case {caseNo}) was not completed by {completeBy}; the certificate is cancelled. The case continues as a new application and, if approved, is issued a new certificate number.',
  },
  INSPECTION_REPLACED: {
    clause: '§9', titleZh: '复审工厂检查以年度监督结果认可', titleEn: 'Recertification: surveillance result replaces the factory inspection',
    bodyZh: '复审委托 {caseNo}：认可 {year} 年度监督检查结果（{concludedOn} 评定通过，12 个月内），不再进行工厂检查。',
    bodyEn: 'Recertification case {caseNo}: the {year} surveillance result (passed on {concludedOn}, within 12 months) is accepted; no factory inspection is needed.',
  },
  FULL_INSPECTION: {
    clause: '§9', titleZh: '复审需按初始工厂检查要求执行', titleEn: 'Recertification: initial factory inspection required',
    bodyZh: '复审委托 {caseNo}：{reason}，工厂检查按初始工厂检查的要求执行，CQC 将下达检查任务。',
    bodyEn: 'Recertification case {caseNo}: {reason}; the factory inspection follows the initial inspection requirements, and CQC will issue the task.',
  },
  RENEWED: {
    clause: '§9', titleZh: '认证证书复审换证', titleEn: 'Certificate renewed',
    bodyZh: '认证证书 {number} 复审合格，已换发新版本（版本 {versionNo}），有效期至 {expiresOn}。',
    bodyEn: 'Certificate {number} has been renewed after recertification (version {versionNo}), valid until {expiresOn}.',
  },
} satisfies Record<string, NoticeText>;
