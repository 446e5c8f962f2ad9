import {
  CertificateStatus, CertificateVersionKind, ModelStatus, StatusEventKind,
  type ImportCertificate, type ImportKeyComponentConfiguration, type ImportModel, type Scheme,
} from '@cqc/db';
import { ALLOWED_FROM } from '../certificate/status-machine.js';
import { addYears, parseIsoDate } from './dates.js';

export class ImportRejected extends Error {
  constructor(readonly certificateNumber: string, readonly reason: string) {
    super(`${certificateNumber}: ${reason}`);
  }
}

export interface ReplayedVersion {
  versionNo: number;
  kind: CertificateVersionKind;
  issuedOn: string;
  changeSummaryZh: string;
  changeSummaryEn: string;
  models: ImportModel[];
  withdrawn: Record<string, string>;
  keyComponentConfigurations: ImportKeyComponentConfiguration[];
  status: CertificateStatus;
}

export interface ReplayedEvent {
  seq: number;
  kind: StatusEventKind;
  fromStatus: CertificateStatus | null;
  toStatus: CertificateStatus;
  occurredOn: string;
  effectiveUntil: string | null;
  reasonCode: string | null;
  cause: string | null;
  publicReasonZh: string;
  publicReasonEn: string;
  modelDesignation: string | null;
  versionNo: number | null;
}

export interface ReplayedCertificate {
  status: CertificateStatus;
  statusChangedOn: string;
  suspendedUntil: string | null;
  expiresOn: string;
  /** Current models; withdrawn ones keep their place with the withdrawal date. */
  models: ImportModel[];
  withdrawn: Record<string, string>;
  keyComponentConfigurations: ImportKeyComponentConfiguration[];
  versions: ReplayedVersion[];
  events: ReplayedEvent[];
}

const { VALID, SUSPENDED, REVOKED, CANCELLED, EXPIRED } = CertificateStatus;

/**
 * Replays an imported certificate's history into its versions, its public status events and its
 * current state, refusing anything the rule does not allow. Pure: the same input gives the same
 * result, and nothing is written.
 */
