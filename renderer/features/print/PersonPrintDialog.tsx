import type { ReactNode } from 'react';
import type { Language } from '../../../shared/domain/base';
import { currentLanguage } from '../../i18n/i18n';
import { PrintDialog, type PrintChoices } from './PrintDialog';
import type { usePrintActions } from './usePrintActions';

type PersonPrintDialogProps = {
  title: string;
  /** The person the document is about: their language is offered first. */
  preferredLanguage: Language | null | undefined;
  /** The printable route for the choices made. */
  route: (choices: PrintChoices) => string;
  /** The PDF's suggested file name for the choices made (in their language). */
  fileName: (choices: PrintChoices) => string;
  actions: ReturnType<typeof usePrintActions>;
  onClose: () => void;
  /** Choices of the document's own (a year …). */
  children?: ReactNode;
};

/**
 * The print dialog of a portrait document about one person (a training certificate, a volunteer
 * hours statement): the language, offered in the person's own first, then Print or Save as PDF.
 */
export const PersonPrintDialog = ({
  title,
  preferredLanguage,
  route,
  fileName,
  actions,
  onClose,
  children,
}: PersonPrintDialogProps) => (
  <PrintDialog
    title={title}
    onClose={onClose}
    initial={{ landscape: false, rows: null, showNames: false, lang: preferredLanguage ?? currentLanguage() }}
    fields={{}}
    onPrint={(c) => void actions.print(route(c), false)}
    onSavePdf={(c) => void actions.savePdf(route(c), false, fileName(c))}
  >
    {children}
  </PrintDialog>
);
