import { countSqlStatements } from '@cqc/db';

/**
 * SQL statements sent while one GraphQL request is answered, counted at node-postgres's
 * Client.query as api/src/registry/query-count.test.ts does (the ORM and the registry both go
 * through it).
 */
export async function statementsFor(apiUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const counter = countSqlStatements();
  try {
    const res = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return counter.count;
  } finally {
    counter.restore();
  }
}
