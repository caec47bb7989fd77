import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mergeTotals } from '../../../shared/backup/mergePlan';
import type { InvariantBreak } from '../../../shared/sync/invariants';
import { errorText, notifyError } from '../../components/notify';
import { isBackupError } from '../../../shared/backup/errors';
import { i18n } from '../../i18n/i18n';
import { MergeNotes, InvariantBreaks } from '../backup';
import { reviewWaitingFile, type WaitingReview } from './sharedFolderActions';

/**
 * A file that waits for the coordinator (its PC's clock is ahead, or the merge would break a
 * rule): the merge preview as the Backup page shows it, then the merge they decide on, with the
 * rules it broke listed for them to fix.
 */
export const ReviewMergeModal = ({ file, onClose }: { file: string; onClose: () => void }) => {
  const { t } = useTranslation('sharedFolder');
  const [review, setReview] = useState<WaitingReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [breaks, setBreaks] = useState<InvariantBreak[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let open: WaitingReview | null = null;
    let cancelled = false;
    reviewWaitingFile(file).then(
      (r) => {
        if (cancelled) r.close();
        else {
          open = r;
          setReview(r);
        }
      },
      // A file that cannot be opened says why in the backup's words (wrong passphrase, damaged…).
      (err: unknown) =>
        setError(isBackupError(err) ? i18n.t(`backup:errors.${err.kind}`) : errorText(err, 'sharedFolder')),
    );
    return () => {
      cancelled = true;
      open?.close();
    };
  }, [file]);

  const merge = async () => {
    if (!review) return;
    setBusy(true);
    try {
      const result = await review.merge();
      setBreaks(result.breaks);
    } catch (err) {
      notifyError(err, 'sharedFolder');
    } finally {
      setBusy(false);
    }
  };

  const totals = review ? mergeTotals(review.summary.counts) : null;
  return (
    <Modal opened onClose={onClose} title={t('review.title')} size="lg">
      <Stack>
        {error && (
          <Alert color="red" variant="outline" role="alert">
            {error}
          </Alert>
        )}
        {!review && !error && <Loader size="sm" aria-label={t('common:app.loading')} />}
        {review && totals && breaks === null && (
          <>
            <Text size="sm" data-testid="review-totals">
              {t('review.totals', { added: totals.added, updated: totals.updated, deleted: totals.deleted })}
            </Text>
            <MergeNotes summary={review.summary} deviceId={review.deviceId} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('review.later')}
              </Button>
              <Button onClick={() => void merge()} loading={busy}>
                {t('review.merge')}
              </Button>
            </Group>
          </>
        )}
        {breaks !== null && (
          <>
            <Text size="sm" role="status">
              {t('review.merged')}
            </Text>
            <InvariantBreaks breaks={breaks} />
            <Group justify="flex-end">
              <Button onClick={onClose}>{t('common:actions.close')}</Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
};
