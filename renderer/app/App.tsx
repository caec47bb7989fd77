import { Suspense, useEffect, useMemo } from 'react';
import { MantineProvider, Loader, Center } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { DatesProvider } from '@mantine/dates';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider, Outlet, useNavigate } from 'react-router';
import { i18n } from '../i18n/i18n';
import { LanguageSchema } from '../../shared/domain/base';
import { DAYJS_LOCALE } from '../components/localDate';
import type { DbState } from '../db/openDatabase';
import { AppLayout } from './AppLayout';
import { BARE_ROUTES, SECTIONS } from './sections';
import { NotFoundPage } from './NotFoundPage';
import { bridge } from '../bridge/bridge';
import { createAppTheme, cssVariablesResolver } from './theme';
import { LockGate } from '../features/appLock';

const Loading = () => {
  const { t } = useTranslation();
  return (
    <Center h="50vh">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
};

/** Follows commands from the native menu (desktop app only). */
const MenuCommands = () => {
  const navigate = useNavigate();
  useEffect(
    () =>
      bridge.onMenuCommand((cmd) => {
        if (cmd.type === 'navigate') void navigate(cmd.path);
        else if (cmd.action === 'backup.export' || cmd.action === 'backup.import') void navigate('/backup');
        // "Print…" on a page that is not a printable sheet prints what is on screen.
        else if (cmd.action === 'print.current') window.print();
      }),
    [navigate],
  );
  return null;
};

const router = (dbState: DbState) =>
  createHashRouter([
    {
      element: (
        <>
          <MenuCommands />
          <AppLayout dbState={dbState} />
        </>
      ),
      children: [
        ...SECTIONS.flatMap((s) =>
          s.routes.map(({ path, Component }) => ({
            path,
            element: (
              <Suspense fallback={<Loading />}>
                <Component />
              </Suspense>
            ),
          })),
        ),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
    {
      element: (
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      ),
      children: BARE_ROUTES.map(({ path, Component }) => ({ path, element: <Component /> })),
    },
  ]);

const LocalisedDates = ({ children }: { children: React.ReactNode }) => {
  const { i18n: active } = useTranslation();
  return (
    <DatesProvider
      settings={{ locale: DAYJS_LOCALE[LanguageSchema.catch('en').parse(active.language)], firstDayOfWeek: 1 }}
    >
      {children}
    </DatesProvider>
  );
};

/** Mantine with a theme whose built-in labels follow the UI language. */
const LocalisedMantine = ({ children }: { children: React.ReactNode }) => {
  const { t } = useTranslation();
  const closeLabel = t('actions.close');
  const theme = useMemo(() => createAppTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
};

export const App = ({ dbState }: { dbState: DbState }) => {
  const appRouter = useMemo(() => router(dbState), [dbState]);
  return (
    <I18nextProvider i18n={i18n}>
      <LocalisedMantine>
        <LocalisedDates>
          {/* While locked, only the lock screen is rendered: no route, dialog or notification. */}
          <LockGate enabled={dbState.mode !== 'failed'}>
            <ModalsProvider>
              <Notifications position="top-right" />
              <RouterProvider router={appRouter} />
            </ModalsProvider>
          </LockGate>
        </LocalisedDates>
      </LocalisedMantine>
    </I18nextProvider>
  );
};
