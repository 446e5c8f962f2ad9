import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ImportIssue', { description: 'One problem of an import file, where to find it, in Chinese and English' })
export class ImportIssueType {
  @Field(() => String, { description: 'certificates, models, key_components, history, or file' }) sheet!: string;
  @Field(() => Int, { nullable: true, description: 'Row number as the spreadsheet shows it (1 is the header)' }) row!: number | null;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field(() => String, { description: 'Machine-readable reason, e.g. NOT_A_DATE' }) code!: string;
  @Field(() => String) zh!: string;
  @Field(() => String) en!: string;
}

@ObjectType({ description: 'What an import did with one certificate of the file' })
export class ImportCertificateOutcome {
  @Field(() => String) number!: string;
  @Field(() => Int, { description: 'Its row in the certificates sheet' }) row!: number;
  @Field(() => String, { description: 'IMPORTED, ALREADY_PRESENT (skipped: the number exists), or NOT_WRITTEN (the run failed first)' }) outcome!: string;
}

@ObjectType('ImportJob', { description: 'An import of existing certificates from a CSV or XLSX file, with its progress and report' })
export class ImportJobType {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'VALIDATING, RUNNING, DONE, INVALID (nothing written) or FAILED' }) status!: string;
  @Field(() => Int, { description: 'Certificates in the file (known once it is checked)' }) total!: number;
  @Field(() => Int, { description: 'Certificates handled so far' }) done!: number;
  @Field(() => Int) imported!: number;
  @Field(() => Int, { description: 'Certificates whose number was already there' }) skipped!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => [ImportIssueType], { description: 'Every bad row of an INVALID file' }) issues!: ImportIssueType[];
  @Field(() => [ImportCertificateOutcome]) certificates!: ImportCertificateOutcome[];
}
