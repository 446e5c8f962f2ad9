export * from './enums.js';
export * from './snapshot.js';
export { AuditEvent } from './audit-event.js';
export { Certificate } from './certificate.js';
export { CertificateStatusEvent } from './certificate-status-event.js';
export { CertificateVersion } from './certificate-version.js';
export { CertificationUnit } from './certification-unit.js';
export { Factory } from './factory.js';
export { KeyComponent, KeyComponentConfiguration } from './key-component.js';
export { Lab } from './lab.js';
export { OutboxEvent } from './outbox-event.js';
export { Organisation } from './organisation.js';
export { ProductModel } from './product-model.js';
export { Session } from './session.js';
export { User } from './user.js';

import { AuditEvent } from './audit-event.js';
import { Certificate } from './certificate.js';
import { CertificateStatusEvent } from './certificate-status-event.js';
import { CertificateVersion } from './certificate-version.js';
import { CertificationUnit } from './certification-unit.js';
import { Factory } from './factory.js';
import { KeyComponent, KeyComponentConfiguration } from './key-component.js';
import { Lab } from './lab.js';
import { OutboxEvent } from './outbox-event.js';
import { Organisation } from './organisation.js';
import { ProductModel } from './product-model.js';
import { Session } from './session.js';
import { User } from './user.js';

/** Every entity, for the ORM config (explicit list: no folder scanning, same under tsx and vitest). */
export const entities = [
  Organisation, Factory, Lab, User, Session, CertificationUnit, ProductModel,
  KeyComponentConfiguration, KeyComponent, Certificate, CertificateVersion,
  CertificateStatusEvent, AuditEvent, OutboxEvent,
];
