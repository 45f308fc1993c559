/** The cookie that keeps the interface language a person chose (the language switcher sets it). */
export const LOCALE_COOKIE = 'pm-locale';
