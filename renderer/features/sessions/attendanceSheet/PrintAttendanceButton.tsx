import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import {
  attendanceRoute,
  DEFAULT_BLANK_ROWS,
  pdfFileName,
  PrintDialog,
  usePrintActions,
  type PrintChoices,
} from '../../print';
import { useSessionSummary } from './useAttendanceSheet';
import { notifyError } from '../../../components/notify';
import { recordAudit } from '../../audit';

/** "Print attendance sheet" for a session page: choices, then Print or Save as PDF. */
export const PrintAttendanceButton = ({ sessionId }: { sessionId: string }) => {
  const { t } = useTranslation('print');
  const [open, setOpen] = useState(false);
  const { busy, print, savePdf } = usePrintActions();
  const session = useSessionSummary(sessionId);
  // A sheet with mentees' real names is recorded in the audit log (the session's id) before it prints.
  const auditNames = (c: PrintChoices) =>
    c.showNames
      ? recordAudit({ action: 'printNames', subjectKind: 'session', subjectId: sessionId })
      : Promise.resolve(null);
  const onAuditError = (err: unknown) => notifyError(err, 'print');
  const route = (c: PrintChoices) =>
    attendanceRoute(sessionId, {
      landscape: c.landscape,
      blankRows: c.rows ?? 0,
      showNames: c.showNames,
      lang: c.lang,
    });

  return (
    <>
      <Button variant="default" loading={busy} disabled={!session} onClick={() => setOpen(true)}>
        {t('dialog.attendanceButton')}
      </Button>
      {open && session && (
        <PrintDialog
          title={t('dialog.attendanceTitle')}
          onClose={() => setOpen(false)}
          initial={{
            landscape: false,
            rows: DEFAULT_BLANK_ROWS,
            showNames: false,
            lang: session.language ?? currentLanguage(),
          }}
          fields={{ orientation: true, rows: 'blankRows', showNames: true }}
          onPrint={(c) => void auditNames(c).then(() => print(route(c), c.landscape), onAuditError)}
          onSavePdf={(c) =>
            void auditNames(c).then(
              () =>
                savePdf(
                  route(c),
                  c.landscape,
                  pdfFileName(t('dialog.fileAttendance', { lng: c.lang }), session.date, session.title),
                ),
              onAuditError,
            )
          }
        />
      )}
    </>
  );
};
