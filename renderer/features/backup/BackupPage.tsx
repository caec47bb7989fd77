import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BackupStatusPanel } from './BackupStatusPanel';
import { ExportPanel } from './ExportPanel';
import { OpenBackupPanel } from './OpenBackupPanel';
import { UndoImportPanel } from './UndoImportPanel';

export const BackupPage = () => {
  const { t } = useTranslation('backup');
  return (
    <Stack gap="lg">
      <Title order={1}>{t('title')}</Title>
      <Text maw={720}>{t('intro')}</Text>
      <BackupStatusPanel />
      <ExportPanel />
      <OpenBackupPanel mode="import" />
      <UndoImportPanel />
      <OpenBackupPanel mode="drill" />
    </Stack>
  );
};
