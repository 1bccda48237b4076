// The tables beside one future's charts: the annual P&L, and payment by results by cohort and
// measure (target or baseline against actual, and the payment). Plain, readable tables: the
// charts' own data tables hold the same numbers unrounded.
import type { MoneyReport } from '../../engine';
import type { PbrRow } from '../../lib/moneyPbr';
import { poundsM } from '../../lib/moneyFormat';
import { ColumnHeads } from '../shared/ColumnHeads';

type CrcYear = MoneyReport['total']['years'][number];

export function PnlTable({ years, caption }: { years: readonly CrcYear[]; caption: string }) {
  return (
    <div className="money-table-wrap">
      <table className="kpi-table money-table">
        <caption>{caption}</caption>
        <ColumnHeads titles={['Year', 'Revenue', 'Cost', 'Profit', 'Payment by results', 'Service credits']} />
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td>{poundsM(y.revenue)}</td>
              <td>{poundsM(y.cost)}</td>
              <td className={y.profit < 0 ? 'money-negative' : undefined}>{poundsM(y.profit)}</td>
              <td>{poundsM(y.pbr)}</td>
              <td>{poundsM(y.serviceCredits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function rate(measure: PbrRow['measure'], value: number): string {
  if (!Number.isFinite(value)) return '—';
  return measure === 'binary' ? `${(value * 100).toFixed(1)}%` : value.toFixed(2);
}

export function PbrTable({ rows, caption }: { rows: readonly PbrRow[]; caption: string }) {
  return (
    <details className="money-details">
      <summary>Cohort table ({rows.length} rows)</summary>
      <div className="money-table-wrap money-table-scroll">
        <table className="kpi-table money-table">
          <caption>{caption}</caption>
          <ColumnHeads titles={['Cohort', 'Measure', 'People', 'Target / baseline', 'Actual', 'Payment', 'Significant (binary)', 'Paid on']} />
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.measure}|${r.period}`}>
                <th scope="row">{r.period}</th>
                <td>{r.measure === 'binary' ? 'binary (share reoffending)' : 'frequency (reoffences per reoffender)'}</td>
                <td>{Math.round(r.people).toLocaleString('en-GB')}</td>
                <td>{rate(r.measure, r.baseline)}</td>
                <td>{rate(r.measure, r.actual)}</td>
                <td className={r.payment < 0 ? 'money-negative' : undefined}>{poundsM(r.payment)}</td>
                <td>{r.measure !== 'binary' ? '—' : r.crcs === 1 ? (r.significant > 0 ? 'yes' : 'no') : `${r.significant} of ${r.crcs} CRCs`}</td>
                <td>{r.paymentDate}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
