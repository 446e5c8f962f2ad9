// Labels of the watchlist (follow by e-mail, confirm, unsubscribe), merged into the dictionaries of ../i18n.ts.

export const watchZh = {
  "watch.follow.title": "关注此证书",
  "watch.follow.makerTitle": "关注此制造商的全部证书",
  "watch.follow.intro": "证书状态变更（暂停、恢复、撤销、注销、过期）时，我们将通过电子邮件通知您。",
  "watch.follow.email": "电子邮箱",
  "watch.follow.submit": "关注",
  "watch.follow.sent": "请查收 {email} 的邮件，并点击其中的确认链接。确认之前不会发送任何通知。",
  "watch.follow.tooMany": "此邮箱今天的关注请求过多，请明天再试。",
  "watch.follow.badEmail": "请输入有效的电子邮箱地址。",
  "watch.confirm.title": "确认关注",
  "watch.confirm.intro": "请点击下方按钮，确认以此邮箱关注证书状态变更。",
  "watch.confirm.submit": "确认关注",
  "watch.confirm.done": "已确认。以下项目的状态变更将通过电子邮件通知您：",
  "watch.unsubscribe.title": "退订",
  "watch.unsubscribe.intro": "点击下方按钮，不再接收此项关注的邮件。",
  "watch.unsubscribe.submit": "退订",
  "watch.unsubscribe.done": "已退订：{target}。您将不再收到相关邮件。",
  "watch.link.unknown": "此链接无效或已过期。",
  "watch.kind.CERTIFICATE": "证书",
  "watch.kind.MODEL": "型号",
  "watch.kind.MANUFACTURER": "制造商",
};

export type WatchMessages = Record<keyof typeof watchZh, string>;

export const watchEn: WatchMessages = {
  "watch.follow.title": "Follow this certificate",
  "watch.follow.makerTitle": "Follow every certificate of this manufacturer",
  "watch.follow.intro": "We e-mail you when its status changes (suspended, restored, revoked, cancelled, expired).",
  "watch.follow.email": "E-mail",
  "watch.follow.submit": "Follow",
  "watch.follow.sent": "Check the mailbox of {email} and open the confirmation link. Nothing is sent until you confirm.",
  "watch.follow.tooMany": "Too many follow requests for this address today; try again tomorrow.",
  "watch.follow.badEmail": "Enter a valid e-mail address.",
  "watch.confirm.title": "Confirm follow",
  "watch.confirm.intro": "Press the button to confirm that this address follows status changes.",
  "watch.confirm.submit": "Confirm",
  "watch.confirm.done": "Confirmed. You will be e-mailed when the status of these changes:",
  "watch.unsubscribe.title": "Unsubscribe",
  "watch.unsubscribe.intro": "Press the button to stop the mails of this watch.",
  "watch.unsubscribe.submit": "Unsubscribe",
  "watch.unsubscribe.done": "Unsubscribed: {target}. You will receive no more mails about it.",
  "watch.link.unknown": "This link is unknown or has expired.",
  "watch.kind.CERTIFICATE": "Certificate",
  "watch.kind.MODEL": "Model",
  "watch.kind.MANUFACTURER": "Manufacturer",
};
