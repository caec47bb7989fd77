import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const MentorsPage = () => {
  const { t } = useTranslation();
  return <Title order={1}>{t('nav.mentors')}</Title>;
};
