import { oneClickUnsubscribeRoute } from '@/lib/http/one-click-unsubscribe';
import { unsafeUnsubscribeByToken } from '@/modules/notifications/unsubscribe-by-token';

export const dynamic = 'force-dynamic';

// One-click unsubscribe from notification mails: the token turns off one kind of mail for one person.
export const { POST, GET } = oneClickUnsubscribeRoute('/notifications/unsubscribe', unsafeUnsubscribeByToken);
