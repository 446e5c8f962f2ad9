import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/index.js';
import { ChainBreak, verifyAuditChain } from './audit-chain.js';

const INSERT = `insert into audit_event (occurred_at, actor_role, action, aggregate_type, aggregate_id, reason, payload)
  values (now(), 'SYSTEM', $1, 'certificate', $2, $3, $4)`;

/** The audit log's hash chain in the database itself (migration 20261129020000), and its check. */
describe('audit hash chain', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const verify = (anchor?: { seq: string; hash: string }) => verifyAuditChain(db.orm.em.fork(), anchor);
  const write = (n: number, from = 0) =>
    Promise.all(Array.from({ length: n }, (_, i) => pool.query(INSERT, [`test.${from + i}`, `c-${from + i}`, null, { i: from + i, 名称: '正泰' }])));
  const head = async () => (await pool.query(`select seq::text, encode(hash, 'hex') as hash from audit_chain_head`)).rows[0] as { seq: string; hash: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 8 });
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it('chains every event written, concurrent writers included, without gaps or forks, and ignores hashes a writer supplies', async () => {
    const before = Number((await head()).seq);
    await write(40);
    // A writer cannot choose its place or hash: the trigger sets them.
    await pool.query(`insert into audit_event (occurred_at, actor_role, action, aggregate_type, aggregate_id, payload, chain_seq, prev_hash, hash)
      values (now(), 'SYSTEM', 'forged', 'certificate', 'x', '{}', 1, '\\x00', '\\x00')`);
    const { rows } = await pool.query(`select chain_seq::int as seq, encode(prev_hash, 'hex') as prev, encode(hash, 'hex') as hash
      from audit_event order by chain_seq`);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: before + 41 }, (_, i) => i + 1));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev).toBe(rows[i - 1].hash);
    expect(rows.at(-1).hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.at(-1).hash).not.toBe('00');

    const report = await verify();
    expect(report).toMatchObject({ intact: true, checked: before + 41, headSeq: String(before + 41), headHash: rows.at(-1).hash, firstBroken: null });
  });

  it('refuse UPDATE, DELETE and TRUNCATE for the application, and deleting the chain head', async () => {
    await expect(pool.query(`update audit_event set reason = 'forged'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(pool.query(`delete from audit_event`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(pool.query(`truncate audit_event`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(pool.query(`delete from audit_chain_head`)).rejects.toThrow(/append-only: DELETE refused/);
    expect((await verify()).intact).toBe(true);
  });

  describe('points at the first broken link when someone with the owner’s powers bypasses the triggers', () => {
    /** Runs `sql` with the append-only trigger off, as an owner or superuser could, and restores it. */
    const tamper = async (sql: string, params: unknown[] = []) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(`alter table audit_event disable trigger audit_event_append_only`);
        await client.query(sql, params);
        await client.query(`alter table audit_event enable trigger audit_event_append_only`);
        await client.query('commit');
      } finally {
        client.release();
      }
    };
    const idAt = async (seq: number) => (await pool.query(`select id::text from audit_event where chain_seq = $1`, [seq])).rows[0].id as string;

    it('an altered event (ALTERED at its position), a rewritten chain only against an anchor kept outside (ANCHOR_MISMATCH)', async () => {
      const anchor = await head();
      await write(5, 100);
      const target = Number(anchor.seq) - 10;
      await tamper(`update audit_event set reason = 'nobody decided this' where chain_seq = $1`, [target]);
      expect(await verify()).toMatchObject({ intact: false, firstBroken: { seq: String(target), eventId: await idAt(target), reason: ChainBreak.ALTERED } });

      // Re-hash everything from the altered event on, head included: consistent again inside the
      // database, but the anchor recorded before no longer holds.
      await tamper(`do $$ declare e audit_event; prev bytea; begin
          select hash into prev from audit_event where chain_seq = ${target - 1};
          for e in select * from audit_event where chain_seq >= ${target} order by chain_seq loop
            e.prev_hash := prev; e.hash := audit_event_digest(prev, e);
            update audit_event set prev_hash = e.prev_hash, hash = e.hash where id = e.id; prev := e.hash;
          end loop;
          update audit_chain_head set hash = prev; end $$`);
      expect((await verify()).intact).toBe(true);
      expect(await verify(anchor)).toMatchObject({ intact: false, firstBroken: { seq: anchor.seq, reason: ChainBreak.ANCHOR_MISMATCH } });
      const now = await head();
      expect((await verify(now)).intact).toBe(true);
    });

    it('a deleted event (MISSING at the next one), a deleted newest event (TAIL_MISSING), a re-linked one (RELINKED)', async () => {
      const last = Number((await head()).seq);
      await tamper(`delete from audit_event where chain_seq = $1`, [last]);
      expect(await verify()).toMatchObject({ intact: false, firstBroken: { seq: String(last), eventId: null, reason: ChainBreak.TAIL_MISSING } });

      await tamper(`delete from audit_event where chain_seq = 5`);
      expect(await verify()).toMatchObject({ intact: false, firstBroken: { seq: '6', eventId: await idAt(6), reason: ChainBreak.MISSING } });

      await tamper(`update audit_event set prev_hash = '\\x01' where chain_seq = 3`);
      expect(await verify()).toMatchObject({ intact: false, firstBroken: { seq: '3', reason: ChainBreak.RELINKED } });
    });
  });
});
