import { CertificateStatus, WatchKind, WatchLanguage } from '@cqc/db';
import type { PublicCertificate } from '@cqc/registry';

const STATUS: Record<CertificateStatus, { zh: string; en: string }> = {
  [CertificateStatus.VALID]: { zh: '有效', en: 'Valid' },
  [CertificateStatus.SUSPENDED]: { zh: '暂停', en: 'Suspended' },
  [CertificateStatus.REVOKED]: { zh: '撤销', en: 'Revoked' },
  [CertificateStatus.CANCELLED]: { zh: '注销', en: 'Cancelled' },
  [CertificateStatus.EXPIRED]: { zh: '过期', en: 'Expired' },
};

const KIND: Record<WatchKind, { zh: string; en: string }> = {
  [WatchKind.CERTIFICATE]: { zh: '证书', en: 'certificate' },
  [WatchKind.MODEL]: { zh: '型号', en: 'model' },
  [WatchKind.MANUFACTURER]: { zh: '制造商', en: 'manufacturer' },
};

/** What happened to a followed certificate, as the dispatcher read it from the feed and the record. */
export interface WatchedChange {
  kind: 'STATUS' | 'ISSUED' | 'MODEL_WITHDRAWN';
  record: PublicCertificate;
  status: CertificateStatus;
  date: string;
  reasonZh: string;
  reasonEn: string;
  modelDesignation: string | null;
}

export function statusLabel(status: CertificateStatus, lang: WatchLanguage): string {
  return STATUS[status][lang];
}

/** Subject and text of a change notice (the unsubscribe lines are added when it is sent). */
export function changeMail(change: WatchedChange, lang: WatchLanguage, follows: { kind: WatchKind; label: string }, pageUrl: string) {
  const r = change.record;
  const status = statusLabel(change.status, lang);
  const what = KIND[follows.kind][lang];
  if (lang === WatchLanguage.ZH) {
    const headline = change.kind === 'MODEL_WITHDRAWN'
      ? `证书 ${r.number} 的型号 ${change.modelDesignation} 已撤销`
      : change.kind === 'ISSUED' ? `证书 ${r.number} 已颁发，状态：${status}` : `证书 ${r.number} 状态变更为：${status}`;
    return {
      subject: `【CQC 证书关注】${headline}`,
      body: [
        `${headline}。`, `产品：${r.productNameZh}（${r.series}）`, `制造商：${r.manufacturer.nameZh}`, `日期：${change.date}`,
        ...(change.reasonZh ? [`原因：${change.reasonZh}`] : []), `公开记录：${pageUrl}`, '',
        `您收到此邮件，是因为您在 CQC 节能认证证书查询中关注了${what}“${follows.label}”。`,
      ].join('\n'),
    };
  }
  const headline = change.kind === 'MODEL_WITHDRAWN'
    ? `Certificate ${r.number}: model ${change.modelDesignation} withdrawn`
    : change.kind === 'ISSUED' ? `Certificate ${r.number} issued, status: ${status}` : `Certificate ${r.number} is now ${status}`;
  return {
    subject: `[CQC watchlist] ${headline}`,
    body: [
      `${headline}.`, `Product: ${r.productNameEn} (${r.series})`, `Manufacturer: ${r.manufacturer.nameEn}`, `Date: ${change.date}`,
      ...(change.reasonEn ? [`Reason: ${change.reasonEn}`] : []), `Public record: ${pageUrl}`, '',
      `You receive this because you follow the ${what} "${follows.label}" in the CQC energy-efficiency certificate registry.`,
    ].join('\n'),
  };
}

export function unsubscribeLines(lang: WatchLanguage, url: string): string {
  return lang === WatchLanguage.ZH ? `退订（一键）：${url}` : `Unsubscribe (one click): ${url}`;
}

/** The double opt-in mail: what would be followed, and the one link that confirms it. */
export function confirmationMail(lang: WatchLanguage, targets: Array<{ kind: WatchKind; label: string }>, confirmUrl: string, validDays: number) {
  const list = targets.map((t) => `  · ${KIND[t.kind][lang]} ${t.label}`).join('\n');
  if (lang === WatchLanguage.ZH) {
    return {
      subject: '【CQC 证书关注】请确认您的关注',
      text: [
        '有人（希望是您本人）请求以此邮箱关注 CQC 节能认证证书的状态变更：', list, '',
        `请在 ${validDays} 天内打开以下链接确认：`, confirmUrl, '', '如果不是您本人的请求，请忽略此邮件，您不会收到任何通知。',
      ].join('\n'),
    };
  }
  return {
    subject: '[CQC watchlist] Please confirm what you follow',
    text: [
      'Someone (hopefully you) asked to follow status changes of CQC energy-efficiency certificates with this address:', list, '',
      `Open this link within ${validDays} days to confirm:`, confirmUrl, '', 'If it was not you, ignore this mail: you will receive nothing.',
    ].join('\n'),
  };
}