export function replayHistory(input: ImportCertificate, scheme: Scheme, today: string): ReplayedCertificate {
  const reject = (reason: string): never => {
    throw new ImportRejected(input.number, reason);
  };
  if (!scheme.certificateNumberPattern.test(input.number)) reject('certificate number does not follow the scheme format');
  if (!parseIsoDate(input.firstIssuedOn)) reject(`firstIssuedOn ${input.firstIssuedOn} is not a date`);
  if (input.firstIssuedOn > today) reject('firstIssuedOn lies in the future');
  if (input.models.length === 0) reject('a certificate needs at least one model');

  const expiresOn = addYears(input.firstIssuedOn, scheme.certificateValidityYears);
  let status: CertificateStatus = VALID;
  let statusChangedOn = input.firstIssuedOn;
  let suspendedUntil: string | null = null;
  let models = [...input.models];
  const withdrawn: Record<string, string> = {};
  let configurations = input.keyComponentConfigurations;
  let lastDate = input.firstIssuedOn;
  const versions: ReplayedVersion[] = [];
  const events: ReplayedEvent[] = [];

  const addVersion = (kind: CertificateVersionKind, issuedOn: string, zh: string, en: string) => {
    versions.push({
      versionNo: versions.length, kind, issuedOn, changeSummaryZh: zh, changeSummaryEn: en,
      models: [...models], withdrawn: { ...withdrawn }, keyComponentConfigurations: configurations, status,
    });
    return versions.length - 1;
  };
  const addEvent = (e: Omit<ReplayedEvent, 'seq' | 'fromStatus' | 'toStatus'> & { toStatus: CertificateStatus; fromStatus: CertificateStatus | null }) => {
    events.push({ seq: events.length + 1, ...e });
  };
  const blank = { effectiveUntil: null, reasonCode: null, cause: null, publicReasonZh: '', publicReasonEn: '', modelDesignation: null, versionNo: null };

  const v0 = addVersion(CertificateVersionKind.FIRST_ISSUE, input.firstIssuedOn, '首次发证', 'First issue');
  addEvent({ ...blank, kind: StatusEventKind.ISSUED, fromStatus: null, toStatus: VALID, occurredOn: input.firstIssuedOn, versionNo: v0 });

  for (const entry of input.history) {
    if (!parseIsoDate(entry.on)) reject(`${entry.kind} on ${entry.on}: not a date`);
    if (entry.on < lastDate) reject(`${entry.kind} on ${entry.on} is earlier than the entry before it`);
    if (entry.on > today) reject(`${entry.kind} on ${entry.on} lies in the future`);
    if (!ALLOWED_FROM[entry.kind].includes(status)) reject(`${entry.kind} is not possible while the certificate is ${status}`);
    lastDate = entry.on;
    const from: CertificateStatus = status;
    switch (entry.kind) {
      case 'SUSPENDED': {
        if (!scheme.suspensionReasons.some((r) => r.code === entry.reasonCode)) reject(`unknown suspension reason ${entry.reasonCode}`);
        if (!parseIsoDate(entry.until) || entry.until <= entry.on) reject('a suspension needs an end date after its start');
        status = SUSPENDED;
        suspendedUntil = entry.until;
        addEvent({ ...blank, kind: StatusEventKind.SUSPENDED, fromStatus: from, toStatus: status, occurredOn: entry.on, effectiveUntil: entry.until, reasonCode: entry.reasonCode, cause: entry.cause, publicReasonZh: entry.publicReasonZh, publicReasonEn: entry.publicReasonEn });
        break;
      }
      case 'RESTORED': {
        if (suspendedUntil && entry.on > suspendedUntil) reject('restoration after the suspension period ended');
        status = VALID;
        suspendedUntil = null;
        addEvent({ ...blank, kind: StatusEventKind.RESTORED, fromStatus: from, toStatus: status, occurredOn: entry.on, publicReasonZh: entry.publicReasonZh, publicReasonEn: entry.publicReasonEn });
        break;
      }
      case 'VARIED': {
        if (entry.models) models = [...entry.models];
        if (entry.keyComponentConfigurations) configurations = entry.keyComponentConfigurations;
        const no = addVersion(CertificateVersionKind.VARIATION, entry.on, entry.changeSummaryZh, entry.changeSummaryEn);
        addEvent({ ...blank, kind: StatusEventKind.VARIED, fromStatus: from, toStatus: status, occurredOn: entry.on, publicReasonZh: entry.changeSummaryZh, publicReasonEn: entry.changeSummaryEn, versionNo: no });
        break;
      }
      case 'EXTENDED': {
        const known = new Set(models.map((m) => m.designation));
        if (entry.addModels.length === 0 || entry.addModels.some((m) => known.has(m.designation))) reject('an extension must add new models');
        models = [...models, ...entry.addModels];
        const no = addVersion(CertificateVersionKind.EXTENSION, entry.on, entry.changeSummaryZh, entry.changeSummaryEn);
        addEvent({ ...blank, kind: StatusEventKind.EXTENDED, fromStatus: from, toStatus: status, occurredOn: entry.on, publicReasonZh: entry.changeSummaryZh, publicReasonEn: entry.changeSummaryEn, versionNo: no });
        break;
      }
      case 'MODEL_WITHDRAWN': {
        if (!models.some((m) => m.designation === entry.designation) || withdrawn[entry.designation]) reject(`model ${entry.designation} is not in scope`);
        withdrawn[entry.designation] = entry.on;
        addEvent({ ...blank, kind: StatusEventKind.MODEL_WITHDRAWN, fromStatus: from, toStatus: status, occurredOn: entry.on, modelDesignation: entry.designation, publicReasonZh: entry.publicReasonZh, publicReasonEn: entry.publicReasonEn });
        break;
      }
      case 'EXPIRED': {
        if (entry.on !== expiresOn) reject(`EXPIRED must fall on the expiry date ${expiresOn}`);
        status = EXPIRED;
        suspendedUntil = null;
        addEvent({ ...blank, kind: StatusEventKind.EXPIRED, fromStatus: from, toStatus: status, occurredOn: entry.on });
        break;
      }
      case 'CANCELLED':
      case 'REVOKED': {
        const reasons = entry.kind === 'CANCELLED' ? scheme.cancellationReasons : scheme.revocationReasons;
        if (!reasons.some((r) => r.code === entry.reasonCode)) reject(`unknown ${entry.kind === 'CANCELLED' ? 'cancellation' : 'revocation'} reason ${entry.reasonCode}`);
        status = entry.kind === 'CANCELLED' ? CANCELLED : REVOKED;
        suspendedUntil = null;
        addEvent({ ...blank, kind: entry.kind === 'CANCELLED' ? StatusEventKind.CANCELLED : StatusEventKind.REVOKED, fromStatus: from, toStatus: status, occurredOn: entry.on, reasonCode: entry.reasonCode, publicReasonZh: entry.publicReasonZh, publicReasonEn: entry.publicReasonEn });
        break;
      }
    }
    if (status !== from) statusChangedOn = entry.on;
  }
  if ((status === VALID || status === SUSPENDED) && expiresOn <= today) reject(`certificate expired on ${expiresOn} but its history does not say so`);
  return { status, statusChangedOn, suspendedUntil, expiresOn, models, withdrawn, keyComponentConfigurations: configurations, versions, events };
}

export function modelStatus(withdrawn: Record<string, string>, designation: string): ModelStatus {
  return withdrawn[designation] ? ModelStatus.WITHDRAWN : ModelStatus.IN_SCOPE;
}
