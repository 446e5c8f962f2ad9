import {
  CertificateChangeKind, CertificateChangeStatus, CertificateChangeTestOutcome, CertificateVersion, ModelStatus, User, type SupplementaryTest,
} from '@cqc/db';
import { Operation } from '../auth/policy.js';
import { AppError, ErrorCode } from '../errors.js';
import { requireStatus, runChangeStep, type ChangeContext } from './run-change-step.js';

export interface Assessment {
  testingRequired: boolean;
  representativeModel: string | null;
  onSiteVerificationRequired: boolean;
  note: string;
}

export interface TestRecord {
  /** A variation's verdict; an extension's follows from its supplementary tests and on-site verification. */
  testOutcome: CertificateChangeTestOutcome | null;
  note: string;
  supplementaryTests: SupplementaryTest[];
  onSiteVerificationPassed: boolean | null;
}

const bad = (message: string, field: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
const violation = (code: string, clause: string, field: string, messageZh: string, messageEn: string) =>
  new AppError(ErrorCode.RULE_VIOLATION, messageEn, { findings: [{ code, clause, field, messageZh, messageEn }] });

/**
 * §8.2.2: the engineer evaluates the change and decides whether testing is needed. §8.3: an
 * extension always has supplementary tests for the differences, and its basis is the
 * representative model that had the full type test; on-site verification is optional.
 */
export function assessChange(ctx: ChangeContext, id: string, version: number, input: Assessment) {
  return runChangeStep(ctx, id, version, Operation.ASSESS_CERTIFICATE_CHANGE, async ({ em, request, actor }) => {
    requireStatus(request, [CertificateChangeStatus.SUBMITTED]);
    let basis: string | null = null;
    if (request.kind === CertificateChangeKind.EXTENSION) {
      if (!input.testingRequired) {
        throw violation('SUPPLEMENTARY_TESTS_REQUIRED', '§8.3.1', 'testingRequired', '扩展须针对差异进行补充检验。', 'An extension needs supplementary tests for the differences.');
      }
      const current = await em.findOneOrFail(CertificateVersion, { certificate: request.certificate, versionNo: request.certificate.currentVersionNo });
      basis = input.representativeModel?.trim() ?? '';
      const certified = current.snapshot.models.filter((m) => m.status === ModelStatus.IN_SCOPE).map((m) => m.designation);
      if (!certified.includes(basis)) throw bad(`The basis must be a certified model of the certificate: ${certified.join(', ')}`, 'representativeModel');
    } else if (input.representativeModel?.trim()) {
      throw bad('A representative model is the basis of an extension only', 'representativeModel');
    }
    request.assessedBy = em.getReference(User, actor.userId);
    request.testingRequired = input.testingRequired;
    request.representativeModel = basis;
    request.onSiteVerificationRequired = input.onSiteVerificationRequired;
    request.assessmentNote = input.note.trim();
    // Without testing or a visit, the documents confirm the change (资料确认) and it goes to the decision.
    request.status = input.testingRequired || input.onSiteVerificationRequired ? CertificateChangeStatus.TESTING : CertificateChangeStatus.AWAITING_DECISION;
    const onSite = input.onSiteVerificationRequired ? { zh: '，并安排现场验证', en: ', with on-site verification' } : { zh: '', en: '' };
    const detail = input.testingRequired
      ? { zh: `需要检验${onSite.zh}`, en: `testing is needed${onSite.en}` }
      : input.onSiteVerificationRequired
        ? { zh: '无需检验，安排现场验证', en: 'no testing is needed; on-site verification is arranged' }
        : { zh: '无需检验，经资料确认后提交认证决定', en: 'no testing is needed; confirmed on the documents, it goes to the decision' };
    return {
      action: 'certificate-change.assessed', notice: 'CERTIFICATE_CHANGE_ASSESSED', values: { detail },
      payload: { testingRequired: input.testingRequired, representativeModel: basis, onSiteVerificationRequired: input.onSiteVerificationRequired },
    };
  });
}

/** The engineer records the test outcome (§8.2.2) or the supplementary tests and on-site verification (§8.3.1). */
export function recordChangeTests(ctx: ChangeContext, id: string, version: number, input: TestRecord) {
  return runChangeStep(ctx, id, version, Operation.ASSESS_CERTIFICATE_CHANGE, async ({ request }) => {
    requireStatus(request, [CertificateChangeStatus.TESTING]);
    if (request.onSiteVerificationRequired && input.onSiteVerificationPassed === null) throw bad('Record the on-site verification result', 'onSiteVerificationPassed');
    const onSiteOk = !request.onSiteVerificationRequired || input.onSiteVerificationPassed === true;
    let passed: boolean;
    let tests: SupplementaryTest[] | null = null;
    if (request.kind === CertificateChangeKind.EXTENSION) {
      tests = checkSupplementaryTests(request.proposal.models?.map((m) => m.designation) ?? [], input.supplementaryTests);
      passed = tests.every((t) => t.passed) && onSiteOk;
    } else {
      if (request.testingRequired && !input.testOutcome) throw bad('Record the test outcome', 'testOutcome');
      passed = (!request.testingRequired || input.testOutcome === CertificateChangeTestOutcome.PASSED) && onSiteOk;
    }
    request.testOutcome = passed ? CertificateChangeTestOutcome.PASSED : CertificateChangeTestOutcome.FAILED;
    request.testNote = input.note.trim();
    request.supplementaryTests = tests;
    request.onSiteVerificationPassed = request.onSiteVerificationRequired ? input.onSiteVerificationPassed : null;
    request.status = CertificateChangeStatus.AWAITING_DECISION;
    const detail = passed ? { zh: '合格', en: 'passed' } : { zh: '不合格', en: 'failed' };
    return {
      action: 'certificate-change.tested', notice: 'CERTIFICATE_CHANGE_TESTED', values: { detail },
      payload: { testOutcome: request.testOutcome, supplementaryTests: tests, onSiteVerificationPassed: request.onSiteVerificationPassed },
    };
  });
}

/** One supplementary test per added model, with its items; a passed model has the grade its report states. */
function checkSupplementaryTests(added: string[], given: SupplementaryTest[]): SupplementaryTest[] {
  given.forEach((t, i) => {
    if (!added.includes(t.designation)) throw bad(`${t.designation} is not a model of this extension`, `supplementaryTests[${i}].designation`);
    if (!t.items.trim()) throw bad('Name the test items', `supplementaryTests[${i}].items`);
    if (t.passed && !t.grade?.trim()) throw bad('A passed model needs its power-consumption grade', `supplementaryTests[${i}].grade`);
  });
  const missing = added.find((d) => given.filter((t) => t.designation === d).length !== 1);
  if (missing) throw bad(`Record exactly one supplementary test for ${missing}`, 'supplementaryTests');
  return given.map((t) => ({ designation: t.designation, items: t.items.trim(), passed: t.passed, grade: t.passed ? t.grade!.trim() : null }));
}
