import pg from 'pg';

export interface StatementCounter {
  readonly count: number;
  restore(): void;
}

/**
 * Counts every SQL statement sent through node-postgres from now until `restore` (the ORM and
 * the registry both go through `pg.Client.prototype.query`). Tests and the bench use it to show
 * a request costs a constant number of statements (no N+1).
 */
export function countSqlStatements(): StatementCounter {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return {
    get count() {
      return count;
    },
    restore: () => {
      pg.Client.prototype.query = original;
    },
  };
}
