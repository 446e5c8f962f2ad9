import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum InvitationStatusEnum {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus', description: 'EXPIRED: not accepted within 7 days' });

@ObjectType({ description: 'An invitation to join an enterprise organisation' })
export class InvitationType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => InvitationStatusEnum) status!: InvitationStatusEnum;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String) invitedBy!: string;
}

@ObjectType({ description: 'A user of an enterprise organisation, as its user managers see them' })
export class OrganisationUserType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Boolean, { description: 'May invite and deactivate the organisation’s users' }) managesUsers!: boolean;
}
