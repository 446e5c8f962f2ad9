import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CalendarDayKind, CalendarSource, CreditStatus, OrganisationKind } from '@cqc/db';
import { LocalDate } from '../graphql/scalars.js';

registerEnumType(CreditStatus, { name: 'CreditStatus', description: 'Credit standing (§3.2 失信: no certificate; §3.3 严重失信: not accepted)' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(CalendarDayKind, { name: 'CalendarDayKind', description: 'HOLIDAY: a day off; WORKDAY: a make-up working day on a weekend' });
registerEnumType(CalendarSource, { name: 'CalendarSource', description: 'The maintained library, or an administrator' });

/** An organisation as the administrator maintains it: names, credit code and credit standing. */
@ObjectType()
export class AdminOrganisationType {
  @Field(() => ID) id!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码' }) creditCode!: string | null;
  @Field(() => CreditStatus) creditStatus!: CreditStatus;
  @Field(() => String, { nullable: true, description: 'Where the credit standing was established (e.g. 信用中国)' }) creditSource!: string | null;
  @Field(() => LocalDate, { nullable: true }) creditCheckedOn!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class CalendarYearType {
  @Field(() => Int) year!: number;
  @Field(() => CalendarSource) source!: CalendarSource;
  @Field(() => LocalDate, { nullable: true, description: 'Date of the State Council notice, when known' }) publishedOn!: string | null;
}

@ObjectType()
export class CalendarDayType {
  @Field(() => LocalDate) date!: string;
  @Field(() => CalendarDayKind) kind!: CalendarDayKind;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => CalendarSource) source!: CalendarSource;
}

/** One day of an official schedule. The date is a plain string so a bad one is reported with its line. */
@InputType()
export class CalendarDayInput {
  @Field(() => String) date!: string;
  @Field(() => CalendarDayKind) kind!: CalendarDayKind;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
}

@InputType()
export class LabInput {
  @Field(() => String) nameZh!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String) addressZh!: string;
  @Field(() => String, { nullable: true }) addressEn?: string | null;
  @Field(() => String, { nullable: true, description: '统一社会信用代码 (18 characters)' }) creditCode?: string | null;
  @Field(() => String) cmaCertificateNo!: string;
  @Field(() => [String], { description: 'Test items the CMA accreditation covers; trimmed, non-empty, unique' }) cmaScope!: string[];
}
