import type pg from 'pg';
import { inPoolTransaction } from '@cqc/db';

/**
 * Test support: `count` synthetic public records in the live generation of `registry_document`,
 * copied from a real one with number `SYN00000001`… and one model `SYNM-1`…, written straight
 * into the table (whatever columns the index adapter keeps; no searchable values: search does not
 * find them) and analysed, so that the planner sees a registry of realistic size.
 */
export async function insertSyntheticDocuments(pool: pg.Pool, count: number, alias = 'certificates'): Promise<void> {
  await inPoolTransaction(pool, async (client) => {
    await client.query(
      `create temp table syn on commit drop as
       select d.* from registry_document d, generate_series(1, $2::int)
       where d.generation = (select generation from registry_alias where alias = $1)
         and d.number = (select min(number) from registry_document where generation = (select generation from registry_alias where alias = $1))`,
      [alias, count],
    );
    await client.query(`alter table syn add column syn_i int generated always as identity`);
    await client.query(
      `update syn set number = 'SYN' || lpad(syn_i::text, 8, '0'), sort_key = 'SYN' || lpad(syn_i::text, 8, '0'), search_texts = '', search_codes = '',
         verification_keys = array['n:syn' || lpad(syn_i::text, 8, '0'), 'm:synm' || syn_i],
         doc = jsonb_set(jsonb_set(doc::jsonb, '{number}', to_jsonb('SYN' || lpad(syn_i::text, 8, '0'))),
           '{models}', jsonb_build_array(jsonb_set(doc::jsonb -> 'models' -> 0, '{designation}', to_jsonb('SYNM-' || syn_i))))::json`,
    );
    await client.query(`alter table syn drop column syn_i`);
    await client.query(`insert into registry_document select * from syn`);
  });
  await pool.query('analyze registry_document');
}
