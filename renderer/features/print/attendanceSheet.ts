import type { Language, PersonRef } from '../../../shared/domain/base';
import type { Contact } from '../../../shared/domain/contact';
import type { Mentee } from '../../../shared/domain/mentee';
import type { Mentor } from '../../../shared/domain/mentor';
import { formatPersonName } from '../../../shared/domain/names';
import { localeTag } from '../../lib/format';

/**
 * What an attendance sheet prints about each person, decided here as plain functions so the
 * privacy rules are tested without a browser: a name, and "organisation or role" where known.
 * Never contact details, never notes; mentees appear by their code unless the coordinator
 * asked for names on this sheet.
 */

type Tombstoned = { deletedAt: string | null };
export type PrintMentor = Pick<Mentor, 'id' | 'givenName' | 'familyName'> & Tombstoned;
export type PrintMentee = Pick<Mentee, 'id' | 'code' | 'givenName' | 'familyName'> & Tombstoned;
export type PrintContact = Pick<Contact, 'id' | 'givenName' | 'familyName' | 'organisation' | 'role'> & Tombstoned;

export type PeopleLookup = {
  mentors: ReadonlyMap<string, PrintMentor>;
  mentees: ReadonlyMap<string, PrintMentee>;
  contacts: ReadonlyMap<string, PrintContact>;
};

export type ParticipantLine = { name: string; detail: string; sortKey: string };
export type SheetRow = { number: number; name: string; detail: string };

export type DescribeOptions = {
  lng: Language;
  showNames: boolean;
  /** The translated role printed next to the organisation's own mentors. */
  mentorLabel: string;
};

const live = <T extends Tombstoned>(map: ReadonlyMap<string, T>, id: string): T | undefined => {
  const found = map.get(id);
  return found && found.deletedAt === null ? found : undefined;
};

const sortKeyOf = (p: { givenName: string; familyName: string }) => `${p.familyName.trim()} ${p.givenName.trim()}`;

/** One person as printed; null when the record is gone (deleted, or erased for privacy). */
export const describePerson = (ref: PersonRef, people: PeopleLookup, o: DescribeOptions): ParticipantLine | null => {
  switch (ref.kind) {
    case 'mentor': {
      const m = live(people.mentors, ref.id);
      return m ? { name: formatPersonName(m, o.lng), detail: o.mentorLabel, sortKey: sortKeyOf(m) } : null;
    }
    case 'contact': {
      const c = live(people.contacts, ref.id);
      if (!c) return null;
      const detail = [c.organisation, c.role]
        .map((s) => s.trim())
        .filter(Boolean)
        .join(', ');
      return { name: formatPersonName(c, o.lng), detail, sortKey: sortKeyOf(c) };
    }
    case 'mentee': {
      const m = live(people.mentees, ref.id);
      if (!m) return null;
      const realName = o.showNames ? formatPersonName(m, o.lng) : '';
      // No role is printed for mentees: "client" next to a name on a sheet others sign would
      // tell every participant who is being supported.
      return realName
        ? { name: `${realName} (${m.code})`, detail: '', sortKey: sortKeyOf(m) }
        : { name: m.code, detail: '', sortKey: m.code };
    }
  }
};

/** The expected participants, each once, sorted as the sheet's language sorts names. */
export const participantLines = (
  refs: readonly PersonRef[],
  people: PeopleLookup,
  o: DescribeOptions,
): ParticipantLine[] => {
  const seen = new Set<string>();
  const lines: ParticipantLine[] = [];
  for (const ref of refs) {
    const key = `${ref.kind}:${ref.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const line = describePerson(ref, people, o);
    if (line) lines.push(line);
  }
  const collator = new Intl.Collator(localeTag(o.lng), { sensitivity: 'base', numeric: true });
  return lines.sort((a, b) => collator.compare(a.sortKey, b.sortKey) || collator.compare(a.name, b.name));
};

/** Facilitators by name only (in the sheet's language order), in the order they were chosen. */
export const facilitatorNames = (refs: readonly PersonRef[], people: PeopleLookup, lng: Language): string[] =>
  refs.flatMap((ref) => {
    const p =
      ref.kind === 'mentor'
        ? live(people.mentors, ref.id)
        : ref.kind === 'contact'
          ? live(people.contacts, ref.id)
          : undefined;
    return p ? [formatPersonName(p, lng)] : [];
  });

/** Numbered rows: the participants, then `blankRows` empty rows for walk-ins. */
export const sheetRows = (lines: readonly ParticipantLine[], blankRows: number): SheetRow[] => [
  ...lines.map((l, i) => ({ number: i + 1, name: l.name, detail: l.detail })),
  ...Array.from({ length: Math.max(0, blankRows) }, (_, i) => ({ number: lines.length + i + 1, name: '', detail: '' })),
];
