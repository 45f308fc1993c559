import { ClientMessages } from '@/lib/i18n/client-messages';

// The landing and legal pages are translated on the server; the browser gets only the messages
// their client components use (the `marketing` area of src/lib/i18n/client-namespaces.ts).
export default function MarketingLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="marketing">{children}</ClientMessages>;
}
