import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { PrintDialog, type PrintChoices } from './PrintDialog';
import { blankSheetRoute, pdfFileName } from './printOptions';
import { usePrintActions } from './usePrintActions';

/** "Blank attendance sheet" for the sessions list: for a gathering not planned in the app. */
export const BlankAttendanceSheetButton = () => {
  const { t } = useTranslation('print');
  const [open, setOpen] = useState(false);
  const { busy, print, savePdf } = usePrintActions();
  const route = (c: PrintChoices) => blankSheetRoute({ landscape: c.landscape, rows: c.rows, lang: c.lang });

  return (
    <>
      <Button variant="default" loading={busy} onClick={() => setOpen(true)}>
        {t('dialog.blankButton')}
      </Button>
      {open && (
        <PrintDialog
          title={t('dialog.blankTitle')}
          onClose={() => setOpen(false)}
          initial={{ landscape: false, rows: null, showNames: false, lang: currentLanguage() }}
          fields={{ orientation: true, rows: 'rows' }}
          onPrint={(c) => void print(route(c), c.landscape)}
          onSavePdf={(c) => void savePdf(route(c), c.landscape, pdfFileName(t('dialog.fileBlank', { lng: c.lang })))}
        />
      )}
    </>
  );
};
