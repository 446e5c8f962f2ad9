import { Link } from "@remix-run/react";
import { StatusBadge } from "../components/StatusBadge";
import { useT } from "../hooks";
import type { MessageKey } from "../i18n";
import type { CertificateRecord } from "./types";

const DONE = ["suspend", "restore", "cancel", "revoke", "decide", "request"];

/** The certificate's current status, its dates and the link to its public history. */
export function RecordSummary({ record, done }: { record: CertificateRecord; done: string | null }) {
  const t = useT();
  return (
    <>
      <p className="case__status">
        <span className="visually-hidden">{t("certStatus.status")}</span>
        <StatusBadge status={record.status} until={record.suspendedUntil} testId="record-status" />
      </p>
      <dl className="facts" data-testid="status-record" data-status={record.status} data-version={record.version}>
        <div className="facts__row">
          <dt>{t("certStatus.holder")}</dt>
          <dd>{record.holderNameZh}</dd>
        </div>
        <div className="facts__row">
          <dt>{t("certStatus.expiresOn")}</dt>
          <dd>
            <time dateTime={record.expiresOn}>{record.expiresOn}</time>
          </dd>
        </div>
        {record.status === "SUSPENDED" && record.suspendedUntil ? (
          <div className="facts__row">
            <dt>{t("certStatus.suspendedUntil")}</dt>
            <dd data-testid="suspended-until">
              <time dateTime={record.suspendedUntil}>{record.suspendedUntil}</time>
            </dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>{t("certStatus.history")}</dt>
          <dd>
            <Link to={`/certificates/${encodeURIComponent(record.number)}`} data-testid="history-link">
              /certificates/{record.number}
            </Link>
          </dd>
        </div>
      </dl>
      {done && DONE.includes(done) ? (
        <p className="notice-ok" role="status" data-testid="status-done" data-done={done}>
          {t(`certStatus.done.${done}` as MessageKey)}
        </p>
      ) : null}
    </>
  );
}
