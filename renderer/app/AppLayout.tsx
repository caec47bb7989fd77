import { Alert, AppShell, Box, Burger, Group, NavLink, Select, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { LanguageSchema, SUPPORTED_LANGUAGES } from '../../shared/domain/base';
import type { DbState } from '../db/openDatabase';
import { currentLanguage, setLanguage } from '../i18n/i18n';
import { announceToShell } from '../bridge/bridge';
import { SECTIONS } from './sections';
import { LockNowButton } from '../features/appLock';
import { SyncStatusLine, useSharedFolderRunner } from '../features/sharedFolder';

const SECTION_KEYS = SECTIONS.map((s) => s.key);

export const LanguageSwitcher = () => {
  const { t } = useTranslation();
  return (
    <Select
      label={t('language.label')}
      data={SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: t(`language.names.${l}`) }))}
      value={currentLanguage()}
      allowDeselect={false}
      w={190}
      size="xs"
      onChange={(value) => {
        const parsed = LanguageSchema.safeParse(value);
        if (!parsed.success) return;
        void setLanguage(parsed.data);
        void announceToShell(parsed.data, SECTION_KEYS);
      }}
    />
  );
};

export const AppLayout = ({ dbState }: { dbState: DbState }) => {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  // The shared folder (if this PC has one) is looked at while the app runs.
  useSharedFolderRunner();
  // The native menu follows the UI language and lists only the sections that exist.
  useEffect(() => {
    void announceToShell(currentLanguage(), SECTION_KEYS);
  }, []);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={2} size="h3">
              {t('app.name')}
            </Title>
          </Group>
          <Group wrap="nowrap" align="flex-end">
            <LockNowButton />
            <LanguageSwitcher />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {SECTIONS.map((s) => (
          <NavLink
            key={s.key}
            component={RouterNavLink}
            to={s.path}
            end={s.path === '/'}
            label={t(`nav.${s.key}`)}
            active={s.path === '/' ? location.pathname === '/' : location.pathname.startsWith(s.path)}
            variant="filled"
            onClick={close}
          />
        ))}
        <Box mt="auto" p="xs">
          <SyncStatusLine compact />
        </Box>
      </AppShell.Navbar>
      <AppShell.Main>
        {dbState.mode === 'readOnly' && (
          <Alert color="red" title={t('db.readOnlyTitle')} mb="md" role="alert">
            {t('db.readOnlyBody', { version: dbState.foundVersion })}
          </Alert>
        )}
        {dbState.mode === 'failed' && (
          <Alert color="red" title={t('db.failedTitle')} mb="md" role="alert">
            <Text>{t('db.failedBody')}</Text>
            <Text size="sm" c="dimmed">
              {dbState.error}
            </Text>
          </Alert>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
};
