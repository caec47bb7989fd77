import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/bridge';

/**
 * Print or save a printable route through the bridge: the desktop shell renders it in a
 * hidden window; the browser build navigates to it and calls window.print(). A failure
 * (the page never became ready, the printer refused) is reported in words, never thrown.
 */
export const usePrintActions = () => {
  const { t } = useTranslation('print');
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch {
      notifications.show({ color: 'red', message: t('dialog.failed') });
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    print: (route: string, landscape: boolean) =>
      run(async () => {
        const result = await bridge.print({ route, landscape });
        if (!result.ok) throw new Error('print failed');
      }),
    savePdf: (route: string, landscape: boolean, suggestedName: string) =>
      run(async () => {
        const result = await bridge.printToPdf({ route, landscape, suggestedName });
        if (result.status === 'saved')
          notifications.show({ color: 'green', message: t('dialog.saved', { path: result.path }) });
      }),
  };
};
