import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { CertifiedModel, KeyComponent, KeyComponentConfiguration } from "../types";

/** Wide tables scroll inside their own box on a phone; the box is focusable for keyboard users. */
function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function ModelsTable({ models }: { models: CertifiedModel[] }) {
  const t = useT();
  return (
    <TableScroll label={t("cert.scope")}>
      <table data-testid="models-table">
        <thead>
          <tr>
            <th scope="col">{t("cert.model.designation")}</th>
            <th scope="col">{t("cert.model.type")}</th>
            <th scope="col">{t("cert.model.mounting")}</th>
            <th scope="col" className="num">{t("cert.model.poles")}</th>
            <th scope="col" className="num">{t("cert.model.ratedVoltage")}</th>
            <th scope="col" className="num">{t("cert.model.frameCurrent")}</th>
            <th scope="col">{t("cert.model.ratedCurrents")}</th>
            <th scope="col">{t("cert.model.grade")}</th>
            <th scope="col">{t("cert.model.status")}</th>
          </tr>
        </thead>
        <tbody>
          {models.map((m, index) => (
            <tr key={`${m.designation}-${index}`} className={m.status === "WITHDRAWN" ? "row--withdrawn" : undefined} data-model-status={m.status}>
              <th scope="row">{m.designation}</th>
              <td>{t(`productTypeShort.${m.productType}`)}</td>
              <td>{t(`mounting.${m.mounting}`)}</td>
              <td className="num">{m.poles}</td>
              <td className="num">{m.ratedVoltage} V</td>
              <td className="num">{m.frameCurrent} A</td>
              <td>{m.ratedCurrents.join(", ")} A</td>
              <td>{m.grade}</td>
              <td>
                {t(`modelStatus.${m.status}`)}
                {m.withdrawnOn ? (
                  <span className="secondary">{t("cert.model.withdrawnOn", { date: m.withdrawnOn })}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The fields every key-component table shows, whether from a certificate or from a case. */
type KeyComponentRow = Omit<KeyComponent, "typeZh" | "typeEn">;

/** A certificate's key components: the scheme's name of each type comes with the record. */
export function KeyComponentTables({ configurations }: { configurations: KeyComponentConfiguration[] }) {
  const lang = useLang();
  return <KeyComponentTablesOf configurations={configurations} typeName={(c) => pick(lang, c.typeZh, c.typeEn)} testId="key-components-table" />;
}

/**
 * One table per key-component configuration, for certificates and cases alike. `typeName` names
 * a component's type: certificates carry the scheme's names, cases only the type code.
 */
export function KeyComponentTablesOf<K extends KeyComponentRow>({ configurations, typeName, testId }: {
  configurations: Array<{ label: string; components: K[] }>;
  typeName: (component: K) => string;
  testId: string;
}) {
  const t = useT();
  const nameOf = typeName;
  const dash = t("cert.none");
  if (configurations.length === 0) return <p>{dash}</p>;
  return (
    <>
      {configurations.map((config) => {
        const title = t("cert.keyComponents.configuration", { label: config.label });
        return (
          <div key={config.label} className="kc-config">
            <h3>{title}</h3>
            <TableScroll label={title}>
              <table data-testid={testId}>
                <thead>
                  <tr>
                    <th scope="col">{t("cert.kc.type")}</th>
                    <th scope="col">{t("cert.kc.model")}</th>
                    <th scope="col">{t("cert.kc.rating")}</th>
                    <th scope="col">{t("cert.kc.material")}</th>
                    <th scope="col">{t("cert.kc.grade")}</th>
                    <th scope="col">{t("cert.kc.dimensions")}</th>
                    <th scope="col">{t("cert.kc.supplier")}</th>
                  </tr>
                </thead>
                <tbody>
                  {config.components.map((c, index) => (
                    <tr key={`${c.type}-${index}`} data-component-type={c.type}>
                      <th scope="row">{nameOf(c)}</th>
                      <td>{c.model ?? dash}</td>
                      <td>{c.rating ?? dash}</td>
                      <td>{c.material ?? dash}</td>
                      <td>{c.grade ?? dash}</td>
                      <td>{c.dimensions ?? dash}</td>
                      <td>{c.supplier}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        );
      })}
    </>
  );
}
