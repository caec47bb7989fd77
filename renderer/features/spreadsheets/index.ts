/**
 * The spreadsheets feature's public surface: the list pages place its buttons.
 */

// List export ("Export this list": XLSX / CSV with the list's filters).
export { ExportListButton } from './ExportListButton';
export type { ListExportRequest, ListKind } from './listExport';

// Import ("Import from Excel/CSV": the button that opens the wizard of a kind, and where it lives).
export { ImportButton } from './ImportButton';
export { IMPORT_ROUTES } from './importRoutes';
