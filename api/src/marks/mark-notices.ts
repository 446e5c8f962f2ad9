import type { NoticeText } from '../notice/write-notice.js';

/**
 * What the holder is told about its mark applications and orders (§10). `{number}` is the
 * certificate number; `{methods}` and `{positions}` are the scheme's labels joined.
 */
export const MARK_NOTICE_TEXTS = {
  APPROVAL_RECEIVED: {
    clause: '§10.2', titleZh: '认证标志使用批准书申请已收到', titleEn: 'Mark-usage approval application received',
    bodyZh: '认证证书 {number} 的《认证标志使用批准书》申请已收到（加施方式：{methods}；加施位置：{positions}），CQC 将审核并通知您。',
    bodyEn: 'The application for a mark-usage approval for certificate {number} has been received (methods: {methods}; positions: {positions}). CQC will review it and let you know.',
  },
  APPROVAL_GRANTED: {
    clause: '§10', titleZh: '认证标志使用批准书已批准', titleEn: 'Mark-usage approval granted',
    bodyZh: '认证证书 {number} 的认证标志使用已批准，批准书编号 {approvalNumber}，批准日期 {date}。加施方式：{methods}；加施位置：{positions}。不允许使用变形标志；证书不再有效时本批准书随之失效。',
    bodyEn: 'Mark use for certificate {number} is approved: approval {approvalNumber} of {date}. Methods: {methods}; positions: {positions}. Distorted marks are not allowed; the approval lapses when the certificate is no longer in force.',
  },
  APPROVAL_REFUSED: {
    clause: '§10.2', titleZh: '认证标志使用批准书申请未获批准', titleEn: 'Mark-usage approval refused',
    bodyZh: '认证证书 {number} 的《认证标志使用批准书》申请未获批准：{reason}',
    bodyEn: 'The application for a mark-usage approval for certificate {number} was refused: {reason}',
  },
  ORDER_RECORDED: {
    clause: '§10.2', titleZh: '标准规格认证标志申购已登记', titleEn: 'Order of standard marks recorded',
    bodyZh: '认证证书 {number} 申购标准规格认证标志 {quantity} 枚，已于 {date} 登记。',
    bodyEn: 'An order of {quantity} standard-size certification marks for certificate {number} was recorded on {date}.',
  },
} satisfies Record<string, NoticeText>;
