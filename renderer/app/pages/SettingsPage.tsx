import { useState } from 'react';
import {
  Button,
  Center,
  Checkbox,
  FileButton,
  Group,
  Image,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../../../shared/domain/base';
import { SettingsInputSchema, type SettingsInput } from '../../../shared/domain/settings';
import { notifyError, notifySaved } from '../../components/notify';
import { ProgrammesSettings } from '../../features/programmes';
import {
  RuleNumberField,
  saveSettings,
  useSettings,
  type NumberRule,
  type SettingsValues,
} from '../../features/settings';
import { rekeyMentorsForLanguage } from '../../features/mentors';
import { AuditSettingsCard } from '../../features/privacy';
import { SharedFolderPanel } from '../../features/sharedFolder';
import { CareRulesSettings } from '../../features/care';

/** The schema allows a data URL of 700,000 characters: about 500 KB of image. */
export const LOGO_MAX_BYTES = 500 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp'];

export const SettingsPage = () => {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{t('title')}</Title>
      {settings ? (
        <SettingsForm settings={settings} />
      ) : (
        <Center h="20vh">
          <Loader aria-label={t('common:app.loading')} />
        </Center>
      )}
      <ProgrammesSettings />
      <div id="shared-folder">
        <SharedFolderPanel />
      </div>
      <AuditSettingsCard />
    </Stack>
  );
};

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

type RuleField = { key: NumberRule; min: number; max: number };
const RULE_FIELDS: RuleField[] = [
  { key: 'supervisionEveryWeeks', min: 1, max: 52 },
  { key: 'firstMonthMinContacts', min: 0, max: 31 },
  { key: 'contactEveryDays', min: 1, max: 365 },
  { key: 'backupEveryDays', min: 1, max: 365 },
  { key: 'undoKeepDays', min: 1, max: 365 },
  { key: 'retentionYears', min: 1, max: 30 },
  { key: 'checkInFirstAfterMonths', min: 1, max: 24 },
  { key: 'checkInEveryMonths', min: 1, max: 24 },
];

const SettingsForm = ({ settings }: { settings: SettingsValues }) => {
  const { t } = useTranslation('settings');
  const tc = (e: FieldError | undefined) =>
    e?.message ? t(`common:${e.message}`, { defaultValue: t('common:validation.invalid') }) : undefined;
  const {
    register,
    control,
    handleSubmit,
    setValue,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<SettingsInput, unknown, SettingsValues>({
    resolver: zodResolver(SettingsInputSchema),
    defaultValues: settings,
  });
  const [logoError, setLogoError] = useState<string | undefined>();
  const logo = useWatch({ control, name: 'logoDataUrl' });

  const pickLogo = async (file: File | null) => {
    setLogoError(undefined);
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) return setLogoError(t('common:validation.logo'));
    if (file.size > LOGO_MAX_BYTES) return setLogoError(t('common:validation.logoTooLarge'));
    try {
      setValue('logoDataUrl', await readAsDataUrl(file), { shouldDirty: true, shouldValidate: true });
    } catch {
      setLogoError(t('logo.readError'));
    }
  };

  return (
    <form
      noValidate
      onSubmit={handleSubmit(async (values) => {
        try {
          const languageChanged = values.defaultLanguage !== settings.defaultLanguage;
          await saveSettings(values);
          // The mentors list is read from an index ordered by the organisation's alphabet.
          if (languageChanged) await rekeyMentorsForLanguage(values.defaultLanguage);
          reset(values);
          notifySaved(t('saved'));
        } catch (err) {
          notifyError(err, 'settings');
        }
      })}
    >
      <Stack gap="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="settings-organisation">
          <Title order={2} size="h3" id="settings-organisation" mb="sm">
            {t('organisation.title')}
          </Title>
          <Stack>
            <TextInput
              label={t('organisation.name')}
              description={t('organisation.nameHelp')}
              descriptionProps={{ c: 'gray.7' }}
              withAsterisk
              {...register('organisationName')}
              error={tc(errors.organisationName)}
            />
            <Textarea
              label={t('organisation.address')}
              autosize
              minRows={2}
              {...register('address')}
              error={tc(errors.address)}
            />
            <Controller
              control={control}
              name="defaultLanguage"
              render={({ field }) => (
                <Select
                  label={t('organisation.defaultLanguage')}
                  description={t('organisation.defaultLanguageHelp')}
                  descriptionProps={{ c: 'gray.7' }}
                  data={SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: t(`common:language.names.${l}`) }))}
                  value={field.value ?? 'en'}
                  onChange={(v) => field.onChange(v ?? 'en')}
                  allowDeselect={false}
                  maw={300}
                />
              )}
            />
            <div>
              <Text size="sm" fw={600}>
                {t('logo.label')}
              </Text>
              <Text size="xs" mb="xs">
                {t('logo.help')}
              </Text>
              <Group align="center">
                {logo ? (
                  <Image src={logo} alt={t('logo.previewAlt')} h={64} w="auto" fit="contain" />
                ) : (
                  <Text size="sm">{t('logo.none')}</Text>
                )}
                <FileButton onChange={(f) => void pickLogo(f)} accept={LOGO_TYPES.join(',')}>
                  {(props) => (
                    <Button variant="default" {...props}>
                      {logo ? t('logo.replace') : t('logo.upload')}
                    </Button>
                  )}
                </FileButton>
                {logo && (
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => setValue('logoDataUrl', null, { shouldDirty: true })}
                  >
                    {t('logo.remove')}
                  </Button>
                )}
              </Group>
              {(logoError ?? tc(errors.logoDataUrl)) && (
                <Text size="sm" c="red.9" role="alert" mt={4}>
                  {logoError ?? tc(errors.logoDataUrl)}
                </Text>
              )}
            </div>
          </Stack>
        </Paper>

        <Paper withBorder p="md" component="section" aria-labelledby="settings-rules">
          <Title order={2} size="h3" id="settings-rules" mb="xs">
            {t('rules.title')}
          </Title>
          <Text size="sm" mb="sm">
            {t('rules.help')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {RULE_FIELDS.map(({ key, min, max }) => (
              <RuleNumberField
                key={key}
                control={control}
                rule={key}
                min={min}
                max={max}
                label={t(`rules.${key}.label`)}
                help={t(`rules.${key}.help`)}
                error={tc(errors.rules?.[key])}
              />
            ))}
            <Controller
              control={control}
              name="rules.mandatoryModulesBeforeActive"
              render={({ field }) => (
                <Checkbox
                  mt="md"
                  label={t('rules.mandatoryModulesBeforeActive.label')}
                  description={t('rules.mandatoryModulesBeforeActive.help')}
                  // Mantine's dimmed grey is below AA contrast on white.
                  styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
                  checked={field.value ?? true}
                  onChange={(e) => field.onChange(e.currentTarget.checked)}
                />
              )}
            />
          </SimpleGrid>
        </Paper>

        <CareRulesSettings control={control} errors={errors.rules} />

        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t('save')}
          </Button>
          {isDirty && <Text size="sm">{t('unsaved')}</Text>}
        </Group>
      </Stack>
    </form>
  );
};
