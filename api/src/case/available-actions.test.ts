import { describe, expect, it } from 'vitest';
import { CaseStatus, Role } from '@cqc/db';
import type { Viewer } from '../auth/viewer.js';
import { availableCaseActions, type CaseAction } from './available-actions.js';

const OWN = 'org-applicant';
const viewerOf = (role: Role, organisationId = OWN): Viewer => ({ userId: `u-${role}`, role, organisationId, sessionId: 's' });

const S = CaseStatus;
const FINAL = [S.REFUSED, S.CERTIFIED, S.TERMINATED, S.WITHDRAWN];

/**
 * Every status × role, written out: the applicant's own steps, the engineer's acceptance and
 * termination, the reviewer's conclusion and the decider's decision. Roles not listed get nothing.
 */
const EXPECTED: Record<CaseStatus, Partial<Record<Role, CaseAction[]>>> = {
  [S.DRAFT]: { [Role.ENTERPRISE]: ['SUBMIT', 'WITHDRAW'] },
  [S.SUBMITTED]: { [Role.ENTERPRISE]: ['WITHDRAW'], [Role.ENGINEER]: ['ACCEPT', 'RETURN_FOR_AMENDMENT', 'REFUSE'] },
  [S.RETURNED]: { [Role.ENTERPRISE]: ['SUBMIT', 'WITHDRAW'] },
  [S.DOCUMENT_REVIEW]: { [Role.ENTERPRISE]: ['WITHDRAW'], [Role.ENGINEER]: ['REQUEST_SUPPLEMENT', 'COMPLETE_DOCUMENT_REVIEW', 'TERMINATE'] },
  [S.SUPPLEMENT_REQUESTED]: { [Role.ENTERPRISE]: ['SUPPLY_SUPPLEMENT', 'WITHDRAW'], [Role.ENGINEER]: ['TERMINATE'] },
  [S.IN_EVALUATION]: { [Role.ENTERPRISE]: ['WITHDRAW'], [Role.ENGINEER]: ['START_REVIEW', 'TERMINATE'] },
  [S.IN_REVIEW]: { [Role.ENTERPRISE]: ['WITHDRAW'], [Role.ENGINEER]: ['TERMINATE'], [Role.REVIEWER]: ['COMPLETE_REVIEW'] },
  [S.AWAITING_DECISION]: { [Role.ENTERPRISE]: ['WITHDRAW'], [Role.ENGINEER]: ['TERMINATE'], [Role.DECIDER]: ['APPROVE', 'REJECT'] },
  [S.REFUSED]: {},
  [S.CERTIFIED]: {},
  [S.TERMINATED]: {},
  [S.WITHDRAWN]: {},
};

describe('available case actions (status × role)', () => {
  it('covers every status', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.values(CaseStatus).sort());
  });

  for (const status of Object.values(CaseStatus)) {
    for (const role of Object.values(Role)) {
      it(`${status}: ${role}`, () => {
        expect(availableCaseActions(status, viewerOf(role), OWN)).toEqual(EXPECTED[status][role] ?? []);
      });
    }
  }

  it('offers an enterprise user nothing on another organisation’s case, staff the same as on any', () => {
    expect(availableCaseActions(S.DRAFT, viewerOf(Role.ENTERPRISE, 'org-other'), OWN)).toEqual([]);
    expect(availableCaseActions(S.SUBMITTED, viewerOf(Role.ENGINEER, 'org-cqc'), OWN)).toEqual(['ACCEPT', 'RETURN_FOR_AMENDMENT', 'REFUSE']);
  });

  it('offers nothing to an anonymous caller, and nothing in a final status', () => {
    for (const status of Object.values(CaseStatus)) expect(availableCaseActions(status, null, OWN)).toEqual([]);
    for (const status of FINAL) for (const role of Object.values(Role)) expect(availableCaseActions(status, viewerOf(role), OWN)).toEqual([]);
  });
});
