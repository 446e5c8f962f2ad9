import type { ReactNode } from "react";
import type { FactoryInspection } from "../cases/inspection-types";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The initial factory inspection as it stands: exemption, task, report, checklist, nonconformities. */
export function InspectionSummary({ fi }: { fi: FactoryInspection }) {
  const lang = useLang();
  const t = useT();
  const recorded = fi.checklist.some((item) => item.result !== null);
  return (
    <>
      <dl className="facts" data-testid="inspection" data-status={fi.status} data-version={fi.version}>
        <Row label={t("inspection.status")}>
          <span className="tag" data-testid="inspection-status">{t(`inspectionStatus.${fi.status}`)}</span>
        </Row>
        <Row label={t("inspection.openedOn")}>{fi.openedOn}</Row>
        {fi.proposedCertificateNumber ? <Row label={t("inspection.proposed")}>{fi.proposedCertificateNumber}</Row> : null}
        {fi.exemptionAccepted !== null ? (
          <Row label={t("inspection.exemption")}>
            {t(fi.exemptionAccepted ? "inspection.exemptionAccepted" : "inspection.exemptionRejected")}
            {fi.exemptionReason ? `：${fi.exemptionReason}` : ""}
            {fi.exemptionDecidedOn ? (
              <span className="secondary"> {t("inspection.exemptionDecided", { on: fi.exemptionDecidedOn, by: fi.exemptionDecidedBy?.displayName ?? "—" })}</span>
            ) : null}
          </Row>
        ) : null}
        {fi.coveringCertificateNumber ? <Row label={t("inspection.covering")}>{fi.coveringCertificateNumber}</Row> : null}
        {fi.inspector ? (
          <Row label={t("inspection.inspector")}>
            {fi.inspector.displayName}
            {fi.personDays !== null ? ` · ${fi.personDays} ${t("inspection.personDays")}` : ""}
          </Row>
        ) : null}
        {fi.taskIssuedOn ? <Row label={t("inspection.taskIssuedOn")}>{fi.taskIssuedOn}</Row> : null}
        {fi.plannedFrom ? (
          <Row label={t("inspection.planned")}>
            <span data-testid="inspection-planned">{fi.plannedTo && fi.plannedTo !== fi.plannedFrom ? `${fi.plannedFrom} – ${fi.plannedTo}` : fi.plannedFrom}</span>
          </Row>
        ) : null}
        {fi.taskDueOn ? <Row label={t("inspection.taskDueOn")}>{fi.taskDueOn}</Row> : null}
        {fi.reportDueOn ? <Row label={t("inspection.reportDueOn")}>{fi.reportDueOn}</Row> : null}
        {fi.visitOn ? <Row label={t("inspection.visitOn")}>{fi.visitOn}</Row> : null}
        {fi.conclusion ? <Row label={t("inspection.conclusion")}>{t(`inspectionConclusion.${fi.conclusion}`)}</Row> : null}
        {fi.summary ? <Row label={t("inspection.summary")}>{fi.summary}</Row> : null}
        {fi.internalNote ? <Row label={t("inspection.internalNote")}>{fi.internalNote}</Row> : null}
        {fi.rectificationDueOn ? <Row label={t("inspection.rectificationDueOn")}>{fi.rectificationDueOn}</Row> : null}
        {fi.verificationInspector ? (
          <Row label={t("inspection.onSiteVerification")}>
            {fi.verificationInspector.displayName}
            {fi.verificationPlannedOn ? ` · ${fi.verificationPlannedOn}` : ""}
          </Row>
        ) : null}
        {fi.completedOn ? <Row label={t("inspection.completedOn")}>{fi.completedOn}</Row> : null}
      </dl>

      {recorded ? (
        <>
          <h3>{t("inspection.checklist")}</h3>
          <ul className="plain-list checklist" data-testid="inspection-checklist">
            {fi.checklist.map((item) => (
              <li key={item.itemId} data-item={item.itemId} data-result={item.result ?? ""}>
                <span className="tag">{item.itemId}</span> {pick(lang, item.titleZh, item.titleEn)} <span className="secondary">{item.clause}</span>
                {" — "}
                <strong>{item.result ? t(`itemResult.${item.result}`) : "—"}</strong>
                {item.note ? <span className="secondary">（{item.note}）</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{t("inspection.nonconformities")}</h3>
      {fi.nonconformities.length === 0 ? (
        <p>{t("inspection.nonconformities.none")}</p>
      ) : (
        <ul className="plain-list checklist" data-testid="inspection-nonconformities">
          {fi.nonconformities.map((nc) => (
            <li key={nc.id} data-verified={nc.verifiedOn ? "true" : "false"}>
              <span className="tag">{nc.itemId}</span> <span className="secondary">{nc.clause}</span> {nc.description}
              <br />
              <span className="secondary">
                {t("inspection.raisedOn")} {nc.raisedOn}
                {nc.rectifiedOn ? ` · ${t("inspection.rectifiedOn")} ${nc.rectifiedOn}` : ""}
                {" · "}
                {nc.verifiedOn ? t("inspection.verified", { on: nc.verifiedOn, by: nc.verifiedBy?.displayName ?? "—" }) : t("inspection.open")}
                {nc.verificationMethod ? ` · ${t(`verificationMethod.${nc.verificationMethod}`)}` : ""}
                {nc.verificationNote ? `（${nc.verificationNote}）` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
