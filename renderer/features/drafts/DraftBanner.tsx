import { Alert, Button, CopyButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { localeTag } from '../../lib/format';
import type { FormDraft } from './useFormDraft';

/**
 * When a draft was kept, in the UI language and 24-hour time: "14:32" today, "5 Dec, 14:32"
 * another day.
 */
export const draftTime = (iso: string, now: Date = new Date()): string => {
  const at = new Date(iso);
  const tag = localeTag(currentLanguage());
  const sameDay = at.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(tag, {
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
};

/**
 * The offer of a kept draft at the top of a form: continue it or discard it. A draft that no
 * longer fits the form (Tandem was updated since) is shown as text to copy, never dropped.
 */
export const DraftBanner = ({ draft }: { draft: FormDraft }) => {
  const { t } = useTranslation();
  const { offer } = draft;
  if (!offer) return null;
  const time = draftTime(offer.updatedAt);
  const discard = (
    <Button variant="default" onClick={() => void draft.discard()}>
      {t('drafts.discard')}
    </Button>
  );
  if (!offer.fit.fits) {
    const { text } = offer.fit;
    return (
      <Alert color="orange" variant="outline" title={t('drafts.misfitTitle')} data-testid="draft-banner">
        <Stack gap="sm">
          <Text size="sm">{t('drafts.misfitBody', { time })}</Text>
          <Textarea label={t('drafts.asText')} value={text} readOnly autosize minRows={3} maxRows={12} />
          <Group>
            <CopyButton value={text}>
              {({ copied, copy }) => <Button onClick={copy}>{copied ? t('drafts.copied') : t('drafts.copy')}</Button>}
            </CopyButton>
            {discard}
          </Group>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="blue" variant="outline" title={t('drafts.title')} data-testid="draft-banner">
      <Stack gap="sm">
        <Text size="sm">{t('drafts.body')}</Text>
        <Group>
          <Button onClick={draft.continueDraft}>{t('drafts.continue', { time })}</Button>
          {discard}
        </Group>
      </Stack>
    </Alert>
  );
};
