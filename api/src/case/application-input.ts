import { Field, ID, InputType, Int } from 'type-graphql';
import { KeyComponentType, Mounting, ProductType } from '../graphql/enums.js';

@InputType({ description: 'A model applied for, with its ratings' })
export class ApplicationModelInput {
  @Field(() => String) designation!: string;
  @Field(() => Mounting) mounting!: Mounting;
  @Field(() => Int) poles!: number;
  @Field(() => Int, { description: 'Rated voltage Ue, V AC' }) ratedVoltage!: number;
  @Field(() => [Int], { description: 'Rated currents In, A' }) ratedCurrents!: number[];
}

@InputType({ description: 'An Annex 1 key component as declared by the applicant (§4.3)' })
export class KeyComponentInput {
  @Field(() => KeyComponentType) type!: KeyComponentType;
  @Field(() => String, { nullable: true }) model?: string | null;
  @Field(() => String, { nullable: true }) rating?: string | null;
  @Field(() => String, { nullable: true }) material?: string | null;
  @Field(() => String, { nullable: true }) grade?: string | null;
  @Field(() => String, { nullable: true }) dimensions?: string | null;
  @Field(() => String) supplier!: string;
}

@InputType()
export class KeyComponentConfigurationInput {
  @Field(() => String) label!: string;
  @Field(() => [KeyComponentInput]) components!: KeyComponentInput[];
}

@InputType({ description: 'A new application (认证委托): the applicant is the caller’s organisation' })
export class ApplicationInput {
  @Field(() => ID) manufacturerId!: string;
  @Field(() => ID) factoryId!: string;
  @Field(() => ProductType) productType!: ProductType;
  @Field(() => String) productNameZh!: string;
  @Field(() => String) productNameEn!: string;
  @Field(() => String) series!: string;
  @Field(() => Int, { description: 'Frame current Inm, A' }) frameCurrent!: number;
  @Field(() => [ApplicationModelInput]) models!: ApplicationModelInput[];
  @Field(() => [KeyComponentConfigurationInput]) keyComponentConfigurations!: KeyComponentConfigurationInput[];
}
