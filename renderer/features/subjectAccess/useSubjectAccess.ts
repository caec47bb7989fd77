import { useLiveQuery } from 'dexie-react-hooks';
import type { SubjectAccessInput, SubjectKind } from '../../../shared/privacy/subjectAccess';
import { loadSubjectAccess } from './subjectAccessRepo';

/** `undefined` while loading, `null` when the person (or the kind in the route) is unknown. */
export const useSubjectAccess = (
  kind: SubjectKind | null,
  id: string | undefined,
): SubjectAccessInput | null | undefined =>
  useLiveQuery(() => (kind && id ? loadSubjectAccess(kind, id) : null), [kind, id]);
