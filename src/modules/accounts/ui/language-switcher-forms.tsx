'use client';

import { setLocaleAction } from '@/modules/accounts/auth-actions';
import { Button } from '@/lib/ui/button';
import type { Locale } from '@/lib/i18n/translate';
import { CurrentPathInput } from './current-path-input';

// Each language named in itself (an endonym): a person finds their own whatever the current one.
// Both Portuguese buttons carry their country, so neither "PT" reads as the other's. A phone's top
// bar has no room for three long codes next to "Sign out": there each shows its country alone
// (`tiny`), still part of the button's name.
const OPTIONS = [
  { locale: 'en', label: 'English', short: 'EN', tiny: 'EN' },
  { locale: 'pt-BR', label: 'Português (Brasil)', short: 'PT-BR', tiny: 'BR' },
  { locale: 'pt-PT', label: 'Português (Portugal)', short: 'PT-PT', tiny: 'PT' },
] as const satisfies ReadonlyArray<{ locale: Locale; label: string; short: string; tiny: string }>;

// A client component for a size reason: drawn by the server, the three forms' markup travelled
// twice on every page that has the switcher (HTML, then the Server Components payload, ~3 KB);
// as a client component the payload carries only these props. The HTML is the same.
// A plain form per language: works without JavaScript and with a keyboard; the action sets
// the locale cookie and comes back to the page the person is on.
export function LanguageSwitcherForms({ current, label, next }: { current: string; label: string; next: string }) {
  return (
    <nav aria-label={label} className="flex gap-1">
      {OPTIONS.map((o) => (
        <form key={o.locale} action={setLocaleAction as unknown as (form: FormData) => Promise<void>}>
          <input type="hidden" name="locale" value={o.locale} />
          <CurrentPathInput name="next" initial={next} />
          <Button
            type="submit"
            variant="toggle"
            size="compact"
            lang={o.locale}
            // The name holds the visible code too (WCAG 2.5.3): "click EN" works with voice control.
            aria-label={`${o.short} · ${o.label}`}
            aria-current={current === o.locale ? 'true' : undefined}
          >
            <span className="sm:hidden">{o.tiny}</span>
            <span className="hidden sm:inline">{o.short}</span>
          </Button>
        </form>
      ))}
    </nav>
  );
}
