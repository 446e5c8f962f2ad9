import { CertificateStatus, type Scheme } from '@cqc/db';
import type { RuleFinding } from '../application/rules/finding.js';
import type { NoticeValue } from '../notice/write-notice.js';

export interface MarkApprovalInput {
  number: string;
  methods: string[];
  positions: string[];
  /** §10.1: the holder confirms it uses only the undistorted standard mark. */
  undistortedDeclared: boolean;
  designDocumentId: string | null;
  note: string;
}

export const MAX_NOTE = 2000;

/** Whether the certificate gives a right to the mark now: only a certificate in force (§10, §8.5). */
export function certificateInForce(status: CertificateStatus): boolean {
  return status === CertificateStatus.VALID;
}

/** The §10 findings on an application's methods, positions and style declaration. Pure. */
export function markApplicationFindings(input: MarkApprovalInput, scheme: Scheme): RuleFinding[] {
  const rules = scheme.marks;
  const clause = `§${rules.clause}.2`;
  const findings: RuleFinding[] = [];
  const unknown = (codes: string[], list: Array<{ code: string }>) => codes.filter((c) => !list.some((x) => x.code === c));
  if (input.methods.length === 0 || unknown(input.methods, rules.applicationMethods).length > 0) {
    findings.push({
      code: 'MARK_METHOD_INVALID', clause, field: 'methods',
      messageZh: `请从以下加施方式中选择：${rules.applicationMethods.map((m) => m.zh).join('、')}。`,
      messageEn: `Choose the application methods among: ${rules.applicationMethods.map((m) => m.code).join(', ')}.`,
    });
  }
  if (input.positions.length === 0 || unknown(input.positions, rules.positions).length > 0) {
    findings.push({
      code: 'MARK_POSITION_INVALID', clause, field: 'positions',
      messageZh: `请从以下加施位置中选择：${rules.positions.map((p) => p.zh).join('、')}。`,
      messageEn: `Choose the positions among: ${rules.positions.map((p) => p.code).join(', ')}.`,
    });
  }
  if (!input.undistortedDeclared) {
    findings.push({
      code: 'MARK_STYLE_NOT_DECLARED', clause: `§${rules.clause}.1`, field: 'undistortedDeclared',
      messageZh: `请确认：${rules.styleRequirement.zh}`, messageEn: `Confirm: ${rules.styleRequirement.en}`,
    });
  }
  if (input.note.trim().length > MAX_NOTE) {
    findings.push({ code: 'NOTE_TOO_LONG', clause, field: 'note', messageZh: `说明最多 ${MAX_NOTE} 字。`, messageEn: `At most ${MAX_NOTE} characters.` });
  }
  return findings;
}

/** The scheme labels of the codes, joined per language, for a notice. */
export function labelsOf(codes: string[], list: Array<{ code: string; zh: string; en: string }>): NoticeValue {
  const found = codes.map((c) => list.find((x) => x.code === c) ?? { zh: c, en: c });
  return { zh: found.map((x) => x.zh).join('、'), en: found.map((x) => x.en).join(', ') };
}

/** `CQC24001000123-BZ01`: the certificate's number, `BZ` (标志) and the approval's sequence under it. */
export function approvalNumber(certificateNumber: string, sequence: number): string {
  return `${certificateNumber}-BZ${String(sequence).padStart(2, '0')}`;
}
