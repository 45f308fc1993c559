import { oneClickUnsubscribeRoute } from '@/lib/http/one-click-unsubscribe';
import { unsafeUnsubscribeLead } from '@/modules/analyzer/unsubscribe-lead';

export const dynamic = 'force-dynamic';

// One-click unsubscribe from the analyzer's lead mails: the token stops the mails to one address.
export const { POST, GET } = oneClickUnsubscribeRoute('/analyze/unsubscribe', unsafeUnsubscribeLead);
