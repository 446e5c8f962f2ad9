import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CertificateStatus, MarkApprovalState, type CodedLabel, type MarkApproval, type MarkOrder, type Scheme } from '@cqc/db';
import { LocalDate } from '../graphql/scalars.js';
import { certificateInForce } from './mark-rules.js';

registerEnumType(MarkApprovalState, { name: 'MarkApprovalState', description: '§10.2: a mark-usage approval application and its decision' });

@ObjectType('MarkChoice', { description: 'A §10.2 application method or position, as the scheme names it' })
export class MarkChoiceType {
  @Field(() => String) code!: string;
  @Field(() => String) zh!: string;
  @Field(() => String) en!: string;
}

@ObjectType('MarkRules', { description: '§10 as the scheme in force states it' })
export class MarkRulesType {
  @Field(() => String) clause!: string;
  @Field(() => String) styleRequirementZh!: string;
  @Field(() => String) styleRequirementEn!: string;
  @Field(() => [MarkChoiceType]) applicationMethods!: MarkChoiceType[];
  @Field(() => [MarkChoiceType]) positions!: MarkChoiceType[];
  @Field(() => String, { description: 'The method that stands for buying standard printed marks' }) standardMarksMethod!: string;
}

@ObjectType('MarkDesignDocument')
export class MarkDesignDocumentType {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'GET with the bearer token to download' }) downloadPath!: string;
}

@ObjectType('MarkApproval', { description: 'A mark-usage approval (认证标志使用批准书, §10.2): the holder’s application and the decision' })
export class MarkApprovalType {
  @Field(() => ID) id!: string;
  @Field(() => String) certificateNumber!: string;
  @Field(() => String) holderNameZh!: string;
  @Field(() => CertificateStatus) certificateStatus!: CertificateStatus;
  @Field(() => MarkApprovalState) state!: MarkApprovalState;
  @Field(() => Boolean, { description: 'Approved and the certificate in force now (computed on read: a certificate no longer VALID voids the approval)' })
  inForce!: boolean;
  @Field(() => [MarkChoiceType]) methods!: MarkChoiceType[];
  @Field(() => [MarkChoiceType]) positions!: MarkChoiceType[];
  @Field(() => MarkDesignDocumentType, { nullable: true }) designDocument!: MarkDesignDocumentType | null;
  @Field(() => String) note!: string;
  @Field(() => LocalDate) requestedOn!: string;
  @Field(() => String, { nullable: true, description: 'Given on approval: certificate number, -BZ and a two-digit sequence' }) approvalNumber!: string | null;
  @Field(() => LocalDate, { nullable: true }) decidedOn!: string | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('MarkOrder', { description: 'An order of standard-size printed marks (§10.2)' })
export class MarkOrderType {
  @Field(() => ID) id!: string;
  @Field(() => String) certificateNumber!: string;
  @Field(() => String) holderNameZh!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => LocalDate) orderedOn!: string;
  @Field(() => String) note!: string;
}

@InputType('MarkApprovalInput')
export class MarkApprovalInputType {
  @Field(() => String) number!: string;
  @Field(() => [String], { description: 'Codes of `markRules.applicationMethods`' }) methods!: string[];
  @Field(() => [String], { description: 'Codes of `markRules.positions`' }) positions!: string[];
  @Field(() => Boolean, { description: '§10.1: the holder confirms it uses no distorted mark' }) undistortedDeclared!: boolean;
  @Field(() => ID, { nullable: true, description: 'An upload of the holder (POST /documents): the mark design' }) designDocumentId?: string | null;
  @Field(() => String, { defaultValue: '' }) note!: string;
}

const choices = (codes: string[], list: CodedLabel[]): MarkChoiceType[] =>
  codes.map((c) => list.find((x) => x.code === c) ?? { code: c, zh: c, en: c }).map(({ code, zh, en }) => ({ code, zh, en }));

export function toMarkRulesView(scheme: Scheme): MarkRulesType {
  const m = scheme.marks;
  return {
    clause: m.clause, styleRequirementZh: m.styleRequirement.zh, styleRequirementEn: m.styleRequirement.en,
    applicationMethods: choices(m.applicationMethods.map((x) => x.code), m.applicationMethods), positions: choices(m.positions.map((x) => x.code), m.positions),
    standardMarksMethod: m.standardMarksMethod,
  };
}

/** The approval must be loaded with `certificate.unit.applicant` and `designDocument`. */
export function toMarkApprovalView(a: MarkApproval, scheme: Scheme): MarkApprovalType {
  const d = a.designDocument;
  return {
    id: a.id, certificateNumber: a.certificate.number, holderNameZh: a.certificate.unit.applicant.nameZh, certificateStatus: a.certificate.status,
    state: a.state, inForce: a.state === MarkApprovalState.APPROVED && certificateInForce(a.certificate.status),
    methods: choices(a.methods, scheme.marks.applicationMethods), positions: choices(a.positions, scheme.marks.positions),
    designDocument: d ? { id: d.id, fileName: d.fileName, downloadPath: `/documents/${d.id}` } : null,
    note: a.note, requestedOn: a.requestedOn, approvalNumber: a.approvalNumber ?? null, decidedOn: a.decidedOn ?? null,
    decisionNote: a.decisionNote ?? null, version: a.version,
  };
}

export function toMarkOrderView(o: MarkOrder): MarkOrderType {
  return { id: o.id, certificateNumber: o.certificate.number, holderNameZh: o.certificate.unit.applicant.nameZh, quantity: o.quantity, orderedOn: o.orderedOn, note: o.note };
}
