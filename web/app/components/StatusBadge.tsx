import { useT } from "../hooks";
import type { CertificateStatus } from "../types";

// A symbol besides the colour and the word, so status never rests on colour alone.
const SYMBOL: Record<CertificateStatus, string> = {
  VALID: "✓",
  SUSPENDED: "‖",
  REVOKED: "✕",
  CANCELLED: "–",
  EXPIRED: "◷",
};

export function StatusBadge({
  status,
  until,
  testId,
}: {
  status: CertificateStatus;
  until?: string | null;
  testId?: string;
}) {
  const t = useT();
  return (
    <span className={`badge badge--${status.toLowerCase()}`} data-status={status} data-testid={testId}>
      <span aria-hidden="true" className="badge__symbol">
        {SYMBOL[status]}
      </span>
      {t(`status.${status}`)}
      {status === "SUSPENDED" && until ? <span className="badge__until">{t("cert.until", { date: until })}</span> : null}
    </span>
  );
}
