import type { RuleFinding } from './finding.js';

/** A party's standing on the Credit China lists (信用中国). */
export type CreditStatus = 'NONE' | 'DISHONEST' | 'SERIOUSLY_DISHONEST';

export interface PartyCredit {
  applicant: CreditStatus;
  manufacturer: CreditStatus;
  /** The operator of the factory (生产企业). */
  factory: CreditStatus;
}

export interface CreditResult {
  /** §3.3: false when any party is listed as seriously dishonest (不予受理). */
  mayAccept: boolean;
  /** §3.2: false while any party is listed as dishonest, seriously or not. */
  mayIssueCertificate: boolean;
  findings: RuleFinding[];
}

const PARTIES = [
  ['applicant', '认证委托人', 'applicant'],
  ['manufacturer', '生产者', 'manufacturer'],
  ['factory', '生产企业', 'factory'],
] as const;

/**
 * §3.2 and §3.3. A seriously dishonest listing is also a dishonest one, so it blocks both the
 * acceptance and the certificate; a plain dishonest listing only holds the certificate back
 * until the listing is resolved (the case may proceed meanwhile).
 */
export function checkCredit(credit: PartyCredit): CreditResult {
  const findings: RuleFinding[] = [];
  for (const [field, zh, en] of PARTIES) {
    const status = credit[field];
    if (status === 'SERIOUSLY_DISHONEST') {
      findings.push({
        code: 'SERIOUSLY_DISHONEST', clause: '§3.3', field,
        messageZh: `${zh}列入严重失信主体名录，不予受理。`,
        messageEn: `The ${en} is listed as seriously dishonest: the application cannot be accepted.`,
      });
    } else if (status === 'DISHONEST') {
      findings.push({
        code: 'DISHONEST', clause: '§3.2', field,
        messageZh: `${zh}存在失信情况，失信信息未解决前不予发放认证证书。`,
        messageEn: `The ${en} is listed as dishonest: no certificate can be issued while the listing stands.`,
      });
    }
  }
  const statuses = PARTIES.map(([field]) => credit[field]);
  return {
    mayAccept: !statuses.includes('SERIOUSLY_DISHONEST'),
    mayIssueCertificate: statuses.every((s) => s === 'NONE'),
    findings,
  };
}
