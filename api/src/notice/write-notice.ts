import type { EntityManager } from '@mikro-orm/postgresql';
import { Notice, OutboxEvent, type Organisation } from '@cqc/db';

/** The wording of one kind of notice, in both languages; `{…}` placeholders are filled per notice. */
export interface NoticeText {
  clause: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

/** A placeholder's value: the same in both languages, or one per language. */
export type NoticeValue = string | { zh: string; en: string };

/**
 * Writes a notice to an organisation and the outbox event that e-mails it. Call inside the
 * transaction of the change the notice announces, so both commit or neither does.
 */
export function writeNotice(
  em: EntityManager,
  args: { kind: string; text: NoticeText; recipient: Organisation; caseId: string | null; values: Record<string, NoticeValue>; at: Date },
): Notice {
  const fill = (s: string, lang: 'zh' | 'en') =>
    Object.entries(args.values).reduce((out, [key, value]) => out.replaceAll(`{${key}}`, typeof value === 'string' ? value : value[lang]), s);
  const { text } = args;
  const notice = em.create(Notice, {
    recipient: args.recipient, caseId: args.caseId, kind: args.kind, clause: text.clause,
    titleZh: text.titleZh, titleEn: text.titleEn, bodyZh: fill(text.bodyZh, 'zh'), bodyEn: fill(text.bodyEn, 'en'), createdAt: args.at,
  });
  em.create(OutboxEvent, {
    createdAt: args.at, type: 'notice.created', aggregateType: 'notice', aggregateId: notice.id,
    payload: { noticeId: notice.id, recipientId: args.recipient.id, caseId: args.caseId, kind: args.kind },
  });
  return notice;
}
