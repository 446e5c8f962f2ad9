import { sweepInspections } from '../inspection/inspection-sweep.js';
import { sweepTypeTests } from '../type-test/type-test-sweep.js';
import type { MailTransport } from '../mail/mail-transport.js';
import { deliverPendingNotices } from '../mail/notice-mailer.js';
import type { Sweep } from './sweeps.js';

/** Every due job of the platform, in the order they run: the rule's deadline sweeps, then mail. */
export function platformSweeps(deps: { mail: MailTransport }): readonly Sweep[] {
  return [...DEADLINE_SWEEPS, {
    // Notices written by the day's transitions (and by the sweeps just run) go out by e-mail.
    name: 'notice-email',
    run: async (orm, now) => ({ affected: (await deliverPendingNotices(orm, deps.mail, now)).sent }),
  }];
}

/** The rule's deadline sweeps. */
export const DEADLINE_SWEEPS: readonly Sweep[] = [
  {
    // §4.2.3: rectification and retest not done within 6 months ⇒ the case is terminated.
    name: 'type-test-rectification',
    run: async (orm, now) => ({ affected: (await sweepTypeTests(orm.em.fork(), now)).terminated.length }),
  },
  {
    // §5.4: inspection nonconformities not rectified within 40 working days ⇒ terminated.
    name: 'inspection-rectification',
    run: async (orm, now) => ({ affected: (await sweepInspections(orm.em.fork(), now)).terminated.length }),
  },
];
