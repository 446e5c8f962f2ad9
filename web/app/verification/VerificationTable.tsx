import { Link } from "@remix-run/react";
import { StatusBadge } from "../components/StatusBadge";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { VerificationRow } from "./queries.server";

/** One row per certificate found (a model may be in several), one marked row per identifier not found. */
export function VerificationTable({ rows }: { rows: readonly VerificationRow[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="table-scroll">
      <table data-testid="verify-results">
        <thead>
          <tr>
            <th scope="col">{t("verify.identifier")}</th>
            <th scope="col">{t("verify.matched")}</th>
            <th scope="col">{t("verify.number")}</th>
            <th scope="col">{t("verify.status")}</th>
            <th scope="col">{t("verify.holder")}</th>
            <th scope="col">{t("verify.expires")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row, index) =>
            row.certificates.length === 0
              ? [
                  <tr key={`${index}`} data-testid="verify-row" data-matched="UNKNOWN" data-identifier={row.identifier}>
                    <th scope="row">{row.identifier}</th>
                    <td colSpan={5}>
                      <strong className="badge" style={{ borderStyle: "dashed" }} data-testid="verify-unknown">
                        <span aria-hidden="true" className="badge__symbol">?</span>
                        {t("verify.match.UNKNOWN")}
                      </strong>
                    </td>
                  </tr>,
                ]
              : row.certificates.map((c) => (
                  <tr key={`${index}-${c.number}`} data-testid="verify-row" data-matched={row.matched} data-identifier={row.identifier} data-number={c.number}>
                    <th scope="row">{row.identifier}</th>
                    <td>
                      {t(`verify.match.${row.matched}`)}
                      {c.model?.status === "WITHDRAWN" ? <small> ({t("verify.modelWithdrawn")})</small> : null}
                    </td>
                    <td>
                      <Link to={`/certificates/${encodeURIComponent(c.number)}`}>{c.number}</Link>
                    </td>
                    <td>
                      <StatusBadge status={c.status} until={c.suspendedUntil} testId="verify-status" />
                    </td>
                    <td style={{ whiteSpace: "normal", minWidth: "10em" }}>{pick(lang, c.holder.nameZh, c.holder.nameEn)}</td>
                    <td>
                      <time dateTime={c.expiresOn}>{c.expiresOn}</time>
                    </td>
                  </tr>
                )),
          )}
        </tbody>
      </table>
    </div>
  );
}
