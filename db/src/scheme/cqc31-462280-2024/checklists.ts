import type { Checklists, QaCapabilityItem } from '../checklists.js';

/**
 * PLACEHOLDER titles: CQC/F002-2009's item wording is not in the rule, so each title only names
 * the item ("CQC/F002-2009 第4条"); administrators replace them from the standard. Which items
 * exist beyond those §7.1.3 cites (1, 1's 2) and 3), 4, 5, 6, 9) is an assumption: 1–9.
 */
function item(id: string, mandatoryEverySurveillance: boolean): QaCapabilityItem {
  return {
    id,
    title: { zh: `CQC/F002-2009 第${id}条`, en: `CQC/F002-2009 item ${id}` },
    titleIsPlaceholder: true,
    mandatoryEverySurveillance,
  };
}

function subItem(parent: string, sub: number, mandatoryEverySurveillance: boolean): QaCapabilityItem {
  return {
    id: `${parent}.${sub})`,
    parent,
    title: { zh: `CQC/F002-2009 第${parent}条 ${sub})`, en: `CQC/F002-2009 item ${parent} ${sub})` },
    titleIsPlaceholder: true,
    mandatoryEverySurveillance,
    // §7.1.3 "1 中 2)、3) 标志的使用": the only words the rule says about these sub-items.
    ruleMention: { zh: '标志的使用', en: 'Use of the mark' },
  };
}

export const CHECKLISTS: Checklists = {
  qaCapability: {
    standard: 'CQC/F002-2009',
    standardTitle: { zh: '资源节约产品认证工厂质量保证能力要求', en: 'Factory quality assurance capability requirements for resource-saving product certification' },
    clause: '5.2.1',
    items: [
      item('1', false),
      subItem('1', 2, true),
      subItem('1', 3, true),
      item('2', false),
      item('3', false),
      item('4', true),
      item('5', true),
      item('6', true),
      item('7', false),
      item('8', false),
      item('9', true),
    ],
    coverAllWithinValidity: true,
    notApplicable: [
      { clause: '5.2.1', text: { zh: '例行检验要求不适用', en: 'The routine-test requirements do not apply' } },
      { clause: '7.1.3', text: { zh: '例行检验要求不适用', en: 'The routine-test requirements do not apply' } },
    ],
    initialInspectionNotes: [
      {
        clause: '5.2.1',
        text: {
          zh: '初始工厂检查时企业应对确认检验要求做出文件规定，但确认检验记录不适用',
          en: 'At the initial inspection the factory must have documented the confirmation-test requirements, but confirmation-test records do not apply',
        },
      },
    ],
  },
  productConformity: [
    {
      id: '5.2.2-1',
      clause: '5.2.2 1)',
      text: {
        zh: '认证产品的标识应与产品检测及认证机构确认的产品描述上所标明的信息一致',
        en: 'The marking of the certified product shall agree with the information stated in the product description confirmed by the testing and certification bodies',
      },
    },
    {
      id: '5.2.2-2',
      clause: '5.2.2 2)',
      text: {
        zh: '认证产品的结构应与产品检测及认证机构确认的产品描述中一致',
        en: 'The structure of the certified product shall agree with the product description confirmed by the testing and certification bodies',
      },
    },
    {
      id: '5.2.2-3',
      clause: '5.2.2 3)',
      text: {
        zh: '认证产品所用关键原材料应与产品检测及认证机构确认的产品描述中关键原材料清单一致',
        en: 'The key materials used in the certified product shall agree with the key-material list in the product description confirmed by the testing and certification bodies',
      },
    },
    {
      id: '5.2.4',
      clause: '5.2.4',
      text: {
        zh: '企业需要建立定期测量功耗的相关要求并保留相关记录，且覆盖认证产品',
        en: 'The factory shall set requirements for measuring power consumption periodically and keep the records, covering the certified products',
      },
    },
  ],
  surveillance: {
    minConformityModelsPerVisit: 1,
    confirmationTestIntervalYears: 1,
    surveillanceSampleReplacesConfirmationTest: true,
  },
};
