import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../graphql/enums.js';

@ObjectType()
export class ViewerOrganisation {
  @Field(() => ID) id!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
}

@ObjectType({ description: 'The signed-in user' })
export class ViewerType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ViewerOrganisation) organisation!: ViewerOrganisation;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { description: 'Opaque bearer token; send it as `Authorization: Bearer <token>`' })
  token!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Int, { description: 'Seconds until the absolute expiry, on the API’s clock: clients whose clock differs can still size a cookie by it' })
  expiresInSeconds!: number;
  @Field(() => ViewerType) viewer!: ViewerType;
}
