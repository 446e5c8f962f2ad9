import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StatusRequestKind, StatusRequestState, type CertificateStatusRequest } from '@cqc/db';
import { LocalDate } from '../graphql/scalars.js';

registerEnumType(StatusRequestKind, { name: 'StatusRequestKind', description: '§8.5.1(8) suspension, §8.5.2 restoration, §8.5.3 cancellation' });
registerEnumType(StatusRequestState, { name: 'StatusRequestState' });

@ObjectType('CertificateStatusRequest', { description: 'A holder’s request concerning its certificate’s status, decided by the certification body' })
export class StatusRequestType {
  @Field(() => ID) id!: string;
  @Field(() => String) certificateNumber!: string;
  @Field(() => String) holderNameZh!: string;
  @Field(() => StatusRequestKind) kind!: StatusRequestKind;
  @Field(() => StatusRequestState) state!: StatusRequestState;
  @Field(() => LocalDate) requestedOn!: string;
  @Field(() => String, { nullable: true, description: 'The suspension cause or cancellation reason code the request implies' }) code!: string | null;
  @Field(() => String) explanation!: string;
  @Field(() => LocalDate, { nullable: true }) decidedOn!: string | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => Int) version!: number;
}

/** The request must be loaded with `certificate.unit.applicant`. */
export function toStatusRequestView(r: CertificateStatusRequest): StatusRequestType {
  return {
    id: r.id, certificateNumber: r.certificate.number, holderNameZh: r.certificate.unit.applicant.nameZh, kind: r.kind, state: r.state,
    requestedOn: r.requestedOn, code: r.code ?? null, explanation: r.explanation, decidedOn: r.decidedOn ?? null,
    decisionNote: r.decisionNote ?? null, version: r.version,
  };
}
