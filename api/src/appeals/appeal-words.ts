import type { AppealKind, Scheme } from '@cqc/db';
import type { NoticeValue } from '../notice/write-notice.js';

/** The kind in words, from the scheme's §13 labels, for notices. */
export function kindWords(kind: AppealKind, scheme: Scheme): NoticeValue {
  const label = scheme.appeals.kinds.find((k) => k.code === kind);
  return label ? { zh: label.zh, en: label.en.toLowerCase() } : kind;
}
