import { memo } from 'react';
import { Box, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/base';
import type { SheetSummary } from '../../../shared/spreadsheet/types';
import { cellText } from './cellText';
import { columnLetter } from './wizardModel';

/** The first rows of the sheet as read, with the sheet's own row numbers: is "Ő" an "Ő"? */
export const SampleTable = memo(function SampleTable({
  sheet,
  lng,
  rows = 8,
}: {
  sheet: SheetSummary;
  lng: Language;
  rows?: number;
}) {
  const { t } = useTranslation('spreadsheetWizard');
  const sample = sheet.sample.slice(0, rows);
  return (
    // A wide sheet scrolls sideways; the region can take the focus so the keyboard can scroll it.
    <Box
      role="region"
      aria-labelledby="import-sample-caption"
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%' }}
      data-testid="import-sample"
    >
      <Table striped withTableBorder withColumnBorders fz="sm">
        <caption id="import-sample-caption" style={{ captionSide: 'top', textAlign: 'left' }}>
          {t('sheet.firstRows')}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sheet.row')}</Table.Th>
            {sheet.headers.map((h, i) => (
              <Table.Th scope="col" key={i} style={{ whiteSpace: 'nowrap' }}>
                {h || t('sheet.noHeader', { letter: columnLetter(i) })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sample.map((r, ri) => (
            <Table.Tr key={sheet.sampleRowNumbers[ri] ?? ri}>
              <Table.Th scope="row">{sheet.sampleRowNumbers[ri]}</Table.Th>
              {sheet.headers.map((_, ci) => (
                <Table.Td key={ci} style={{ whiteSpace: 'pre-line', maxWidth: 280 }}>
                  {cellText(r[ci] ?? null, lng)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
});
