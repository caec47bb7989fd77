import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Loader, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../../components/NumberField';
import { notifyError, notifySaved } from '../../components/notify';
import { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN, type AppLockState } from '../../../shared/domain/appLock';
import { checkNewSecret, PASSPHRASE_MIN_CHARS, PIN_MIN_DIGITS } from '../../../shared/privacy/appLock';
import { changeAppLock, removeAppLock, setAppLock, setIdleMinutes, type AttemptResult } from './appLockRepo';
import { useAppLockState } from './useAppLock';

/**
 * The app lock's card on the Privacy page: set, change or remove the lock and choose the idle
 * minutes. It says plainly what the lock protects (the screen) and what it does not (the files on
 * disk), and that a forgotten PIN or passphrase is recovered only by restoring a backup.
 */
export const AppLockCard = () => {
  const { t } = useTranslation('appLock');
  const state = useAppLockState();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="app-lock-title" data-testid="app-lock-card">
      <Stack gap="sm" maw={640}>
        <Title order={2} size="h3" id="app-lock-title">
          {t('card.title')}
        </Title>
        <Text size="sm">{t('card.what')}</Text>
        <Text size="sm">{t('card.unsaved')}</Text>
        <Alert color="blue.9" variant="outline" title={t('card.diskTitle')}>
          <Text size="sm">{t('card.disk')}</Text>
        </Alert>
        {state === undefined ? (
          <Loader size="sm" aria-label={t('common:app.loading')} />
        ) : state.secret ? (
          <LockIsOn state={state} kind={state.secret.kind} />
        ) : (
          <SetLockForm idleMinutes={state.idleMinutes} />
        )}
      </Stack>
    </Paper>
  );
};

type NewSecretErrors = { secret?: string; repeat?: string };

/** The rules of a new PIN or passphrase, as field errors (checked before the slow hash). */
const newSecretErrors = (secret: string, repeat: string): NewSecretErrors => {
  const check = checkNewSecret(secret);
  if (!check.ok) return { secret: `rules.${check.problem}` };
  if (secret !== repeat) return { repeat: 'rules.mismatch' };
  return {};
};

const validIdleMinutes = (n: number | null): n is number =>
  n !== null && Number.isInteger(n) && n >= IDLE_MINUTES_MIN && n <= IDLE_MINUTES_MAX;

/** The message for a current PIN or passphrase that was not accepted. */
const useAttemptError = () => {
  const { t } = useTranslation('appLock');
  return (result: Exclude<AttemptResult, { ok: true }>): string => {
    const wait = t('screen.wait', { count: Math.ceil(result.waitMs / 1000) });
    return result.reason === 'wrong' ? `${t('card.wrongCurrent')} ${wait}` : wait;
  };
};

const IdleMinutesField = ({
  value,
  onChange,
  error,
}: {
  value: number | null;
  onChange: (n: number | null) => void;
  error?: string | undefined;
}) => {
  const { t } = useTranslation('appLock');
  return (
    <NumberField
      label={t('card.idleMinutes')}
      description={t('card.idleMinutesHelp', { min: IDLE_MINUTES_MIN, max: IDLE_MINUTES_MAX })}
      value={value}
      onChange={onChange}
      allowDecimal={false}
      min={IDLE_MINUTES_MIN}
      max={IDLE_MINUTES_MAX}
      error={error}
      w={260}
    />
  );
};

