import type { SheetRows } from './workbook.js';

/**
 * `count` fictional certificates in the import format, for tests and trials: two holders, one
 * factory each, two models per certificate, one key component, and on every third certificate a
 * suspension that was restored. Numbers start at CQC24000090001.
 */
export function sampleRows(count: number): Required<SheetRows> {
  const rows: Required<SheetRows> = { certificates: [], models: [], key_components: [], history: [] };
  for (let i = 1; i <= count; i++) {
    const number = `CQC24${String(90000 + i).padStart(9, '0')}`;
    const holder = i % 2;
    rows.certificates.push({
      number, product_type: 'MCCB', product_name_zh: '塑料外壳式断路器', product_name_en: 'Moulded-case circuit breaker',
      series: `TBM${i}`, frame_current_a: 250, first_issued_on: '2024-05-06',
      applicant_credit_code: `91330000IMPT0000${holder}X`, applicant_name_zh: `浙江导样${holder === 0 ? '甲' : '乙'}电器有限公司`,
      applicant_name_en: `Zhejiang Daoyang ${holder === 0 ? 'A' : 'B'} Electric Co., Ltd.`, applicant_address_zh: '浙江省温州市乐清市导样路1号', applicant_address_en: 'No. 1 Daoyang Road, Yueqing',
      factory_code: `F-IMPT-${holder}`, factory_name_zh: `导样${holder === 0 ? '甲' : '乙'}工厂`, factory_name_en: `Daoyang ${holder === 0 ? 'A' : 'B'} plant`,
      factory_address_zh: '浙江省温州市乐清市导样路1号', factory_address_en: 'No. 1 Daoyang Road, Yueqing',
    });
    for (const suffix of ['S', 'H']) {
      rows.models.push({ certificate_number: number, designation: `TBM${i}-250${suffix}/3300`, mounting: 'FIXED', poles: 3, rated_voltage_v: 400, rated_currents_a: '125;160;250', grade: suffix === 'S' ? '1' : '2' });
    }
    rows.key_components.push({ certificate_number: number, configuration: 'A', type: 'MAIN_CONTACTS', material: 'AgW50', grade: 'GB/T 5586', dimensions: '8×6×2 mm', supplier: '温州导样触头有限公司' });
    if (i % 3 === 0) {
      rows.history.push(
        { certificate_number: number, kind: 'SUSPENDED', on: '2025-03-03', until: '2025-06-03', reason_code: 'S3', cause: 'SURVEILLANCE_NONCONFORMITY', text_zh: '监督抽样不合格。', text_en: 'Surveillance sample failed.' },
        { certificate_number: number, kind: 'RESTORED', on: '2025-05-12', text_zh: '整改通过。', text_en: 'Rectified.' },
      );
    }
  }
  return rows;
}
