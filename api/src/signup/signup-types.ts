import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganisationClaimStatus } from '@cqc/db';

registerEnumType(OrganisationClaimStatus, { name: 'OrganisationClaimStatus' });

@InputType({ description: 'The organisation a sign-up claims to act for' })
export class OrganisationClaimInput {
  @Field(() => String) nameZh!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { description: '统一社会信用代码: 18 characters with the GB 32100-2015 check character' }) creditCode!: string;
  @Field(() => String) addressZh!: string;
  @Field(() => String, { nullable: true }) addressEn?: string | null;
  @Field(() => String, { description: '经营范围' }) businessScope!: string;
}

@ObjectType()
export class ClaimedOrganisationType {
  @Field(() => ID) id!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
}

@ObjectType({ description: 'An organisation claim made with a verified sign-up' })
export class OrganisationClaimType {
  @Field(() => ID) id!: string;
  @Field(() => OrganisationClaimStatus) status!: OrganisationClaimStatus;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String) creditCode!: string;
  @Field(() => String) addressZh!: string;
  @Field(() => String) addressEn!: string;
  @Field(() => String) businessScope!: string;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => ClaimedOrganisationType, { nullable: true, description: 'The organisation created by approval' }) organisation!: ClaimedOrganisationType | null;
  @Field(() => ClaimedOrganisationType, { nullable: true, description: 'An organisation that already has this credit code: approval is then refused' })
  existingOrganisation!: ClaimedOrganisationType | null;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class VerifiedSignUpType {
  @Field(() => String) organisationNameZh!: string;
  @Field(() => String) organisationNameEn!: string;
}
