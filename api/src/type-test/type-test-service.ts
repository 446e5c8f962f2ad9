import { Lab, TestSample, TestSamplePurpose, TypeTest, TypeTestStatus } from '@cqc/db';
import { badInput, cmaScopeFindings, receiptDate, ruleViolation, sampleList, testItemList, type SampleInput } from './type-test-input.js';
import { runTypeTestCommand, type TypeTestContext } from './run-type-test-command.js';

/**
 * The engineer's steps of the type test (§4): assign a lab whose CMA scope covers the test items,
 * record samples and the test fee as received (the configured one, or both, starts the 40
 * working days), start a retest after rectification.
 */

export async function assignLab(ctx: TypeTestContext, caseId: string, version: number | null, input: { labId: string; testItems: string[] }) {
  let lab: Lab | null = null;
  let items: string[] = [];
  return runTypeTestCommand(ctx, caseId, version, {
    type: 'ASSIGN_LAB',
    async command({ em }) {
      items = testItemList(input.testItems);
      lab = await em.findOne(Lab, { id: input.labId }, { populate: ['organisation'] });
      if (!lab) throw badInput('labId', 'No such lab');
      const findings = cmaScopeFindings(items, lab.cmaScope);
      if (findings.length) throw ruleViolation(findings);
      return { type: 'ASSIGN_LAB' };
    },
    apply({ em, found, typeTest, scheme }) {
      if (typeTest) {
        typeTest.lab = lab!;
        typeTest.testItems = items;
        return typeTest;
      }
      // The start event is copied: a later change of the scheme's configuration leaves this case alone.
      return em.create(TypeTest, {
        certificationCase: found, lab: lab!, testItems: items, status: TypeTestStatus.AWAITING_SAMPLES, startsOn: scheme.timeLimits.TYPE_TEST.startsOn,
      });
    },
    payload: () => ({ labId: lab!.id, cmaCertificateNo: lab!.cmaCertificateNo, testItems: items }),
  });
}

export async function recordSamples(ctx: TypeTestContext, caseId: string, version: number, input: SampleInput[]) {
  let samples: SampleInput[] = [];
  return runTypeTestCommand(ctx, caseId, version, {
    type: 'RECORD_SAMPLES',
    command({ found, typeTest, today }) {
      const unit = found.unit;
      samples = sampleList(input, {
        designations: unit.models.getItems().map((m) => m.designation),
        configurations: unit.keyComponentConfigurations.getItems().map((k) => k.label),
      }, today);
      const representative = [...typeTest!.samples.getItems(), ...samples].some((s) => s.purpose === TestSamplePurpose.REPRESENTATIVE);
      if (!representative) throw badInput('samples', 'The representative model’s samples are needed before difference-test samples (§4.1.1)');
      // The samples are complete, and meet the test conditions, when the last of the batch arrives.
      return { type: 'RECORD_SAMPLES', receivedOn: samples.map((s) => s.receivedOn).sort().at(-1)! };
    },
    apply({ em, typeTest }) {
      // Samples received while the applicant rectifies serve the coming retest.
      const round = typeTest!.status === TypeTestStatus.FAILED ? typeTest!.round + 1 : typeTest!.round;
      for (const s of samples) typeTest!.samples.add(em.create(TestSample, { typeTest: typeTest!, round, ...s }));
      return typeTest!;
    },
    payload: () => ({ samples }),
  });
}

export async function recordFee(ctx: TypeTestContext, caseId: string, version: number, receivedOn: string) {
  return runTypeTestCommand(ctx, caseId, version, {
    type: 'RECORD_FEE',
    command: ({ today }) => ({ type: 'RECORD_FEE', receivedOn: receiptDate('receivedOn', receivedOn, today) }),
    apply: ({ typeTest }) => typeTest!,
  });
}

export async function startRetest(ctx: TypeTestContext, caseId: string, version: number) {
  return runTypeTestCommand(ctx, caseId, version, {
    type: 'START_RETEST',
    command: () => ({ type: 'START_RETEST' }),
    apply: ({ typeTest }) => typeTest!,
  });
}
