import { leadFunnelSourceFor } from '@/modules/analyzer/lead-funnel';
import { listPayingAccountIds } from '@/modules/billing/list-subscription-states';

/**
 * The analyzer's lead funnel with billing's answer to "who pays today" — wired here, where both
 * are read, so the analyzer needs no billing import (billing → notifications → analyzer).
 */
export const leadFunnelSource = leadFunnelSourceFor(listPayingAccountIds);
