/**
 * next-intl's server API (`getTranslations`, `getFormatter`) over the app's real messages, for
 * render tests of server components: a missing or broken message throws, as it would fail the
 * request config. Use inside a hoisted mock, reading the locale at call time:
 *   vi.mock('next-intl/server', async () => (await import('@tests/helpers/server-intl')).serverIntl(() => locale.current));
 */
export async function serverIntl(currentLocale: () => 'en' | 'pt-BR') {
  const { createFormatter, createTranslator } = await import('next-intl');
  const messages = {
    en: (await import('@/lib/i18n/messages/en.json')).default,
    'pt-BR': (await import('@/lib/i18n/messages/pt-BR.json')).default,
  };
  const onError = (error: unknown) => {
    throw error;
  };
  return {
    getTranslations: async (namespace: string) =>
      createTranslator({
        locale: currentLocale(),
        messages: messages[currentLocale()],
        namespace: namespace as never,
        timeZone: 'UTC',
        onError,
      }),
    getFormatter: async () => createFormatter({ locale: currentLocale(), timeZone: 'UTC', onError }),
  };
}
