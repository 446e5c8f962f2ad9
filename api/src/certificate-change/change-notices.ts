import type { NoticeText } from '../notice/write-notice.js';

/**
 * What the holder is told at each step of a variation (§8.2) or extension (§8.3). `{number}` is
 * the certificate number, `{kind}` the kind of request, `{detail}` the step's particulars.
 */
export const CHANGE_NOTICE_TEXTS = {
  CERTIFICATE_CHANGE_RECEIVED: {
    clause: '§8.2.1', titleZh: '证书{kind}申请已收到', titleEn: 'Certificate {kind} request received',
    bodyZh: '认证证书 {number} 的{kind}申请已收到。CQC 将评价变更内容和资料，并确定是否需要检验。',
    bodyEn: 'The {kind} request for certificate {number} has been received. CQC will evaluate it and decide whether testing is needed.',
  },
  CERTIFICATE_CHANGE_ASSESSED: {
    clause: '§8.2.2', titleZh: '证书{kind}申请评价', titleEn: 'Certificate {kind} request evaluated',
    bodyZh: '认证证书 {number} 的{kind}申请：{detail}',
    bodyEn: 'The {kind} request for certificate {number}: {detail}',
  },
  CERTIFICATE_CHANGE_TESTED: {
    clause: '§8.2.2', titleZh: '证书{kind}检验结果', titleEn: 'Certificate {kind} test result',
    bodyZh: '认证证书 {number} 的{kind}检验结果：{detail}。申请将提交认证决定。',
    bodyEn: 'Test result of the {kind} request for certificate {number}: {detail}. The request goes to the decision.',
  },
  CERTIFICATE_CHANGE_APPROVED: {
    clause: '§8.2.1', titleZh: '证书{kind}已批准', titleEn: 'Certificate {kind} approved',
    bodyZh: '认证证书 {number} 的{kind}已批准，已换发新证书（证书编号不变，第 {versionNo} 版，换证日期 {date}）。变更内容：{detail}',
    bodyEn: 'The {kind} of certificate {number} is approved: the certificate was reissued (same number, version {versionNo}, changed on {date}). What changed: {detail}',
  },
  CERTIFICATE_CHANGE_REJECTED: {
    clause: '§8.2.2', titleZh: '证书{kind}申请未获批准', titleEn: 'Certificate {kind} request rejected',
    bodyZh: '认证证书 {number} 的{kind}申请未获批准：{detail}。证书内容保持不变。',
    bodyEn: 'The {kind} request for certificate {number} was rejected: {detail}. The certificate stays as it was.',
  },
} as const satisfies Record<string, NoticeText>;

export type ChangeNoticeKind = keyof typeof CHANGE_NOTICE_TEXTS;

export const KIND_WORDS = { VARIATION: { zh: '变更', en: 'variation' }, EXTENSION: { zh: '扩展', en: 'extension' } } as const;

/** The notice text for one kind of request: titles carry the kind too (writeNotice fills bodies only). */
export function changeNoticeText(step: ChangeNoticeKind, kind: keyof typeof KIND_WORDS): NoticeText {
  const text = CHANGE_NOTICE_TEXTS[step];
  const words = KIND_WORDS[kind];
  return { ...text, titleZh: text.titleZh.replace('{kind}', words.zh), titleEn: text.titleEn.replace('{kind}', words.en) };
}
