import { formatPersonName } from '../../../shared/domain/names';
import type { Language } from '../../../shared/domain/base';
import type { RetentionRow } from './retentionRepo';

/** How the review names a person: mentors and contacts by name, mentees by code only. */
export const personLabel = (row: Pick<RetentionRow, 'name' | 'code'>, lng: Language): string =>
  row.name ? formatPersonName(row.name, lng) : (row.code ?? '');
