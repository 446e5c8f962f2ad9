import type { OutgoingMail } from '../mail/mail-transport.js';
import { SIGNUP_LIMITS } from './signup-limits.js';

/** Links in mails point at the web app as the public reaches it. */
export function webLink(publicWebUrl: string, path: string): string {
  return `${publicWebUrl.replace(/\/+$/, '')}${path}`;
}

const bilingual = (to: string, subject: string, zh: string[], en: string[]): OutgoingMail => ({
  to: [to], subject, text: ['您好：', '', ...zh, '', '---', '', 'Hello,', '', ...en, ''].join('\n'),
});

export function verificationMail(to: string, link: string): OutgoingMail {
  const hours = SIGNUP_LIMITS.verificationHours;
  return bilingual(to, '确认邮箱 / Confirm your e-mail address',
    [`有人用此邮箱在 CQC 节能认证平台注册企业账户。请在 ${hours} 小时内打开以下链接确认邮箱（链接只能使用一次）：`, link, '确认后，认证机构将审核您申领的组织；审核结果会以邮件通知您。', '如果这不是您本人的操作，请忽略本邮件。'],
    [`Someone registered an enterprise account with this address on the CQC energy-saving certification platform. Open this link within ${hours} hours to confirm the address (it works once):`, link, 'Once confirmed, the certification body reviews the organisation you claimed and mails you its decision.', 'If this was not you, ignore this mail.']);
}

/** To the owner of an existing account: the sign-up form answered as for anyone, the mailbox learns the truth. */
export function existingAccountMail(to: string, loginLink: string, resetLink: string): OutgoingMail {
  return bilingual(to, '此邮箱已有账户 / This address already has an account',
    ['有人用此邮箱在 CQC 节能认证平台注册，但此邮箱已有账户，因此没有新建账户。', `如果是您本人，请直接登录：${loginLink}`, `忘记密码可在此重置：${resetLink}`, '如果这不是您本人的操作，请忽略本邮件。'],
    ['Someone tried to register with this address on the CQC energy-saving certification platform, but it already has an account, so none was created.', `If it was you, sign in: ${loginLink}`, `Forgot your password? Reset it here: ${resetLink}`, 'If this was not you, ignore this mail.']);
}

export function claimApprovedMail(to: string, organisation: string, loginLink: string): OutgoingMail {
  return bilingual(to, '组织申领已批准 / Your organisation claim was approved',
    [`您对“${organisation}”的申领已获认证机构批准。现在可以登录，并邀请本组织的其他用户：`, loginLink],
    [`The certification body approved your claim for "${organisation}". You can now sign in and invite your organisation's other users:`, loginLink]);
}

export function claimRejectedMail(to: string, organisation: string, reason: string): OutgoingMail {
  return bilingual(to, '组织申领未获批准 / Your organisation claim was rejected',
    [`您对“${organisation}”的申领未获认证机构批准。原因：`, reason, '如有疑问，请联系认证机构。'],
    [`The certification body rejected your claim for "${organisation}". Reason:`, reason, 'Contact the certification body if you have questions.']);
}

export function invitationMail(to: string, organisation: string, inviter: string, link: string): OutgoingMail {
  const days = SIGNUP_LIMITS.invitationDays;
  return bilingual(to, `邀请加入 ${organisation} / Invitation to join ${organisation}`,
    [`${inviter} 邀请您在 CQC 节能认证平台加入“${organisation}”。请在 ${days} 天内打开以下链接设置姓名和密码（链接只能使用一次）：`, link, '如果您不认识邀请人，请忽略本邮件。'],
    [`${inviter} invites you to join "${organisation}" on the CQC energy-saving certification platform. Open this link within ${days} days to choose your name and password (it works once):`, link, 'If you do not know who invited you, ignore this mail.']);
}
