import { describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { Operation, POLICY, authorize, can } from './policy.js';
import type { Viewer } from './viewer.js';

const OWN = 'org-own';
const OTHER = 'org-other';
const viewerOf = (role: Role): Viewer => ({ userId: `u-${role}`, role, organisationId: OWN, sessionId: 's' });

/**
 * The expected answer for every role × operation × organisation, written out in full so that a
 * change to the policy table must be made here too, on purpose.
 */
const EXPECTED: Record<Operation, { anonymous: boolean; roles: Record<Role, { own: boolean; other: boolean }> }> = {
  [Operation.READ_REGISTRY]: { anonymous: true, roles: allRoles(true, true) },
  [Operation.LOGIN]: { anonymous: true, roles: allRoles(true, true) },
  [Operation.READ_SELF]: { anonymous: false, roles: allRoles(true, true) },
  [Operation.LOGOUT]: { anonymous: false, roles: allRoles(true, true) },
  [Operation.REQUEST_PASSWORD_RESET]: { anonymous: true, roles: allRoles(true, true) },
  [Operation.RESET_PASSWORD]: { anonymous: true, roles: allRoles(true, true) },
  [Operation.UPLOAD_DOCUMENT]: { anonymous: false, roles: { ...documentRoles(), [Role.LAB]: { own: true, other: false } } },
  [Operation.READ_DOCUMENT]: { anonymous: false, roles: { ...documentRoles(), [Role.LAB]: { own: true, other: false } } },
  [Operation.CREATE_APPLICATION]: { anonymous: false, roles: only(Role.ENTERPRISE, { own: true, other: false }) },
  [Operation.SUBMIT_APPLICATION]: { anonymous: false, roles: only(Role.ENTERPRISE, { own: true, other: false }) },
  [Operation.READ_CASE]: { anonymous: false, roles: documentRoles() },
  [Operation.HANDLE_ACCEPTANCE]: { anonymous: false, roles: only(Role.ENGINEER, { own: true, other: true }) },
  [Operation.REVIEW_CASE]: { anonymous: false, roles: only(Role.REVIEWER, { own: true, other: true }) },
  [Operation.DECIDE_CASE]: { anonymous: false, roles: only(Role.DECIDER, { own: true, other: true }) },
  [Operation.ADMINISTER_TEST_MODE]: { anonymous: false, roles: only(Role.ADMIN, { own: true, other: true }) },
  [Operation.MANAGE_INSPECTION]: { anonymous: false, roles: only(Role.ENGINEER, { own: true, other: true }) },
  [Operation.RECORD_INSPECTION]: { anonymous: false, roles: only(Role.INSPECTOR, { own: true, other: true }) },
  [Operation.VERIFY_RECTIFICATION]: { anonymous: false, roles: { ...allRoles(false, false), [Role.ENGINEER]: { own: true, other: true }, [Role.INSPECTOR]: { own: true, other: true } } },
  [Operation.MANAGE_TYPE_TEST]: { anonymous: false, roles: only(Role.ENGINEER, { own: true, other: true }) },
  [Operation.ENTER_TEST_RESULTS]: { anonymous: false, roles: only(Role.LAB, { own: true, other: false }) },
  [Operation.READ_TYPE_TEST]: { anonymous: false, roles: { ...documentRoles(), [Role.LAB]: { own: true, other: false } } },
  [Operation.ASSIGN_CASE_ENGINEER]: { anonymous: false, roles: { ...allRoles(false, false), [Role.ENGINEER]: { own: true, other: true }, [Role.ADMIN]: { own: true, other: true } } },
  [Operation.RECORD_FEE_PAYMENT]: { anonymous: false, roles: only(Role.ENGINEER, { own: true, other: true }) },
  [Operation.ADMINISTER_REFERENCE_DATA]: { anonymous: false, roles: only(Role.ADMIN, { own: true, other: true }) },
  [Operation.READ_OWN_ALERTS]: { anonymous: false, roles: { ...documentRoles(), [Role.ENTERPRISE]: { own: false, other: false } } },
  [Operation.LIST_LAB_TYPE_TESTS]: { anonymous: false, roles: only(Role.LAB, { own: true, other: false }) },
  [Operation.READ_CERTIFICATE_RECORD]: { anonymous: false, roles: documentRoles() },
  [Operation.MANAGE_CERTIFICATE_STATUS]: { anonymous: false, roles: only(Role.DECIDER, { own: true, other: true }) },
  [Operation.REQUEST_CERTIFICATE_STATUS_CHANGE]: { anonymous: false, roles: only(Role.ENTERPRISE, { own: true, other: false }) },
  [Operation.APPLY_FOR_RECERTIFICATION]: { anonymous: false, roles: only(Role.ENTERPRISE, { own: true, other: false }) },
  [Operation.MANAGE_REQUIREMENT_CHANGES]: { anonymous: false, roles: only(Role.ADMIN, { own: true, other: true }) },
  [Operation.RECORD_CERTIFICATE_TRANSITION]: { anonymous: false, roles: only(Role.ENGINEER, { own: true, other: true }) },
  [Operation.READ_SCHEME]: { anonymous: false, roles: allRoles(true, true) },
  [Operation.REQUEST_CERTIFICATE_CHANGE]: { anonymous: false, roles: only(Role.ENTERPRISE, { own: true, other: false }) },
  [Operation.READ_CERTIFICATE_CHANGE]: { anonymous: false, roles: documentRoles() },
  [Operation.ASSESS_CERTIFICATE_CHANGE]: { anonymous: false, roles: only(Role.ENGINEER, { own: true, other: true }) },
  [Operation.DECIDE_CERTIFICATE_CHANGE]: { anonymous: false, roles: only(Role.DECIDER, { own: true, other: true }) },
  [Operation.READ_SURVEILLANCE]: { anonymous: false, roles: { ...documentRoles(), [Role.LAB]: { own: true, other: false } } },
  [Operation.MANAGE_SURVEILLANCE]: { anonymous: false, roles: only(Role.ENGINEER, { own: true, other: true }) },
  [Operation.RECORD_SURVEILLANCE_VISIT]: { anonymous: false, roles: only(Role.INSPECTOR, { own: true, other: true }) },
  [Operation.RECORD_SAMPLE_LAB_CONTACT]: { anonymous: false, roles: only(Role.ENTERPRISE, { own: true, other: false }) },
  [Operation.ENTER_SAMPLE_RESULTS]: { anonymous: false, roles: only(Role.LAB, { own: true, other: false }) },
  [Operation.APPLY_FOR_MARKS]: { anonymous: false, roles: only(Role.ENTERPRISE, { own: true, other: false }) },
  [Operation.READ_MARKS]: { anonymous: false, roles: documentRoles() },
  [Operation.DECIDE_MARK_APPROVAL]: { anonymous: false, roles: only(Role.ENGINEER, { own: true, other: true }) },
  [Operation.FILE_APPEAL]: { anonymous: false, roles: only(Role.ENTERPRISE, { own: true, other: false }) },
  [Operation.READ_APPEAL]: { anonymous: false, roles: documentRoles() },
  [Operation.HANDLE_APPEAL]: { anonymous: false, roles: only(Role.ADMIN, { own: true, other: true }) },
  [Operation.DECIDE_APPEAL]: { anonymous: false, roles: only(Role.DECIDER, { own: true, other: true }) },
  [Operation.CREATE_API_TOKEN]: { anonymous: false, roles: only(Role.REGULATOR, { own: true, other: false }) },
  [Operation.MANAGE_API_TOKENS]: { anonymous: false, roles: { ...only(Role.REGULATOR, { own: true, other: false }), [Role.ADMIN]: { own: true, other: true } } },
  [Operation.READ_REGULATOR_DATA]: { anonymous: false, roles: { ...documentRoles(), [Role.ENTERPRISE]: { own: false, other: false }, [Role.REGULATOR]: { own: true, other: true } } },
  [Operation.FOLLOW_REGISTRY]: { anonymous: true, roles: allRoles(true, true) },
  [Operation.READ_AUDIT_LOG]: { anonymous: false, roles: only(Role.ADMIN, { own: true, other: true }) },
  [Operation.MANAGE_OWN_MFA]: { anonymous: false, roles: allRoles(true, true) },
  // MFA is optional only outside the certification body: staff may not turn theirs off.
  [Operation.DISABLE_OWN_MFA]: { anonymous: false, roles: { ...allRoles(false, false), [Role.ENTERPRISE]: { own: true, other: true }, [Role.LAB]: { own: true, other: true }, [Role.REGULATOR]: { own: true, other: true } } },
  [Operation.IMPORT_CERTIFICATES]: { anonymous: false, roles: only(Role.ADMIN, { own: true, other: true }) },
  [Operation.SIGN_UP]: { anonymous: true, roles: allRoles(true, true) },
  [Operation.ACCEPT_INVITATION]: { anonymous: true, roles: allRoles(true, true) },
  [Operation.DECIDE_ORGANISATION_CLAIM]: { anonymous: false, roles: only(Role.ADMIN, { own: true, other: true }) },
  [Operation.MANAGE_ORGANISATION_USERS]: { anonymous: false, roles: only(Role.ENTERPRISE, { own: true, other: false }) },
  [Operation.ADMINISTER_STAFF_ACCOUNTS]: { anonymous: false, roles: only(Role.ADMIN, { own: true, other: true }) },
  [Operation.MANAGE_OWN_SESSIONS]: { anonymous: false, roles: allRoles(true, true) },
  [Operation.CHANGE_OWN_PASSWORD]: { anonymous: false, roles: allRoles(true, true) },
};

/** One role may, on the organisations given; every other role may not. */
function only(role: Role, reach: { own: boolean; other: boolean }): Record<Role, { own: boolean; other: boolean }> {
  return { ...allRoles(false, false), [role]: reach };
}

/** Cases: enterprise users on their own organisation only, staff on any, LAB and REGULATOR none. */
function documentRoles(): Record<Role, { own: boolean; other: boolean }> {
  const staff = { own: true, other: true };
  return {
    [Role.ENTERPRISE]: { own: true, other: false },
    [Role.ENGINEER]: staff,
    [Role.INSPECTOR]: staff,
    [Role.REVIEWER]: staff,
    [Role.DECIDER]: staff,
    [Role.ADMIN]: staff,
    [Role.LAB]: { own: false, other: false },
    [Role.REGULATOR]: { own: false, other: false },
  };
}

function allRoles(own: boolean, other: boolean): Record<Role, { own: boolean; other: boolean }> {
  return Object.fromEntries(Object.values(Role).map((r) => [r, { own, other }])) as Record<Role, { own: boolean; other: boolean }>;
}

describe('authorization matrix (role × operation × organisation)', () => {
  it('covers every operation of the policy', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(POLICY).sort());
  });

  for (const operation of Object.values(Operation)) {
    it(`${operation}: anonymous`, () => {
      expect(can(null, operation, { organisationId: OTHER })).toBe(EXPECTED[operation].anonymous);
    });
    for (const role of Object.values(Role)) {
      it(`${operation}: ${role} on its own and on another organisation`, () => {
        expect(can(viewerOf(role), operation, { organisationId: OWN })).toBe(EXPECTED[operation].roles[role].own);
        expect(can(viewerOf(role), operation, { organisationId: OTHER })).toBe(EXPECTED[operation].roles[role].other);
      });
    }
  }
});

