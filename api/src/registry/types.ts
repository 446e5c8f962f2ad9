import { Field, ID, Int, ObjectType } from 'type-graphql';
import '../graphql/enums.js';
import {
  CertificateStatus, CertificateVersionKind, KeyComponentType, ModelStatus, Mounting, ProductType, StatusEventKind,
} from '@cqc/db';
import { LocalDate } from '../graphql/scalars.js';

/*
 * The public certificate as GraphQL types. Resolvers return registry read-model records
 * (PublicCertificate), which hold only public fields, so these types cannot expose more.
 */

@ObjectType({ description: 'Applicant or manufacturer as printed on the certificate' })
export class Party {
  @Field(() => ID) id!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String) addressZh!: string;
  @Field(() => String) addressEn!: string;
}

@ObjectType({ description: 'The production site (生产企业), identified by its factory code' })
export class FactorySite {
  @Field(() => ID) id!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String) addressZh!: string;
  @Field(() => String) addressEn!: string;
  @Field(() => String) factoryCode!: string;
}

@ObjectType()
export class CertificationBody {
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
}

@ObjectType({ description: 'A model in the certificate scope, with ratings and power-consumption grade' })
export class CertifiedModel {
  @Field(() => String) designation!: string;
  @Field(() => ProductType) productType!: ProductType;
  @Field(() => Mounting) mounting!: Mounting;
  @Field(() => Int) poles!: number;
  @Field(() => Int, { description: 'Rated voltage Ue, V AC' }) ratedVoltage!: number;
  @Field(() => Int, { description: 'Frame current Inm, A' }) frameCurrent!: number;
  @Field(() => [Int], { description: 'Rated currents In, A' }) ratedCurrents!: number[];
  @Field(() => String) series!: string;
  @Field(() => String, { description: 'Power-consumption grade (T/CEEIA 549-2021)' }) grade!: string;
  @Field(() => ModelStatus) status!: ModelStatus;
  @Field(() => LocalDate, { nullable: true }) withdrawnOn!: string | null;
}

@ObjectType({ description: 'An Annex 1 key component with its controlled attributes' })
export class KeyComponent {
  @Field(() => KeyComponentType) type!: KeyComponentType;
  @Field(() => String) typeZh!: string;
  @Field(() => String) typeEn!: string;
  @Field(() => String, { nullable: true }) model!: string | null;
  @Field(() => String, { nullable: true }) rating!: string | null;
  @Field(() => String, { nullable: true }) material!: string | null;
  @Field(() => String, { nullable: true }) grade!: string | null;
  @Field(() => String, { nullable: true }) dimensions!: string | null;
  @Field(() => String) supplier!: string;
}

@ObjectType({ description: 'One tested key-component configuration (§4.3)' })
export class KeyComponentConfiguration {
  @Field(() => String) label!: string;
  @Field(() => [KeyComponent]) components!: KeyComponent[];
}

@ObjectType({ description: 'One entry of the public status history' })
export class StatusHistoryEntry {
  @Field(() => Int) seq!: number;
  @Field(() => StatusEventKind) kind!: StatusEventKind;
  @Field(() => CertificateStatus, { nullable: true }) fromStatus!: CertificateStatus | null;
  @Field(() => CertificateStatus) toStatus!: CertificateStatus;
  @Field(() => LocalDate) occurredOn!: string;
  @Field(() => LocalDate, { nullable: true, description: 'For a suspension: the latest end date' }) effectiveUntil!: string | null;
  @Field(() => String, { nullable: true, description: 'Scheme reason code, e.g. S3 for §8.5.1(3)' }) reasonCode!: string | null;
  @Field(() => String, { nullable: true }) reasonZh!: string | null;
  @Field(() => String, { nullable: true }) reasonEn!: string | null;
  @Field(() => String, { nullable: true, description: 'For a suspension: the cause that sets its maximum length (§8.5.1.1), e.g. HOLDER_REQUEST_SEASONAL' }) cause!: string | null;
  @Field(() => String, { nullable: true }) causeZh!: string | null;
  @Field(() => String, { nullable: true }) causeEn!: string | null;
  @Field(() => String) publicReasonZh!: string;
  @Field(() => String) publicReasonEn!: string;
  @Field(() => String, { nullable: true }) modelDesignation!: string | null;
  @Field(() => Int, { nullable: true }) versionNo!: number | null;
}

@ObjectType({ description: 'One issue or reissue of the certificate (0 = first issue)' })
export class CertificateVersion {
  @Field(() => Int) versionNo!: number;
  @Field(() => CertificateVersionKind) kind!: CertificateVersionKind;
  @Field(() => LocalDate) issuedOn!: string;
  @Field(() => String) changeSummaryZh!: string;
  @Field(() => String) changeSummaryEn!: string;
}

@ObjectType()
export class SurveillanceSummary {
  @Field(() => String) result!: string;
  @Field(() => LocalDate) date!: string;
}

@ObjectType({ description: 'A certificate as the public registry shows it: public fields only' })
export class Certificate {
  @Field(() => String) number!: string;
  @Field(() => CertificateStatus) status!: CertificateStatus;
  @Field(() => Date) statusChangedAt!: Date;
  @Field(() => LocalDate, { nullable: true }) suspendedUntil!: string | null;
  @Field(() => Party) applicant!: Party;
  @Field(() => Party) manufacturer!: Party;
  @Field(() => FactorySite) factory!: FactorySite;
  @Field(() => String) unitName!: string;
  @Field(() => ProductType) productType!: ProductType;
  @Field(() => String) productNameZh!: string;
  @Field(() => String) productNameEn!: string;
  @Field(() => String) series!: string;
  @Field(() => Int) frameCurrent!: number;
  @Field(() => [CertifiedModel]) models!: CertifiedModel[];
  @Field(() => [KeyComponentConfiguration]) keyComponentConfigurations!: KeyComponentConfiguration[];
  @Field(() => [String]) basis!: string[];
  @Field(() => String) modeZh!: string;
  @Field(() => String) modeEn!: string;
  @Field(() => CertificationBody) certificationBody!: CertificationBody;
  @Field(() => LocalDate) firstIssuedOn!: string;
  @Field(() => LocalDate) issuedOn!: string;
  @Field(() => LocalDate) expiresOn!: string;
  @Field(() => Int) currentVersionNo!: number;
  @Field(() => [StatusHistoryEntry], { description: 'Oldest first' }) statusHistory!: StatusHistoryEntry[];
  @Field(() => [CertificateVersion], { description: 'Version 0 first' }) versions!: CertificateVersion[];
  @Field(() => SurveillanceSummary, { nullable: true }) latestSurveillance!: SurveillanceSummary | null;
  @Field(() => Boolean) isDemo!: boolean;
}
