import type { OutgoingMail } from '../mail/mail-transport.js';
import { RESET_LIMITS } from './reset-limits.js';

/** The reset mail, Chinese first then English (the request carries no language). */
export function resetMail(to: string, link: string): OutgoingMail {
  const minutes = RESET_LIMITS.tokenMinutes;
  return {
    to: [to],
    subject: '重置密码 / Reset your password',
    text: [
      '您好：',
      '',
      `有人请求重置此邮箱在 CQC 节能认证平台的账户密码。请在 ${minutes} 分钟内打开以下链接设置新密码（链接只能使用一次）：`,
      link,
      '设置新密码后，该账户所有已登录的会话都会退出。',
      '如果这不是您本人的请求，请忽略本邮件，您的密码不会改变。',
      '',
      '---',
      '',
      'Hello,',
      '',
      `Someone asked to reset the password of this address's account on the CQC energy-saving certification platform. Open this link within ${minutes} minutes to choose a new password (it works once):`,
      link,
      'Setting a new password signs the account out everywhere.',
      'If you did not ask for this, ignore this mail: your password stays as it is.',
      '',
    ].join('\n'),
  };
}
