import type { DocumentTypeDefinition, FileFormatDefinition } from '../documents.js';

/**
 * Accepted upload formats. Not in the source: signed and sealed forms arrive as scans (PDF or
 * images), descriptions and drawings as PDF or office files. Operational data, editable per version.
 */
export const FILE_FORMATS: FileFormatDefinition[] = [
  { format: 'PDF', label: { zh: 'PDF 文件', en: 'PDF' }, mediaTypes: ['application/pdf'], extensions: ['pdf'] },
  {
    format: 'IMAGE',
    label: { zh: '图片', en: 'Image' },
    mediaTypes: ['image/jpeg', 'image/png'],
    extensions: ['jpg', 'jpeg', 'png'],
  },
  {
    format: 'OFFICE',
    label: { zh: '办公文档', en: 'Office document' },
    mediaTypes: [
      'application/msword',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    extensions: ['doc', 'docx', 'xls', 'xlsx'],
  },
];

/** Per file; scans of drawings are the largest uploads expected. */
const MAX_SIZE_BYTES = 20 * 1024 * 1024;

/** §3.2 (1)–(6); zh in the source's words. */
export const DOCUMENT_TYPES: DocumentTypeDefinition[] = [
  {
    code: 'APPLICATION_FORM', clause: '3.2(1)', requirement: 'ALWAYS', formats: ['PDF', 'IMAGE'], maxSizeBytes: MAX_SIZE_BYTES,
    zh: '认证申请书', en: 'Application form',
    note: { zh: '授权签字人签字并加盖单位公章', en: 'Signed by an authorised signatory and bearing the company seal' },
  },
  {
    code: 'FACTORY_QUESTIONNAIRE', clause: '3.2(2)', requirement: 'WHEN_INSPECTION_APPLIES', formats: ['PDF', 'IMAGE', 'OFFICE'],
    maxSizeBytes: MAX_SIZE_BYTES,
    zh: '工厂检查调查表', en: 'Factory inspection questionnaire',
    note: { zh: '适用于需进行工厂检查的情况', en: 'Where a factory inspection is to be carried out' },
  },
  {
    code: 'AGREEMENTS', clause: '3.2(3)', requirement: 'ALWAYS', formats: ['PDF', 'IMAGE'], maxSizeBytes: MAX_SIZE_BYTES,
    zh: '认证委托人、生产者、生产企业之间签订的有关协议书或合同',
    en: 'Agreements or contracts between the applicant, the manufacturer and the factory',
  },
  {
    code: 'PRODUCT_DESCRIPTION', clause: '3.2(4)', requirement: 'ALWAYS', formats: ['PDF', 'IMAGE', 'OFFICE'], maxSizeBytes: MAX_SIZE_BYTES,
    zh: '产品描述信息', en: 'Product description',
    contents: [
      { zh: '技术参数', en: 'Technical parameters' },
      { zh: '结构', en: 'Structure' },
      { zh: '型号说明', en: 'Explanation of the model designation' },
      { zh: '关键元器件和/或材料清单', en: 'List of key components and/or materials' },
      { zh: '电气原理图', en: 'Circuit diagram' },
      { zh: '总装图', en: 'General assembly drawing' },
      { zh: '同一认证单元内所包含的不同规格产品的差异说明', en: 'Differences between the products of different specifications in the unit' },
    ],
    note: { zh: '依照 CQC 提供的固定格式文件填写', en: 'Filled in on the fixed-format template CQC provides' },
  },
  {
    code: 'VARIATION_EVIDENCE', clause: '3.2(5)', requirement: 'FOR_VARIATION', formats: ['PDF', 'IMAGE', 'OFFICE'], maxSizeBytes: MAX_SIZE_BYTES,
    zh: '相关变更项目的证明文件', en: 'Evidence of the changes applied for',
  },
  {
    code: 'OTHER', clause: '3.2(6)', requirement: 'OPTIONAL', formats: ['PDF', 'IMAGE', 'OFFICE'], maxSizeBytes: MAX_SIZE_BYTES,
    zh: '其他需要的文件', en: 'Other documents needed',
  },
];
