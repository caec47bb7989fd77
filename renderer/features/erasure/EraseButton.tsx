import { useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { modals } from '@mantine/modals';
import { i18n } from '../../i18n/i18n';
import type { PersonTable } from '../../../shared/domain/privacy';
import { notifyError, notifySaved } from '../../components/notify';
import { erasePerson, previewErasure, type ErasurePreview, type MentionAt } from './erasureRepo';

type Props = {
  table: PersonTable;
  id: string;
  /** Shown in the dialog only (it is never stored with the erasure). */
  name: string;
  /** Where to go once the person is gone; default: their list. */
  leaveTo?: string;
  /** Called after the erasure (e.g. to refresh a list). */
  onErased?: () => void;
  /** Why the person cannot be erased now (e.g. an open pairing); the button is then disabled. */
  blockedBy?: string;
};

/**
 * The free-text places to review, as links (a table and field, never the text itself). Plain
 * hash links: the list is also shown after the person's page has gone, outside the router.
 */
const MentionList = ({ mentions }: { mentions: MentionAt[] }) => {
  const t = i18n.getFixedT(null, 'privacy');
  return (
    <List size="sm" spacing={2} data-testid="erasure-mentions">
      {mentions.map((m) => (
        <List.Item key={`${m.table}:${m.id}:${m.field}`}>
          <Anchor href={`#${m.route}`} onClick={() => modals.closeAll()}>
            {t(`erase.mentionAt.${m.table}`, { field: t(`erase.mentionField.${m.field}`, { defaultValue: m.field }) })}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
};

/**
 * "Erase for good" on a person's page and in the retention queue: a confirmation that lists what
 * goes, what stays for past reports and where their name still stands in free text, then the
 * erasure in one transaction (renderer/features/erasure/erasureRepo.ts).
 */
export const EraseButton = ({ table, id, name, leaveTo, onErased, blockedBy }: Props) => {
  const { t } = useTranslation('privacy');
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [preview, setPreview] = useState<ErasurePreview | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setOpened(true);
    setUnderstood(false);
    setPreview(null);
    try {
      setPreview(await previewErasure(table, id));
    } catch (err) {
      setOpened(false);
      notifyError(err, 'privacy');
    }
  };

  const erase = async () => {
    setBusy(true);
    const mentions = preview?.mentions ?? [];
    try {
      await navigate(leaveTo ?? `/${table}`);
      await erasePerson(table, id);
    } catch (err) {
      setBusy(false);
      setOpened(false);
      notifyError(err, 'privacy');
      return;
    }
    setBusy(false);
    setOpened(false);
    notifySaved(t('erase.done'));
    // This page may be gone (a person's own page is left first): the review list is a global modal.
    if (mentions.length > 0)
      modals.open({
        title: t('erase.reviewTitle'),
        size: 'lg',
        children: (
          <Stack gap="sm">
            <Text size="sm">{t('erase.reviewBody')}</Text>
            <MentionList mentions={mentions} />
          </Stack>
        ),
      });
    onErased?.();
  };

  const counts = preview
    ? ([
        ['goes.consents', preview.consents],
        ['goes.statusChanges', preview.statusChanges],
        ['goes.snapshotCopies', preview.snapshotCopies],
        ['stays.pairings', preview.pairings],
        ['stays.contactLogs', preview.contactLogs],
        ['stays.checkIns', preview.checkIns],
        ['stays.shadowing', preview.shadowing],
        ['stays.attendance', preview.attendance],
        ['stays.sessions', preview.sessions],
      ] as const)
    : [];

  return (
    <>
      <Button
        color="red.9"
        variant="outline"
        onClick={() => void open()}
        disabled={Boolean(blockedBy)}
        title={blockedBy}
      >
        {t('erase.open')}
      </Button>
      <Modal opened={opened} onClose={() => !busy && setOpened(false)} title={t('erase.title', { name })} size="lg">
        {!preview ? (
          <Group justify="center" p="md">
            <Loader aria-label={t('common:app.loading')} />
          </Group>
        ) : (
          <Stack gap="sm" data-testid="erasure-preview">
            <Text size="sm">{t('erase.intro')}</Text>
            <Text size="sm" fw={600}>
              {t('erase.goesTitle')}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('erase.goes.record')}</List.Item>
              {counts
                .filter(([key, n]) => key.startsWith('goes.') && n > 0)
                .map(([key, n]) => (
                  <List.Item key={key}>{t(`erase.${key}`, { count: n })}</List.Item>
                ))}
            </List>
            {counts.some(([key, n]) => key.startsWith('stays.') && n > 0) && (
              <>
                <Text size="sm" fw={600}>
                  {t('erase.staysTitle')}
                </Text>
                <List size="sm" spacing={2}>
                  {counts
                    .filter(([key, n]) => key.startsWith('stays.') && n > 0)
                    .map(([key, n]) => (
                      <List.Item key={key}>{t(`erase.${key}`, { count: n })}</List.Item>
                    ))}
                </List>
              </>
            )}
            {preview.mentions.length > 0 && (
              <Alert
                color="yellow.9"
                variant="outline"
                title={t('erase.mentionsTitle', { count: preview.mentions.length })}
              >
                <Stack gap={4}>
                  <Text size="sm">{t('erase.mentionsBody')}</Text>
                  <MentionList mentions={preview.mentions} />
                </Stack>
              </Alert>
            )}
            <Text size="sm">{t('erase.final')}</Text>
            <Checkbox
              label={t('erase.understood')}
              checked={understood}
              onChange={(e) => setUnderstood(e.currentTarget.checked)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)} disabled={busy}>
                {t('common:actions.cancel')}
              </Button>
              <Button color="red.9" onClick={() => void erase()} disabled={!understood} loading={busy}>
                {t('erase.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
};
