import { useState } from 'react';
import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListExportFormat, ListExportRequest } from './listExport';
import { useListExport } from './useListExport';

type Props = {
  /** The list and its current filters (mentees: by code; the menu offers real names behind a confirmation). */
  request: ListExportRequest;
  /** How many rows the list shows now (for the confirmation's wording). */
  count: number;
};

/**
 * "Export" on a list page: a menu of Excel (XLSX) and CSV. For mentees it exports by code, and
 * offers the same with real names behind a confirmation that says the file holds names and
 * that the export is recorded in the audit log.
 */
export const ExportListButton = ({ request, count }: Props) => {
  const { t } = useTranslation('spreadsheetExport');
  const { busy, run } = useListExport();
  const [confirming, setConfirming] = useState<ListExportFormat | null>(null);
  const mentees = request.kind === 'mentees';

  const withNames = () => {
    const format = confirming;
    setConfirming(null);
    if (format && request.kind === 'mentees') void run({ ...request, realNames: true }, format);
  };

  return (
    <>
      {/* No focus placeholder: Mantine's is a role="presentation" child of the menu, which axe refuses. */}
      <Menu position="bottom-end" disabled={busy} withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button variant="default" loading={busy} disabled={count === 0} data-list-export={request.kind}>
            {t('button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {mentees && <Menu.Label>{t('byCode')}</Menu.Label>}
          <Menu.Item onClick={() => void run(request, 'xlsx')}>{t('xlsx')}</Menu.Item>
          <Menu.Item onClick={() => void run(request, 'csv')}>{t('csv')}</Menu.Item>
          {mentees && (
            <>
              <Menu.Divider />
              <Menu.Label>{t('withNames')}</Menu.Label>
              <Menu.Item onClick={() => setConfirming('xlsx')}>{t('xlsxNames')}</Menu.Item>
              <Menu.Item onClick={() => setConfirming('csv')}>{t('csvNames')}</Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={t('confirm.title')}>
        <Stack>
          <Text>{t('confirm.body', { count })}</Text>
          <Text size="sm">{t('confirm.audit')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('confirm.cancel')}
            </Button>
            <Button color="red.8" onClick={withNames}>
              {t('confirm.go')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};
