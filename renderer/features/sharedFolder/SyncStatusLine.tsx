import { Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatDateTime, localeTag } from '../../lib/format';
import { useSyncOverview } from './useSharedFolder';

/** "10:42" today, "yesterday", else the date: how a coordinator says when a PC was last heard. */
export const useWhen = () => {
  const { t } = useTranslation('sharedFolder');
  const lng = currentLanguage();
  return (iso: string): string => {
    const at = dayjs(iso);
    const today = dayjs();
    if (at.isSame(today, 'day'))
      return new Intl.DateTimeFormat(localeTag(lng), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
        at.toDate(),
      );
    if (at.isSame(today.subtract(1, 'day'), 'day')) return t('yesterday');
    return at.isAfter(today.subtract(7, 'day')) ? formatDateTime(iso, lng) : formatDate(at.format('YYYY-MM-DD'), lng);
  };
};

/**
 * "In step with Szeged office (10:42), Helsinki desk (yesterday)": one line for the sidebar and
 * the panel. Nothing when this PC has no shared folder.
 */
export const SyncStatusLine = ({ compact = false }: { compact?: boolean }) => {
  const { t } = useTranslation('sharedFolder');
  const overview = useSyncOverview();
  const when = useWhen();
  if (!overview) return null;
  const inStep = overview.peers.filter((p) => p.status === 'inStep' && p.mergedAt);
  const attention = overview.peers.filter((p) => p.status !== 'inStep' || p.stale).length;
  const list = inStep.map((p) => t('line.peer', { pc: p.pcName, when: when(p.mergedAt ?? '') })).join(', ');
  return (
    <Text size={compact ? 'xs' : 'sm'} role="status" data-testid="sync-status-line">
      {inStep.length > 0 ? t('line.inStep', { list }) : t('line.alone')}
      {attention > 0 && ` ${t('line.attention', { count: attention })}`}
    </Text>
  );
};
