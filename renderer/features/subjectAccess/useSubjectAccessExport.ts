import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/base';
import { formatPersonName } from '../../../shared/domain/names';
import { subjectAccessJson, type SubjectAccessInput, type SubjectKind } from '../../../shared/privacy/subjectAccess';
import { bridge, isDesktop } from '../../bridge/bridge';
import { i18n } from '../../i18n/i18n';
import { todayIso } from '../../lib/format';
import { recordAudit } from '../audit';
import { pdfFileName } from '../print';
import { loadSubjectAccess } from './subjectAccessRepo';
import { subjectAccessRoute } from './subjectAccessRoutes';

/** How a file names the person: a mentee by code only (file names end up in folders and e-mails). */
const fileLabel = (input: SubjectAccessInput, lng: Language): string =>
  input.kind === 'mentee' ? input.person.code : formatPersonName(input.person, lng);

const fileName = (input: SubjectAccessInput, lng: Language, ext: 'pdf' | 'json'): string =>
  pdfFileName(i18n.t('subjectAccess:fileName', { lng }), fileLabel(input, lng), todayIso()).replace(
    /\.pdf$/,
    `.${ext}`,
  );

/** How many records an export holds: the count the audit entry keeps (never what they say). */
export const exportedRecordCount = (json: ReturnType<typeof subjectAccessJson>): number =>
  1 +
  json.consents.length +
  json.attendance.length +
  json.sessions.length +
  json.shadowing.length +
  json.pairings.length +
  json.contactLogs.length +
  json.checkIns.length +
  json.wellbeingCheckIns.length +
  json.careNotes.length +
  json.retentionDecisions.length +
  json.auditLog.length;

/**
 * Print, save as PDF or save as JSON the subject-access export of one person. Each export is
 * recorded in the audit log (action `exportSubjectAccess`, the person's kind and id). A print
 * is recorded once it was handed to the printer; in the browser, where Save as PDF is the print
 * dialog's own choice, once that dialog was shown. Failures are reported in words, never thrown.
 */
export const useSubjectAccessExport = (kind: SubjectKind, id: string) => {
  const { t } = useTranslation('subjectAccess');
  const [busy, setBusy] = useState(false);

  const audit = (count: number | null) =>
    recordAudit({ action: 'exportSubjectAccess', subjectKind: kind, subjectId: id, count });

  const run = async (action: (input: SubjectAccessInput) => Promise<void>) => {
    setBusy(true);
    try {
      const input = await loadSubjectAccess(kind, id);
      if (!input) throw new Error('person not found');
      await action(input);
    } catch (err) {
      console.error(err);
      notifications.show({ color: 'red', message: t('failed') });
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    print: (lang: Language) =>
      run(async () => {
        const result = await bridge.print({ route: subjectAccessRoute(kind, id, { lang }), landscape: false });
        if (!result.ok) {
          if (result.error) throw new Error(result.error);
          return;
        }
        await audit(null);
      }),
    savePdf: (lang: Language) =>
      run(async (input) => {
        const result = await bridge.printToPdf({
          route: subjectAccessRoute(kind, id, { lang }),
          landscape: false,
          suggestedName: fileName(input, lang, 'pdf'),
        });
        if (result.status === 'saved')
          notifications.show({ color: 'green', message: t('saved', { path: result.path }) });
        else if (result.error) throw new Error(result.error);
        if (result.status === 'saved' || !isDesktop()) await audit(null);
      }),
    saveJson: (lang: Language) =>
      run(async (input) => {
        const json = subjectAccessJson(input, new Date().toISOString());
        const bytes = new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
        const result = await bridge.saveFile({ suggestedName: fileName(input, lang, 'json'), bytes, filter: 'json' });
        if (result.status !== 'saved') {
          if (result.error) throw new Error(result.error);
          return;
        }
        await audit(exportedRecordCount(json));
        notifications.show({ color: 'green', message: t('saved', { path: result.path }) });
      }),
  };
};
