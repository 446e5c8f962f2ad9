// Reading the requirement-change forms (§8.4): pure.
import { reader, type Parsed } from "../surveillance/forms";
import type { RequirementChangeKind } from "./types";

export function parseAnnounce(form: FormData): Parsed<{
  kind: RequirementChangeKind; titleZh: string; titleEn: string; planZh: string; transitionDeadline: string; schemeVersion: string | null;
}> {
  const r = reader(form);
  const kind = r.required("kind");
  if (kind && kind !== "RULE" && kind !== "STANDARD") r.problems.kind = "sv.error.required";
  return r.done({
    kind: kind as RequirementChangeKind, titleZh: r.required("titleZh"), titleEn: r.required("titleEn"), planZh: r.required("planZh"),
    transitionDeadline: r.date("transitionDeadline", true) ?? "", schemeVersion: r.text("schemeVersion") || null,
  });
}

export function parseTransition(form: FormData): Parsed<{ note: string }> {
  const r = reader(form);
  return r.done({ note: r.text("note") });
}
