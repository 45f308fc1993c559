'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { ArrowDown, ArrowUp, Check, ImageIcon, Plus, X } from 'lucide-react';
import { Button } from '@/lib/ui/button';
import { Checkbox } from '@/lib/ui/checkbox';
import { FormField } from '@/lib/ui/form-field';
import { Input } from '@/lib/ui/input';
import { Label } from '@/lib/ui/label';
import { NativeSelect } from '@/lib/ui/native-select';
import { Textarea } from '@/lib/ui/textarea';
import type { EditOperation } from '../edit-operation';
import type { FormContext, Path } from './form-context';
import { getAt } from '../json-path';
import { markRealOp } from '../clear-sample-on-edit';
import { addTextOp, newLinkOp } from '../new-content';
import { addListTextOp, moveListTextOp, removeTextOp } from '../text-ops';
import { checkValue, fieldName, type FieldSpec } from '../section-fields';
import { ListField } from './list-field';

/** "Mon–Fri" etc.: option values are identifiers; shown with spaces and a capital. */
export function humanize(value: string): string {
  // "question1" reads "Question 1" in a form's field choice.
  const words = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function useFieldLabel() {
  const t = useTranslations('editor.properties');
  return (spec: { name: string }, position?: number) => {
    const name = t('field', { name: fieldName(spec.name) });
    return position === undefined ? name : `${name} ${position}`;
  };
}

/** A text of the site in the language being edited: typing is one undo step until the field is left. */
export function TextField({ ctx, path, label, isLong }: { ctx: FormContext; path: Path; label: string; isLong: boolean }) {
  const run = useRef(0);
  const key = getAt(ctx.section, path);
  if (typeof key !== 'string') return null;
  const text = ctx.document.i18n.strings[ctx.locale]?.[key] ?? '';
  const onChange = (value: string) => ctx.apply({ op: 'set-text', locale: ctx.locale, key, value }, `prop:${key}:${run.current}`);
  return (
    <FormField label={label}>
      {(control) =>
        isLong ? (
          <Textarea
            {...control}
            value={text}
            maxLength={5000}
            rows={3}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => run.current++}
          />
        ) : (
          <Input
            {...control}
            value={text}
            maxLength={5000}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => run.current++}
          />
        )
      }
    </FormField>
  );
}

/**
 * A plain value (number, phone, URL…): kept as typed while it is not valid (with the reason
 * shown), applied as soon as it is. Emptying an optional one removes it.
 */
export function ValueField({ ctx, path, spec, label }: { ctx: FormContext; path: Path; spec: FieldSpec; label: string }) {
  const t = useTranslations('editor.properties');
  const current = getAt(ctx.section, path);
  const shown = current === undefined ? '' : String(current);
  const [draft, setDraft] = useState({ base: shown, text: shown, error: null as string | null });
  if (draft.base !== shown) setDraft({ base: shown, text: shown, error: null });
  const run = useRef(0);

  const onChange = (text: string) => {
    const value = text.trim() === '' ? undefined : spec.kind === 'number' ? Number(text) : text;
    const problem = checkValue(spec, value);
    const error =
      problem === null
        ? null
        : value === undefined
          ? t('required')
          : spec.kind === 'link'
            ? t('invalidHref')
            : spec.kind === 'number'
              ? t('invalidNumber', { min: spec.min ?? 0, max: spec.max ?? 9999 })
              : t('invalidValue');
    setDraft({ base: shown, text, error });
    if (error) return;
    const op: EditOperation =
      value === undefined
        ? { op: 'set-field', page: ctx.pageSlug, sectionId: ctx.sectionId, path }
        : { op: 'set-field', page: ctx.pageSlug, sectionId: ctx.sectionId, path, value };
    ctx.apply(op, `prop:${ctx.sectionId}:${path.join('.')}:${run.current}`);
  };

  return (
    <FormField label={label} error={draft.error}>
      {(control) => (
        <Input
          {...control}
          value={draft.text}
          inputMode={spec.kind === 'number' ? 'numeric' : spec.kind === 'link' ? 'url' : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => run.current++}
        />
      )}
    </FormField>
  );
}

const hrefSpec: FieldSpec = { name: 'href', kind: 'link', isOptional: false };

