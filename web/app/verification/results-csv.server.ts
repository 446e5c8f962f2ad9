import { stringify } from "csv-stringify/sync";
import type { VerificationRow } from "./queries.server";

/** The result table as CSV: one row per certificate found, one row for an identifier not found. */
export function resultsCsv(rows: readonly VerificationRow[]): string {
  const records = rows.flatMap((row) =>
    row.certificates.length === 0
      ? [[row.identifier, row.matched, "", "", "", "", "", ""]]
      : row.certificates.map((c) => [
          row.identifier, row.matched, c.number, c.status, c.holder.nameZh, c.holder.nameEn, c.expiresOn,
          c.model ? `${c.model.designation} ${c.model.status}` : "",
        ]),
  );
  return stringify(records, {
    bom: true,
    header: true,
    columns: ["identifier", "matched", "number", "status", "holderZh", "holderEn", "expiresOn", "model"],
  });
}
