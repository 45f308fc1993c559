// The editor's theme panel as the editor mounts it, for theme-panel.test.ts (bundled for
// Chromium there): the real ThemePanel in English, holding the theme it was last given, every
// change it asks for recorded in `window.themeChanges`.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { NextIntlClientProvider } from 'next-intl';
import en from '@/lib/i18n/messages/en.json';
import { defaultTheme, type Theme } from '@/modules/document/theme';
import { ThemePanel } from '@/modules/editor/ui/theme-panel';

declare global {
  interface Window {
    themeChanges: Theme[];
  }
}

function Harness() {
  const [theme, setTheme] = useState<Theme>(defaultTheme);
  const [isOpen, setOpen] = useState(false);
  return (
    <ThemePanel
      open={isOpen}
      onOpenChange={setOpen}
      theme={theme}
      onChange={(next) => {
        window.themeChanges.push(next);
        setTheme(next);
      }}
    />
  );
}

window.themeChanges = [];
const root = document.createElement('div');
document.body.append(root);
createRoot(root).render(
  <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
    <Harness />
  </NextIntlClientProvider>,
);
