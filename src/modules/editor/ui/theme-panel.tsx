'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { Check, Palette, TriangleAlert } from 'lucide-react';
import {
  fontPairingNames,
  palettePresetNames,
  palettePresets,
  type PaletteColors,
  type PalettePreset,
  type Theme,
} from '@/modules/document/theme';
import { formatContrastRatio, paletteContrastPairs } from '@/modules/build/check-contrast';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { Label } from '@/lib/ui/label';
import { NativeSelect } from '@/lib/ui/native-select';
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from '@/lib/ui/sheet';
import { toolLabelClass } from './tool-label';

const COLOR_NAMES: (keyof PaletteColors)[] = ['background', 'surface', 'text', 'muted', 'primary', 'primaryText', 'accent'];
const RADII: Theme['radius'][] = ['none', 'sm', 'md', 'lg', 'full'];
const SPACINGS: Theme['spacing'][] = ['compact', 'normal', 'airy'];
const STYLES: Theme['style'][] = ['minimal', 'bold', 'elegant', 'playful'];

/** A theme change; `mergeKey` makes a run of changes (dragging a colour picker) one undo step. */
export type ThemeChange = (theme: Theme, mergeKey?: string) => void;

function Swatches({ colors }: { colors: PaletteColors }) {
  return (
    // Fixed-size cells that never shrink: a long preset name wraps, the swatches keep their width.
    <span aria-hidden="true" data-testid="swatches" className="flex shrink-0 overflow-hidden rounded-md border border-gray-200">
      {(['background', 'text', 'primary', 'accent'] as const).map((name) => (
        <span key={name} className="size-5 shrink-0" style={{ background: colors[name] }} />
      ))}
    </span>
  );
}

/** The pre-publish contrast rule (build/check-contrast.ts), shown while choosing. */
function ContrastReport({ colors }: { colors: PaletteColors }) {
  const t = useTranslations('editor.theme');
  const pairs = paletteContrastPairs(colors);
  return (
    <ul aria-label={t('contrastTitle')} data-testid="contrast-report" className="space-y-1 text-sm" aria-live="polite">
      {pairs.map((pair) => (
        <li
          key={pair.id}
          data-pair={pair.id}
          data-passes={pair.passes}
          className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1"
        >
          <span className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="flex size-6 items-center justify-center rounded border border-gray-200 text-xs font-bold"
              style={{ background: pair.background, color: pair.foreground }}
            >
              Aa
            </span>
            {t('pair', { pair: pair.id })}
          </span>
          <Badge variant={pair.passes ? 'success' : 'warning'} className="whitespace-normal">
            {pair.passes ? <Check aria-hidden="true" /> : <TriangleAlert aria-hidden="true" />}
            {t(pair.passes ? 'passes' : 'fails', { ratio: formatContrastRatio(pair.ratio) })}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

function Choice<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}

/**
 * The theme of the whole site: palette presets, custom colours with the contrast rule shown as
 * they change, font pairing, corner radius, spacing and style. Every change is one set-theme
 * operation (undoable, autosaved); the sheet is not modal so the canvas stays usable beside it.
 */
export function ThemePanel({
  theme,
  onChange,
  open,
  onOpenChange,
}: {
  theme: Theme;
  onChange: ThemeChange;
  /** Controlled by the editor, which makes room for the panel beside the canvas while it is open. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations('editor.theme');
  const colors = theme.palette.colors;
  const idPrefix = useId();

  const choosePreset = (preset: PalettePreset) => onChange({ ...theme, palette: { preset, colors: { ...palettePresets[preset] } } });
  const setColor = (name: keyof PaletteColors, value: string) =>
    onChange({ ...theme, palette: { preset: 'custom', colors: { ...colors, [name]: value } } }, `theme-color:${name}`);

  return (
    <Sheet modal={false} open={open} onOpenChange={onOpenChange}>
      <SheetTrigger asChild>
        <Button variant="secondary" title={t('open')} data-testid="open-theme">
          <Palette aria-hidden="true" />
          <span className={toolLabelClass}>{t('open')}</span>
        </Button>
      </SheetTrigger>
      <SheetContent
        closeLabel={t('close')}
        data-testid="theme-panel"
        // The panel never hides the canvas it changes (issue 34): on a computer it sits under the
        // editor's header, beside the canvas (which makes room for it); on smaller screens it is a
        // half-height sheet with the preview above it.
        className="pt-14 lg:top-14 lg:h-[calc(100dvh-3.5rem)] lg:w-[22rem] max-lg:top-auto max-lg:h-[50dvh] max-lg:w-full max-lg:rounded-t-2xl max-lg:border-t max-lg:border-l-0"
        // Not modal: clicks on the canvas must not close the panel while trying colours.
        onInteractOutside={(event) => event.preventDefault()}
      >
        <SheetTitle>{t('title')}</SheetTitle>
        <SheetDescription className="text-sm text-muted">{t('description')}</SheetDescription>

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">{t('presets')}</legend>
          <div className="grid grid-cols-2 gap-2">
            {palettePresetNames.map((preset) => (
              <Button
                key={preset}
                variant="toggle"
                // Swatches above the name: a long name ("Meia-noite") wraps, the swatches keep their size.
                className="h-auto flex-col items-start justify-start gap-1.5 py-2 text-left whitespace-normal"
                aria-pressed={theme.palette.preset === preset}
                data-preset={preset}
                onClick={() => choosePreset(preset)}
              >
                <Swatches colors={palettePresets[preset]} />
                {t('preset', { preset })}
              </Button>
            ))}
          </div>
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">{t('colors')}</legend>
          <div className="grid grid-cols-2 gap-x-3 gap-y-2">
            {COLOR_NAMES.map((name) => (
              <div key={name} className="flex items-center gap-2">
                <input
                  id={`${idPrefix}-${name}`}
                  type="color"
                  value={colors[name]}
                  data-color={name}
                  onChange={(event) => setColor(name, event.target.value)}
                  className="h-11 w-11 shrink-0 cursor-pointer rounded-lg border border-gray-300 bg-white p-1"
                />
                <Label htmlFor={`${idPrefix}-${name}`} className="text-sm">
                  {t('color', { name })}
                </Label>
              </div>
            ))}
          </div>
        </fieldset>

        <section className="space-y-2">
          <h3 className="text-sm font-semibold">{t('contrastTitle')}</h3>
          <ContrastReport colors={colors} />
        </section>

        <Choice
          label={t('fonts')}
          value={theme.fonts}
          options={fontPairingNames}
          optionLabel={(fonts) => t('fontName', { fonts: fonts.replaceAll('-', '_') })}
          onChange={(fonts) => onChange({ ...theme, fonts })}
        />
        <Choice
          label={t('radius')}
          value={theme.radius}
          options={RADII}
          optionLabel={(radius) => t('radiusName', { radius })}
          onChange={(radius) => onChange({ ...theme, radius })}
        />
        <Choice
          label={t('spacing')}
          value={theme.spacing}
          options={SPACINGS}
          optionLabel={(spacing) => t('spacingName', { spacing })}
          onChange={(spacing) => onChange({ ...theme, spacing })}
        />
        <Choice
          label={t('style')}
          value={theme.style}
          options={STYLES}
          optionLabel={(style) => t('styleName', { style })}
          onChange={(style) => onChange({ ...theme, style })}
        />
      </SheetContent>
    </Sheet>
  );
}
