import { describe, expect, it } from 'vitest';
import { GLOBAL_ERROR_MESSAGES } from './global-error-messages';
import { MESSAGES } from './messages';
import { LOCALES } from './translate';

describe('global error page messages', () => {
  it.each(LOCALES)('are the %s catalogue’s own `error` messages', (locale) => {
    expect(GLOBAL_ERROR_MESSAGES[locale]).toEqual(MESSAGES[locale].error);
  });
});
