import type { NoticeText } from '../notice/write-notice.js';
import type { StatusCommand } from './status-machine.js';

/**
 * What the holder is told when the certificate's status changes (§8.5). `{number}` is the
 * certificate number, `{reason}` the public reason, `{until}` the suspension's last day.
 */
export const STATUS_NOTICE_TEXTS: Record<StatusCommand['type'], NoticeText> = {
  SUSPEND: {
    clause: '§8.5.1', titleZh: '认证证书暂停', titleEn: 'Certificate suspended',
    bodyZh: '认证证书 {number} 已暂停：{reason}。暂停期限至 {until}；请在期限内完成整改并申请恢复，否则证书将被撤销。',
    bodyEn: 'Certificate {number} has been suspended: {reason}. The suspension lasts until {until}; rectify and apply for restoration within it, otherwise the certificate will be revoked.',
  },
  RESTORE: {
    clause: '§8.5.2', titleZh: '认证证书恢复', titleEn: 'Certificate restored',
    bodyZh: '认证证书 {number} 已恢复有效。{reason}',
    bodyEn: 'Certificate {number} is valid again. {reason}',
  },
  CANCEL: {
    clause: '§8.5.3', titleZh: '认证证书注销', titleEn: 'Certificate cancelled',
    bodyZh: '认证证书 {number} 已注销：{reason}',
    bodyEn: 'Certificate {number} has been cancelled: {reason}',
  },
  REVOKE: {
    clause: '§8.5.4', titleZh: '认证证书撤销', titleEn: 'Certificate revoked',
    bodyZh: '认证证书 {number} 已撤销：{reason}',
    bodyEn: 'Certificate {number} has been revoked: {reason}',
  },
  EXPIRE: {
    clause: '§9', titleZh: '认证证书到期（复审中）', titleEn: 'Certificate expired (recertification under way)',
    bodyZh: '认证证书 {number} 已到期，在复审完成前不再有效：{reason} 复审须在 {until} 前完成，否则证书注销并按新申请处理。',
    bodyEn: 'Certificate {number} has expired and is not valid until its recertification is completed: {reason} It must be completed by {until}; otherwise the certificate is cancelled and the recertification continues as a new application.',
  },
};

/** What the holder is told about its own requests (§8.5.1(8), §8.5.2, §8.5.3); granting one sends the status notice above. */
export const REQUEST_NOTICE_TEXTS = {
  RECEIVED: {
    clause: '§8.5', titleZh: '证书状态申请已收到', titleEn: 'Certificate request received',
    bodyZh: '认证证书 {number} 的{request}申请已收到，CQC 将作出决定并通知您。',
    bodyEn: 'Your {request} request for certificate {number} has been received. CQC will decide and let you know.',
  },
  REFUSED: {
    clause: '§8.5', titleZh: '证书状态申请未获批准', titleEn: 'Certificate request refused',
    bodyZh: '认证证书 {number} 的{request}申请未获批准：{reason}',
    bodyEn: 'Your {request} request for certificate {number} was refused: {reason}',
  },
} satisfies Record<string, NoticeText>;
