import type { NoticeText } from '../notice/write-notice.js';

/**
 * What the filer is told at each step of its appeal, complaint or dispute (§13). `{reference}` is
 * the appeal's reference, `{kind}` its kind in words, `{text}` the step's note or reasons.
 */
export const APPEAL_NOTICE_TEXTS = {
  FILED: {
    clause: '§13', titleZh: '申诉、投诉或争议已提交', titleEn: 'Appeal, complaint or dispute filed',
    bodyZh: '您的{kind}（编号 {reference}）已提交，CQC 将按有关规定处理并告知进展。',
    bodyEn: 'Your {kind} ({reference}) has been filed. CQC will handle it under its procedures and keep you informed.',
  },
  ACKNOWLEDGED: {
    clause: '§13', titleZh: '申诉、投诉或争议已受理登记', titleEn: 'Appeal, complaint or dispute registered',
    bodyZh: '您的{kind}（编号 {reference}）已受理登记。{text}',
    bodyEn: 'Your {kind} ({reference}) has been registered. {text}',
  },
  UNDER_INVESTIGATION: {
    clause: '§13', titleZh: '申诉、投诉或争议调查中', titleEn: 'Appeal, complaint or dispute under investigation',
    bodyZh: '您的{kind}（编号 {reference}）已进入调查：{text}',
    bodyEn: 'Your {kind} ({reference}) is being investigated: {text}',
  },
  UPHELD: {
    clause: '§13', titleZh: '申诉、投诉或争议处理结果：成立', titleEn: 'Appeal, complaint or dispute upheld',
    bodyZh: '您的{kind}（编号 {reference}）经调查成立：{text}',
    bodyEn: 'Your {kind} ({reference}) has been upheld: {text}',
  },
  REJECTED: {
    clause: '§13', titleZh: '申诉、投诉或争议处理结果：不成立', titleEn: 'Appeal, complaint or dispute rejected',
    bodyZh: '您的{kind}（编号 {reference}）经调查不成立：{text}',
    bodyEn: 'Your {kind} ({reference}) has been rejected: {text}',
  },
  WITHDRAWN: {
    clause: '§13', titleZh: '申诉、投诉或争议已撤回', titleEn: 'Appeal, complaint or dispute withdrawn',
    bodyZh: '您的{kind}（编号 {reference}）已撤回。{text}',
    bodyEn: 'Your {kind} ({reference}) has been withdrawn. {text}',
  },
} satisfies Record<string, NoticeText>;
