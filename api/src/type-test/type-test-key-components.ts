import type { KeyComponentTest } from '@cqc/db';
import { keyComponentTestList, type KeyComponentTestInput } from './type-test-input.js';
import { typeTestLimit } from './type-test-limit.js';
import { runTypeTestCommand, type TypeTestContext } from './run-type-test-command.js';

/**
 * The engineer records which key-component tests the type test must wait for (§4.2.3), replacing
 * the list. runTypeTestCommand then sets the TYPE_TEST clock's limit to the longer of the
 * scheme's and the longest of these, and recomputes its stored due date in the same transaction.
 */
export async function recordKeyComponentTests(ctx: TypeTestContext, caseId: string, version: number, input: KeyComponentTestInput[]) {
  let tests: KeyComponentTest[] = [];
  return runTypeTestCommand(ctx, caseId, version, {
    type: 'RECORD_KEY_COMPONENT_TESTS',
    command({ found, scheme }) {
      const declared = found.unit.keyComponentConfigurations.getItems().flatMap((k) => k.components.getItems().map((c) => c.type));
      tests = keyComponentTestList(input, { schemeTypes: scheme.keyComponentTypes.map((k) => k.type), declared });
      return { type: 'RECORD_KEY_COMPONENT_TESTS' };
    },
    apply({ typeTest }) {
      typeTest!.keyComponentTests = tests;
      return typeTest!;
    },
    detail({ scheme }, _transition, dueOn) {
      const limit = typeTestLimit(scheme, tests);
      const due = dueOn('TYPE_TEST');
      return `${limit.amount} ${limit.unit}${limit.governedBy ? ` (${limit.governedBy})` : ''}${due ? `, due ${due}` : ''}`;
    },
    payload: ({ scheme }) => ({ keyComponentTests: tests, limit: typeTestLimit(scheme, tests) }),
  });
}
