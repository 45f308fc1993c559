// The tables Drizzle knows about, gathered for the typed client. Each module
// owns its tables; this list only wires them into `drizzle({ schema })`.
import * as accounts from '@/modules/accounts/schema';
import * as projects from '@/modules/projects/schema';
import { emailOutbox } from '@/lib/email/schema';
import * as generate from '@/modules/generate/schema';
import * as host from '@/modules/host/schema';

export const schema = { ...accounts, ...projects, ...generate, ...host, emailOutbox };
export type Schema = typeof schema;
