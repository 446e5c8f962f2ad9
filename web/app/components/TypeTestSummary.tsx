import type { ReactNode } from "react";
import type { TypeTest } from "../cases/type-test-types";
import { useLang, useT } from "../hooks";
import { pick, type MessageKey } from "../i18n";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The type test as it stands: lab, items, dates, samples and results of every round. */
export function TypeTestSummary({ tt, reportHref }: { tt: TypeTest; reportHref?: string }) {
  const lang = useLang();
  const t = useT();
  const rounds = [...new Set(tt.results.map((r) => r.round))].sort((a, b) => b - a);
  // Results grouped by test item, in the order the items were required (then any others).
  const itemsOf = (round: number) => {
    const present = new Set(tt.results.filter((r) => r.round === round).map((r) => r.testItem));
    return [...tt.testItems.filter((item) => present.has(item)), ...[...present].filter((item) => !tt.testItems.includes(item))];
  };
  return (
    <>
      <dl className="facts" data-testid="type-test" data-status={tt.status} data-version={tt.version}>
        <Row label={t("typeTest.status")}>
          <span className="tag" data-testid="type-test-status">{t(`typeTestStatus.${tt.status}`)}</span> {t("typeTest.roundN", { round: tt.round })}
        </Row>
        <Row label={t("typeTest.lab")}>
          {pick(lang, tt.lab.nameZh, tt.lab.nameEn)}
          <span className="secondary"> {t("typeTest.cma")} {tt.lab.cmaCertificateNo}</span>
        </Row>
        <Row label={t("typeTest.items")}>
          <ul className="plain-list">
            {tt.testItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </Row>
        <Row label={t("typeTest.startsOn")}>{t(`startsOn.${tt.startsOn}` as MessageKey)}</Row>
        <Row label={t("typeTest.timeLimit")}>
          <span data-testid="type-test-limit" data-amount={tt.timeLimit.amount}>
            {tt.timeLimit.governedBy
              ? t("typeTest.timeLimit.governed", { amount: tt.timeLimit.amount, component: t(`kcType.${tt.timeLimit.governedBy}`), schemeAmount: tt.timeLimit.schemeAmount })
              : t("typeTest.timeLimit.scheme", { amount: tt.timeLimit.amount })}
          </span>
        </Row>
        {tt.keyComponentTests.length ? (
          <Row label={t("typeTest.keyComponents")}>
            <ul className="plain-list" data-testid="type-test-key-components">
              {tt.keyComponentTests.map((k) => (
                <li key={k.type}>{t("typeTest.keyComponents.item", { component: t(`kcType.${k.type}`), days: k.workingDays })}</li>
              ))}
            </ul>
          </Row>
        ) : null}
        {tt.samplesReceivedOn ? <Row label={t("typeTest.samplesReceivedOn")}>{tt.samplesReceivedOn}</Row> : null}
        {tt.feeReceivedOn ? <Row label={t("typeTest.feeReceivedOn")}>{tt.feeReceivedOn}</Row> : null}
        {tt.dueOn ? <Row label={t("typeTest.dueOn")}>{tt.dueOn}</Row> : null}
        {tt.rectificationDueOn ? <Row label={t("typeTest.rectificationDueOn")}>{tt.rectificationDueOn}</Row> : null}
        {tt.completedOn ? <Row label={t("typeTest.completedOn")}>{tt.completedOn}</Row> : null}
        {tt.reportDocumentId ? (
          <Row label={t("typeTest.report")}>
            {reportHref ? (
              <a href={reportHref} data-testid="type-test-report">
                {t("typeTest.report.download")}
              </a>
            ) : (
              <span data-testid="type-test-report">{t("typeTest.report.attached")}</span>
            )}
          </Row>
        ) : null}
      </dl>

      <h3>{t("typeTest.samples")}</h3>
      {tt.samples.length === 0 ? (
        <p>{t("typeTest.samples.none")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t("typeTest.samples")} tabIndex={0}>
          <table data-testid="type-test-samples">
            <thead>
              <tr>
                <th scope="col">{t("typeTest.round")}</th>
                <th scope="col">{t("typeTest.designation")}</th>
                <th scope="col">{t("typeTest.purpose")}</th>
                <th scope="col">{t("typeTest.count")}</th>
                <th scope="col">{t("typeTest.receivedOn")}</th>
                <th scope="col">{t("typeTest.configuration")}</th>
              </tr>
            </thead>
            <tbody>
              {tt.samples.map((s, index) => (
                <tr key={index}>
                  <td>{s.round}</td>
                  <th scope="row">{s.designation}</th>
                  <td>{t(`samplePurpose.${s.purpose}`)}</td>
                  <td>{s.count}</td>
                  <td>{s.receivedOn}</td>
                  <td>{s.keyComponentConfiguration}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t("typeTest.results")}</h3>
      {rounds.length === 0 ? <p>{t("typeTest.results.none")}</p> : null}
      {rounds.map((round) => (
        <div key={round}>
          <h4>{t("typeTest.roundN", { round })}</h4>
          {itemsOf(round).map((item, i) => (
            <div key={item}>
              <p className="result-item">
                <strong>{item}</strong>
              </p>
              <div className="table-scroll" role="region" aria-label={`${t("typeTest.roundN", { round })} · ${item}`} tabIndex={0}>
                <table data-testid={`type-test-results-${round}-${i}`}>
                  <thead>
                    <tr>
                      <th scope="col">{t("typeTest.designation")}</th>
                      <th scope="col">{t("typeTest.verdict")}</th>
                      <th scope="col">{t("typeTest.measured")}</th>
                      <th scope="col">{t("typeTest.limit")}</th>
                      <th scope="col">{t("typeTest.grade")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {tt.results
                      .filter((r) => r.round === round && r.testItem === item)
                      .map((r) => (
                        <tr key={r.designation} data-passed={r.passed}>
                          <th scope="row">{r.designation}</th>
                          <td>{r.passed ? t("typeTest.pass") : <strong className="result-fail">{t("typeTest.fail")}</strong>}</td>
                          <td>
                            {r.measuredValue} {r.unit}
                          </td>
                          <td>{r.limit === null ? "—" : `${r.limit} ${r.unit}`}</td>
                          <td>{r.grade ?? "—"}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}
