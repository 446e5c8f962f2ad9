import { registerEnumType } from 'type-graphql';
import {
  CaseStatus, ClockOutcome, CertificateStatus, CertificateVersionKind, KeyComponentType, ModelStatus, Mounting, ProductType, Role, StatusEventKind,
} from '@cqc/db';

/** The GraphQL enums are the database enums: one definition, registered once. */
registerEnumType(CertificateStatus, { name: 'CertificateStatus', description: 'RULES.md part M' });
registerEnumType(ProductType, { name: 'ProductType' });
registerEnumType(Mounting, { name: 'Mounting' });
registerEnumType(ModelStatus, { name: 'ModelStatus', description: 'A model can be withdrawn from a scope on its own (§7.2)' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(KeyComponentType, { name: 'KeyComponentType', description: 'Annex 1 key-component types' });
registerEnumType(CertificateVersionKind, { name: 'CertificateVersionKind' });
registerEnumType(StatusEventKind, { name: 'StatusEventKind' });
registerEnumType(CaseStatus, { name: 'CaseStatus', description: 'Where a certification case stands' });
registerEnumType(ClockOutcome, { name: 'ClockOutcome' });

export { CaseStatus, ClockOutcome, CertificateStatus, CertificateVersionKind, KeyComponentType, ModelStatus, Mounting, ProductType, Role, StatusEventKind };
