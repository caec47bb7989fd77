import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/base';
import type { BridgeApi, BridgeResponse } from '../../../shared/ipc/contract';
import { bridge } from '../../bridge/bridge';
import { notifyError, notifySaved } from '../../components/notify';
import { currentLanguage } from '../../i18n/i18n';
import { todayIso } from '../../lib/format';
import { recordAudit } from '../audit';
import {
  auditOfExport,
  exportFileName,
  type ListExportFormat,
  type ListExportRequest,
  type ListExportResult,
  type Translate,
} from './listExport';
import { exportListOffThread, pageTranslator } from './listExportWorkerClient';

/** Thrown when the shell could not write the file; the message is an i18n key. */
export class ListExportSaveError extends Error {
  constructor() {
    super('spreadsheetExport:failed');
    this.name = 'ListExportSaveError';
  }
}

export type SaveListExportOptions = {
  lng: Language;
  api?: BridgeApi;
  today?: string;
  /** Reads and writes the file (the worker by default). */
  produce?: (req: ListExportRequest, format: ListExportFormat, lng: Language) => Promise<ListExportResult>;
  /** Translates the file name (the page's i18next by default). */
  translate?: (lng: Language) => Translate;
};

/**
 * Exports the list and saves the file through the bridge's save dialog. Once it is saved, an
 * export of people by name is recorded in the audit log (how many, never who): mentors,
 * contacts, and mentees when their real names were asked for.
 */
export const saveListExport = async (
  req: ListExportRequest,
  format: ListExportFormat,
  {
    lng,
    api = bridge,
    today = todayIso(),
    produce = exportListOffThread,
    translate = pageTranslator,
  }: SaveListExportOptions,
): Promise<{ result: BridgeResponse<'file.save'>; count: number }> => {
  const { bytes, count } = await produce(req, format, lng);
  // File names stay ASCII: Serbian Cyrillic names the file in its Latin spelling.
  const slugWord = translate(lng === 'sr-Cyrl' ? 'sr-Latn' : lng)(`spreadsheetExport:fileName.${req.kind}`);
  const result = await api.saveFile({
    suggestedName: exportFileName(slugWord, req.kind, format, today),
    bytes,
    filter: format,
  });
  if (result.status === 'saved') {
    const audit = auditOfExport(req, count);
    if (audit) await recordAudit(audit);
  }
  return { result, count };
};

/** The export of a list page: which format is being written, and the action that writes it. */
export const useListExport = () => {
  const { t } = useTranslation('spreadsheetExport');
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (req: ListExportRequest, format: ListExportFormat) => {
      setBusy(true);
      try {
        const { result, count } = await saveListExport(req, format, { lng: currentLanguage() });
        if (result.status === 'saved') notifySaved(t('exported', { count }));
        else if (result.error) notifyError(new ListExportSaveError(), 'spreadsheetExport');
      } catch (err) {
        notifyError(err, 'spreadsheetExport');
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, run };
};
