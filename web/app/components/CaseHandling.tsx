import { useRootData } from "../hooks";
import type { CaseDetail, Role } from "../types";
import { CaseAssignment } from "./CaseAssignment";
import { CaseFeePayment } from "./CaseFeePayment";

/** Certification-body staff: they see who handles a case (the applicant does not). */
const STAFF: Role[] = ["ENGINEER", "INSPECTOR", "REVIEWER", "DECIDER", "ADMIN"];

/**
 * Case handling beside the case's own actions: the engineer in charge (workbench) and the §6.3
 * fee (workbench and portal; only an engineer records the payment). The viewer's role comes
 * from the layout data; the API decides every post.
 */
export function CaseHandling({ c }: { c: CaseDetail }) {
  const role = useRootData()?.viewer?.role;
  return (
    <>
      {role && STAFF.includes(role) ? <CaseAssignment c={c} role={role} /> : null}
      <CaseFeePayment c={c} mayRecord={role === "ENGINEER"} />
    </>
  );
}
