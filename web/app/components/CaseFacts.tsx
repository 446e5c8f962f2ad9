import type { ReactNode } from "react";
import { beijingDateTime } from "../cases/format";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { CaseDetail } from "../types";
import { KeyComponentTablesOf } from "./CertificateTables";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Parties and product of a case (the certification unit, §3.1). */
export function CaseParties({ c }: { c: CaseDetail }) {
  const lang = useLang();
  const t = useT();
  return (
    <dl className="facts" data-testid="case-facts">
      <Row label={t("case.applicant")}>{pick(lang, c.applicant.nameZh, c.applicant.nameEn)}</Row>
      <Row label={t("case.manufacturer")}>{pick(lang, c.manufacturer.nameZh, c.manufacturer.nameEn)}</Row>
      <Row label={t("case.factory")}>
        {pick(lang, c.factory.nameZh, c.factory.nameEn)}
        <span className="secondary">
          {t("case.factoryCode")}
          {t("punct.colon")}
          <code>{c.factory.factoryCode}</code>
        </span>
      </Row>
      <Row label={t("case.productType")}>{t(`productType.${c.productType}`)}</Row>
      <Row label={t("case.productName")}>{pick(lang, c.productNameZh, c.productNameEn)}</Row>
      <Row label={t("case.series")}>{c.series}</Row>
      <Row label={t("case.frameCurrent")}>{c.frameCurrent} A</Row>
      <Row label={t("case.scheme")}>
        {c.schemeId} ({c.schemeVersion})
      </Row>
      {c.submittedAt ? <Row label={t("case.submittedAt")}>{beijingDateTime(c.submittedAt)}</Row> : null}
      {c.endReason ? <Row label={t("case.endReason")}>{c.endReason}</Row> : null}
    </dl>
  );
}

export function CaseModelsTable({ c }: { c: CaseDetail }) {
  const t = useT();
  return (
    <div className="table-scroll" role="region" aria-label={t("case.models")} tabIndex={0}>
      <table data-testid="case-models">
        <thead>
          <tr>
            <th scope="col">{t("cert.model.designation")}</th>
            <th scope="col">{t("cert.model.mounting")}</th>
            <th scope="col" className="num">{t("cert.model.poles")}</th>
            <th scope="col" className="num">{t("cert.model.ratedVoltage")}</th>
            <th scope="col">{t("cert.model.ratedCurrents")}</th>
            <th scope="col">{t("case.model.grade")}</th>
          </tr>
        </thead>
        <tbody>
          {c.models.map((m) => (
            <tr key={m.designation}>
              <th scope="row">{m.designation}</th>
              <td>{t(`mounting.${m.mounting}`)}</td>
              <td className="num">{m.poles}</td>
              <td className="num">{m.ratedVoltage} V</td>
              <td>{m.ratedCurrents.join(", ")} A</td>
              <td>{m.grade ?? <span className="muted">{t("case.model.gradePending")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CaseKeyComponents({ c }: { c: CaseDetail }) {
  const t = useT();
  return <KeyComponentTablesOf configurations={c.keyComponentConfigurations} typeName={(k) => t(`kcType.${k.type}`)} testId="case-key-components" />;
}
