import { CERTIFICATE_STATUSES, PRODUCT_TYPES, type CertificateStatus, type ProductType } from "../types";
import type { RegulatorFilter } from "./regulator-queries.server";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the dashboard's filter form put in the URL; values the API would refuse are dropped. */
export interface DashboardParams {
  status: CertificateStatus | "";
  productType: ProductType | "";
  issuedFrom: string;
  issuedTo: string;
  reasonCode: string;
  after: string | null;
}

export function readParams(search: URLSearchParams): DashboardParams {
  const status = search.get("status") ?? "";
  const productType = search.get("productType") ?? "";
  const date = (name: string) => {
    const value = search.get(name) ?? "";
    return DATE.test(value) ? value : "";
  };
  return {
    status: (CERTIFICATE_STATUSES as readonly string[]).includes(status) ? (status as CertificateStatus) : "",
    productType: (PRODUCT_TYPES as readonly string[]).includes(productType) ? (productType as ProductType) : "",
    issuedFrom: date("issuedFrom"),
    issuedTo: date("issuedTo"),
    reasonCode: (search.get("reasonCode") ?? "").trim().toUpperCase().slice(0, 20),
    after: search.get("after") || null,
  };
}

export function toFilter(p: DashboardParams): RegulatorFilter {
  return {
    ...(p.status ? { status: [p.status] } : {}),
    ...(p.productType ? { productType: [p.productType] } : {}),
    ...(p.issuedFrom ? { issuedFrom: p.issuedFrom } : {}),
    ...(p.issuedTo ? { issuedTo: p.issuedTo } : {}),
    ...(p.reasonCode ? { reasonCode: [p.reasonCode] } : {}),
  };
}

/** The same filters with another page cursor (null: the first page). */
export function withCursor(p: DashboardParams, after: string | null): string {
  const search = new URLSearchParams();
  for (const key of ["status", "productType", "issuedFrom", "issuedTo", "reasonCode"] as const) if (p[key]) search.set(key, p[key]);
  if (after) search.set("after", after);
  const text = search.toString();
  return text ? `?${text}` : "";
}
