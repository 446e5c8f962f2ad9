import { data, redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPanel } from "../components/ErrorPanel";
import { graphql, GraphQLRequestError } from "../graphql.server";
import { useT } from "../hooks";
import { translator } from "../i18n";
import { getLang } from "../lang.server";
import { Facets } from "../registry-search/Facets";
import facetsHref from "../registry-search/facets.css?url";
import { RegistrySearchQuery } from "../registry-search/queries.server";
import { ResultItem } from "../registry-search/ResultItem";
import { FRAME_CURRENTS, PAGE_SIZE, parseSearchState, toFilter } from "../search-state";
import { firstPageHref, nextPageHref, previousPageHref } from "../search-url";
import { getToken } from "../session.server";
import { CERTIFICATE_STATUSES, PRODUCT_TYPES } from "../types";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: facetsHref }];

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.lang ?? "zh");
  return [{ title: `${t("search.title")} · ${t("site.title")}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // A GET form also submits its empty fields ("frameCurrent="): drop them for clean, shareable URLs.
  const empty = [...url.searchParams].filter(([key, value]) => value === "" && key !== "prev").map(([key]) => key);
  if (empty.length > 0) {
    for (const key of empty) url.searchParams.delete(key, "");
    throw redirect(url.pathname + url.search);
  }
  const state = parseSearchState(url);
  const token = await getToken(request);
  try {
    const result = await graphql(
      RegistrySearchQuery,
      { query: state.q || null, filter: toFilter(state), first: PAGE_SIZE, after: state.after },
      { token, request },
    );
    return { lang: getLang(request), state, connection: result.searchCertificates };
  } catch (error) {
    // A stale or hand-edited cursor: a 400 page rather than a crash.
    if (error instanceof GraphQLRequestError && error.code === "BAD_USER_INPUT") {
      throw data({ reason: "BAD_SEARCH", message: error.message }, { status: 400 });
    }
    throw error;
  }
}

function Filters() {
  const { state } = useLoaderData<typeof loader>();
  const t = useT();
  const frames =
    state.frameCurrent !== null && !FRAME_CURRENTS.includes(state.frameCurrent)
      ? [...FRAME_CURRENTS, state.frameCurrent].sort((a, b) => a - b)
      : FRAME_CURRENTS;
  return (
    <div className="filters">
      <fieldset>
        <legend>{t("search.status")}</legend>
        {CERTIFICATE_STATUSES.map((status) => (
          <label key={status} className="check">
            <input type="checkbox" name="status" value={status} defaultChecked={state.status.includes(status)} />
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("search.productType")}</legend>
        {PRODUCT_TYPES.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" name="productType" value={type} defaultChecked={state.productType.includes(type)} />
            {t(`productType.${type}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="frameCurrent">{t("search.frameCurrent")}</label>
        <select id="frameCurrent" name="frameCurrent" defaultValue={state.frameCurrent ?? ""}>
          <option value="">{t("search.any")}</option>
          {frames.map((frame) => (
            <option key={frame} value={frame}>
              {frame} A
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function Pagination() {
  const { state, connection } = useLoaderData<typeof loader>();
  const t = useT();
  const page = state.after ? state.prev.length + 1 : 1;
  const hasPrevious = state.after !== null;
  const { hasNextPage, endCursor } = connection.pageInfo;
  if (!hasPrevious && !hasNextPage) return null;
  return (
    <nav className="pagination" aria-label={t("search.pagination")}>
      {page > 2 ? <Link to={firstPageHref(state)}>{t("search.first")}</Link> : null}
      {hasPrevious ? (
        <Link to={previousPageHref(state)} rel="prev" data-testid="page-prev">
          ← {t("search.prev")}
        </Link>
      ) : null}
      <span aria-current="page">{t("search.page", { page })}</span>
      {hasNextPage && endCursor ? (
        <Link to={nextPageHref(state, endCursor)} rel="next" data-testid="page-next">
          {t("search.next")} →
        </Link>
      ) : null}
    </nav>
  );
}

export default function SearchPage() {
  const { state, connection } = useLoaderData<typeof loader>();
  const t = useT();
  const navigation = useNavigation();
  const busy = navigation.state === "loading" && navigation.location.pathname === "/";
  const filtered = state.q !== "" || state.status.length + state.productType.length + state.manufacturerId.length > 0 || state.frameCurrent !== null;
  return (
    <>
      <h1>{t("search.title")}</h1>
      {/* Remounts on navigation so the inputs always show the URL's state. */}
      <Form method="get" action="/" className="search-form" role="search" key={`${state.q}|${state.status}|${state.productType}|${state.frameCurrent}|${state.manufacturerId}`}>
        <div className="search-box">
          <label htmlFor="q" className="search-box__label">
            {t("search.label")}
          </label>
          <div className="search-box__row">
            <input
              id="q"
              type="search"
              name="q"
              defaultValue={state.q}
              placeholder={t("search.placeholder")}
              autoComplete="off"
              enterKeyHint="search"
              maxLength={200}
              data-testid="search-input"
            />
            <button type="submit" className="button" data-testid="search-submit">
              {t("search.submit")}
            </button>
          </div>
        </div>
        <details className="filters-toggle" open={filtered || undefined}>
          <summary>{t("search.filters")}</summary>
          <Filters />
          {state.manufacturerId.map((id) => (
            <input key={id} type="hidden" name="manufacturerId" value={id} />
          ))}
          {filtered ? (
            <p>
              <Link to="/">{t("search.reset")}</Link>
            </p>
          ) : null}
        </details>
      </Form>

      <section aria-labelledby="results-heading" className="results" aria-busy={busy}>
        <h2 id="results-heading" className="visually-hidden">
          {t("search.results")}
        </h2>
        <p className="result-count" data-testid="result-count" data-count={connection.totalCount} aria-live="polite">
          {connection.totalCountIsEstimate
            ? t("rs.countAtLeast", { count: connection.totalCount.toLocaleString("en-US") })
            : connection.totalCount === 1
              ? t("search.countOne")
              : t("search.count", { count: connection.totalCount })}
        </p>
        {connection.facetsAreEstimates ? (
          <p className="facets-estimated" data-testid="facets-estimated">
            {t("rs.facetsEstimated")}
          </p>
        ) : null}
        {connection.totalCount > 0 ? <Facets facets={connection.facets} state={state} /> : null}
        {connection.edges.length === 0 ? (
          <div className="empty" data-testid="empty-state">
            <p className="empty__title">{t("search.empty")}</p>
            <p>{t("search.emptyHint")}</p>
          </div>
        ) : (
          <ol className="result-list">
            {connection.edges.map((edge) => (
              <ResultItem key={edge.cursor} node={edge.node} highlights={edge.highlights} />
            ))}
          </ol>
        )}
        <Pagination />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPanel />;
}
