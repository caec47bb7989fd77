import { Checkbox, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RulesSchema, type Rules, type SettingsInput } from '../../../shared/domain/settings';
import { fieldError } from '../../components/notify';
import { RuleNumberField, type NumberRule, type SettingsValues } from '../settings';

/** What a rule shows while the stored settings predate it (the schema fills the same default on save). */
const DEFAULTS = RulesSchema.parse({});

type CareNumberRule = Extract<
  NumberRule,
  'careCrisisCount' | 'careCrisisDays' | 'careWellbeingDrop' | 'wellbeingEveryMonths' | 'wellbeingAfterCrisisDays'
>;
type BooleanRule = 'careOverCapacity' | 'careSupervisionOverdue';

/** The bounds of RulesSchema, for the arrow keys; the schema checks what is saved. */
const NEEDS_FIELDS: { key: CareNumberRule; min: number; max: number }[] = [
  { key: 'careCrisisCount', min: 0, max: 20 },
  { key: 'careCrisisDays', min: 1, max: 365 },
  { key: 'careWellbeingDrop', min: 0, max: 4 },
];
const NEEDS_CHECKS: BooleanRule[] = ['careOverCapacity', 'careSupervisionOverdue'];
const WELLBEING_FIELDS: { key: CareNumberRule; min: number; max: number }[] = [
  { key: 'wellbeingEveryMonths', min: 1, max: 24 },
  { key: 'wellbeingAfterCrisisDays', min: 1, max: 90 },
];

/**
 * The needs-support rules and the wellbeing check-in schedule, as a section of the Settings form
 * (the form, its schema and its Save belong to Settings; the words to care).
 */
export const CareRulesSettings = ({
  control,
  errors,
}: {
  control: Control<SettingsInput, unknown, SettingsValues>;
  errors: FieldErrors<Rules> | undefined;
}) => {
  const { t } = useTranslation('care');
  const numberField = ({ key, min, max }: { key: NumberRule; min: number; max: number }) => (
    <RuleNumberField
      key={key}
      control={control}
      rule={key}
      min={min}
      max={max}
      label={t(`settings.${key}.label`)}
      help={t(`settings.${key}.help`)}
      error={fieldError(errors?.[key], 'settings')}
    />
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-care" id="care-rules">
      <Title order={2} size="h3" id="settings-care" mb="xs">
        {t('settings.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('settings.help')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {NEEDS_FIELDS.map(numberField)}
        {NEEDS_CHECKS.map((key) => (
          <Controller
            key={key}
            control={control}
            name={`rules.${key}`}
            render={({ field }) => (
              <Checkbox
                mt="md"
                label={t(`settings.${key}.label`)}
                description={t(`settings.${key}.help`)}
                // Mantine's dimmed grey is below AA contrast on white.
                styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
                checked={field.value ?? DEFAULTS[key]}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
        ))}
      </SimpleGrid>
      <Title order={3} size="h4" mt="lg" mb="xs">
        {t('settings.wellbeingTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>{WELLBEING_FIELDS.map(numberField)}</SimpleGrid>
    </Paper>
  );
};
