import { AppDB } from './AppDB';

/**
 * The one database of the renderer. Only repositories (`features/<name>/<name>Repo.ts`)
 * import it; components go through a feature's hooks and repository.
 */
export const db = new AppDB();
