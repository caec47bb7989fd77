import type { ActivationWarning } from '../../../shared/domain/activation';
import { getTrainingReadiness } from './readiness';
import { getRules } from './trainingSources';

/**
 * The readiness gate, registered in `app/activationChecks.ts`: before a mentor becomes active, warn
 * when the organisation's rule "mandatory modules complete before active" is on and some are
 * not. The status dialog then asks for confirmation and a reason (recorded with
 * `override: 'trainingIncomplete'`). The message lists the missing modules by name.
 */
export const trainingReadinessCheck = async (mentorId: string): Promise<ActivationWarning[]> => {
  const rules = await getRules();
  if (!rules.mandatoryModulesBeforeActive) return [];
  const readiness = (await getTrainingReadiness([mentorId])).get(mentorId);
  if (!readiness || readiness.ready) return [];
  return [
    {
      kind: 'trainingIncomplete',
      messageKey: 'training:readiness.warning',
      values: { modules: readiness.missingModules.join(', '), count: readiness.missingModules.length },
    },
  ];
};
