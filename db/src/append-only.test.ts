import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../test/support/index.js';

describe('append-only records', () => {
  let db: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(`insert into audit_event (occurred_at, actor_role, action, aggregate_type, aggregate_id, payload)
      values (now(), 'SYSTEM', 'test', 'certificate', 'x', '{}')`);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('refuse UPDATE and DELETE of audit events in the database itself', async () => {
    await expect(client.query(`update audit_event set action = 'forged'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(client.query(`delete from audit_event`)).rejects.toThrow(/append-only: DELETE refused/);
    const { rows } = await client.query(`select action from audit_event`);
    expect(rows).toEqual([{ action: 'test' }]);
  });

  it('protect certificate versions and the status history the same way', async () => {
    const { rows } = await client.query(`select event_object_table as t from information_schema.triggers where trigger_name like '%append_only' group by 1 order by 1`);
    expect(rows.map((r) => r.t)).toEqual(['audit_event', 'certificate_status_event', 'certificate_version']);
  });
});
