import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPersonName } from '../../../../shared/domain/names';
import { certificateRoute, pdfFileName, PersonPrintDialog, usePrintActions } from '../../print';
import { useMentorSummary } from './useCertificate';

/** "Print certificate" for a mentor's training progress: language, then Print or Save as PDF. */
export const PrintCertificateButton = ({ mentorId }: { mentorId: string }) => {
  const { t } = useTranslation('print');
  const [open, setOpen] = useState(false);
  const actions = usePrintActions();
  const mentor = useMentorSummary(mentorId);

  return (
    <>
      <Button variant="default" loading={actions.busy} disabled={!mentor} onClick={() => setOpen(true)}>
        {t('dialog.certificateButton')}
      </Button>
      {open && mentor && (
        <PersonPrintDialog
          title={t('dialog.certificateTitle')}
          preferredLanguage={mentor.preferredLanguage}
          route={(c) => certificateRoute(mentorId, { lang: c.lang })}
          fileName={(c) => pdfFileName(t('dialog.fileCertificate', { lng: c.lang }), formatPersonName(mentor, c.lang))}
          actions={actions}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
};
