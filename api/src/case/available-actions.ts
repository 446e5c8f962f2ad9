import { registerEnumType } from 'type-graphql';
import type { CaseStatus } from '@cqc/db';
import { can } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { CASE_TRANSITIONS, type CaseCommandType } from './case-machine.js';
import { COMMAND_OPERATION } from './run-case-command.js';

/** The case commands as a GraphQL enum: one value per command of the state machine. */
export const CaseAction = Object.fromEntries(Object.keys(CASE_TRANSITIONS).map((type) => [type, type])) as { [K in CaseCommandType]: K };
export type CaseAction = CaseCommandType;

registerEnumType(CaseAction, { name: 'CaseAction', description: 'A command a person can give to a certification case' });

/**
 * Commands only the platform gives (deadline sweeps), never offered to a person. None today:
 * START_REVIEW is the engineer's, and a sweep's TERMINATE is also the engineer's to give.
 */
const SYSTEM_ONLY: ReadonlySet<CaseCommandType> = new Set();

/**
 * The commands the viewer may give now: the state machine allows them in `status` and the policy
 * lets the viewer's role perform their operation on the applicant's case. Content guards that
 * need data (credit, documents, separation of duties, complete evaluation) are NOT judged here:
 * the command still answers with its typed error, so this list decides what to offer, not what
 * will succeed.
 */
export function availableCaseActions(status: CaseStatus, viewer: Viewer | null, applicantOrganisationId: string): CaseAction[] {
  return (Object.keys(CASE_TRANSITIONS) as CaseCommandType[]).filter((type) =>
    !SYSTEM_ONLY.has(type)
    && CASE_TRANSITIONS[type].from.includes(status)
    && can(viewer, COMMAND_OPERATION[type], { organisationId: applicantOrganisationId }));
}
