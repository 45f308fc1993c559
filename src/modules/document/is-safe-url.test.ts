import { describe, expect, it } from 'vitest';
import { isSafeUrl } from './is-safe-url';

describe('isSafeUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/a/b?c=1&d=2#e',
    'http://localhost:3000/x',
    'mailto:hello@example.com',
    'mailto:hello@example.com?subject=Hi',
    'tel:+5511300012345',
    'tel:+1(555)010-2030',
    'sms:+15075550184',
    '/',
    '/images/cake.webp',
    '/#menu',
    './photo.jpg',
    '#contact',
    '?lang=pt',
  ])('allows %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'java\u200bscript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106avascript:alert(1)',
    'javascript&colon;alert(1)',
    '%6Aavascript:alert(1)',
    'javascript%3Aalert(1)',
    '&amp;#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'sms:+1555?body=<script>',
    'sms:javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    'https:evil.example',
    'https://user@evil.example',
    'images/cake.webp',
    'mailto:',
    'tel:call-me',
    '',
    'https://example.com/a b',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});
