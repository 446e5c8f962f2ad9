// Reads the search page's state from the URL; everything the page shows is linkable.
import { CERTIFICATE_STATUSES, PRODUCT_TYPES, type CertificateFilter, type CertificateStatus, type ProductType } from "./types";

export const PAGE_SIZE = 20;
const MAX_QUERY_LENGTH = 200;
/** Frame currents (Inm, A) offered in the filter; a value from the URL outside the list is kept. */
export const FRAME_CURRENTS = [63, 100, 125, 160, 225, 250, 400, 630, 800, 1000, 1250, 1600, 2000, 2500, 3200, 4000, 5000, 6300];

export interface SearchState {
  q: string;
  status: CertificateStatus[];
  productType: ProductType[];
  frameCurrent: number | null;
  /** Manufacturer organisation ids (the manufacturer facet's links). */
  manufacturerId: string[];
  /** Cursor of the current page (absent on the first page). */
  after: string | null;
  /** `after` values of the pages before this one, oldest first ("" = the first page). */
  prev: string[];
}

function oneOf<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

export function parseSearchState(url: URL): SearchState {
  const params = url.searchParams;
  const frame = Number.parseInt(params.get("frameCurrent") ?? "", 10);
  return {
    q: (params.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH),
    status: oneOf(CERTIFICATE_STATUSES, params.getAll("status")),
    productType: oneOf(PRODUCT_TYPES, params.getAll("productType")),
    frameCurrent: Number.isInteger(frame) && frame > 0 ? frame : null,
    manufacturerId: params.getAll("manufacturerId").filter((id) => /^[0-9a-f-]{36}$/i.test(id)).slice(0, 20),
    after: params.get("after") || null,
    prev: params.getAll("prev").slice(-500),
  };
}

export function toFilter(state: SearchState): (CertificateFilter & { manufacturerId?: string[] }) | null {
  const filter: CertificateFilter & { manufacturerId?: string[] } = {};
  if (state.manufacturerId.length > 0) filter.manufacturerId = state.manufacturerId;
  if (state.status.length > 0) filter.status = state.status;
  if (state.productType.length > 0) filter.productType = state.productType;
  if (state.frameCurrent !== null) filter.frameCurrent = [state.frameCurrent];
  return Object.keys(filter).length > 0 ? filter : null;
}
