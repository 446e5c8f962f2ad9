import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Role } from '../graphql/enums.js';
import { StaffAccountInput, StaffAccountType } from './account-types.js';
import { changeStaffRole, createStaffAccount, listStaffAccounts, resendSetPasswordLink, setStaffAccountActive } from './staff-accounts.js';

/** Certification-body staff accounts (ADMIN only). Thin: the services authorize, check and audit. */
@Resolver()
export class StaffAccountResolver {
  @Query(() => [StaffAccountType], { description: 'ADMIN: the certification body’s staff accounts with role, active flag and last sign-in' })
  staffAccounts(@Ctx() ctx: Context): Promise<StaffAccountType[]> {
    return listStaffAccounts(ctx);
  }

  @Mutation(() => StaffAccountType, { description: 'ADMIN: a new staff account; the person is mailed a link to set their password. BAD_USER_INPUT names the field' })
  createStaffAccount(@Arg('input', () => StaffAccountInput) input: StaffAccountInput, @Ctx() ctx: Context): Promise<StaffAccountType> {
    return createStaffAccount(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'ADMIN: mails an active staff account a new set-password link; false if none could be sent (no mail, or 3 this hour)' })
  sendStaffPasswordLink(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<boolean> {
    return resendSetPasswordLink(ctx, userId);
  }

  @Mutation(() => StaffAccountType, { description: 'ADMIN: change a staff account’s role and end its sessions; CONFLICT on a stale version, SELF_ADMINISTRATION, LAST_ADMIN' })
  changeStaffRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('version', () => Int) version: number,
    @Arg('role', () => Role) role: Role,
    @Ctx() ctx: Context,
  ): Promise<StaffAccountType> {
    return changeStaffRole(ctx, { userId, version, role });
  }

  @Mutation(() => StaffAccountType, { description: 'ADMIN: deactivate (ends its sessions) or reactivate a staff account; CONFLICT, SELF_ADMINISTRATION, LAST_ADMIN' })
  setStaffAccountActive(
    @Arg('userId', () => ID) userId: string,
    @Arg('version', () => Int) version: number,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: Context,
  ): Promise<StaffAccountType> {
    return setStaffAccountActive(ctx, { userId, version, active });
  }
}
