import type { SurveillanceRules } from '../types.js';

/**
 * §7 of CQC31-462280-2024 as data. The reason codes chosen for each consequence are readings of
 * §8.5 that the rule leaves to the certification body; the notes give the reading.
 */
export const SURVEILLANCE_RULES: SurveillanceRules = {
  extraVisitTriggers: [
    { code: 'SERIOUS_QUALITY_PROBLEM', clause: '7.1.1 1)', zh: '获证产品出现严重质量问题或用户提出严重投诉并经查实为持证人责任', en: 'Serious quality problem or serious complaint confirmed as the holder’s responsibility' },
    { code: 'CONFORMITY_DOUBT', clause: '7.1.1 2)', zh: 'CQC 有足够理由对获证产品与认证依据标准的符合性提出质疑', en: 'CQC has sufficient reason to doubt the product’s conformity with the standard' },
    { code: 'ORGANISATIONAL_CHANGE', clause: '7.1.1 3)', zh: '生产者、生产厂变更组织机构、生产条件、质量管理体系等可能影响产品符合性或一致性', en: 'Changes of organisation, production conditions or QA system may affect conformity or consistency' },
  ],
  yearFailed: {
    reasonCode: 'S3', causeCode: 'SURVEILLANCE_NONCONFORMITY',
    note: {
      zh: '8.5.1(3) 明列“产品抽样检测不合格、工厂监督检查不合格”；暂停最长 3 个月（8.5.1.1 其他原因）。',
      en: '§8.5.1(3) names failed sampling and failed factory surveillance; at most 3 months (§8.5.1.1, any other cause).',
    },
  },
  noSampleAtResampling: {
    reasonCode: 'S5', causeCode: 'NO_SAMPLE_AVAILABLE',
    note: {
      zh: '7.2“仍然抽不到样品，则暂停相关证书”：即未能在规定期限内接受监督抽样检测，对应 8.5.1(5)；暂停最长 3 个月。',
      en: '§7.2 "still no sample ⇒ suspend": the sampling could not be accepted within the set period, §8.5.1(5); at most 3 months.',
    },
  },
  noModelInScope: {
    reasonCode: 'R10',
    note: {
      zh: '7.2 撤销不合格型号；型号全部撤销后证书无覆盖产品。8.5.4(1)–(9) 均不对应（(4) 要求虚假样品，(5) 指国家或省级监督抽查），故按 8.5.4(10) 其他。',
      en: '§7.2 withdraws the failed model; with none left the certificate covers nothing. None of §8.5.4(1)–(9) fits ((4) needs false samples, (5) means state or provincial spot checks), hence (10) other.',
    },
  },
};
