'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { ArrowDown, ArrowUp, ChevronDown, ChevronRight, GripVertical, Plus, Trash2 } from 'lucide-react';
import { findKeysIn } from '@/modules/document/find-keys-in';
import { cn } from '@/lib/ui/cn';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { getAt } from '../json-path';
import { newListItemOp } from '../new-content';
import type { FieldSpec } from '../section-fields';
import type { FormContext, Path } from './form-context';

type ListSpec = Extract<FieldSpec, { kind: 'list' }>;

/** A stable id for an item across moves: its first text key (unique in the document). */
function itemId(item: unknown, index: number): string {
  return findKeysIn(item)[0] ?? `item-${index}`;
}

function ListItemRow({
  ctx,
  spec,
  path,
  index,
  count,
  id,
  title,
  isSample,
  isOpen,
  onToggle,
  children,
}: {
  ctx: FormContext;
  spec: ListSpec;
  path: Path;
  index: number;
  count: number;
  id: string;
  title: string;
  /** Example content we made up: marked so the person sees what still blocks publishing. */
  isSample: boolean;
  isOpen: boolean;
  onToggle: () => void;
  children: React.ReactNode;
}) {
  const t = useTranslations('editor.properties');
  const panelId = useId();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const move = (to: number) => ctx.apply({ op: 'move-item', page: ctx.pageSlug, sectionId: ctx.sectionId, path, from: index, to });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: transform ? `translate3d(0, ${transform.y}px, 0)` : undefined, transition }}
      data-testid="list-item"
      className={cn('rounded-xl border border-gray-200 bg-white', isDragging && 'relative z-10 shadow-lg')}
    >
      <div className="flex items-center gap-0.5 p-1">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="flex size-11 shrink-0 cursor-grab touch-none items-center justify-center rounded-lg text-muted hover:bg-gray-100"
          aria-label={t('dragItem', { name: title })}
          {...attributes}
          {...listeners}
        >
          <GripVertical aria-hidden="true" className="size-5" />
        </button>
        <button
          type="button"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={onToggle}
          className="flex min-h-11 min-w-0 flex-1 items-center gap-1 rounded-lg px-1 text-left text-sm font-medium hover:bg-gray-50"
        >
          {isOpen ? (
            <ChevronDown aria-hidden="true" className="size-4 shrink-0" />
          ) : (
            <ChevronRight aria-hidden="true" className="size-4 shrink-0" />
          )}
          <span className="truncate">{title}</span>
          {isSample ? (
            <Badge variant="warning" className="ml-1 shrink-0">
              {t('sample')}
            </Badge>
          ) : null}
          <span className="sr-only">{t('position', { position: index + 1, count })}</span>
        </button>
        <Button
          variant="ghost"
          size="icon"
          aria-label={t('moveUp', { name: title })}
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          <ArrowUp aria-hidden="true" />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          aria-label={t('moveDown', { name: title })}
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
        >
          <ArrowDown aria-hidden="true" />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          aria-label={t('removeItem', { name: title })}
          disabled={count <= spec.min}
          onClick={() =>
            ctx.apply({
              op: 'remove-item',
              page: ctx.pageSlug,
              sectionId: ctx.sectionId,
              path,
              index,
              dropStrings: findKeysIn(getAt(ctx.section, [...path, index])),
            })
          }
        >
          <Trash2 aria-hidden="true" />
        </Button>
      </div>
      {isOpen ? (
        <div id={panelId} className="border-t border-gray-200 p-3">
          {children}
        </div>
      ) : null}
    </li>
  );
}

/**
 * The items of a list field (menu items, team members, FAQ entries, photos…): add at the end,
 * remove, reorder by dragging the handle (pointer, touch, or keyboard: Space, arrows, Space) or
 * with the up/down buttons; each item opens to its own fields.
 */
export function ListField({
  ctx,
  spec,
  path,
  label,
  renderItem,
}: {
  ctx: FormContext;
  spec: ListSpec;
  path: Path;
  label: string;
  /** The fields of the item at `itemPath` (the form renders them; this file only lists). */
  renderItem: (itemPath: Path) => React.ReactNode;
}) {
  const t = useTranslations('editor.properties');
  const headingId = useId();
  const items = getAt(ctx.section, path) as unknown[];
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(new Set());
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map(itemId);
  const strings = ctx.document.i18n.strings[ctx.locale] ?? {};
  const titleOf = (item: unknown, index: number) => {
    const text = findKeysIn(item)
      .map((key) => strings[key]?.trim())
      .find(Boolean);
    return text ? text.slice(0, 60) : t('item', { position: index + 1 });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from >= 0 && to >= 0) ctx.apply({ op: 'move-item', page: ctx.pageSlug, sectionId: ctx.sectionId, path, from, to });
  };
  const add = () => {
    const op = newListItemOp(ctx.document, ctx.pageSlug, ctx.sectionId, path);
    if (!op || op.op !== 'insert-item') return;
    const id = itemId(op.item, items.length);
    setOpenIds((open) => new Set(open).add(id));
    ctx.apply(op);
  };
  const toggle = (id: string) =>
    setOpenIds((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid="list-field" data-field={String(path.at(-1))}>
      <h3 id={headingId} className="text-sm font-semibold">
        {label}
      </h3>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ screenReaderInstructions: { draggable: t('dragInstructions') } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="space-y-1">
            {items.map((item, index) => (
              <ListItemRow
                key={ids[index]}
                ctx={ctx}
                spec={spec}
                path={path}
                index={index}
                count={items.length}
                id={ids[index]!}
                title={titleOf(item, index)}
                isSample={(item as { isSample?: unknown } | null)?.isSample === true}
                isOpen={openIds.has(ids[index]!)}
                onToggle={() => toggle(ids[index]!)}
              >
                {openIds.has(ids[index]!) ? renderItem([...path, index]) : null}
              </ListItemRow>
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <Button variant="secondary" onClick={add} disabled={items.length >= spec.max || items.length === 0} className="w-full">
        <Plus aria-hidden="true" />
        {t('addItem', { name: label })}
      </Button>
    </section>
  );
}
