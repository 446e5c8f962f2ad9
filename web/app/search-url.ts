// Builds the search page's links (pagination keeps the query and filters).
export interface SearchUrlState {
  q: string;
  status: string[];
  productType: string[];
  frameCurrent: number | null;
  manufacturerId?: string[];
  after: string | null;
  prev: string[];
}

export function searchHref(state: SearchUrlState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const s of state.status) params.append("status", s);
  for (const p of state.productType) params.append("productType", p);
  if (state.frameCurrent !== null) params.set("frameCurrent", String(state.frameCurrent));
  for (const id of state.manufacturerId ?? []) params.append("manufacturerId", id);
  if (state.after) {
    params.set("after", state.after);
    for (const cursor of state.prev) params.append("prev", cursor);
  }
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

export function nextPageHref(state: SearchUrlState, endCursor: string): string {
  return searchHref({ ...state, after: endCursor, prev: [...state.prev, state.after ?? ""] });
}

export function previousPageHref(state: SearchUrlState): string {
  const prev = state.prev.slice(0, -1);
  const after = state.prev.at(-1) || null;
  return searchHref({ ...state, after, prev: after ? prev : [] });
}

export function firstPageHref(state: SearchUrlState): string {
  return searchHref({ ...state, after: null, prev: [] });
}

export type FacetKey = "status" | "productType" | "frameCurrent" | "manufacturerId";

/** The first page with one facet value added, or removed when it is already chosen. */
export function facetToggleHref(state: SearchUrlState, key: FacetKey, value: string): string {
  const toggle = (values: string[]) => (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);
  const next: SearchUrlState = { ...state, after: null, prev: [] };
  if (key === "status") next.status = toggle(state.status);
  else if (key === "productType") next.productType = toggle(state.productType);
  else if (key === "manufacturerId") next.manufacturerId = toggle(state.manufacturerId ?? []);
  else next.frameCurrent = state.frameCurrent === Number(value) ? null : Number(value);
  return searchHref(next);
}
