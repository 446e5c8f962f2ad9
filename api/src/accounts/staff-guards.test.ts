import { describe, expect, it } from 'vitest';
import { Role } from '@cqc/db';
import { checkStaffChange } from './staff-guards.js';

const ADMIN = { id: 'a', role: Role.ADMIN, active: true };
const codeOf = (f: () => void): string | null => {
  try {
    f();
    return null;
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

describe('checkStaffChange', () => {
  it.each([
    ['own demotion', 'a', ADMIN, { role: Role.ENGINEER, active: true }, 3, 'SELF_ADMINISTRATION'],
    ['own deactivation', 'a', ADMIN, { role: Role.ADMIN, active: false }, 3, 'SELF_ADMINISTRATION'],
    ['demoting the last administrator', 'b', ADMIN, { role: Role.DECIDER, active: true }, 1, 'LAST_ADMIN'],
    ['deactivating the last administrator', 'b', ADMIN, { role: Role.ADMIN, active: false }, 1, 'LAST_ADMIN'],
    ['demoting one of two administrators', 'b', ADMIN, { role: Role.DECIDER, active: true }, 2, null],
    ['promoting oneself? (an admin already) nothing lost', 'a', ADMIN, { role: Role.ADMIN, active: true }, 1, null],
    ['deactivating an engineer while one admin remains', 'b', { id: 'e', role: Role.ENGINEER, active: true }, { role: Role.ENGINEER, active: false }, 1, null],
    ['reactivating an inactive administrator', 'b', { ...ADMIN, active: false }, { role: Role.ADMIN, active: true }, 1, null],
  ])('%s', (_name, actorId, target, next, activeAdmins, expected) => {
    expect(codeOf(() => checkStaffChange({ actorId, target, next, activeAdmins }))).toBe(expected);
  });
});
