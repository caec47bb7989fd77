import type { TFunction } from 'i18next';
import type { SheetRow } from './attendanceSheet';

/** One page's share of the numbered rows, with the column headers repeated on every page. */
export const SheetTable = ({ rows, t }: { rows: readonly SheetRow[]; t: TFunction<'print'> }) => (
  <table className="tp-table" aria-label={t('sheet.participants')}>
    <thead>
      <tr>
        <th scope="col" className="tp-num">
          {t('sheet.columns.number')}
        </th>
        <th scope="col" className="tp-name">
          {t('sheet.columns.name')}
        </th>
        <th scope="col" className="tp-detail">
          {t('sheet.columns.detail')}
        </th>
        <th scope="col">{t('sheet.columns.signature')}</th>
      </tr>
    </thead>
    <tbody>
      {rows.map((row) => (
        <tr key={row.number}>
          <td className="tp-num">{row.number}</td>
          <td>
            <div className="tp-cell">{row.name}</div>
          </td>
          <td>
            <div className="tp-cell">{row.detail}</div>
          </td>
          <td />
        </tr>
      ))}
    </tbody>
  </table>
);
