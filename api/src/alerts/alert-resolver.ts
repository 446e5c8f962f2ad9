import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { StaffAlertType } from './alert-types.js';
import { acknowledgeAlert, myAlerts } from './staff-alerts.js';

/** Overdue alerts of certification-body staff. Thin: parse, call the service, return. */
@Resolver()
export class StaffAlertResolver {
  @Query(() => [StaffAlertType], { description: 'The caller’s own overdue alerts (staff only); unacknowledged unless asked' })
  myAlerts(@Arg('includeAcknowledged', () => Boolean, { defaultValue: false }) includeAcknowledged: boolean, @Ctx() ctx: Context): Promise<StaffAlertType[]> {
    return myAlerts(ctx, includeAcknowledged);
  }

  @Mutation(() => StaffAlertType, { description: 'Mark one of the caller’s alerts as seen' })
  acknowledgeStaffAlert(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StaffAlertType> {
    return acknowledgeAlert(ctx, id);
  }
}
