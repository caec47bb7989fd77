import type { ActivationCheck } from '../../shared/domain/activation';
import { trainingReadinessCheck } from '../features/training';

/**
 * The checks made before a mentor becomes "active" (see `shared/domain/activation.ts`): the
 * mentor page's status dialog runs them all. A feature adds its check here.
 */
export const ACTIVATION_CHECKS: readonly ActivationCheck[] = [trainingReadinessCheck];
