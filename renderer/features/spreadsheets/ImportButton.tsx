import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportKind } from '../../../shared/spreadsheet/types';
import { IMPORT_ROUTES } from './importRoutes';

/** "Import from Excel/CSV" for a list page: opens the import wizard of its kind. */
export const ImportButton = ({ kind }: { kind: ImportKind }) => {
  const { t } = useTranslation('spreadsheetWizard');
  return (
    <Button variant="default" component={Link} to={IMPORT_ROUTES[kind].path} data-testid={`import-${kind}`}>
      {t(kind === 'attendance' ? 'buttonAttendance' : 'button')}
    </Button>
  );
};
