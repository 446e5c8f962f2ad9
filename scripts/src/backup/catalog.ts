import type pg from 'pg';
import { SCHEMA, type CopyColumn } from './copy-sql.js';
import type { ForeignKey } from './table-order.js';

export interface TableInfo {
  name: string;
  /** Stored columns in table order; generated columns are left out (PostgreSQL computes them again). */
  columns: CopyColumn[];
  primaryKey: CopyColumn[];
}

export interface SequenceInfo {
  name: string;
  /** The column a serial or identity sequence belongs to; null for a free-standing one (case numbers). */
  ownedBy: { table: string; column: string } | null;
}

export interface Catalog {
  tables: TableInfo[];
  foreignKeys: ForeignKey[];
  sequences: SequenceInfo[];
}

/**
 * The tables, foreign keys and sequences of our schema, read from the system catalogs (so a
 * table or column added by a later migration is backed up without changing this code).
 * Partitions are read through their parent and not listed themselves.
 */
export async function readCatalog(client: pg.ClientBase): Promise<Catalog> {
  const { rows: tables } = await client.query<{ oid: number; name: string }>(
    `select c.oid::int as oid, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
    [SCHEMA],
  );
  const oids = tables.map((t) => t.oid);
  const { rows: columns } = await client.query<{ oid: number; name: string; collatable: boolean }>(
    `select a.attrelid::int as oid, a.attname as name, t.typcollation <> 0 as collatable
     from pg_attribute a join pg_type t on t.oid = a.atttypid
     where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     order by a.attrelid, a.attnum`,
    [oids],
  );
  const { rows: keys } = await client.query<{ oid: number; name: string; collatable: boolean }>(
    `select i.indrelid::int as oid, a.attname as name, t.typcollation <> 0 as collatable
     from pg_index i cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
     join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
     join pg_type t on t.oid = a.atttypid
     where i.indisprimary and i.indrelid = any($1::oid[])
     order by i.indrelid, k.position`,
    [oids],
  );
  const { rows: foreignKeys } = await client.query<ForeignKey>(
    `select child.relname as child, parent.relname as parent from pg_constraint f
     join pg_class child on child.oid = f.conrelid join pg_class parent on parent.oid = f.confrelid
     join pg_namespace n on n.oid = child.relnamespace
     where f.contype = 'f' and n.nspname = $1 and not child.relispartition`,
    [SCHEMA],
  );
  const { rows: sequences } = await client.query<{ name: string; table: string | null; column: string | null }>(
    `select s.relname as name, owner.relname as table, a.attname as column
     from pg_class s join pg_namespace n on n.oid = s.relnamespace
     left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
       and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
     left join pg_class owner on owner.oid = d.refobjid
     left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
     where s.relkind = 'S' and n.nspname = $1 order by s.relname`,
    [SCHEMA],
  );
  const pick = (rows: Array<{ oid: number; name: string; collatable: boolean }>, oid: number) =>
    rows.filter((r) => r.oid === oid).map(({ name, collatable }) => ({ name, collatable }));
  return {
    tables: tables.map((t) => ({ name: t.name, columns: pick(columns, t.oid), primaryKey: pick(keys, t.oid) })),
    foreignKeys,
    sequences: sequences.map((s) => ({ name: s.name, ownedBy: s.table && s.column ? { table: s.table, column: s.column } : null })),
  };
}
