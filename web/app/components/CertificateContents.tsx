import type { ReactNode } from "react";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { CertificateDetail, Party } from "../types";
import type { Translate } from "../i18n";

/** Known result codes get a label; any other text from the API is shown as it is. */
function surveillanceResult(t: Translate, result: string): string {
  return result === "PASSED" || result === "FAILED" ? t(`surveillance.${result}`) : result;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A legal name: in English the Chinese registered name stays visible beneath it. */
function Name({ zh, en }: { zh: string; en: string }) {
  const lang = useLang();
  if (lang === "zh" || en.trim() === "") return <span lang="zh-CN">{zh}</span>;
  return (
    <>
      <span>{en}</span>
      <span className="secondary" lang="zh-CN">
        {zh}
      </span>
    </>
  );
}

function PartyBlock({ party, extra }: { party: Party; extra?: ReactNode }) {
  const lang = useLang();
  const t = useT();
  return (
    <>
      <Name zh={party.nameZh} en={party.nameEn} />
      {extra}
      <span className="secondary">
        {t("cert.address")}
        {t("punct.colon")}{pick(lang, party.addressZh, party.addressEn)}
      </span>
    </>
  );
}

export function CertificateContents({ certificate: c }: { certificate: CertificateDetail }) {
  const lang = useLang();
  const t = useT();
  return (
    <section aria-labelledby="contents-heading">
      <h2 id="contents-heading">{t("cert.contents")}</h2>
      <dl className="facts" data-testid="certificate-contents">
        <Row label={t("cert.applicant")}>
          <PartyBlock party={c.applicant} />
        </Row>
        <Row label={t("cert.manufacturer")}>
          <PartyBlock party={c.manufacturer} />
        </Row>
        <Row label={t("cert.factory")}>
          <PartyBlock
            party={c.factory}
            extra={
              <span className="secondary">
                {t("cert.factoryCode")}
                {t("punct.colon")}
                <code data-testid="factory-code">{c.factory.factoryCode}</code>
              </span>
            }
          />
        </Row>
        <Row label={t("cert.unitName")}>{c.unitName}</Row>
        <Row label={t("cert.productName")}>
          <Name zh={c.productNameZh} en={c.productNameEn} />
        </Row>
        <Row label={t("cert.productType")}>{t(`productType.${c.productType}`)}</Row>
        <Row label={t("cert.series")}>{c.series}</Row>
        <Row label={t("cert.frameCurrent")}>{c.frameCurrent} A</Row>
        <Row label={t("cert.basis")}>
          <ul className="plain-list">
            {c.basis.map((basis) => (
              <li key={basis}>{basis}</li>
            ))}
          </ul>
        </Row>
        <Row label={t("cert.mode")}>{pick(lang, c.modeZh, c.modeEn)}</Row>
        <Row label={t("cert.certificationBody")}>
          <Name zh={c.certificationBody.nameZh} en={c.certificationBody.nameEn} />
        </Row>
        <Row label={t("cert.firstIssuedOn")}>
          <time dateTime={c.firstIssuedOn}>{c.firstIssuedOn}</time>
        </Row>
        <Row label={t("cert.issuedOn")}>
          <time dateTime={c.issuedOn}>{c.issuedOn}</time>
        </Row>
        <Row label={t("cert.expiresOn")}>
          <time dateTime={c.expiresOn}>{c.expiresOn}</time>
        </Row>
        <Row label={t("cert.currentVersion")}>{t("cert.version", { no: c.currentVersionNo })}</Row>
        <Row label={t("cert.statusChangedAt")}>
          <time dateTime={c.statusChangedAt}>{c.statusChangedAt.slice(0, 10)}</time>
        </Row>
        {c.latestSurveillance ? (
          <Row label={t("cert.latestSurveillance")}>
            <time dateTime={c.latestSurveillance.date}>{c.latestSurveillance.date}</time> ·{" "}
            {surveillanceResult(t, c.latestSurveillance.result)}
          </Row>
        ) : null}
      </dl>
    </section>
  );
}
