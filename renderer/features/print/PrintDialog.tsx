import { useState, type ReactNode } from 'react';
import { Button, Checkbox, Group, Modal, Radio, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSchema, SUPPORTED_LANGUAGES, type Language } from '../../../shared/domain/base';
import { MAX_BLANK_ROWS } from './printOptions';
import { NumberField } from '../../components/NumberField';

/** Mantine's dimmed descriptions fall below WCAG contrast on white; this grey passes. */
const READABLE_DESCRIPTION = { description: { color: 'var(--mantine-color-gray-7)' } };

export type PrintChoices = { landscape: boolean; rows: number | null; showNames: boolean; lang: Language };

type PrintDialogProps = {
  onClose: () => void;
  title: string;
  initial: PrintChoices;
  /** Which choices this printable offers. */
  fields: { orientation?: boolean; rows?: 'blankRows' | 'rows'; showNames?: boolean };
  onPrint: (c: PrintChoices) => void;
  onSavePdf: (c: PrintChoices) => void;
  /** Choices of the printable's own (a statement's year), shown before the language. */
  children?: ReactNode;
};

/**
 * The choices before printing (orientation, rows, names, language), then Print or Save as
 * PDF. Mounted only while open, so it starts from the current defaults every time.
 */
export const PrintDialog = ({ onClose, title, initial, fields, onPrint, onSavePdf, children }: PrintDialogProps) => {
  const { t } = useTranslation('print');
  const { t: tc } = useTranslation();
  const [choices, setChoices] = useState(initial);
  const set = (patch: Partial<PrintChoices>) => setChoices((c) => ({ ...c, ...patch }));

  // The browser build prints by showing the printable page in this window: close first.
  const go = (action: (c: PrintChoices) => void) => {
    onClose();
    action(choices);
  };

  // Empty means "as many as fit" (rows) or none (blank rows); anything else must be a whole number in range.
  const minRows = fields.rows === 'rows' ? 1 : 0;
  const rowsValid =
    choices.rows === null ||
    (Number.isInteger(choices.rows) && choices.rows >= minRows && choices.rows <= MAX_BLANK_ROWS);
  let rowsField: ReactNode = null;
  if (fields.rows)
    rowsField = (
      <NumberField
        label={t(fields.rows === 'rows' ? 'dialog.rows' : 'dialog.blankRows')}
        description={fields.rows === 'rows' ? t('dialog.rowsHint') : undefined}
        styles={READABLE_DESCRIPTION}
        min={minRows}
        max={MAX_BLANK_ROWS}
        allowDecimal={false}
        value={choices.rows}
        onChange={(v) => set({ rows: v })}
        error={rowsValid ? undefined : t('dialog.rowsRange', { min: minRows, max: MAX_BLANK_ROWS })}
      />
    );

  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        {fields.orientation && (
          <Radio.Group
            label={t('dialog.orientation')}
            value={choices.landscape ? 'landscape' : 'portrait'}
            onChange={(v) => set({ landscape: v === 'landscape' })}
          >
            <Group mt="xs">
              <Radio value="portrait" label={t('dialog.portrait')} />
              <Radio value="landscape" label={t('dialog.landscape')} />
            </Group>
          </Radio.Group>
        )}
        {rowsField}
        {children}
        {fields.showNames && (
          <Checkbox
            label={t('dialog.showNames')}
            description={t('dialog.showNamesHint')}
            styles={READABLE_DESCRIPTION}
            checked={choices.showNames}
            onChange={(e) => set({ showNames: e.currentTarget.checked })}
          />
        )}
        <Select
          label={t('dialog.language')}
          data={SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: tc(`language.names.${l}`) }))}
          value={choices.lang}
          allowDeselect={false}
          onChange={(v) => {
            const parsed = LanguageSchema.safeParse(v);
            if (parsed.success) set({ lang: parsed.data });
          }}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" disabled={!rowsValid} onClick={() => go(onSavePdf)}>
            {t('dialog.savePdf')}
          </Button>
          <Button disabled={!rowsValid} onClick={() => go(onPrint)}>
            {t('dialog.print')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
