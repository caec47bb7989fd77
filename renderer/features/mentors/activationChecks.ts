import { trainingReadinessCheck } from '../training/readinessCheck';
/**
 * Checks made before a mentor becomes "active". Each returns the reasons to warn about (as
 * i18n keys with values); the status-change dialog then asks for confirmation and a reason,
 * recorded in the status history with `override`. The training feature adds the readiness
 * check (mandatory modules complete) here.
 */
export type ActivationWarning = {
  kind: 'trainingIncomplete';
  /** i18n key (with namespace) and its values, e.g. the modules still missing. */
  messageKey: string;
  values?: Record<string, string | number>;
};

export type ActivationCheck = (mentorId: string) => Promise<ActivationWarning[]>;

export const ACTIVATION_CHECKS: ActivationCheck[] = [trainingReadinessCheck];

export const getActivationWarnings = async (mentorId: string): Promise<ActivationWarning[]> =>
  (await Promise.all(ACTIVATION_CHECKS.map((check) => check(mentorId)))).flat();
