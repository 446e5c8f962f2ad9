import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AppealKind, AppealState, type Appeal } from '@cqc/db';
import { LocalDate } from '../graphql/scalars.js';

registerEnumType(AppealKind, { name: 'AppealKind', description: '§13: 申诉 (against a decision), 投诉, 争议' });
registerEnumType(AppealState, { name: 'AppealState' });

@ObjectType('AppealDocument')
export class AppealDocumentType {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'GET with the bearer token to download' }) downloadPath!: string;
}

@ObjectType('Appeal', { description: 'An appeal, complaint or dispute raised by an applicant or holder (§13), with the date of each step' })
export class AppealType {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => AppealKind) kind!: AppealKind;
  @Field(() => AppealState) state!: AppealState;
  @Field(() => String) organisationNameZh!: string;
  @Field(() => String, { nullable: true }) caseNo!: string | null;
  @Field(() => String, { nullable: true }) certificateNumber!: string | null;
  @Field(() => String) subject!: string;
  @Field(() => String) text!: string;
  @Field(() => LocalDate) filedOn!: string;
  @Field(() => LocalDate, { nullable: true }) acknowledgedOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) investigationStartedOn!: string | null;
  @Field(() => String) investigationNote!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Decided or withdrawn on' }) closedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'The decision’s reasons, or why it was withdrawn' }) outcomeNote!: string | null;
  @Field(() => [AppealDocumentType]) documents!: AppealDocumentType[];
  @Field(() => Int) version!: number;
}

@InputType('AppealInput')
export class AppealInputType {
  @Field(() => AppealKind) kind!: AppealKind;
  @Field(() => String, { nullable: true, description: 'The case concerned, e.g. A2026-000123 (an appeal: a decided case)' }) caseNo?: string | null;
  @Field(() => String, { nullable: true }) certificateNumber?: string | null;
  @Field(() => String) subject!: string;
  @Field(() => String) text!: string;
  @Field(() => [ID], { defaultValue: [], description: 'Uploads of the filer (POST /documents)' }) documentIds!: string[];
}

/** The appeal must be loaded with `organisation`, `case`, `certificate` and `documents.document`. */
export function toAppealView(a: Appeal): AppealType {
  return {
    id: a.id, reference: a.reference, kind: a.kind, state: a.state, organisationNameZh: a.organisation.nameZh,
    caseNo: a.case?.caseNo ?? null, certificateNumber: a.certificate?.number ?? null, subject: a.subject, text: a.text,
    filedOn: a.filedOn, acknowledgedOn: a.acknowledgedOn ?? null, investigationStartedOn: a.investigationStartedOn ?? null,
    investigationNote: a.investigationNote, closedOn: a.closedOn ?? null, outcomeNote: a.outcomeNote ?? null,
    documents: a.documents.getItems().map((d) => ({ id: d.document.id, fileName: d.document.fileName, downloadPath: `/documents/${d.document.id}` })),
    version: a.version,
  };
}
