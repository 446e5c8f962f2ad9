import { sweepCertificateStatuses } from '../certificate/certificate-status-sweep.js';
import { sweepRecertifications } from '../recertification/recertification-sweep.js';
import { deliverPendingAlerts } from '../alerts/alert-mailer.js';
import { sweepOverdueClocks } from '../alerts/overdue-alert-sweep.js';
import { sweepInspections } from '../inspection/inspection-sweep.js';
import { sweepTypeTests } from '../type-test/type-test-sweep.js';
import { SURVEILLANCE_SWEEPS } from '../surveillance/surveillance-sweeps.js';
import { sweepTransitions } from '../requirement-change/transitions.js';
import type { MailTransport } from '../mail/mail-transport.js';
import { deliverPendingNotices } from '../mail/notice-mailer.js';
import { dispatchWatchMail } from '../watchlist/watch-dispatcher.js';
import { deliverPendingWatchMail } from '../watchlist/watch-mailer.js';
import type { Sweep } from './sweeps.js';

/** Every due job of the platform, in the order they run: the rule's deadline sweeps, then mail. */
export function platformSweeps(deps: {
  mail: MailTransport;
  /** Public web app base URL for mail links (PUBLIC_WEB_URL); http://127.0.0.1:3000 by default. */
  publicWebUrl?: string;
  /** Public API base URL for the one-click unsubscribe POST (RFC 8058); http://127.0.0.1:4000 by default. */
  publicApiUrl?: string;
}): readonly Sweep[] {
  const watchLinks = { publicWebUrl: deps.publicWebUrl ?? 'http://127.0.0.1:3000', publicApiUrl: deps.publicApiUrl ?? 'http://127.0.0.1:4000' };
  return [...DEADLINE_SWEEPS, {
    // After the deadline sweeps, so a case they just ended raises no alert: staff are told of
    // every other running clock past its due date, once per clock round and person.
    name: 'overdue-alerts',
    run: async (orm, now) => ({ affected: (await sweepOverdueClocks(orm.em.fork(), now)).raised }),
  }, {
    // Notices written by the day's transitions (and by the sweeps just run) go out by e-mail.
    name: 'notice-email',
    run: async (orm, now) => ({ affected: (await deliverPendingNotices(orm, deps.mail, now)).sent }),
  }, {
    name: 'alert-email',
    run: async (orm, now) => ({ affected: (await deliverPendingAlerts(orm, deps.mail, now)).sent }),
  }, {
    // Watchlists: status changes the projector put into the registry feed become followers' mails, then all watch mail goes out.
    name: 'watch-dispatch',
    run: async (orm, now) => ({ affected: (await dispatchWatchMail(orm, now, { publicWebUrl: watchLinks.publicWebUrl })).mails }),
  }, {
    name: 'watch-email',
    run: async (orm, now) => ({ affected: (await deliverPendingWatchMail(orm, deps.mail, now, watchLinks)).sent }),
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
  {
    // §8.5.4(1): a suspension that ran out unrestored ⇒ revoked; §8.5.3(1): expired without renewal ⇒ cancelled.
    name: 'certificate-status',
    run: async (orm, now) => {
      const report = await sweepCertificateStatuses(orm.em.fork(), now);
      return { affected: report.revoked.length + report.cancelled.length + report.expired.length };
    },
  },
  {
    // §9: an EXPIRED certificate whose renewal is not completed within 3 months ⇒ cancelled, the renewal a new application.
    name: 'recertification',
    run: async (orm, now) => ({ affected: (await sweepRecertifications(orm.em.fork(), now)).cancelled.length }),
  },
  // §7.1–§7.3: surveillance plans, overdue rectifications, failed years, missing and failed samples.
  ...SURVEILLANCE_SWEEPS,
  {
    // §8.4 / §8.5.1(2): certificates not transitioned to changed requirements by the deadline ⇒ suspended.
    name: 'requirement-transitions',
    run: async (orm, now) => ({ affected: (await sweepTransitions(orm.em.fork(), now)).suspended.length }),
  },
];
