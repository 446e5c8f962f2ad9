export interface ForeignKey {
  /** The referencing table. */
  child: string;
  /** The referenced table. */
  parent: string;
}

/**
 * The tables in an order that loads every referenced table before the tables referencing it,
 * so COPY can check each foreign key as it goes; ties are broken by name, so the same schema
 * always gives the same order (the backup's file order and the restore's load order).
 *
 * A table referencing itself needs no order: PostgreSQL checks foreign keys at the end of the
 * COPY statement, when every row of it is in. A cycle between tables cannot be loaded with the
 * checks on (they are not deferrable and turning them off needs a superuser): that is refused.
 */
export function foreignKeyOrder(tables: readonly string[], keys: readonly ForeignKey[]): string[] {
  const known = new Set(tables);
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of keys) {
    if (child !== parent && known.has(child) && known.has(parent)) parents.get(child)!.add(parent);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  let pending = [...tables].sort();
  while (pending.length > 0) {
    const ready = pending.filter((t) => [...parents.get(t)!].every((p) => placed.has(p)));
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among ${pending.join(', ')}: they cannot be loaded in any order`);
    // One at a time, smallest name first, so the order does not depend on how rounds fall.
    const next = ready[0]!;
    order.push(next);
    placed.add(next);
    pending = pending.filter((t) => t !== next);
  }
  return order;
}

/** The first table of `order` loaded before a table it references, or null when the order is safe. */
export function orderViolation(order: readonly string[], keys: readonly ForeignKey[]): { child: string; parent: string } | null {
  const position = new Map(order.map((t, i) => [t, i]));
  for (const { child, parent } of keys) {
    const c = position.get(child);
    const p = position.get(parent);
    if (c !== undefined && p !== undefined && child !== parent && p > c) return { child, parent };
  }
  return null;
}
