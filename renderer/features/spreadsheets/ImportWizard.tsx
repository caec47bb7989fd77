import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ImportKind } from '../../../shared/spreadsheet/types';
import { currentLanguage } from '../../i18n/i18n';
import { DoneStep } from './DoneStep';
import { FileStep } from './FileStep';
import { importKindOfPath, IMPORT_ROUTES } from './importRoutes';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';
import { StepList } from './StepList';
import { useSpreadsheetImport } from './useSpreadsheetImport';
import { ValuesStep } from './ValuesStep';
import { WizardError } from './WizardError';
import { WizardProgress } from './WizardProgress';

const STEPS = {
  file: FileStep,
  sheet: SheetStep,
  mapping: MappingStep,
  values: ValuesStep,
  preview: PreviewStep,
  done: DoneStep,
} as const;

/**
 * The import of one kind, step by step: file → sheet → columns → values → preview → done.
 * Each step is its own component (its heading takes the focus when it appears); the state and
 * the work are in useSpreadsheetImport, the rules in wizardModel.
 */
export const ImportWizard = ({ kind }: { kind: ImportKind }) => {
  const { t } = useTranslation('spreadsheetWizard');
  const language = currentLanguage();
  const wizard = useSpreadsheetImport(kind, language);
  const Step = STEPS[wizard.step];
  return (
    <Stack gap="md">
      <Anchor component={Link} to={IMPORT_ROUTES[kind].back} size="sm">
        {t(`back.${kind}`)}
      </Anchor>
      <Title order={1}>{t(`title.${kind}`)}</Title>
      <StepList step={wizard.step} />
      <Paper
        withBorder
        p="md"
        component="section"
        aria-labelledby={`import-step-${wizard.step}`}
        data-step={wizard.step}
      >
        <Stack gap="md">
          <Step wizard={wizard} language={language} />
          <WizardProgress busy={wizard.busy} />
          <WizardError error={wizard.error} />
        </Stack>
      </Paper>
    </Stack>
  );
};

/** The route's page: the kind comes from where it is mounted (/mentors/import, /sessions/import…). */
export const ImportPage = () => {
  const { pathname } = useLocation();
  const kind = importKindOfPath(pathname);
  // Mounted only on those paths; a new kind is a new wizard (nothing of another kind's file carries over).
  return kind ? <ImportWizard key={kind} kind={kind} /> : null;
};
