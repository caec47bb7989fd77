import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** How hours are credited — the rules of `shared/training/progress.ts`, in the coordinator's words. */
export const CreditRuleHelp = () => {
  const { t } = useTranslation('training');
  return (
    <Alert color="gray" variant="outline" title={t('creditRules.title')}>
      <List size="sm" spacing={4}>
        <List.Item>{t('creditRules.present')}</List.Item>
        <List.Item>{t('creditRules.split')}</List.Item>
        <List.Item>{t('creditRules.shadowing')}</List.Item>
        <List.Item>{t('creditRules.derived')}</List.Item>
      </List>
    </Alert>
  );
};
