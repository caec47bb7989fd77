import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPORT_SECTIONS, type ReportRow } from '../../../shared/reports/activity';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber } from '../../lib/format';
import { shownValue } from './reportExport';
import { reportTexts } from './reportTexts';

export type TableRow = ReportRow & { other: number };

/**
 * The report on screen, one table per section: each figure with its one-line definition, its
 * value and a second value beside it (the previous period, or what the data says now).
 */
export const ReportTables = ({
  rows,
  hideSmall,
  valueLabel,
  otherLabel,
  highlightDifferences = false,
}: {
  rows: readonly TableRow[];
  hideSmall: boolean;
  valueLabel: string;
  otherLabel: string;
  highlightDifferences?: boolean;
}) => {
  const { t } = useTranslation('reports');
  const lng = currentLanguage();
  const texts = reportTexts(t);
  const show = (value: number, unit: ReportRow['unit']) => {
    const v = shownValue(value, unit, hideSmall, texts);
    return typeof v === 'number' ? formatNumber(v, lng, unit === 'count' ? 0 : 2) : v;
  };
  return (
    <Stack gap="lg">
      {REPORT_SECTIONS.map((section) => {
        const own = rows.filter((r) => r.section === section);
        return (
          <section key={section} aria-labelledby={`report-${section}`}>
            <Title order={2} size="h3" id={`report-${section}`} mb="xs">
              {texts.section(section)}
            </Title>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('columns.figure')}</Table.Th>
                  <Table.Th scope="col">{t('columns.detail')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {valueLabel}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {otherLabel}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {own.map((r, i) => {
                  const firstOfFigure = own[i - 1]?.figure !== r.figure;
                  const differs = highlightDifferences && r.value !== r.other;
                  return (
                    <Table.Tr
                      key={r.id}
                      data-figure={r.id}
                      data-unit={r.unit}
                      data-differs={differs || undefined}
                      bg={differs ? 'yellow.1' : undefined}
                    >
                      <Table.Td>
                        {firstOfFigure && (
                          <>
                            <Text size="sm" fw={600}>
                              {texts.figure(r.figure)}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {texts.definition(r.figure)}
                            </Text>
                          </>
                        )}
                      </Table.Td>
                      <Table.Td>{texts.detail(r)}</Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {show(r.value, r.unit)}
                      </Table.Td>
                      <Table.Td ta="right">
                        {show(r.other, r.unit)}
                        {differs && (
                          <Badge ml="xs" color="yellow" variant="light" size="sm">
                            {t('sent.changed')}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </section>
        );
      })}
    </Stack>
  );
};
