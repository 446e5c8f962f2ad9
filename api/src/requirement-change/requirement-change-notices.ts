import type { NoticeText } from '../notice/write-notice.js';

/** §8.4 "采用适当方式予以通知": what each holder is told when requirements change. */
export const REQUIREMENT_CHANGE_NOTICE: NoticeText = {
  clause: '§8.4', titleZh: '认证要求变更通知', titleEn: 'Notice of changed certification requirements',
  bodyZh: '认证要求变更：{title}。您的 {count} 张认证证书（{numbers}）须在 {deadline} 前完成转换：{plan}。逾期未完成转换的证书将按 8.5.1(2) 暂停。',
  bodyEn: 'Certification requirements have changed: {title}. Your {count} certificate(s) ({numbers}) must complete the transition by {deadline}: {plan}. Certificates not transitioned in time will be suspended under §8.5.1(2).',
};
