import { useT } from "../hooks";
import type { CaseStatus } from "../types";

type Tone = "open" | "waiting" | "good" | "ended";

// Colour, symbol and word together, as the certificate badges do.
const TONE: Record<CaseStatus, Tone> = {
  DRAFT: "waiting",
  SUBMITTED: "open",
  RETURNED: "waiting",
  REFUSED: "ended",
  DOCUMENT_REVIEW: "open",
  SUPPLEMENT_REQUESTED: "waiting",
  IN_EVALUATION: "open",
  IN_REVIEW: "open",
  AWAITING_DECISION: "open",
  CERTIFIED: "good",
  TERMINATED: "ended",
  WITHDRAWN: "ended",
};
const SYMBOL: Record<Tone, string> = { open: "●", waiting: "◔", good: "✓", ended: "–" };

export function CaseStatusBadge({ status, testId = "case-status" }: { status: CaseStatus; testId?: string }) {
  const t = useT();
  const tone = TONE[status];
  return (
    <span className={`badge badge--case-${tone}`} data-status={status} data-testid={testId}>
      <span aria-hidden="true" className="badge__symbol">
        {SYMBOL[tone]}
      </span>
      {t(`caseStatus.${status}`)}
    </span>
  );
}
