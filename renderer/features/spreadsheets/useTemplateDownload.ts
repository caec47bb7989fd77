import { useCallback, useState } from 'react';
import type { Language } from '../../../shared/domain/base';
import type { ImportKind } from '../../../shared/spreadsheet/types';
import { bridge } from '../../bridge/bridge';
import { i18n } from '../../i18n/i18n';
import { listProgrammes } from '../programmes';
import { buildTemplate, templateFileName } from './templates';

export type TemplateOutcome = { ok: true; path: string } | { ok: false } | null;

/** "Download the template": the kind's XLSX in the UI language, saved through the bridge. */
export const useTemplateDownload = (kind: ImportKind, language: Language) => {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<TemplateOutcome>(null);
  const download = useCallback(async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const t = i18n.getFixedT(language);
      const programmes = await listProgrammes({ includeInactive: false });
      const bytes = await buildTemplate(kind, { language, t: (key, o) => t(key, o), programmes });
      const saved = await bridge.saveFile({ suggestedName: templateFileName(kind, t), bytes, filter: 'xlsx' });
      // Closing the save dialog is the coordinator's choice, not a failure: nothing to say.
      if (saved.status === 'saved') setOutcome({ ok: true, path: saved.path });
      else if (saved.error) setOutcome({ ok: false });
    } catch (err) {
      console.error(err);
      setOutcome({ ok: false });
    } finally {
      setBusy(false);
    }
  }, [kind, language]);
  return { busy, outcome, download };
};
