import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A §3.2 application document attached to a case' })
export class CaseDocumentType {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String) mediaType!: string;
  @Field(() => Int, { description: 'Bytes' }) size!: number;
  @Field(() => String, { description: 'A code of the scheme’s document types, e.g. APPLICATION_FORM' }) documentType!: string;
  @Field(() => Date) attachedAt!: Date;
  @Field(() => String, { description: 'Where to GET the file with the bearer token, e.g. /documents/<id>' }) downloadPath!: string;
}

@ObjectType({ description: 'The engineer handling a case' })
export class CaseEngineerRef {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}
