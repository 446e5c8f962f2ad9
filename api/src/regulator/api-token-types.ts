import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A regulator API token, without its secret' })
export class ApiTokenType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => String) organisationNameZh!: string;
  @Field(() => String) organisationNameEn!: string;
  @Field(() => String, { description: 'Who created it' }) createdByName!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Last request made with it, to the minute' }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType({ description: 'A new API token: the secret is shown only in this answer and never again' })
export class CreatedApiToken {
  @Field(() => ApiTokenType) token!: ApiTokenType;
  @Field(() => String, { description: 'Send it as `Authorization: Bearer <secret>`; only its hash is stored' }) secret!: string;
}
