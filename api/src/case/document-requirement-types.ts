import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A §3.2 document type the applicant can attach to a case, with what the upload accepts' })
export class CaseDocumentRequirementType {
  @Field(() => String, { description: 'Scheme document-type code, e.g. APPLICATION_FORM' }) code!: string;
  @Field(() => String, { description: 'e.g. §3.2(1)' }) clause!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String, { nullable: true }) noteZh!: string | null;
  @Field(() => String, { nullable: true }) noteEn!: string | null;
  @Field(() => Boolean, { description: 'Must be attached before submission (§3.2; the questionnaire not when the inspection is exempted)' }) required!: boolean;
  @Field(() => [String], { description: 'Accepted media types' }) mediaTypes!: string[];
  @Field(() => [String], { description: 'Accepted file-name extensions, lowercase, without the dot' }) extensions!: string[];
  @Field(() => Int, { description: 'Largest accepted file, bytes' }) maxSizeBytes!: number;
}
