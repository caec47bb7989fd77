import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScoreReason } from './scoreMentor';

/** Why a mentor is suggested: each part of the score in words, with its points. */
export const ReasonList = ({ reasons }: { reasons: ScoreReason[] }) => {
  const { t } = useTranslation('pairings');
  const text = (r: ScoreReason): string => {
    if (r.key === 'sharedExperience')
      return t('reasons.sharedExperience', { areas: r.values.areas.map((a) => t(`mentees:area.${a}`)).join(', ') });
    if (r.key === 'commonLanguage')
      return t('reasons.commonLanguage', {
        languages: r.values.languages.map((l) => t(`mentees:language.${l}`)).join(', '),
      });
    const values: Record<string, number> = { ...r.values };
    return t(`reasons.${r.key}`, values);
  };
  return (
    <List size="sm" spacing={2}>
      {strongestFirst(reasons).map((r) => (
        <List.Item key={r.key}>
          <Text span size="sm" fw={r.points < 0 ? 700 : 400}>
            {text(r)}
          </Text>{' '}
          <Text span size="sm" c="gray.7">
            {t('reasons.points', { points: r.points > 0 ? `+${r.points}` : String(r.points) })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
};

/** Strongest reasons first, so the eye meets the point of the suggestion. */
const strongestFirst = (reasons: ScoreReason[]) => [...reasons].sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
