import { ClientMessages } from '@/lib/i18n/client-messages';

// The public analyzer's form and report are client components: they get the `analyze` area's
// messages (src/lib/i18n/client-namespaces.ts), and nothing of the app behind the sign-in.
export default function AnalyzeLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="analyze">{children}</ClientMessages>;
}
