import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPersonName } from '../../../../shared/domain/names';
import { currentLanguage } from '../../../i18n/i18n';
import { certificateRoute, pdfFileName, PrintDialog, usePrintActions, type PrintChoices } from '../../print';
import { useMentorSummary } from './useCertificate';

/** "Print certificate" for a mentor's training progress: language, then Print or Save as PDF. */
export const PrintCertificateButton = ({ mentorId }: { mentorId: string }) => {
  const { t } = useTranslation('print');
  const [open, setOpen] = useState(false);
  const { busy, print, savePdf } = usePrintActions();
  const mentor = useMentorSummary(mentorId);
  const route = (c: PrintChoices) => certificateRoute(mentorId, { lang: c.lang });

  return (
    <>
      <Button variant="default" loading={busy} disabled={!mentor} onClick={() => setOpen(true)}>
        {t('dialog.certificateButton')}
      </Button>
      {open && mentor && (
        <PrintDialog
          title={t('dialog.certificateTitle')}
          onClose={() => setOpen(false)}
          initial={{
            landscape: false,
            rows: null,
            showNames: false,
            lang: mentor.preferredLanguage ?? currentLanguage(),
          }}
          fields={{}}
          onPrint={(c) => void print(route(c), false)}
          onSavePdf={(c) =>
            void savePdf(
              route(c),
              false,
              pdfFileName(t('dialog.fileCertificate', { lng: c.lang }), formatPersonName(mentor, c.lang)),
            )
          }
        />
      )}
    </>
  );
};
