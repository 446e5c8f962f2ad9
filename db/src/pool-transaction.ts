import type pg from 'pg';

/**
 * Runs `work` in one transaction on a connection of its own from `pool`: committed when it
 * resolves, rolled back when it throws. `begin` may carry `set local …` settings for this
 * transaction alone (e.g. `begin read only; set local enable_seqscan = off`).
 */
export async function inPoolTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'begin'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    // The original error matters more than a failed rollback (the connection is then discarded).
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
