import { Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WIZARD_STEPS, type WizardStep } from './wizardModel';

/** Where the coordinator is: the steps in order, the current one marked for screen readers too. */
export const StepList = ({ step }: { step: WizardStep }) => {
  const { t } = useTranslation('spreadsheetWizard');
  const current = WIZARD_STEPS.indexOf(step);
  return (
    <nav aria-label={t('steps.label')}>
      <Group component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {WIZARD_STEPS.map((s, i) => {
          const state = i === current ? 'current' : i < current ? 'completed' : 'todo';
          return (
            <Text
              component="li"
              key={s}
              size="sm"
              aria-current={state === 'current' ? 'step' : undefined}
              fw={state === 'current' ? 700 : 400}
              c={state === 'todo' ? 'gray.7' : undefined}
              px="xs"
              py={2}
              style={{
                borderBottom: state === 'current' ? '3px solid var(--mantine-color-teal-8)' : '3px solid transparent',
              }}
            >
              {t('steps.numbered', { n: i + 1, label: t(`steps.${s}`) })}
              {state === 'completed' && <VisuallyHidden>{t('steps.completed')}</VisuallyHidden>}
            </Text>
          );
        })}
      </Group>
    </nav>
  );
};
