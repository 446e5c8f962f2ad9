// One search result: number, status, product, holder, models, with the matched parts marked.
import { Fragment } from "react";
import { Link } from "@remix-run/react";
import { StatusBadge } from "../components/StatusBadge";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { CertificateSummary } from "../types";
import { Highlighted, MaybeHighlighted } from "./Highlighted";
import type { SearchHighlight } from "./types";

function ModelsSummary({ models, highlights }: { models: CertificateSummary["models"]; highlights: SearchHighlight[] }) {
  const t = useT();
  // Matched models first, so a model search shows the model it found.
  const matched = (designation: string) => highlights.some((h) => h.field === "models.designation" && h.value === designation);
  const inScope = models.filter((m) => m.status === "IN_SCOPE").sort((a, b) => Number(matched(b.designation)) - Number(matched(a.designation)));
  if (inScope.length === 0) return <>{t("cert.none")}</>;
  return (
    <>
      {/* Designations never break inside; the separators between them are where lines may break. */}
      {inScope.slice(0, 3).map((m, index) => (
        <Fragment key={m.designation}>
          {index > 0 ? ", " : ""}
          <span className="nowrap">
            <MaybeHighlighted highlights={highlights} field="models.designation" value={m.designation} />
          </span>
        </Fragment>
      ))}
      {inScope.length > 3 ? <span className="nowrap"> {t("search.moreModels", { count: inScope.length })}</span> : null}
    </>
  );
}

/** The label of a highlighted field that the result line does not show itself. */
function fieldLabel(field: string): "rs.field.number" | "rs.field.name" | "rs.field.model" | "rs.field.factoryCode" | "rs.field.supplier" | "rs.field.other" {
  if (field === "number") return "rs.field.number";
  if (field.endsWith(".nameZh") || field.endsWith(".nameEn")) return "rs.field.name";
  if (field === "models.designation") return "rs.field.model";
  if (field === "factory.factoryCode") return "rs.field.factoryCode";
  if (field === "keyComponents.supplier") return "rs.field.supplier";
  return "rs.field.other";
}

export function ResultItem({ node, highlights }: { node: CertificateSummary; highlights: SearchHighlight[] }) {
  const lang = useLang();
  const t = useT();
  const nameField = lang === "zh" ? "nameZh" : "nameEn";
  const applicant = pick(lang, node.applicant.nameZh, node.applicant.nameEn);
  const manufacturer = pick(lang, node.manufacturer.nameZh, node.manufacturer.nameEn);
  const shown = new Set([`number`, `applicant.${nameField}`, `manufacturer.${nameField}`, "models.designation"]);
  const shownValues = new Set([applicant, manufacturer, node.number, ...node.models.map((m) => m.designation)]);
  // Matches in what the line does not show (the other language's name, factory, supplier...), once per value.
  const elsewhere = highlights.filter((h) => !shown.has(h.field) && !shownValues.has(h.value))
    .filter((h, i, all) => all.findIndex((x) => x.value === h.value) === i).slice(0, 3);
  return (
    <li className="result">
      <div className="result__head">
        <Link to={`/certificates/${encodeURIComponent(node.number)}`} className="result__number" data-testid="result-link">
          <MaybeHighlighted highlights={highlights} field="number" value={node.number} />
        </Link>
        <StatusBadge status={node.status} until={node.suspendedUntil} testId="status-badge" />
      </div>
      <p className="result__product">
        {pick(lang, node.productNameZh, node.productNameEn)} · {node.series} · {t(`productTypeShort.${node.productType}`)} ·{" "}
        {node.frameCurrent} A
      </p>
      <dl className="result__facts">
        <div>
          <dt>{t("search.holder")}</dt>
          <dd>
            <MaybeHighlighted highlights={highlights} field={`applicant.${nameField}`} value={applicant} />
          </dd>
        </div>
        {manufacturer !== applicant ? (
          <div>
            <dt>{t("search.manufacturer")}</dt>
            <dd>
              <MaybeHighlighted highlights={highlights} field={`manufacturer.${nameField}`} value={manufacturer} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("search.models")}</dt>
          <dd>
            <ModelsSummary models={node.models} highlights={highlights} />
          </dd>
        </div>
        <div>
          <dt>{t("search.expires")}</dt>
          <dd>
            <time dateTime={node.expiresOn}>{node.expiresOn}</time>
          </dd>
        </div>
      </dl>
      {elsewhere.length > 0 ? (
        <p className="matched" data-testid="matched-elsewhere">
          {t("rs.matched")}:{" "}
          {elsewhere.map((h, i) => (
            <Fragment key={`${h.field}${h.value}`}>
              {i > 0 ? " · " : ""}
              {t(fieldLabel(h.field))} <Highlighted value={h.value} ranges={h.ranges} />
            </Fragment>
          ))}
        </p>
      ) : null}
    </li>
  );
}
