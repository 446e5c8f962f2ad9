import {
  CertificateChangeArea, type CertificateChangeProposal, type CertificateSnapshot, type KeyComponentConfigurationSnapshot,
  type KeyComponentSnapshot, type PartyChange, type PartySnapshot, type Scheme,
} from '@cqc/db';
import type { RuleFinding } from '../application/rules/finding.js';

const PARTIES = [
  ['applicant', '认证委托人', 'Applicant'],
  ['manufacturer', '生产者（制造商）', 'Manufacturer'],
  ['factory', '生产企业', 'Factory'],
] as const;
const PARTY_FIELDS = [
  ['nameZh', '名称', 'name (zh)'], ['nameEn', '英文名称', 'name (en)'], ['addressZh', '地址', 'address (zh)'], ['addressEn', '英文地址', 'address (en)'],
] as const;
const ATTRIBUTES = ['model', 'rating', 'material', 'grade', 'dimensions', 'supplier'] as const;

const finding = (code: string, field: string, messageZh: string, messageEn: string): RuleFinding => ({ code, clause: '§8.2.1', field, messageZh, messageEn });

/**
 * §8.2.1: what a variation request must say. The areas named and the data given must agree: a
 * content change gives the new names, addresses or product name; a key-component change gives
 * each new configuration with every attribute Annex 1 controls for its type (§4.3).
 */
export function checkVariation(areas: CertificateChangeArea[], proposal: CertificateChangeProposal, current: CertificateSnapshot, scheme: Scheme): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (areas.length === 0) findings.push(finding('AREAS_MISSING', 'areas', '请说明变更的内容（证书内容、设计、结构、外形或关键元器件）。', 'Name what changes (certificate content, design, structure, appearance or key components).'));
  const contentGiven = PARTIES.some(([p]) => hasPartyChange(proposal[p])) || Boolean(proposal.productNameZh?.trim() || proposal.productNameEn?.trim());
  if (areas.includes(CertificateChangeArea.CONTENT) && !contentGiven) {
    findings.push(finding('CONTENT_MISSING', 'applicant', '证书内容变更须给出新的名称、地址或产品名称。', 'A change of certificate content must give the new names, addresses or product name.'));
  }
  if (!areas.includes(CertificateChangeArea.CONTENT) && contentGiven) {
    findings.push(finding('AREA_NOT_NAMED', 'areas', '给出了新的证书内容，但未选择“证书内容”变更。', 'New certificate content is given but the content area is not named.'));
  }
  for (const [p, zh, en] of PARTIES) {
    for (const [f, fzh, fen] of PARTY_FIELDS) {
      const value = proposal[p]?.[f];
      if (value !== undefined && value !== null && value.trim() === current[p][f]) {
        findings.push(finding('UNCHANGED', `${p}.${f}`, `${zh}${fzh}与现行证书相同。`, `${en} ${fen} is the same as on the certificate.`));
      }
    }
  }
  const configurations = proposal.keyComponentConfigurations ?? [];
  if (areas.includes(CertificateChangeArea.KEY_COMPONENTS) && configurations.length === 0) {
    findings.push(finding('KEY_COMPONENTS_MISSING', 'keyComponentConfigurations', '关键元器件变更须给出新的配置（附件 1）。', 'A key-component change must give the new configuration (Annex 1).'));
  }
  if (!areas.includes(CertificateChangeArea.KEY_COMPONENTS) && configurations.length > 0) {
    findings.push(finding('AREA_NOT_NAMED', 'areas', '给出了关键元器件配置，但未选择“关键元器件”变更。', 'A key-component configuration is given but the key-component area is not named.'));
  }
  configurations.forEach((c, i) => findings.push(...checkConfiguration(c, i, current, scheme)));
  return findings;
}

function checkConfiguration(c: KeyComponentConfigurationSnapshot, i: number, current: CertificateSnapshot, scheme: Scheme): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const at = `keyComponentConfigurations[${i}]`;
  if (!c.label.trim()) findings.push({ ...finding('LABEL_MISSING', `${at}.label`, '请填写配置名称。', 'The configuration needs a label.'), clause: '§4.3' });
  if (c.components.length === 0) findings.push({ ...finding('COMPONENTS_MISSING', `${at}.components`, '配置应至少包含一个关键元器件。', 'A configuration needs at least one key component.'), clause: '§4.3' });
  const seen = new Set<string>();
  c.components.forEach((k, j) => {
    const definition = scheme.keyComponentTypes.find((t) => t.type === k.type);
    if (seen.has(k.type)) findings.push({ ...finding('COMPONENT_REPEATED', `${at}.components[${j}].type`, `${definition?.zh ?? k.type}重复。`, `${definition?.en ?? k.type} is listed twice.`), clause: '§4.3' });
    seen.add(k.type);
    for (const attribute of definition?.controlled ?? []) {
      if (!k[attribute]?.trim()) {
        findings.push({
          code: 'KEY_COMPONENT_ATTRIBUTE_MISSING', clause: '§4.3', field: `${at}.components[${j}].${attribute}`,
          messageZh: `${definition!.zh}须申报受控参数「${attribute}」。`, messageEn: `${definition!.en}: the controlled attribute "${attribute}" must be declared.`,
        });
      }
    }
  });
  const existing = current.keyComponentConfigurations.find((e) => e.label === c.label.trim());
  if (existing && findings.length === 0 && componentChanges(existing, normaliseConfiguration(c, scheme)).length === 0) {
    findings.push(finding('UNCHANGED', `${at}.components`, `配置「${c.label}」与现行证书相同。`, `Configuration "${c.label}" is the same as on the certificate.`));
  }
  return findings;
}