/**
 * Staff who must use MFA and signed in without it (`mfaEnrolmentRequired`, set at login) may only
 * read themselves, log out and enrol; operations open to anyone stay open (they grant nothing).
 */
describe('a session limited to MFA enrolment', () => {
  const ALLOWED = new Set([Operation.READ_SELF, Operation.LOGOUT, Operation.MANAGE_OWN_MFA]);
  const STAFF = [Role.ENGINEER, Role.INSPECTOR, Role.REVIEWER, Role.DECIDER, Role.ADMIN];
  const limited = (role: Role): Viewer => ({ ...viewerOf(role), mfaEnrolmentRequired: true });

  for (const operation of Object.values(Operation)) {
    it(`${operation}: ${ALLOWED.has(operation) ? 'allowed' : EXPECTED[operation].anonymous ? 'open to anyone' : 'refused with MFA_ENROLMENT_REQUIRED'}`, () => {
      for (const role of STAFF) {
        for (const organisationId of [OWN, OTHER]) {
          const expected = ALLOWED.has(operation) || EXPECTED[operation].anonymous ? EXPECTED[operation].roles[role][organisationId === OWN ? 'own' : 'other'] : false;
          expect(can(limited(role), operation, { organisationId })).toBe(expected);
          if (expected) expect(() => authorize(limited(role), operation, { organisationId })).not.toThrow();
          else expect(() => authorize(limited(role), operation, { organisationId })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'MFA_ENROLMENT_REQUIRED' }) }));
        }
      }
    });
  }
});
