import { useLiveQuery } from 'dexie-react-hooks';
import type { Programme } from '../../../shared/domain/programme';
import type { Shadowing, TrainingModule } from '../../../shared/domain/training';
import type { Contact } from '../../../shared/domain/contact';
import { formatPersonName } from '../../../shared/domain/names';
import { listProgrammes, listModules } from '../programmes';
import { getContactsByIds, searchContacts } from '../contacts';
import { listShadowingByMentor } from './shadowingRepo';
import { getMentorsByIds } from './trainingSources';
import {
  getMentorProgress,
  getTrainingOverview,
  getTrainingOverviewIds,
  getTrainingOverviewRows,
  type OverviewFilter,
  type TrainingOverview,
  type TrainingOverviewIds,
} from './progressRepo';
import type { OverviewRow } from './overviewCsv';

/**
 * Live queries of the training feature: each re-runs when the tables it read change (a new
 * attendance row, an edited module), so progress on screen is always derived from current data.
 * `undefined` means "still loading".
 */

export const useProgrammes = (): Programme[] | undefined => useLiveQuery(() => listProgrammes(), []);

export const useModules = (programmeId: string | null): TrainingModule[] | undefined =>
  useLiveQuery(() => (programmeId ? listModules(programmeId) : Promise.resolve([])), [programmeId]);

export const useMentorProgress = (mentorId: string) => useLiveQuery(() => getMentorProgress(mentorId), [mentorId]);

export const useShadowing = (mentorId: string): { rows: Shadowing[]; contacts: Map<string, Contact> } | undefined =>
  useLiveQuery(async () => {
    const rows = await listShadowingByMentor(mentorId);
    const contacts = await getContactsByIds(rows.flatMap((r) => (r.contactId ? [r.contactId] : [])));
    return { rows, contacts: new Map(contacts.map((c) => [c.id, c])) };
  }, [mentorId]);

/**
 * The curricula of the mentor's programmes, in curriculum order (the shadowing log names their
 * modules, its form offers them), read from the mentor's id alone: beside the panel's progress,
 * not after it (issue 24). Every curriculum together is a small table, read whole.
 */
export const useModulesOfMentor = (mentorId: string): TrainingModule[] | undefined =>
  useLiveQuery(async () => {
    const [[mentor], modules] = await Promise.all([getMentorsByIds([mentorId]), listModules()]);
    const programmes = new Set(mentor?.programmeIds ?? []);
    return modules.filter((m) => programmes.has(m.programmeId));
  }, [mentorId]);

/** The whole matrix, or null while `wanted` is false (nothing is read then). */
export const useTrainingOverview = (filter: OverviewFilter, wanted: boolean): TrainingOverview | null | undefined =>
  useLiveQuery(() => (wanted ? getTrainingOverview(filter) : null), [filter.programmeId, filter.status, wanted]);

/** The matrix's columns and its mentors' ids (name order), without their progress. */
export const useTrainingOverviewIds = (filter: OverviewFilter): TrainingOverviewIds | undefined =>
  useLiveQuery(() => getTrainingOverviewIds(filter), [filter.programmeId, filter.status]);

/** Lines are read in blocks of this many mentors: a screenful and the lines around it. */
const BLOCK = 40;

/**
 * The matrix lines of the mentors from index `first` to `last` of `ids` (the rows in view), by
 * mentor id: read in whole blocks, so scrolling a few lines reads nothing new. While the next
 * blocks load, the lines read before stay (undefined until the first read).
 */
export const useTrainingOverviewWindow = (
  ids: readonly string[] | undefined,
  first: number,
  last: number,
): ReadonlyMap<string, OverviewRow> | undefined => {
  const fromBlock = Math.floor(first / BLOCK);
  const toBlock = Math.floor(last / BLOCK);
  return useLiveQuery(async () => {
    if (!ids) return new Map<string, OverviewRow>();
    const rows = await getTrainingOverviewRows(ids.slice(fromBlock * BLOCK, (toBlock + 1) * BLOCK));
    return new Map(rows.map((r) => [r.mentor.id, r]));
  }, [ids, fromBlock, toBlock]);
};

/**
 * The contacts a shadowing form offers: those whose name starts with what is typed (at most 20),
 * and the one chosen (so that its name shows); undefined while loading.
 */
export const useContactChoices = (
  query: string,
  chosenId: string | null,
  lng: string,
): { value: string; label: string }[] | undefined =>
  useLiveQuery(async () => {
    const [found, chosen] = await Promise.all([
      searchContacts(query, 20),
      chosenId ? getContactsByIds([chosenId]) : Promise.resolve([]),
    ]);
    const all = new Map([...chosen, ...found].map((c) => [c.id, c]));
    return [...all.values()].map((c) => ({
      value: c.id,
      label: [formatPersonName(c, lng), c.organisation].filter(Boolean).join(' · '),
    }));
  }, [query, chosenId, lng]);
