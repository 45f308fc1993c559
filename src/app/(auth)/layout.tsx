import Link from 'next/link';
import { LanguageSwitcher } from '@/modules/accounts/ui/language-switcher';

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-gradient-to-b from-brand-50 to-white">
      <header className="flex items-center justify-between p-4">
        <Link href="/" className="flex items-center gap-2 font-bold">
          <img src="/icons/icon-192.png" alt="" width={28} height={28} /> Page Magic
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pb-12 pt-4 sm:items-center">
        <div className="card w-full max-w-md space-y-6 p-6 sm:p-8">{children}</div>
      </main>
    </div>
  );
}
