import { KeyComponentType, Mounting, ProductType } from '@cqc/db';

/**
 * The tabular import format (docs/operations/import.md): four sheets joined by certificate
 * number. One definition serves the parser, the validator, the template and the docs, so they
 * cannot drift apart.
 */
export const SHEETS = ['certificates', 'models', 'key_components', 'history'] as const;
export type SheetName = (typeof SHEETS)[number];

export type ColumnKind = 'text' | 'int' | 'date' | 'list' | 'enum';

export interface Column {
  name: string;
  kind: ColumnKind;
  required: boolean;
  values?: readonly string[];
  example: string;
  zh: string;
  en: string;
}

const col = (name: string, kind: ColumnKind, required: boolean, example: string, zh: string, en: string, values?: readonly string[]): Column =>
  ({ name, kind, required, example, zh, en, values });

export const HISTORY_KINDS = ['SUSPENDED', 'RESTORED', 'VARIED', 'EXTENDED', 'MODEL_WITHDRAWN', 'EXPIRED', 'CANCELLED', 'REVOKED'] as const;

const party = (prefix: 'applicant' | 'manufacturer', zh: string, required: boolean): Column[] => [
  col(`${prefix}_credit_code`, 'text', required, '91330382MA2XXXXXX1', `${zh}统一社会信用代码`, `${prefix} unified social credit code`),
  col(`${prefix}_name_zh`, 'text', required, '浙江示例电气有限公司', `${zh}名称`, `${prefix} name (Chinese)`),
  col(`${prefix}_name_en`, 'text', false, 'Zhejiang Example Electric Co., Ltd.', `${zh}英文名称`, `${prefix} name (English)`),
  col(`${prefix}_address_zh`, 'text', required, '浙江省温州市乐清市柳市镇示例路1号', `${zh}地址`, `${prefix} address (Chinese)`),
  col(`${prefix}_address_en`, 'text', false, 'No. 1 Example Road, Liushi, Yueqing, Zhejiang', `${zh}英文地址`, `${prefix} address (English)`),
];

export const COLUMNS: Record<SheetName, Column[]> = {
  certificates: [
    col('number', 'text', true, 'CQC23000000101', '证书编号', 'certificate number'),
    col('product_type', 'enum', true, 'MCCB', '产品类型', 'product type', Object.values(ProductType)),
    col('product_name_zh', 'text', true, '塑料外壳式断路器', '产品名称', 'product name (Chinese)'),
    col('product_name_en', 'text', false, 'Moulded-case circuit breaker', '产品英文名称', 'product name (English)'),
    col('series', 'text', true, 'EXM1', '系列', 'series'),
    col('frame_current_a', 'int', true, '250', '壳架等级电流 Inm (A)', 'frame current Inm (A)'),
    col('first_issued_on', 'date', true, '2023-03-15', '首次发证日期', 'date of first issue'),
    ...party('applicant', '认证委托人', true),
    // Empty: the applicant also makes the product (the usual case).
    ...party('manufacturer', '生产者', false),
    col('factory_code', 'text', true, 'F-EX-001', '工厂界定码', 'factory code'),
    col('factory_name_zh', 'text', true, '浙江示例电气有限公司柳市工厂', '生产企业名称', 'factory name (Chinese)'),
    col('factory_name_en', 'text', false, 'Zhejiang Example Electric, Liushi plant', '生产企业英文名称', 'factory name (English)'),
    col('factory_address_zh', 'text', true, '浙江省温州市乐清市柳市镇示例路1号', '生产企业地址', 'factory address (Chinese)'),
    col('factory_address_en', 'text', false, 'No. 1 Example Road, Liushi, Yueqing, Zhejiang', '生产企业英文地址', 'factory address (English)'),
  ],
  models: [
    col('certificate_number', 'text', true, 'CQC23000000101', '证书编号', 'certificate number'),
    col('designation', 'text', true, 'EXM1-250S/3300', '型号', 'model designation'),
    col('mounting', 'enum', true, 'FIXED', '安装方式', 'mounting', Object.values(Mounting)),
    col('poles', 'int', true, '3', '极数', 'poles'),
    col('rated_voltage_v', 'int', true, '400', '额定电压 (V)', 'rated voltage (V)'),
    col('rated_currents_a', 'list', true, '125;160;200;250', '额定电流 (A)，以分号分隔', 'rated currents (A), separated by ;'),
    col('grade', 'text', true, '1', '功耗等级', 'power-consumption grade'),
    // Empty: in scope since the first issue; a date: added by the EXTENDED history entry of that day.
    col('extended_on', 'date', false, '', '扩展日期（由扩展增加的型号）', 'date of the extension that added it'),
  ],
  key_components: [
    col('certificate_number', 'text', true, 'CQC23000000101', '证书编号', 'certificate number'),
    col('configuration', 'text', true, 'A', '配置', 'configuration label'),
    col('type', 'enum', true, 'MAIN_CONTACTS', '关键元器件类型', 'key-component type', Object.values(KeyComponentType)),
    col('model', 'text', false, '', '型号', 'model'),
    col('rating', 'text', false, '', '规格', 'rating'),
    col('material', 'text', false, 'AgW50', '材料', 'material'),
    col('grade', 'text', false, 'GB/T 5586', '牌号/等级', 'grade'),
    col('dimensions', 'text', false, '8×6×2 mm', '尺寸', 'dimensions'),
    col('supplier', 'text', true, '温州示例触头有限公司', '供应商', 'supplier'),
    // Empty: configuration of the first issue; a date: the set that the VARIED entry of that day put in place.
    col('varied_on', 'date', false, '', '变更日期（变更后的配置）', 'date of the variation that introduced it'),
  ],
  history: [
    col('certificate_number', 'text', true, 'CQC23000000101', '证书编号', 'certificate number'),
    col('kind', 'enum', true, 'SUSPENDED', '事件', 'event', HISTORY_KINDS),
    col('on', 'date', true, '2024-06-03', '日期', 'date'),
    col('until', 'date', false, '2024-09-03', '暂停截止日期', 'suspended until'),
    col('reason_code', 'text', false, 'S3', '原因代码', 'reason code'),
    col('cause', 'text', false, 'SURVEILLANCE_NONCONFORMITY', '暂停原因类别', 'suspension cause'),
    col('designation', 'text', false, '', '撤销的型号', 'withdrawn model'),
    col('text_zh', 'text', false, '监督抽样不合格，需整改。', '公开说明/变更摘要', 'public reason or change summary (Chinese)'),
    col('text_en', 'text', false, 'Surveillance sample failed; rectification required.', '英文公开说明/变更摘要', 'public reason or change summary (English)'),
  ],
};
