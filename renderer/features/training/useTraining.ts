import { useLiveQuery } from 'dexie-react-hooks';
import type { Programme } from '../../../shared/domain/programme';
import type { Shadowing, TrainingModule } from '../../../shared/domain/training';
import type { Contact } from '../../../shared/domain/contact';
import { listProgrammes } from '../programmes/programmesRepo';
import { getContactsByIds } from '../contacts/contactsRepo';
import { listModules, listModulesOfProgrammes } from './trainingRepo';
import { listShadowingByMentor } from './shadowingRepo';
import { getMentorProgress, getTrainingOverview, type OverviewFilter, type TrainingOverview } from './progressRepo';

/**
 * Live queries of the training feature: each re-runs when the tables it read change (a new
 * attendance row, an edited module), so progress on screen is always derived from current data.
 * `undefined` means "still loading".
 */

export const useProgrammes = (): Programme[] | undefined => useLiveQuery(() => listProgrammes(), []);

export const useModules = (programmeId: string | null): TrainingModule[] | undefined =>
  useLiveQuery(() => (programmeId ? listModules(programmeId) : Promise.resolve([])), [programmeId]);

export const useModulesOfProgrammes = (programmeIds: readonly string[] | undefined): TrainingModule[] | undefined =>
  useLiveQuery(() => listModulesOfProgrammes(programmeIds ?? []), [programmeIds?.join(',')]);

export const useMentorProgress = (mentorId: string) => useLiveQuery(() => getMentorProgress(mentorId), [mentorId]);

export const useShadowing = (mentorId: string): { rows: Shadowing[]; contacts: Map<string, Contact> } | undefined =>
  useLiveQuery(async () => {
    const rows = await listShadowingByMentor(mentorId);
    const contacts = await getContactsByIds(rows.flatMap((r) => (r.contactId ? [r.contactId] : [])));
    return { rows, contacts: new Map(contacts.map((c) => [c.id, c])) };
  }, [mentorId]);

export const useTrainingOverview = (filter: OverviewFilter): TrainingOverview | undefined =>
  useLiveQuery(() => getTrainingOverview(filter), [filter.programmeId, filter.status]);
