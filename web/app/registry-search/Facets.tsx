import { Link } from "@remix-run/react";
import { useLang, useT } from "../hooks";
import { pick } from "../i18n";
import type { SearchState } from "../search-state";
import { facetToggleHref, type FacetKey } from "../search-url";
import type { SearchFacets } from "./types";

interface Entry {
  key: FacetKey;
  value: string;
  label: string;
  count: number;
  active: boolean;
}

function Group({ title, entries, state, testId }: { title: string; entries: Entry[]; state: SearchState; testId: string }) {
  const t = useT();
  if (entries.length === 0) return null;
  return (
    <div className="facets__group" data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {entries.map((e) => (
          <li key={e.value}>
            <Link
              to={facetToggleHref(state, e.key, e.value)}
              aria-current={e.active ? "true" : undefined}
              aria-label={e.active ? t("rs.facet.remove", { label: e.label }) : `${e.label} (${t("rs.facet.count", { count: e.count })})`}
              data-testid="facet-link"
              data-facet={e.key}
              data-value={e.value}
            >
              {e.label}
              <span className="facets__count">{e.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Facet counts over every match, each value a link that adds (or removes) it as a filter. */
export function Facets({ facets, state }: { facets: SearchFacets; state: SearchState }) {
  const t = useT();
  const lang = useLang();
  const frames = [...facets.frameCurrent].sort((a, b) => a.value - b.value);
  return (
    <details className="facets" open data-testid="facets">
      <summary>{t("rs.facets")}</summary>
      <div className="facets__groups">
        <Group title={t("rs.facet.status")} testId="facet-status" state={state}
          entries={facets.status.map((f) => ({ key: "status", value: f.value, label: t(`status.${f.value}`), count: f.count, active: state.status.includes(f.value) }))} />
        <Group title={t("rs.facet.productType")} testId="facet-productType" state={state}
          entries={facets.productType.map((f) => ({ key: "productType", value: f.value, label: t(`productTypeShort.${f.value}`), count: f.count, active: state.productType.includes(f.value) }))} />
        <Group title={t("rs.facet.frameCurrent")} testId="facet-frameCurrent" state={state}
          entries={frames.map((f) => ({ key: "frameCurrent", value: String(f.value), label: `${f.value} A`, count: f.count, active: state.frameCurrent === f.value }))} />
        <Group title={t("rs.facet.manufacturer")} testId="facet-manufacturer" state={state}
          entries={facets.manufacturer.map((f) => ({ key: "manufacturerId", value: f.id, label: pick(lang, f.nameZh, f.nameEn), count: f.count, active: state.manufacturerId.includes(f.id) }))} />
      </div>
    </details>
  );
}
