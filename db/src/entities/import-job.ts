import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { User } from './user.js';

/**
 * An import of existing certificates from a CSV or XLSX file started on the administrator's
 * page (issue 6 point 5). The run records its progress here so that the page can poll it, and
 * the report (every bad row, or what happened to each certificate) stays after it ends.
 */
@Entity({ tableName: 'import_job' })
@Index({ properties: ['createdAt'] })
export class ImportJob extends BaseEntity {
  @ManyToOne({ entity: () => User })
  startedBy!: Rel<User>;

  @Property({ type: 'string', length: 255 })
  fileName!: string;

  /** VALIDATING → RUNNING → DONE; or INVALID (nothing written) or FAILED (see `error` and the report). */
  @Property({ type: 'string', length: 16 })
  status!: string;

  /** Certificates in the file, once it is checked. */
  @Property({ type: 'integer', default: 0 })
  total: Opt<number> = 0;

  /** Certificates handled so far (imported or already present). */
  @Property({ type: 'integer', default: 0 })
  done: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  imported: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  skipped: Opt<number> = 0;

  /** The issues of an invalid file, or each certificate's outcome (api/src/import/tabular/run-import.ts). */
  @Property({ type: 'json', nullable: true })
  report?: unknown;

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}
