import type { EntityManager } from '@mikro-orm/postgresql';

/** Why the chain breaks at an event (see `verifyAuditChain`). */
export enum ChainBreak {
  /** The event's fields no longer give its hash: it was changed after it was written. */
  ALTERED = 'ALTERED',
  /** Events before this one are missing (its position does not follow the previous one's). */
  MISSING = 'MISSING',
  /** Its previous-hash is not the hash of the event before it: the chain was re-linked. */
  RELINKED = 'RELINKED',
  /** It has no position or hash: written past the chain's trigger. */
  UNCHAINED = 'UNCHAINED',
  /** The newest events are missing: the chain's head counts more than there are. */
  TAIL_MISSING = 'TAIL_MISSING',
  /** The event at the anchor's position does not have the anchored hash: the chain was rewritten from there on. */
  ANCHOR_MISMATCH = 'ANCHOR_MISMATCH',
}

/** A position and hash recorded outside the database earlier (e.g. the head printed by a previous check). */
export interface ChainAnchor {
  seq: string;
  hash: string;
}

export interface ChainReport {
  intact: boolean;
  /** Events checked. */
  checked: number;
  /** The newest position and its hash (hex): record them elsewhere to detect a rewritten chain later. */
  headSeq: string;
  headHash: string | null;
  /** The first broken link, in chain order; null when intact. */
  firstBroken: { seq: string | null; eventId: string | null; reason: ChainBreak } | null;
}

interface BreakRow {
  id: string;
  chain_seq: string | null;
  reason: ChainBreak;
}

/**
 * Walks the whole audit chain once and points at its first broken link. The hash is recomputed
 * by the same SQL function the writing trigger uses (`audit_event_digest`), so both agree on the
 * canonical text of an event. A chain rewritten from some event on, with every later hash
 * recomputed, is only caught against an anchor kept outside the database: the report gives the
 * head to keep, and `anchor` checks an earlier one.
 */
export async function verifyAuditChain(em: EntityManager, anchor?: ChainAnchor | null): Promise<ChainReport> {
  const conn = em.getConnection();
  const [broken] = await conn.execute<BreakRow[]>(
    `with c as (
       select e.id, e.chain_seq, e.hash, e.prev_hash, audit_event_digest(e.prev_hash, e) as recomputed,
         lag(e.hash) over w as before_hash, lag(e.chain_seq) over w as before_seq
       from audit_event e window w as (order by e.chain_seq nulls first, e.id)
     ), checked as (
       select id, chain_seq, case
         when chain_seq is null or hash is null then 'UNCHAINED'
         when chain_seq <> coalesce(before_seq, 0) + 1 then 'MISSING'
         when prev_hash is distinct from before_hash then 'RELINKED'
         when hash <> recomputed then 'ALTERED' end as reason
       from c
     )
     select id, chain_seq, reason from checked where reason is not null order by chain_seq nulls first, id limit 1`,
  );
  const [summary] = await conn.execute<Array<{ checked: string; last_seq: string | null; head_seq: string; head_hash: string | null }>>(
    `select (select count(*) from audit_event) as checked, (select max(chain_seq) from audit_event) as last_seq,
       h.seq as head_seq, encode(h.hash, 'hex') as head_hash
     from audit_chain_head h where h.id = 1`,
  );
  const report = (firstBroken: ChainReport['firstBroken']): ChainReport => ({
    intact: firstBroken === null,
    checked: Number(summary!.checked),
    headSeq: String(summary!.head_seq),
    headHash: summary!.head_hash,
    firstBroken,
  });
  if (broken) return report({ seq: broken.chain_seq, eventId: broken.id, reason: broken.reason });
  if (BigInt(summary!.head_seq) !== BigInt(summary!.last_seq ?? 0)) {
    return report({ seq: String(BigInt(summary!.last_seq ?? 0) + 1n), eventId: null, reason: ChainBreak.TAIL_MISSING });
  }
  if (anchor) {
    const [at] = await conn.execute<Array<{ id: string; hash: string }>>(
      `select id, encode(hash, 'hex') as hash from audit_event where chain_seq = ?`, [anchor.seq]);
    if (!at || at.hash !== anchor.hash.toLowerCase()) {
      return report({ seq: anchor.seq, eventId: at?.id ?? null, reason: ChainBreak.ANCHOR_MISMATCH });
    }
  }
  return report(null);
}
