import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Context } from '../context.js';
import { FROM_CERTIFICATES, certificateFilterSql } from './certificate-filter-sql.js';
import type { RegulatorCertificateFilter, RegulatorCounts } from './regulator-inputs.js';

interface Row {
  status: string | null;
  product_type: string | null;
  issue_month: string | null;
  change_month: string | null;
  dimension: number;
  count: string;
}

/**
 * Counts of the filtered certificates by status, product type, month of first issue and month of
 * the last status change (Beijing time), in ONE statement (grouping sets). The date range of a
 * chart is the filter's own: issuedFrom/issuedTo bound the issue months, statusChangedFrom/To the
 * change months; each list adds up to the total.
 */
export async function regulatorCounts(ctx: Context, filter: RegulatorCertificateFilter | null | undefined): Promise<RegulatorCounts> {
  authorizeViewer(ctx.viewer, Operation.READ_REGULATOR_DATA);
  const { where, params } = certificateFilterSql(filter);
  const rows = await ctx.em.getConnection().execute<Row[]>(
    `select c.status::text as status, u.product_type::text as product_type,
            to_char(c.first_issued_on, 'YYYY-MM') as issue_month,
            to_char(c.status_changed_at at time zone 'Asia/Shanghai', 'YYYY-MM') as change_month,
            grouping(c.status, u.product_type, to_char(c.first_issued_on, 'YYYY-MM'),
                     to_char(c.status_changed_at at time zone 'Asia/Shanghai', 'YYYY-MM')) as dimension,
            count(*) as count
     from ${FROM_CERTIFICATES} where ${where}
     group by grouping sets ((c.status), (u.product_type), (to_char(c.first_issued_on, 'YYYY-MM')),
                             (to_char(c.status_changed_at at time zone 'Asia/Shanghai', 'YYYY-MM')), ())`,
    params,
  );
  // grouping() sets a bit for each argument NOT grouped: 0b0111 = by status, 0b1011 = product type …
  const bucket = (mask: number, key: (r: Row) => string | null) =>
    rows.filter((r) => Number(r.dimension) === mask).map((r) => ({ key: key(r) ?? '', count: Number(r.count) }))
      .sort((a, b) => a.key.localeCompare(b.key));
  const total = rows.find((r) => Number(r.dimension) === 0b1111);
  return {
    total: Number(total?.count ?? 0),
    byStatus: bucket(0b0111, (r) => r.status),
    byProductType: bucket(0b1011, (r) => r.product_type),
    byIssueMonth: bucket(0b1101, (r) => r.issue_month),
    byStatusChangeMonth: bucket(0b1110, (r) => r.change_month),
  };
}
