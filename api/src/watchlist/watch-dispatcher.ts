import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { CertificateStatus, WatchKind, WatchLanguage, designationKey } from '@cqc/db';
import { loadPublicCertificates, type PublicCertificate } from '@cqc/registry';
import { chinaDate } from '../clock.js';
import { textArray } from './sql-array.js';
import { changeMail, type WatchedChange } from './watch-texts.js';

interface FeedRow {
  seq: string;
  type: string;
  certificate_number: string;
  recorded_at: Date;
  payload: { from?: CertificateStatus | null; to?: CertificateStatus; modelDesignation?: string } | null;
}

interface Follower {
  id: string;
  email: string;
  language: WatchLanguage;
  kind: WatchKind;
  target_label: string;
}

/** When one address follows a certificate several ways, the most specific watch sends the one mail. */
const SPECIFICITY: Record<WatchKind, number> = { [WatchKind.CERTIFICATE]: 0, [WatchKind.MODEL]: 1, [WatchKind.MANUFACTURER]: 2 };

/**
 * Turns the registry change feed into watchlist mails. Reads `registry_change` after the
 * dispatcher's cursor in sequence order (the feed is gapless and commits in order, so nothing is
 * skipped or read twice), writes one mail per confirmed follower address and event, and moves
 * the cursor — all in one transaction that holds the cursor row FOR UPDATE, so a second
 * dispatcher waits and then starts where this one ended: every mail is written exactly once.
 */
export async function dispatchWatchMail(orm: MikroORM, now: Date, opts: { publicWebUrl: string; batchSize?: number }): Promise<{ mails: number }> {
  let mails = 0;
  for (;;) {
    const batch = await orm.em.fork().transactional((em) => dispatchBatch(em, now, opts.publicWebUrl, opts.batchSize ?? 200));
    mails += batch.mails;
    if (!batch.more) return { mails };
  }
}

async function dispatchBatch(em: EntityManager, now: Date, publicWebUrl: string, batchSize: number): Promise<{ mails: number; more: boolean }> {
  const [cursor] = await em.execute<Array<{ last_seq: string }>>(`select last_seq from watch_dispatch_cursor where id = 1 for update`);
  if (!cursor) throw new Error('watch_dispatch_cursor has no row: run the migrations');
  const feed = await em.execute<FeedRow[]>(
    `select rc.seq, rc.type, rc.certificate_number, rc.recorded_at, e.payload
       from registry_change rc left join outbox_event e on e.id = rc.outbox_event_id
      where rc.seq > ? order by rc.seq limit ?`,
    [cursor.last_seq, batchSize],
  );
  if (feed.length === 0) return { mails: 0, more: false };
  const relevant = feed.filter((row) => interpret(row) !== null);
  const records = new Map((await loadPublicCertificates(em, relevant.map((r) => r.certificate_number))).map((r) => [r.number, r]));
  let mails = 0;
  for (const row of relevant) {
    const record = records.get(row.certificate_number);
    if (!record) continue; // gone from the registry since: nothing public to announce
    const change = describe(row, record);
    for (const follower of await followersOf(em, row.seq, record)) {
      const { subject, body } = changeMail(change, follower.language, { kind: follower.kind, label: follower.target_label }, `${publicWebUrl}/certificates/${encodeURIComponent(record.number)}`);
      const inserted = await em.execute<Array<{ id: string }>>(
        `insert into watch_mail (id, created_at, kind, email, language, subscription_id, change_seq, subject, body, email_status, email_attempts)
         values (gen_random_uuid(), ?, 'CHANGE', ?, ?, ?, ?, ?, ?, 'PENDING', 0)
         on conflict (subscription_id, change_seq) do nothing returning id`,
        [now, follower.email, follower.language, follower.id, row.seq, subject, body],
      );
      mails += inserted.length;
    }
  }
  await em.execute(`update watch_dispatch_cursor set last_seq = ? where id = 1`, [feed[feed.length - 1]!.seq]);
  return { mails, more: feed.length === batchSize };
}

/**
 * Which feed events a follower hears of: a status change (§8.5: suspended, restored, revoked,
 * cancelled, expired), a model withdrawn from the scope (§7.2), and a newly issued certificate
 * (for model and manufacturer followers). Imports, new versions and surveillance results are not
 * status changes and are not announced.
 */
function interpret(row: FeedRow): WatchedChange['kind'] | null {
  if (row.type === 'certificate.issued') return 'ISSUED';
  if (row.type !== 'certificate.status-changed' || !row.payload) return null;
  if (row.payload.modelDesignation) return 'MODEL_WITHDRAWN';
  return row.payload.from !== row.payload.to ? 'STATUS' : null;
}

/**
 * The change with its public date and reason, from the record's status history: the latest
 * entry of the same transition (the feed event carries no history position; a later, identical
 * transition before this dispatch would lend its date and reason — both are public and current).
 */
function describe(row: FeedRow, record: PublicCertificate): WatchedChange {
  const kind = interpret(row)!;
  const p = row.payload ?? {};
  const entry = [...record.statusHistory].reverse().find((e) =>
    kind === 'ISSUED' ? e.kind === 'ISSUED'
      : kind === 'MODEL_WITHDRAWN' ? e.modelDesignation === p.modelDesignation
        : e.toStatus === p.to && (e.fromStatus ?? null) === (p.from ?? null) && !e.modelDesignation);
  const join = (label: string | null | undefined, text: string | undefined, sep: string) => [label, text].filter(Boolean).join(sep);
  return {
    kind,
    record,
    status: kind === 'STATUS' ? p.to! : record.status,
    date: entry?.occurredOn ?? chinaDate(new Date(row.recorded_at)),
    reasonZh: join(entry?.reasonZh, entry?.publicReasonZh, '——'),
    reasonEn: join(entry?.reasonEn, entry?.publicReasonEn, ' — '),
    modelDesignation: p.modelDesignation ?? null,
  };
}

/** Confirmed watches matching the certificate, any of its models or its manufacturer, confirmed before the event; one per address. */
async function followersOf(em: EntityManager, seq: string, record: PublicCertificate): Promise<Follower[]> {
  const models = [...new Set(record.models.map((m) => designationKey(m.designation)))];
  const rows = await em.execute<Follower[]>(
    `select id, email, language, kind, target_label from watch_subscription
      where status = 'CONFIRMED' and confirmed_after_seq < ?
        and ((kind = 'CERTIFICATE' and target_key = ?) or (kind = 'MODEL' and target_key = any(?::text[])) or (kind = 'MANUFACTURER' and target_key = ?))
      order by email, created_at`,
    [seq, record.number, textArray(models), record.manufacturer.id],
  );
  const best = new Map<string, Follower>();
  for (const row of rows) {
    const kept = best.get(row.email);
    if (!kept || SPECIFICITY[row.kind] < SPECIFICITY[kept.kind]) best.set(row.email, row);
  }
  return [...best.values()];
}
