import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  submitting: boolean;
  onCancel: () => void;
  /** In a dialog the buttons sit at the right, Cancel first, as in Mantine's confirm dialogs. */
  inDialog?: boolean;
};

/** The Save / Cancel footer of every record form; Save submits the surrounding form. */
export const FormActions = ({ submitting, onCancel, inDialog = false }: Props) => {
  const { t } = useTranslation();
  const save = (
    <Button type="submit" loading={submitting}>
      {t('actions.save')}
    </Button>
  );
  const cancel = (
    <Button variant="default" onClick={onCancel}>
      {t('actions.cancel')}
    </Button>
  );
  return inDialog ? (
    <Group justify="flex-end">
      {cancel}
      {save}
    </Group>
  ) : (
    <Group>
      {save}
      {cancel}
    </Group>
  );
};
