import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InspectionChecklistKind, InspectionConclusion, InspectionItemResult, InspectionStatus, RectificationVerificationMethod } from '@cqc/db';
import { CaseStatus } from '../graphql/enums.js';
import { LocalDate } from '../graphql/scalars.js';

registerEnumType(InspectionStatus, { name: 'InspectionStatus', description: 'Where the initial factory inspection (§2, §5) stands' });
registerEnumType(InspectionItemResult, { name: 'InspectionItemResult' });
registerEnumType(InspectionConclusion, { name: 'InspectionConclusion', description: 'The inspection report’s conclusion (§5.4)' });
registerEnumType(RectificationVerificationMethod, { name: 'RectificationVerificationMethod', description: 'How CQC verified a rectification (§5.4): from documents or on site' });
registerEnumType(InspectionChecklistKind, { name: 'InspectionChecklistKind', description: 'QA capability (§5.2.1) or product conformity (§5.2.2, §5.2.4)' });

@ObjectType({ description: 'A certification-body person named on an inspection' })
export class InspectionStaffRef {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType({ description: 'One item of the initial inspection checklist (scheme data) with its result, once recorded' })
export class InspectionChecklistItem {
  @Field(() => String, { description: 'Scheme identifier, e.g. "4", "1.2)", "5.2.2-1"' }) itemId!: string;
  @Field(() => InspectionChecklistKind) checklist!: InspectionChecklistKind;
  @Field(() => String, { description: 'e.g. §5.2.1' }) clause!: string;
  @Field(() => String) titleZh!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => Boolean, { description: 'The title only names the CQC/F002-2009 item; its wording is not part of the rule' }) titleIsPlaceholder!: boolean;
  @Field(() => InspectionItemResult, { nullable: true }) result!: InspectionItemResult | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: 'A nonconformity (不符合项, §5.4) and its verified rectification' })
export class InspectionNonconformity {
  @Field(() => ID) id!: string;
  @Field(() => String) itemId!: string;
  @Field(() => String) clause!: string;
  @Field(() => String) description!: string;
  @Field(() => LocalDate) raisedOn!: string;
  @Field(() => LocalDate, { nullable: true }) rectifiedOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) verifiedOn!: string | null;
  @Field(() => InspectionStaffRef, { nullable: true }) verifiedBy!: InspectionStaffRef | null;
  @Field(() => String, { nullable: true }) verificationNote!: string | null;
  @Field(() => RectificationVerificationMethod, { nullable: true }) verificationMethod!: RectificationVerificationMethod | null;
}

@ObjectType({ description: 'The initial factory inspection of a case (§2, §5)' })
export class FactoryInspectionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => String) caseNo!: string;
  @Field(() => CaseStatus) caseStatus!: CaseStatus;
  @Field(() => InspectionStatus) status!: InspectionStatus;
  @Field(() => Int, { description: 'Send it back with every inspection action (optimistic locking)' }) version!: number;
  @Field(() => LocalDate, { description: 'Documents received (§5.3)' }) openedOn!: string;
  @Field(() => String, { nullable: true, description: 'The valid certificate of the same factory behind an exemption proposal (§2, §5.1)' }) proposedCertificateNumber!: string | null;
  @Field(() => Boolean, { nullable: true }) exemptionAccepted!: boolean | null;
  @Field(() => String, { nullable: true }) exemptionReason!: string | null;
  @Field(() => String, { nullable: true }) coveringCertificateNumber!: string | null;
  @Field(() => LocalDate, { nullable: true }) exemptionDecidedOn!: string | null;
  @Field(() => InspectionStaffRef, { nullable: true }) exemptionDecidedBy!: InspectionStaffRef | null;
  @Field(() => InspectionStaffRef, { nullable: true }) inspector!: InspectionStaffRef | null;
  @Field(() => Float, { nullable: true, description: 'On-site effort in person-days (§5.3)' }) personDays!: number | null;
  @Field(() => LocalDate, { nullable: true }) taskIssuedOn!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'First planned day on site, when the task names one' }) plannedFrom!: string | null;
  @Field(() => LocalDate, { nullable: true }) plannedTo!: string | null;
  @Field(() => InspectionStaffRef, { nullable: true, description: 'The inspector sent to verify rectification on site (§5.4)' }) verificationInspector!: InspectionStaffRef | null;
  @Field(() => LocalDate, { nullable: true }) verificationPlannedOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) visitOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) reportedOn!: string | null;
  @Field(() => InspectionConclusion, { nullable: true }) conclusion!: InspectionConclusion | null;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field(() => String, { nullable: true, description: 'Staff only; always null for the applicant' }) internalNote!: string | null;
  @Field(() => LocalDate, { nullable: true }) completedOn!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Due date of the inspection task (§5.3)' }) taskDueOn!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Due date of the report (§5.4)' }) reportDueOn!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Due date of the rectification (§5.4)' }) rectificationDueOn!: string | null;
  @Field(() => [InspectionChecklistItem]) checklist!: InspectionChecklistItem[];
  @Field(() => [InspectionNonconformity]) nonconformities!: InspectionNonconformity[];
}

@InputType()
export class InspectionChecklistEntryInput {
  @Field(() => String) itemId!: string;
  @Field(() => InspectionItemResult) result!: InspectionItemResult;
  @Field(() => String, { nullable: true, description: 'Required for NOT_APPLICABLE' }) note?: string | null;
}

@InputType()
export class InspectionNonconformityInput {
  @Field(() => String, { description: 'The checklist item found nonconforming' }) itemId!: string;
  @Field(() => String) description!: string;
}

@InputType({ description: 'The checklist and report of an initial inspection (§5.2, §5.4)' })
export class InspectionReportInput {
  @Field(() => LocalDate) visitOn!: string;
  @Field(() => InspectionConclusion) conclusion!: InspectionConclusion;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) internalNote?: string | null;
  @Field(() => [InspectionChecklistEntryInput]) checklist!: InspectionChecklistEntryInput[];
  @Field(() => [InspectionNonconformityInput]) nonconformities!: InspectionNonconformityInput[];
}
