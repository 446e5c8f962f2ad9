import { useLang, useT } from "../hooks";
import { beijingDateTime } from "../cases/format";
import { pick } from "../i18n";
import type { CaseNotice } from "../types";

/** The notices the rule sent the applicant, oldest first, as a timeline. */
export function CaseNotices({ notices }: { notices: CaseNotice[] }) {
  const lang = useLang();
  const t = useT();
  if (notices.length === 0) return <p>{t("case.notices.none")}</p>;
  return (
    <ol className="timeline" data-testid="case-notices">
      {notices.map((n) => (
        <li key={n.id} className="timeline__item" data-kind={n.kind} data-testid="case-notice">
          <p className="timeline__head">
            <time dateTime={n.createdAt}>{beijingDateTime(n.createdAt)}</time>
            <strong>{pick(lang, n.titleZh, n.titleEn)}</strong>
            <span className="tag">{n.clause}</span>
          </p>
          <p className="notice__body">{pick(lang, n.bodyZh, n.bodyEn)}</p>
        </li>
      ))}
    </ol>
  );
}
