import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const SettingsPage = () => {
  const { t } = useTranslation();
  return <Title order={1}>{t('nav.settings')}</Title>;
};
