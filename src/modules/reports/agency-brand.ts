/**
 * The agency's name and colours on its reports: the app's brand (globals.css, the mails' layout).
 * One place, so a white-label agency changes it here.
 */
export const AGENCY_BRAND = {
  name: 'Page Magic',
  primary: '#5b34f5',
  primaryDark: '#4c26d9',
  tint: '#f3f1ff',
  ink: '#14121f',
  muted: '#5d5a6b',
  line: '#e5e7eb',
  good: '#0a7d3e',
  warn: '#b45309',
  bad: '#b91c1c',
} as const;