const SetLockForm = ({ idleMinutes: storedMinutes }: { idleMinutes: number }) => {
  const { t } = useTranslation('appLock');
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [minutes, setMinutes] = useState<number | null>(storedMinutes);
  const [understood, setUnderstood] = useState(false);
  const [errors, setErrors] = useState<NewSecretErrors & { minutes?: string; understood?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = {
      ...newSecretErrors(secret, repeat),
      ...(validIdleMinutes(minutes) ? {} : { minutes: 'rules.idleMinutes' }),
      ...(understood ? {} : { understood: 'rules.understand' }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0 || !validIdleMinutes(minutes)) return;
    setBusy(true);
    try {
      await setAppLock({ secret, repeat, idleMinutes: minutes });
      notifySaved(t('card.setDone'));
    } catch (err) {
      notifyError(err, 'appLock');
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text size="sm" fw={600} data-testid="app-lock-status">
          {t('card.off')}
        </Text>
        <PasswordInput
          label={t('card.newSecret')}
          description={t('card.newSecretHelp', { digits: PIN_MIN_DIGITS, chars: PASSPHRASE_MIN_CHARS })}
          value={secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
          error={errors.secret && t(errors.secret, { digits: PIN_MIN_DIGITS, chars: PASSPHRASE_MIN_CHARS })}
          autoComplete="new-password"
          disabled={busy}
        />
        <PasswordInput
          label={t('card.repeat')}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={errors.repeat && t(errors.repeat)}
          autoComplete="new-password"
          disabled={busy}
        />
        <IdleMinutesField
          value={minutes}
          onChange={setMinutes}
          error={errors.minutes && t(errors.minutes, { min: IDLE_MINUTES_MIN, max: IDLE_MINUTES_MAX })}
        />
        <Alert color="red.9" variant="outline" title={t('card.forgottenTitle')}>
          <Text size="sm">{t('card.forgotten')}</Text>
        </Alert>
        <Checkbox
          label={t('card.understand')}
          checked={understood}
          onChange={(e) => setUnderstood(e.currentTarget.checked)}
          error={errors.understood && t(errors.understood)}
          disabled={busy}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('card.set')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

type Panel = 'none' | 'change' | 'remove';

const LockIsOn = ({ state, kind }: { state: AppLockState; kind: 'pin' | 'passphrase' }) => {
  const { t } = useTranslation('appLock');
  const [panel, setPanel] = useState<Panel>('none');
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600} data-testid="app-lock-status">
        {t(`card.on.${kind}`, { count: state.idleMinutes })}
      </Text>
      <Text size="sm">{t('card.forgotten')}</Text>
      <IdleMinutesForm key={state.idleMinutes} stored={state.idleMinutes} />
      <Group>
        <Button
          variant="default"
          onClick={() => setPanel(panel === 'change' ? 'none' : 'change')}
          aria-expanded={panel === 'change'}
        >
          {t(`card.change.${kind}`)}
        </Button>
        <Button
          variant="default"
          color="red"
          onClick={() => setPanel(panel === 'remove' ? 'none' : 'remove')}
          aria-expanded={panel === 'remove'}
        >
          {t('card.remove.open')}
        </Button>
      </Group>
      {panel === 'change' && <ChangeForm kind={kind} onDone={() => setPanel('none')} />}
      {panel === 'remove' && <RemoveForm kind={kind} />}
    </Stack>
  );
};

const IdleMinutesForm = ({ stored }: { stored: number }) => {
  const { t } = useTranslation('appLock');
  const [minutes, setMinutes] = useState<number | null>(stored);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!validIdleMinutes(minutes)) {
      setError(t('rules.idleMinutes', { min: IDLE_MINUTES_MIN, max: IDLE_MINUTES_MAX }));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await setIdleMinutes(minutes);
      notifySaved(t('card.idleSaved', { count: minutes }));
    } catch (err) {
      notifyError(err, 'appLock');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Group align="flex-end">
        <IdleMinutesField value={minutes} onChange={setMinutes} error={error} />
        <Button type="submit" variant="default" loading={busy} disabled={minutes === stored}>
          {t('card.saveIdle')}
        </Button>
      </Group>
    </form>
  );
};

const ChangeForm = ({ kind, onDone }: { kind: 'pin' | 'passphrase'; onDone: () => void }) => {
  const { t } = useTranslation('appLock');
  const attemptError = useAttemptError();
  const [current, setCurrent] = useState('');
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewSecretErrors & { current?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = newSecretErrors(secret, repeat);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const result = await changeAppLock({ current, secret, repeat });
      if (!result.ok) {
        setErrors({ current: attemptError(result) });
        setCurrent('');
        setBusy(false);
        return;
      }
      notifySaved(t('card.changeDone'));
      onDone();
    } catch (err) {
      notifyError(err, 'appLock');
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t(`card.change.${kind}`)}>
      <Stack gap="sm">
        <PasswordInput
          label={t(`card.current.${kind}`)}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={errors.current}
          autoComplete="current-password"
          disabled={busy}
        />
        <PasswordInput
          label={t('card.newSecret')}
          description={t('card.newSecretHelp', { digits: PIN_MIN_DIGITS, chars: PASSPHRASE_MIN_CHARS })}
          value={secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
          error={errors.secret && t(errors.secret, { digits: PIN_MIN_DIGITS, chars: PASSPHRASE_MIN_CHARS })}
          autoComplete="new-password"
          disabled={busy}
        />
        <PasswordInput
          label={t('card.repeat')}
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={errors.repeat && t(errors.repeat)}
          autoComplete="new-password"
          disabled={busy}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('card.changeSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

const RemoveForm = ({ kind }: { kind: 'pin' | 'passphrase' }) => {
  const { t } = useTranslation('appLock');
  const attemptError = useAttemptError();
  const [current, setCurrent] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const result = await removeAppLock(current);
      if (!result.ok) {
        setError(attemptError(result));
        setCurrent('');
        setBusy(false);
        return;
      }
      notifySaved(t('card.remove.done'));
    } catch (err) {
      notifyError(err, 'appLock');
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('card.remove.open')}>
      <Stack gap="sm">
        <Text size="sm">{t('card.remove.help')}</Text>
        <PasswordInput
          label={t(`card.current.${kind}`)}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={error}
          autoComplete="current-password"
          disabled={busy}
        />
        <Group>
          <Button type="submit" color="red.9" loading={busy} disabled={current === ''}>
            {t('card.remove.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