/** A button or link: its label (a text) and its target (validated: http(s), mailto, tel, #, /). */
export function LinkFields({ ctx, path, label }: { ctx: FormContext; path: Path; label: string }) {
  const t = useTranslations('editor.properties');
  return (
    <div className="space-y-2">
      <TextField ctx={ctx} path={[...path, 'labelKey']} label={t('linkLabel', { name: label })} isLong={false} />
      <ValueField ctx={ctx} path={[...path, 'href']} spec={hrefSpec} label={t('linkTarget', { name: label })} />
      <p className="text-sm text-muted">{t('linkHint')}</p>
    </div>
  );
}

function Group({ legend, children, action }: { legend: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-3 rounded-xl border border-gray-200 p-3">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {children}
      {action}
    </fieldset>
  );
}

/**
 * A list of texts (a plan's features): each entry edited in place, moved up or down, removed,
 * and new ones added at the end — within the list's bounds from the schema.
 */
function TextList({
  ctx,
  spec,
  path,
  count,
}: {
  ctx: FormContext;
  spec: Extract<FieldSpec, { kind: 'texts' }>;
  path: Path;
  count: number;
}) {
  const t = useTranslations('editor.properties');
  const labelOf = useFieldLabel();
  const label = labelOf(spec);
  const applyIf = (op: EditOperation | null) => {
    if (op) ctx.apply(op);
  };
  const move = (from: number, to: number) => applyIf(moveListTextOp(ctx.document, ctx.pageSlug, ctx.sectionId, path, from, to));
  return (
    <Group
      legend={label}
      action={
        count < spec.max ? (
          <Button
            variant="secondary"
            size="compact"
            onClick={() => applyIf(addListTextOp(ctx.document, ctx.pageSlug, ctx.sectionId, path, count))}
          >
            <Plus aria-hidden="true" />
            {t('addItem', { name: label })}
          </Button>
        ) : null
      }
    >
      <ol className="space-y-3">
        {Array.from({ length: count }, (_, index) => {
          const name = labelOf(spec, index + 1);
          return (
            <li key={index} className="space-y-1">
              <TextField ctx={ctx} path={[...path, index]} label={name} isLong={false} />
              <div className="flex flex-wrap gap-1">
                <Button
                  variant="ghost"
                  size="compact"
                  aria-label={t('moveUp', { name })}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  <ArrowUp aria-hidden="true" />
                </Button>
                <Button
                  variant="ghost"
                  size="compact"
                  aria-label={t('moveDown', { name })}
                  disabled={index === count - 1}
                  onClick={() => move(index, index + 1)}
                >
                  <ArrowDown aria-hidden="true" />
                </Button>
                {count > spec.min ? (
                  <Button
                    variant="ghost"
                    size="compact"
                    aria-label={t('removeItem', { name })}
                    onClick={() => applyIf(removeTextOp(ctx.document, ctx.pageSlug, ctx.sectionId, [...path, index]))}
                  >
                    <X aria-hidden="true" />
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </Group>
  );
}

function FieldControl({ ctx, spec, path }: { ctx: FormContext; spec: FieldSpec; path: Path }) {
  const t = useTranslations('editor.properties');
  const labelOf = useFieldLabel();
  const label = labelOf(spec);
  const value = getAt(ctx.section, path);
  const setField = (next: unknown) =>
    ctx.apply(
      next === undefined
        ? { op: 'set-field', page: ctx.pageSlug, sectionId: ctx.sectionId, path }
        : { op: 'set-field', page: ctx.pageSlug, sectionId: ctx.sectionId, path, value: next },
    );

  const applyIf = (op: EditOperation | null) => {
    if (op) ctx.apply(op);
  };

  switch (spec.kind) {
    case 'text':
      if (value === undefined) {
        return (
          <Button
            variant="ghost"
            onClick={() => {
              const op = addTextOp(ctx.document, ctx.pageSlug, ctx.sectionId, path);
              if (op) ctx.apply(op);
            }}
            className="justify-start"
          >
            <Plus aria-hidden="true" />
            {t('add', { name: label })}
          </Button>
        );
      }
      return spec.isOptional ? (
        <div className="space-y-1">
          <TextField ctx={ctx} path={path} label={label} isLong={spec.isLong} />
          <Button variant="ghost" size="compact" onClick={() => applyIf(removeTextOp(ctx.document, ctx.pageSlug, ctx.sectionId, path))}>
            <X aria-hidden="true" />
            {t('remove', { name: label })}
          </Button>
        </div>
      ) : (
        <TextField ctx={ctx} path={path} label={label} isLong={spec.isLong} />
      );
    case 'texts':
      return Array.isArray(value) ? <TextList ctx={ctx} spec={spec} path={path} count={value.length} /> : null;
    case 'link':
      if (value === undefined) {
        return (
          <Button
            variant="secondary"
            onClick={() => ctx.apply(newLinkOp(ctx.document, ctx.pageSlug, ctx.sectionId, path))}
            className="w-full justify-start"
          >
            <Plus aria-hidden="true" />
            {t('add', { name: label })}
          </Button>
        );
      }
      return (
        <Group
          legend={label}
          action={
            spec.isOptional ? (
              <Button variant="ghost" onClick={() => setField(undefined)}>
                <X aria-hidden="true" />
                {t('remove', { name: label })}
              </Button>
            ) : null
          }
        >
          <LinkFields ctx={ctx} path={path} label={label} />
        </Group>
      );
    case 'image':
      return (
        <Group legend={label}>
          {value !== undefined ? <TextField ctx={ctx} path={[...path, 'altKey']} label={t('alt')} isLong={false} /> : null}
          <Button variant="secondary" onClick={() => ctx.pickImage(path, label)} className="w-full justify-start">
            <ImageIcon aria-hidden="true" />
            {value === undefined ? t('addPhoto') : t('changePhoto')}
          </Button>
          {value !== undefined && spec.isOptional ? (
            <Button variant="ghost" onClick={() => setField(undefined)}>
              <X aria-hidden="true" />
              {t('remove', { name: label })}
            </Button>
          ) : null}
        </Group>
      );
    case 'choice':
      return (
        <FormField label={label}>
          {(control) => (
            <NativeSelect
              {...control}
              value={typeof value === 'string' ? value : ''}
              onChange={(event) => setField(event.target.value || undefined)}
            >
              {spec.isOptional ? <option value="">{t('none')}</option> : null}
              {spec.options.map((option) => (
                <option key={option} value={option}>
                  {humanize(option)}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      );
    case 'boolean': {
      // The sample flag is not a setting to tick: content stops being a sample when the person
      // writes over it (clear-sample-on-edit.ts), or says it is right as it stands.
      if (spec.name === 'isSample') {
        return value === true ? (
          <div className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="sample-notice">
            <p>{t('sampleNotice')}</p>
            <Button
              variant="secondary"
              size="compact"
              onClick={() => ctx.apply(markRealOp(ctx.pageSlug, ctx.sectionId, path.slice(0, -1)))}
            >
              <Check aria-hidden="true" />
              {t('markReal')}
            </Button>
          </div>
        ) : null;
      }
      const id = `${ctx.sectionId}-${path.join('-')}`;
      return (
        <div className="flex min-h-11 items-center gap-3">
          <Checkbox
            id={id}
            checked={value === true}
            onCheckedChange={(checked) => setField(checked === true ? true : spec.isOptional ? undefined : false)}
          />
          <Label htmlFor={id}>{label}</Label>
        </div>
      );
    }
    case 'number':
    case 'value':
      return <ValueField ctx={ctx} path={path} spec={spec} label={label} />;
    case 'list':
      return Array.isArray(value) ? (
        <ListField
          ctx={ctx}
          spec={spec}
          path={path}
          label={label}
          renderItem={(itemPath) => <FieldList ctx={ctx} specs={spec.item} path={itemPath} />}
        />
      ) : null;
    case 'group':
      return value === undefined ? null : (
        <Group legend={label}>
          <FieldList ctx={ctx} specs={spec.fields} path={path} />
        </Group>
      );
  }
}

/** The controls of an object (a section or a list item), in schema order. */
export function FieldList({ ctx, specs, path }: { ctx: FormContext; specs: FieldSpec[]; path: Path }) {
  return (
    <div className="space-y-3">
      {specs.map((spec) => (
        <FieldControl key={spec.name} ctx={ctx} spec={spec} path={[...path, spec.name]} />
      ))}
    </div>
  );
}
