/**
 * Checks made before a mentor becomes "active". Each returns the reasons to warn about (as i18n
 * keys with values); the status-change dialog then asks for confirmation and a reason, recorded
 * in the status history with `override`. The checks are registered in
 * `renderer/app/activationChecks.ts` (the training feature adds the readiness check).
 */
export type ActivationWarning = {
  kind: 'trainingIncomplete';
  /** i18n key (with namespace) and its values, e.g. the modules still missing. */
  messageKey: string;
  values?: Record<string, string | number>;
};

export type ActivationCheck = (mentorId: string) => Promise<ActivationWarning[]>;

/** Every check's warnings for this mentor, the checks run side by side. */
export const activationWarnings = async (
  checks: readonly ActivationCheck[],
  mentorId: string,
): Promise<ActivationWarning[]> => (await Promise.all(checks.map((check) => check(mentorId)))).flat();
