import { DEMO_PASSWORD } from '@cqc/db';
import { DEADLINE_SWEEPS } from '../jobs/sweep-list.js';
import type { TestPlatform } from '../../../test/support/platform.js';

/** Test helpers shared by the surveillance tests (not a test file itself). */
export const PLAN = `id certificateNumber holderNameZh productType year kind trigger triggerNote dueOn status personDays cccPersonDays failureReason concludedOn version
  inspector { id displayName }
  visit { visitedOn checkedItemIds conformityModels witnessTests { modelDesignation passed } passed nonconformities { id itemId dueOn rectifiedOn overdue } }`;
export const SAMPLE = `id planId productType year purpose status certificateNumber modelDesignation ratedCurrent labNameZh recordedOn contactDueOn contactedOn contactLate
  receivedOn resultDueOn resultOn resampleDueOn retestDueOn outcome version`;
export const MANDATORY = ['1.2)', '1.3)', '4', '5', '6', '9'];

export interface CertificateRow {
  number: string;
  holder: string;
  factoryId: string;
  productType: string;
  models: string[];
  ratings: number[];
}

/**
 * Valid certificates certified before 2026 and running past mid-2027, one per factory and design
 * type (so each can carry its own sample), with their in-scope models.
 */
export async function certificates(p: TestPlatform): Promise<CertificateRow[]> {
  const { rows } = await p.pool.query(`
    select distinct on (u.factory_id, u.product_type) c.number, o.name_zh holder, u.factory_id "factoryId", u.product_type "productType",
      array_agg(m.designation order by m.designation) models,
      (select m2.rated_currents from product_model m2 where m2.unit_id = u.id and m2.status = 'IN_SCOPE' order by m2.designation limit 1) ratings
    from certificate c join certification_unit u on u.id = c.unit_id join organisation o on o.id = u.applicant_id
    join product_model m on m.unit_id = u.id and m.status = 'IN_SCOPE'
    where c.status = 'VALID' and c.first_issued_on < '2026-01-01' and c.expires_on > '2027-12-31'
    group by c.number, o.name_zh, u.id
    order by u.factory_id, u.product_type, c.number`);
  return rows;
}

export const sweep = (p: TestPlatform, name: string) => DEADLINE_SWEEPS.find((s) => s.name === name)!.run(p.db.orm, p.clock.now());

/** A second inspector, to show that only the assigned one records a visit. */
export async function addInspector(p: TestPlatform): Promise<string> {
  await p.pool.query(`insert into app_user (id, created_at, email, display_name, role, organisation_id, password_hash, active, version)
    select gen_random_uuid(), now(), 'inspector2@demo.cqc-breakers.test', '第二检查员', role, organisation_id, password_hash, true, 1 from app_user where role = 'INSPECTOR' limit 1`);
  const res = await p.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: 'inspector2@demo.cqc-breakers.test', p: DEMO_PASSWORD });
  return res.data.login.token;
}