function hasPartyChange(change: PartyChange | null | undefined): boolean {
  return Boolean(change && PARTY_FIELDS.some(([f]) => change[f]?.trim()));
}

/** Only the attributes Annex 1 controls for the type are kept; the rest are null. */
export function normaliseConfiguration(c: KeyComponentConfigurationSnapshot, scheme: Scheme): KeyComponentConfigurationSnapshot {
  return {
    label: c.label.trim(),
    components: c.components.map((k) => {
      const controlled: readonly string[] = scheme.keyComponentTypes.find((t) => t.type === k.type)?.controlled ?? ATTRIBUTES;
      const keep = (a: (typeof ATTRIBUTES)[number]) => (controlled.includes(a) ? k[a]?.trim() || null : null);
      return { type: k.type, model: keep('model'), rating: keep('rating'), material: keep('material'), grade: keep('grade'), dimensions: keep('dimensions'), supplier: k.supplier.trim() };
    }),
  };
}

/** The new §8 contents: the current version with the approved changes applied. */
export function applyVariation(current: CertificateSnapshot, proposal: CertificateChangeProposal, issue: Pick<CertificateSnapshot, 'issuedOn' | 'expiresOn' | 'status'>): CertificateSnapshot {
  const party = <T extends PartySnapshot>(was: T, change: PartyChange | null | undefined): T => {
    const next = { ...was };
    for (const [f] of PARTY_FIELDS) if (change?.[f]?.trim()) next[f] = change[f]!.trim();
    return next;
  };
  const productNameZh = proposal.productNameZh?.trim() || current.productNameZh;
  const configurations = [...current.keyComponentConfigurations];
  for (const c of proposal.keyComponentConfigurations ?? []) {
    const at = configurations.findIndex((e) => e.label === c.label);
    if (at >= 0) configurations[at] = c;
    else configurations.push(c);
  }
  return {
    ...current,
    applicant: party(current.applicant, proposal.applicant),
    manufacturer: party(current.manufacturer, proposal.manufacturer),
    factory: party(current.factory, proposal.factory),
    productNameZh,
    productNameEn: proposal.productNameEn?.trim() || current.productNameEn,
    unitName: `${current.series} ${productNameZh} ${current.frameCurrent}A`,
    keyComponentConfigurations: configurations.sort((a, b) => a.label.localeCompare(b.label)),
    ...issue,
  };
}

export interface ChangeLine { zh: string; en: string }

/** What changed between two versions, one line per changed field, in public words. */
export function describeVariation(before: CertificateSnapshot, after: CertificateSnapshot, scheme: Scheme): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const [p, zh, en] of PARTIES) {
    for (const [f, fzh, fen] of PARTY_FIELDS) {
      if (before[p][f] !== after[p][f]) lines.push({ zh: `${zh}${fzh}：${before[p][f]} → ${after[p][f]}`, en: `${en} ${fen}: ${before[p][f]} → ${after[p][f]}` });
    }
  }
  if (before.productNameZh !== after.productNameZh) lines.push({ zh: `产品名称：${before.productNameZh} → ${after.productNameZh}`, en: `Product name (zh): ${before.productNameZh} → ${after.productNameZh}` });
  if (before.productNameEn !== after.productNameEn) lines.push({ zh: `英文产品名称：${before.productNameEn} → ${after.productNameEn}`, en: `Product name: ${before.productNameEn} → ${after.productNameEn}` });
  for (const c of after.keyComponentConfigurations) {
    const was = before.keyComponentConfigurations.find((e) => e.label === c.label);
    if (!was) {
      lines.push({ zh: `新增关键元器件配置「${c.label}」`, en: `Key-component configuration "${c.label}" added` });
      continue;
    }
    for (const change of componentChanges(was, c)) {
      const type = scheme.keyComponentTypes.find((t) => t.type === change.type);
      lines.push({
        zh: `关键元器件配置「${c.label}」${type?.zh ?? change.type}：${change.detail}`,
        en: `Key components "${c.label}", ${type?.en ?? change.type}: ${change.detail}`,
      });
    }
  }
  return lines;
}

/** Attribute by attribute, what differs between two versions of one configuration. */
function componentChanges(was: KeyComponentConfigurationSnapshot, now: KeyComponentConfigurationSnapshot): Array<{ type: string; detail: string }> {
  const out: Array<{ type: string; detail: string }> = [];
  const types = [...new Set([...was.components, ...now.components].map((k) => k.type))];
  for (const type of types) {
    const a = was.components.find((k) => k.type === type);
    const b = now.components.find((k) => k.type === type);
    if (!a || !b) {
      out.push({ type, detail: a ? 'removed' : 'added' });
      continue;
    }
    const diffs = ATTRIBUTES.filter((attr) => (a as KeyComponentSnapshot)[attr] !== (b as KeyComponentSnapshot)[attr])
      .map((attr) => `${attr} ${a[attr] ?? '—'} → ${b[attr] ?? '—'}`);
    if (diffs.length) out.push({ type, detail: diffs.join('; ') });
  }
  return out;
}
