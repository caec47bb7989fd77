import { memo, useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/base';
import { enumLabel } from '../../../shared/spreadsheet/labels';
import { suggestCodePrefix } from '../../../shared/spreadsheet/questions';
import type { ValueAnswer, ValueQuestion } from '../../../shared/spreadsheet/types';
import { formatNumber } from '../../lib/format';
import { useProgrammes } from '../programmes';
import { StepHeading } from './StepHeading';
import type { SpreadsheetImportState } from './useSpreadsheetImport';
import { CODE_PREFIX, unansweredQuestions } from './wizardModel';

/** A select's value for each kind of answer. */
const IGNORE = 'ignore';
const CREATE = 'create';
const VALUE = 'value:';

const selectValue = (a: ValueAnswer | undefined): string | null =>
  !a ? null : a.kind === 'ignore' ? IGNORE : a.kind === 'createProgramme' ? CREATE : `${VALUE}${a.value}`;

type RowProps = {
  question: ValueQuestion;
  answer: ValueAnswer | undefined;
  lng: Language;
  programmeNames: ReadonlyMap<string, string>;
  takenPrefixes: ReadonlySet<string>;
  onAnswer: (key: string, answer: ValueAnswer | null) => void;
};

const QuestionRow = memo(function QuestionRow({
  question: q,
  answer,
  lng,
  programmeNames,
  takenPrefixes,
  onAnswer,
}: RowProps) {
  const { t } = useTranslation('spreadsheetWizard');
  const target = t(`spreadsheetImport:targets.${q.target}`);
  const options = [
    ...q.options.map((v) => ({
      value: `${VALUE}${v}`,
      label: q.target === 'programme' ? (programmeNames.get(v) ?? v) : enumLabel(q.target, v, lng),
    })),
    ...(q.target === 'programme' ? [{ value: CREATE, label: t('values.create', { name: q.raw }) }] : []),
    { value: IGNORE, label: t('values.ignore') },
  ];
  const choose = (v: string | null) => {
    if (!v) return onAnswer(q.key, null);
    if (v === IGNORE) return onAnswer(q.key, { kind: 'ignore' });
    if (v === CREATE) {
      const suggested =
        q.suggestion?.kind === 'createProgramme' ? q.suggestion.codePrefix : suggestCodePrefix(q.raw, takenPrefixes);
      return onAnswer(q.key, { kind: 'createProgramme', name: q.raw, codePrefix: suggested });
    }
    onAnswer(q.key, { kind: 'value', value: v.slice(VALUE.length) });
  };
  const rows = q.rows.slice(0, 3).join(', ');
  return (
    <Table.Tr data-testid="value-question" data-key={q.key}>
      <Table.Td>
        <Text size="sm">{target}</Text>
      </Table.Td>
      <Table.Th scope="row">
        <Text size="sm" fw={600} style={{ whiteSpace: 'pre-line' }}>
          {q.raw}
        </Text>
      </Table.Th>
      <Table.Td>
        <Text size="sm">{t('values.where', { count: q.count, n: formatNumber(q.count, lng), rows })}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Select
            aria-label={t('values.answerFor', { value: q.raw, target })}
            placeholder={t('values.choose')}
            data={options}
            value={selectValue(answer)}
            onChange={choose}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            w={380}
          />
          {answer?.kind === 'createProgramme' && (
            <TextInput
              label={t('values.codePrefix', { name: q.raw })}
              description={t('values.codePrefixHelp', { example: `${answer.codePrefix || 'AB'}-001` })}
              value={answer.codePrefix}
              onChange={(e) =>
                onAnswer(q.key, {
                  ...answer,
                  codePrefix: e.currentTarget.value.toUpperCase().replace(/\s/g, '').slice(0, 5),
                })
              }
              error={CODE_PREFIX.test(answer.codePrefix) ? undefined : t('values.codePrefixInvalid')}
              w={380}
            />
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
});

/** The values Tandem does not know: what each means, a new programme, or an empty cell. */
export const ValuesStep = ({ wizard, language }: { wizard: SpreadsheetImportState; language: Language }) => {
  const { t } = useTranslation('spreadsheetWizard');
  const programmes = useProgrammes(true);
  const [tried, setTried] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const programmeNames = useMemo(() => new Map((programmes ?? []).map((p) => [p.id, p.name])), [programmes]);
  const takenPrefixes = useMemo(() => new Set((programmes ?? []).map((p) => p.codePrefix)), [programmes]);
  const { questions, answers } = wizard;
  const unanswered = unansweredQuestions(questions, answers);
  const badPrefix = questions.some((q) => {
    const a = answers[q.key];
    return a?.kind === 'createProgramme' && !CODE_PREFIX.test(a.codePrefix);
  });
  const working = wizard.busy !== null;

  const next = () => {
    if (unanswered.length > 0 || badPrefix) {
      setTried(true);
      requestAnimationFrame(() => messageRef.current?.focus());
      return;
    }
    void wizard.toPreview();
  };

  return (
    <Stack gap="md">
      <StepHeading id="import-step-values">{t('steps.values')}</StepHeading>
      <Text>{questions.length > 0 ? t('values.intro') : t('values.none')}</Text>
      {questions.length > 0 && (
        <Box style={{ overflowX: 'auto' }}>
          <Table withTableBorder verticalSpacing="xs">
            <caption className="tandem-visually-hidden">{t('values.tableLabel')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('values.kind')}</Table.Th>
                <Table.Th scope="col">{t('values.value')}</Table.Th>
                <Table.Th scope="col">{t('values.whereHeader')}</Table.Th>
                <Table.Th scope="col">{t('values.answer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {questions.map((q) => (
                <QuestionRow
                  key={q.key}
                  question={q}
                  answer={answers[q.key]}
                  lng={language}
                  programmeNames={programmeNames}
                  takenPrefixes={takenPrefixes}
                  onAnswer={wizard.answer}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
      {unanswered.length > 0 && (
        <Group>
          <Text size="sm">{t('values.unanswered', { count: unanswered.length })}</Text>
          <Button variant="default" size="xs" onClick={wizard.ignoreRest}>
            {t('values.ignoreRest')}
          </Button>
        </Group>
      )}
      {tried && (unanswered.length > 0 || badPrefix) && (
        <Alert color="red.9" variant="outline" role="alert" ref={messageRef} tabIndex={-1} data-testid="values-missing">
          <Text size="sm">
            {unanswered.length > 0
              ? t('values.unanswered', { count: unanswered.length })
              : t('values.codePrefixInvalid')}
          </Text>
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={wizard.back} disabled={working}>
          {t('common:actions.back')}
        </Button>
        <Button onClick={next} loading={working}>
          {t('nav.next')}
        </Button>
      </Group>
    </Stack>
  );
};
