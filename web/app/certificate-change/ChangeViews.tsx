import { Link } from "@remix-run/react";
import { ApiFailure } from "../components/ApiFailure";
import { KeyComponentTablesOf } from "../components/CertificateTables";
import { useT } from "../hooks";
import type { ChangeFailure } from "./actions.server";
import type { ChangeConfiguration, ChangeModel, ChangeRequestSummary } from "./types";

/** Models as certified or as proposed, in one table that scrolls on a phone. */
export function ChangeModelsTable({ models, testId }: { models: ChangeModel[]; testId: string }) {
  const t = useT();
  return (
    <div className="table-scroll" role="region" aria-label={t("cert.scope")} tabIndex={0}>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t("cert.model.designation")}</th>
            <th scope="col">{t("cert.model.mounting")}</th>
            <th scope="col">{t("cert.model.poles")}</th>
            <th scope="col">{t("cert.model.ratedVoltage")}</th>
            <th scope="col">{t("cert.model.frameCurrent")}</th>
            <th scope="col">{t("cert.model.ratedCurrents")}</th>
            <th scope="col">{t("cert.model.grade")}</th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => (
            <tr key={m.designation} data-designation={m.designation}>
              <th scope="row">{m.designation}</th>
              <td>{t(`mounting.${m.mounting}`)}</td>
              <td>{m.poles}</td>
              <td>{m.ratedVoltage} V</td>
              <td>{m.frameCurrent} A</td>
              <td>{m.ratedCurrents.join(", ")} A</td>
              <td>{m.grade ?? t("cert.none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChangeKeyComponents({ configurations, testId }: { configurations: ChangeConfiguration[]; testId: string }) {
  const t = useT();
  return <KeyComponentTablesOf configurations={configurations} typeName={(c) => t(`kcType.${c.type}`)} testId={testId} />;
}

/** A certificate's requests, newest first, each with its status and the version it produced. */
export function ChangeRequestList({ requests, hrefBase, showCertificate }: { requests: ChangeRequestSummary[]; hrefBase: string | null; showCertificate: boolean }) {
  const t = useT();
  if (requests.length === 0) return <p data-testid="change-requests-empty">{t("change.requests.none")}</p>;
  return (
    <ol className="result-list" data-testid="change-requests">
      {requests.map((r) => (
        <li key={r.id} className="result" data-testid="change-request" data-id={r.id} data-status={r.status} data-kind={r.kind}>
          <div className="result__head">
            {hrefBase ? (
              <Link to={`${hrefBase}/${r.id}`} className="result__number" data-testid="change-request-link">
                {t(`change.kind.${r.kind}`)} · {r.certificateNumber}
              </Link>
            ) : (
              <strong>{t(`change.kind.${r.kind}`)}</strong>
            )}
            <span className="tag" data-testid="change-request-status">{t(`change.status.${r.status}`)}</span>
          </div>
          <p className="secondary">
            {showCertificate ? `${r.holderNameZh} · ` : null}
            {t("change.requestedOn")}
            {t("punct.colon")}
            {r.requestedOn}
            {r.resultingVersionNo !== null ? ` · ${t("change.resultVersion", { no: r.resultingVersionNo })}` : null}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The refusal of a posted form, with the form's own message for what the API never says. */
export function ChangeFailureView({ failure, step }: { failure: ChangeFailure | undefined; step: string }) {
  const t = useT();
  if (!failure || failure.step !== step) return null;
  return <ApiFailure failure={failure} testId={`step-${step}`} localText={failure.localKey ? t(failure.localKey as "change.required") : undefined} />;
}
