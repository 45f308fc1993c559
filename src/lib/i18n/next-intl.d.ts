import type { formats } from './formats';
import type { Messages } from './messages';
import type { Locale } from './translate';

// Type-safe message keys: `t('unknown.key')` and `useTranslations('nope')` fail `tsc`.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: typeof formats;
  }
}
