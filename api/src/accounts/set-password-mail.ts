import type { OutgoingMail } from '../mail/mail-transport.js';
import { RESET_LIMITS } from '../password-reset/reset-limits.js';

/**
 * The first mail of a new staff account: the administrator chose no password, the person sets
 * one through a password-reset link (same token, same page, same rules). Chinese first.
 */
export function setPasswordMail(to: string, displayName: string, link: string): OutgoingMail {
  const minutes = RESET_LIMITS.tokenMinutes;
  return {
    to: [to],
    subject: '设置您的账户密码 / Set the password of your account',
    text: [
      `${displayName}，您好：`,
      '',
      '管理员已在 CQC 节能认证平台为您创建了工作人员账户。请在 ' + `${minutes} 分钟内打开以下链接设置密码（链接只能使用一次）：`,
      link,
      '链接过期后，可在登录页点击“忘记密码”重新获取。',
      '',
      '---',
      '',
      `Hello ${displayName},`,
      '',
      `An administrator created a staff account for you on the CQC energy-saving certification platform. Open this link within ${minutes} minutes to choose your password (it works once):`,
      link,
      'Once it has expired, use “Forgot password” on the sign-in page to get a new one.',
      '',
    ].join('\n'),
  };
}
