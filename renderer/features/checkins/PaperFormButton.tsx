import { useState } from 'react';
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSchema, SUPPORTED_LANGUAGES, type Language } from '../../../shared/domain/base';
import type { CheckInRespondent } from '../../../shared/domain/checkin';
import { DateField } from '../../components/DateField';
import { currentLanguage } from '../../i18n/i18n';
import { todayIso } from '../../lib/format';
import { pdfFileName, usePrintActions } from '../print';
import { paperFormRoute } from './paperForm';

/** Mantine's dimmed descriptions fall below WCAG contrast on white; this grey passes. */
const READABLE_DESCRIPTION = { description: { color: 'var(--mantine-color-gray-7)' } };

/**
 * "Print mentor's / mentee's paper form" on a pairing's check-ins panel: a small dialog for the
 * form's language (the person's, which may differ from the coordinator's) and date, then Print
 * or Save as PDF through the same bridge as the other printables.
 */
export const PaperFormButton = ({ pairingId, respondent }: { pairingId: string; respondent: CheckInRespondent }) => {
  const { t } = useTranslation('checkins');
  const { busy, print, savePdf } = usePrintActions();
  const [open, setOpen] = useState(false);

  return (
    <>
      <Button variant="default" loading={busy} onClick={() => setOpen(true)}>
        {t(`paper.button.${respondent}`)}
      </Button>
      {open && (
        <PaperFormDialog
          respondent={respondent}
          onClose={() => setOpen(false)}
          onPrint={(c) => void print(paperFormRoute(pairingId, { respondent, ...c }), false)}
          onSavePdf={(c) =>
            void savePdf(
              paperFormRoute(pairingId, { respondent, ...c }),
              false,
              pdfFileName(t('paper.title', { lng: c.lang }), t(`respondent.${respondent}`, { lng: c.lang }), c.date),
            )
          }
        />
      )}
    </>
  );
};

type Choices = { lang: Language; date: string };

/** Mounted only while open, so it starts from today and the app's language every time. */
const PaperFormDialog = ({
  respondent,
  onClose,
  onPrint,
  onSavePdf,
}: {
  respondent: CheckInRespondent;
  onClose: () => void;
  onPrint: (c: Choices) => void;
  onSavePdf: (c: Choices) => void;
}) => {
  const { t } = useTranslation('checkins');
  const { t: tc } = useTranslation();
  const [choices, setChoices] = useState<Choices>({ lang: currentLanguage(), date: todayIso() });

  // The browser build prints by showing the printable page in this window: close first.
  const go = (action: (c: Choices) => void) => {
    onClose();
    action(choices);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`paper.dialogTitle.${respondent}`)}
      closeButtonProps={{ 'aria-label': tc('actions.close') }}
    >
      <Stack>
        <Select
          label={t('paper.language')}
          description={t('paper.languageHint')}
          styles={READABLE_DESCRIPTION}
          data={SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: tc(`language.names.${l}`) }))}
          value={choices.lang}
          allowDeselect={false}
          onChange={(v) => {
            const parsed = LanguageSchema.safeParse(v);
            if (parsed.success) setChoices((c) => ({ ...c, lang: parsed.data }));
          }}
        />
        <DateField
          label={t('paper.dateOnForm')}
          value={choices.date}
          onChange={(v) => setChoices((c) => ({ ...c, date: v ?? todayIso() }))}
          withAsterisk
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={() => go(onSavePdf)}>
            {t('print:dialog.savePdf')}
          </Button>
          <Button onClick={() => go(onPrint)}>{t('print:dialog.print')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
};
