import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { CertificateVersion, StatusHistoryEntry } from "../types";
import { StatusBadge } from "./StatusBadge";

export function CertificateHistory({ entries }: { entries: StatusHistoryEntry[] }) {
  const lang = useLang();
  const t = useT();
  return (
    <ol className="timeline" data-testid="status-history">
      {entries.map((e) => {
        const reasonLabel = e.reasonZh || e.reasonEn ? pick(lang, e.reasonZh ?? "", e.reasonEn ?? "") : null;
        const publicReason = pick(lang, e.publicReasonZh, e.publicReasonEn);
        return (
          <li key={e.seq} className={`timeline__item timeline__item--${e.toStatus.toLowerCase()}`} data-kind={e.kind}>
            <p className="timeline__head">
              <time dateTime={e.occurredOn}>{e.occurredOn}</time>
              <strong className="timeline__kind">{t(`event.${e.kind}`)}</strong>
            </p>
            <p className="timeline__transition">
              <span className="visually-hidden">
                {t("cert.history.transition")}
                {t("punct.colon")}
              </span>
              {e.fromStatus && e.fromStatus !== e.toStatus ? (
                <>
                  <StatusBadge status={e.fromStatus} />
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden"> {t("cert.history.to")} </span>
                </>
              ) : null}
              <StatusBadge status={e.toStatus} />
              {e.effectiveUntil ? (
                <span className="timeline__until">{t("cert.history.until", { date: e.effectiveUntil })}</span>
              ) : null}
            </p>
            {e.reasonCode || reasonLabel ? (
              <p className="timeline__reason">
                {t("cert.history.reason")}
                {t("punct.colon")}
                {e.reasonCode ? <code>{e.reasonCode}</code> : null} {reasonLabel}
              </p>
            ) : null}
            {e.cause ? (
              <p className="timeline__cause">
                {t("cert.history.cause")}
                {t("punct.colon")}
                {pick(lang, e.causeZh ?? e.cause, e.causeEn ?? e.cause)}
              </p>
            ) : null}
            {publicReason ? <p className="timeline__public">{publicReason}</p> : null}
            {e.modelDesignation || e.versionNo !== null ? (
              <p className="secondary">
                {e.modelDesignation ? `${t("cert.history.model")}${t("punct.colon")}${e.modelDesignation}` : null}
                {e.modelDesignation && e.versionNo !== null ? " · " : null}
                {e.versionNo !== null ? t("cert.version", { no: e.versionNo }) : null}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export function CertificateVersions({
  versions,
  currentVersionNo,
}: {
  versions: CertificateVersion[];
  currentVersionNo: number;
}) {
  const lang = useLang();
  const t = useT();
  return (
    <ol className="versions" data-testid="versions">
      {versions.map((v) => (
        <li key={v.versionNo} aria-current={v.versionNo === currentVersionNo ? "true" : undefined}>
          <p className="versions__head">
            <strong>{t("cert.version", { no: v.versionNo })}</strong>
            <span>{t(`versionKind.${v.kind}`)}</span>
            <time dateTime={v.issuedOn}>{v.issuedOn}</time>
            {v.versionNo === currentVersionNo ? <span className="tag">{t("cert.version.current")}</span> : null}
          </p>
          <p>{pick(lang, v.changeSummaryZh, v.changeSummaryEn)}</p>
        </li>
      ))}
    </ol>
  );
}
