import type { Language } from '../../../../shared/domain/base';
import type { ModuleProgress } from '../../../../shared/training/progress';
import { loadOrganisation, type Organisation, type PrintMentor } from '../../print';
import { getMentorProgress } from '../progressRepo';

/**
 * Read-only loaders for the training certificate: only what a printed page may show (the
 * mentor without contact details or notes).
 */

export type CertificateModule = Pick<ModuleProgress, 'moduleId' | 'name' | 'hours' | 'requiredHours' | 'completedOn'>;

export type CertificateData = {
  organisation: Organisation;
  mentor: PrintMentor & { preferredLanguage: Language | null };
  /** Completed modules only, in curriculum order. */
  modules: CertificateModule[];
  shadowingHours: number;
};

/**
 * What a certificate certifies: modules complete with hours actually credited. A module that
 * requires no hours counts as complete in progress, but no training happened, so it is not
 * printed as completed training.
 */
export const certificateModules = (modules: readonly ModuleProgress[]): CertificateModule[] =>
  modules
    .filter((m) => m.complete && m.hours > 0)
    .map(({ moduleId, name, hours, requiredHours, completedOn }) => ({
      moduleId,
      name,
      hours,
      requiredHours,
      completedOn,
    }));

/** Null when the mentor does not exist or was deleted. */
export const loadCertificate = async (mentorId: string): Promise<CertificateData | null> => {
  const [found, organisation] = await Promise.all([getMentorProgress(mentorId), loadOrganisation()]);
  if (!found) return null;
  const { mentor: m, progress } = found;
  return {
    organisation,
    mentor: {
      id: m.id,
      givenName: m.givenName,
      familyName: m.familyName,
      deletedAt: m.deletedAt,
      preferredLanguage: m.preferredLanguage,
    },
    modules: certificateModules(progress.modules),
    shadowingHours: progress.shadowingHoursTotal,
  };
};
