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
import { BARE_ROUTES, SECTIONS, type PageRoute } from './sections';
import { prefetchPages } from './prefetchPages';
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

/**
 * A page's route: its code is fetched by the router before the page is shown (see `PageRoute`).
 * The Suspense boundary is for what a page itself loads lazily (overview cards, pairing panels).
 */
const pageRoute = ({ path, load }: PageRoute) => ({
  path,
  lazy: async () => {
    const Page = await load();
    return {
      element: (
        <Suspense fallback={<Loading />}>
          <Page />
        </Suspense>
      ),
    };
  },
});

const router = (dbState: DbState) =>
  createHashRouter([
    {
      element: (
        <>
          <MenuCommands />
          <AppLayout dbState={dbState} />
        </>
      ),
      // Shown only while the first page's code is fetched at start-up.
      hydrateFallbackElement: <Loading />,
      children: [...SECTIONS.flatMap((s) => s.routes.map(pageRoute)), { path: '*', element: <NotFoundPage /> }],
    },
    {
      element: <Outlet />,
      hydrateFallbackElement: <Loading />,
      children: BARE_ROUTES.map(pageRoute),
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

/** Every sidebar page's code, fetched in the background once the app is left alone (not the printable pages). */
const PAGE_LOADERS = SECTIONS.flatMap((s) => s.routes.map((r) => r.load));

export const App = ({ dbState }: { dbState: DbState }) => {
  const appRouter = useMemo(() => router(dbState), [dbState]);
  useEffect(() => prefetchPages(PAGE_LOADERS), []);
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
