import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Center, Collapse, List, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppLockSecretKind } from '../../../shared/domain/appLock';
import { remainingDelay } from '../../../shared/privacy/appLock';
import { attemptSecret } from './appLockRepo';
import { useAppLockState } from './useAppLock';

/** Where the desktop app keeps its data (electron/main/index.ts: appData + "Tandem"). */
const DATA_FOLDERS = {
  windowsFolder: '%APPDATA%\\Tandem',
  macFolder: '~/Library/Application Support/Tandem',
  linuxFolder: '~/.config/Tandem',
};

/**
 * The only thing on screen while the app is locked: no name, no count, nothing of the data.
 * The wait after wrong attempts comes from what is stored, so a reload keeps it.
 */
export const LockScreen = ({ kind, onUnlocked }: { kind: AppLockSecretKind; onUnlocked: () => void }) => {
  const { t } = useTranslation('appLock');
  const state = useAppLockState();
  const [secret, setSecret] = useState('');
  const [checking, setChecking] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [forgotOpen, setForgotOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const waitMs = useRemainingDelay(state ?? null);
  const waitSeconds = Math.ceil(waitMs / 1000);
  const failed = state?.failedAttempts ?? 0;
  // The one thing to do here is to type: the field has the focus from the start.
  useEffect(() => input.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (checking || waitMs > 0 || secret === '') return;
    setChecking(true);
    try {
      const result = await attemptSecret(secret);
      if (result.ok) {
        onUnlocked();
        return;
      }
      setWrong(result.reason === 'wrong');
      setSecret('');
      input.current?.focus();
    } finally {
      setChecking(false);
    }
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder p="xl" maw={480} w="100%">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <Title order={1} size="h2">
              {t('screen.title')}
            </Title>
            <Text>{t(`screen.prompt.${kind}`)}</Text>
            <PasswordInput
              ref={input}
              label={t(`kind.${kind}`)}
              value={secret}
              onChange={(e) => setSecret(e.currentTarget.value)}
              autoComplete="current-password"
              inputMode={kind === 'pin' ? 'numeric' : 'text'}
              // Read-only rather than disabled while checking: the focus stays here for the next try.
              readOnly={checking}
            />
            <Button type="submit" loading={checking} disabled={waitMs > 0 || secret === ''}>
              {t('screen.unlock')}
            </Button>
            {/* While a try is checked it already counts as wrong (see attemptSecret): say nothing yet. */}
            {!checking && (wrong || waitMs > 0 || failed > 0) && (
              <Alert
                color="red.9"
                variant="outline"
                role="alert"
                data-testid="app-lock-wait"
                title={wrong ? t(`screen.wrong.${kind}`) : undefined}
              >
                <Stack gap={4}>
                  {failed > 0 && <Text size="sm">{t('screen.failedCount', { count: failed })}</Text>}
                  {waitMs > 0 && <Text size="sm">{t('screen.wait', { count: waitSeconds })}</Text>}
                </Stack>
              </Alert>
            )}
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => setForgotOpen((o) => !o)}
              aria-expanded={forgotOpen}
            >
              {t(`screen.forgot.${kind}`)}
            </Anchor>
            <Collapse expanded={forgotOpen}>
              <Stack gap="xs">
                <Text size="sm">{t('screen.forgotHelp.intro')}</Text>
                <List size="sm" type="ordered">
                  <List.Item>{t('screen.forgotHelp.removeData')}</List.Item>
                  <List.Item>{t('screen.forgotHelp.restore')}</List.Item>
                </List>
                <Text size="sm">{t('screen.forgotHelp.where', DATA_FOLDERS)}</Text>
              </Stack>
            </Collapse>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
};

/** Milliseconds until the next attempt may be made, ticking down while there is a wait. */
const useRemainingDelay = (state: Parameters<typeof remainingDelay>[0] | null): number => {
  const [now, setNow] = useState(() => Date.now());
  const waiting = state !== null && remainingDelay(state, new Date(now)) > 0;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [waiting]);
  return state === null ? 0 : remainingDelay(state, new Date(now));
};
