import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Replaced by the foundation work (empty state, sample data, overdue lists).
export const DashboardPage = () => {
  const { t } = useTranslation();
  return <Title order={1}>{t('nav.dashboard')}</Title>;
};
