import type { DomainEmailKind } from '@/lib/email/templates/domain-email';
import { emitNotification } from '@/modules/notifications/emit-notification';

/**
 * Tells a domain's owner about its lifecycle (DNS still missing, removed, failing, no longer
 * served, released to another account) through the notifications module, which picks the
 * channels from their preferences and sends the mail in their language. `occurrence` makes the
 * event id deterministic and unique per happening: the reminder's mark (day2, day7), or the
 * failing episode's start for the failing/stopped warnings, so a domain that fails again later is
 * warned again while a re-run cron is not.
 */
export async function notifyDomainOwner(input: {
  domainId: string;
  projectId: string;
  kind: DomainEmailKind;
  displayName: string;
  occurrence: string;
}): Promise<{ emitted: boolean }> {
  const { isNew } = await emitNotification({
    kind: 'domain.needs_attention',
    eventId: `domain.needs_attention:${input.domainId}:${input.kind}:${input.occurrence}`,
    domainId: input.domainId,
    projectId: input.projectId,
    reason: input.kind,
    domainName: input.displayName,
  });
  return { emitted: isNew };
}
