/**
 * The print kit every printable page is made with: the page frame and its parts, the print
 * dialog and actions (print, save as PDF), the options each printable route carries, the
 * attendance sheet's rows and the answer scales of the paper forms. The printables themselves
 * belong to their features (the attendance sheet to sessions, the certificate to training …).
 */
export { LetterSheet, OrganisationHeader, PageNumbers, PrintFrame, PrintMessage, SheetFooter } from './PrintLayout';
export { PrintDialog, type PrintChoices } from './PrintDialog';
export { PersonPrintDialog } from './PersonPrintDialog';
export { usePrintActions } from './usePrintActions';
export { useSheetT } from './useSheetT';
export {
  attendanceRoute,
  certificateRoute,
  DEFAULT_BLANK_ROWS,
  parseAttendanceOptions,
  parseCertificateOptions,
  pdfFileName,
} from './printOptions';
export { loadOrganisation, type Organisation } from './printData';
export { useOrganisation } from './usePrintData';
export { paginate, ROWS_PER_PAGE } from './paginate';
export {
  facilitatorNames,
  participantLines,
  sheetRows,
  type PeopleLookup,
  type PrintContact,
  type PrintMentee,
  type PrintMentor,
} from './attendanceSheet';
export { SheetTable } from './SheetTable';
export { BlankAttendanceSheetButton } from './BlankAttendanceSheetButton';
export { AnswerBox, ScaleTable, WritingLines } from './ScaleTable';
