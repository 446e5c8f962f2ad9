import { useT } from "../hooks";

export interface Freshness {
  /** Beijing wall time of the registry's latest change to this record, or null when unknown. */
  statusAsOf: string | null;
  lagSeconds: number;
}

/** "Status as of …" and the registry lag, under the status badge. */
export function FreshnessNote({ freshness }: { freshness: Freshness }) {
  const t = useT();
  return (
    <p data-testid="freshness" style={{ color: "#555", fontSize: "0.9rem", margin: "0.25rem 0 0" }}>
      <span data-testid="status-as-of">
        {freshness.statusAsOf ? t("cp.asOf", { time: freshness.statusAsOf }) : t("cp.asOfUnknown")}
      </span>
      {" · "}
      <span data-testid="registry-lag" data-lag={freshness.lagSeconds}>
        {freshness.lagSeconds === 0 ? t("cp.upToDate") : t("cp.lagging", { seconds: freshness.lagSeconds })}
      </span>
    </p>
  );
}

/** Each version's certificate PDF, the signed record and the public key, and how to verify them. */
export function CertificateDocuments({ number, versions }: { number: string; versions: Array<{ versionNo: number }> }) {
  const t = useT();
  const base = `/certificates/${encodeURIComponent(number)}`;
  return (
    <section aria-labelledby="documents-heading" data-testid="certificate-documents">
      <h2 id="documents-heading">{t("cp.documents")}</h2>
      <ul>
        {versions.map((v) => (
          <li key={v.versionNo}>
            <a href={`${base}/versions/${v.versionNo}/certificate.pdf`} download={`${number}-v${v.versionNo}.pdf`} data-testid="pdf-link">
              {t("cp.pdf", { no: v.versionNo })}
            </a>
          </li>
        ))}
        <li>
          <a href={`${base}/signed.json`} data-testid="signed-record-link">{t("cp.signed")}</a>
        </li>
        <li>
          <a href="/certificates/signing-key.json" data-testid="signing-key-link">{t("cp.key")}</a>
        </li>
      </ul>
      <details>
        <summary>{t("cp.howTo")}</summary>
        <p>{t("cp.howToBody")}</p>
      </details>
    </section>
  );
}
