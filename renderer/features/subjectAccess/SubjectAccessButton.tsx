import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/base';
import type { SubjectKind } from '../../../shared/privacy/subjectAccess';
import { currentLanguage } from '../../i18n/i18n';
import { PrintDialog, type PrintChoices } from '../print';
import { useSubjectAccessExport } from './useSubjectAccessExport';

type Props = {
  kind: SubjectKind;
  id: string;
  /** The language offered first (a mentor's preferred one); else the app's. */
  preferredLanguage?: Language | null;
  /** The button's own words where the default does not fit (the retention queue's "Export first"). */
  label?: string;
};

/**
 * "Everything held about this person" on a mentor's, mentee's or contact's page: the language,
 * then Print, Save as PDF or Save as JSON (a subject-access request under the GDPR).
 */
export const SubjectAccessButton = ({ kind, id, preferredLanguage = null, label }: Props) => {
  const { t } = useTranslation('subjectAccess');
  const [open, setOpen] = useState(false);
  const lang = preferredLanguage ?? currentLanguage();
  const actions = useSubjectAccessExport(kind, id);

  return (
    <>
      <Button variant="default" loading={actions.busy} onClick={() => setOpen(true)}>
        {label ?? t('button')}
      </Button>
      {open && (
        <PrintDialog
          title={t('dialogTitle')}
          onClose={() => setOpen(false)}
          initial={{ landscape: false, rows: null, showNames: false, lang }}
          fields={{}}
          onPrint={(c: PrintChoices) => void actions.print(c.lang)}
          onSavePdf={(c: PrintChoices) => void actions.savePdf(c.lang)}
        >
          <Text size="sm">{t('dialogIntro')}</Text>
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setOpen(false);
                // The JSON holds codes and ISO dates, not words: the language names only the file.
                void actions.saveJson(lang);
              }}
            >
              {t('saveJson')}
            </Button>
          </Group>
        </PrintDialog>
      )}
    </>
  );
};
