// The import page's GraphQL document, re-exported by ../queries.server.ts (where the contract test finds it).
import { gql } from "../graphql.server";

export interface ImportJobView {
  id: string;
  fileName: string;
  status: "VALIDATING" | "RUNNING" | "DONE" | "INVALID" | "FAILED";
  total: number;
  done: number;
  imported: number;
  skipped: number;
  error: string | null;
  issues: Array<{ sheet: string; row: number | null; column: string | null; code: string; zh: string; en: string }>;
  certificates: Array<{ number: string; row: number; outcome: "IMPORTED" | "ALREADY_PRESENT" | "NOT_WRITTEN" }>;
}

export const ImportJobQuery = gql<{ importJob: ImportJobView }, { id: string }>(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id fileName status total done imported skipped error
      issues { sheet row column code zh en }
      certificates { number row outcome }
    }
  }
`);
