import { Field, Int, ObjectType } from 'type-graphql';
import type { Scheme } from '@cqc/db';

@ObjectType({ description: 'A CQC/F002-2009 item as the scheme names it (titles may be placeholders)' })
export class SurveillanceItemType {
  @Field(() => String) id!: string;
  @Field(() => String, { nullable: true }) parent!: string | null;
  @Field(() => String) titleZh!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => Boolean, { description: '§7.1.3: checked at every surveillance visit' }) mandatory!: boolean;
}

@ObjectType({ description: 'A coded ground with its clause, as the scheme states it' })
export class SurveillanceCodeType {
  @Field(() => String) code!: string;
  @Field(() => String) clause!: string;
  @Field(() => String) zh!: string;
  @Field(() => String) en!: string;
}

@ObjectType({ description: 'What the surveillance forms offer (scheme data, §7.1)' })
export class SurveillanceReferenceType {
  @Field(() => [SurveillanceItemType], { description: 'CQC/F002-2009 items a visit checks' }) items!: SurveillanceItemType[];
  @Field(() => [SurveillanceCodeType], { description: 'Product-conformity points a nonconformity may also name' }) conformityItems!: SurveillanceCodeType[];
  @Field(() => [SurveillanceCodeType], { description: '§7.1.1 1)–3): grounds for an extra visit' }) extraVisitTriggers!: SurveillanceCodeType[];
  @Field(() => Int, { description: '§7.1.3.1: models per visit given the conformity check' }) minConformityModels!: number;
}

/** The scheme's surveillance data as the web forms need it: read-only, no lifecycle logic. */
export function surveillanceReference(scheme: Scheme): SurveillanceReferenceType {
  return {
    items: scheme.checklists.qaCapability.items.map((i) => ({ id: i.id, parent: i.parent ?? null, titleZh: i.title.zh, titleEn: i.title.en, mandatory: i.mandatoryEverySurveillance })),
    conformityItems: scheme.checklists.productConformity.map((i) => ({ code: i.id, clause: i.clause, zh: i.text.zh, en: i.text.en })),
    extraVisitTriggers: scheme.surveillanceRules.extraVisitTriggers.map((t) => ({ code: t.code, clause: t.clause, zh: t.zh, en: t.en })),
    minConformityModels: scheme.checklists.surveillance.minConformityModelsPerVisit,
  };
}
