'use client';

import { useId } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { ArrowDown, ArrowUp, Copy, Eye, EyeOff, GripVertical, MoreVertical, Trash2 } from 'lucide-react';
import type { Locale } from '@/lib/i18n/translate';
import { cn } from '@/lib/ui/cn';
import { Badge } from '@/lib/ui/badge';
import { Button } from '@/lib/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '@/lib/ui/dropdown-menu';
import { nameSections } from '@/modules/generate/ui/section-names';

export type OutlineSection = { id: string; type: string; hidden: boolean };

export type OutlineActions = {
  onSelect: (id: string) => void;
  /** `toId`: the section whose place it takes. */
  onMove: (id: string, toId: string) => void;
  onDuplicate: (id: string) => void;
  onToggleHidden: (id: string) => void;
  /** Asks first (the editor shows the confirmation). */
  onDelete: (id: string) => void;
};

function OutlineRow({
  section,
  name,
  index,
  count,
  isSelected,
  previousId,
  nextId,
  actions,
}: {
  section: OutlineSection;
  name: string;
  index: number;
  count: number;
  isSelected: boolean;
  previousId: string | null;
  nextId: string | null;
  actions: OutlineActions;
}) {
  const t = useTranslations('editor.outline');
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: section.id });
  return (
    <li
      ref={setNodeRef}
      // Only the vertical offset: rows keep their width while dragged.
      style={{ transform: transform ? `translate3d(0, ${transform.y}px, 0)` : undefined, transition }}
      data-testid="outline-row"
      data-section-id={section.id}
      // The section selected on the canvas or here, for assistive technology too (not only the ring).
      aria-current={isSelected ? 'true' : undefined}
      className={cn(
        'flex items-center gap-1 rounded-xl border bg-white p-1',
        isSelected ? 'border-brand-500 ring-2 ring-brand-200' : 'border-gray-200',
        isDragging && 'relative z-10 shadow-lg',
      )}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="flex size-11 shrink-0 cursor-grab touch-none items-center justify-center rounded-lg text-muted hover:bg-gray-100"
        aria-label={t('drag', { name })}
        {...attributes}
        {...listeners}
      >
        <GripVertical aria-hidden="true" className="size-5" />
      </button>
      <button
        type="button"
        className="min-h-11 min-w-0 flex-1 rounded-lg px-2 text-left text-sm font-medium break-words hover:bg-gray-50"
        aria-current={isSelected ? 'true' : undefined}
        onClick={() => actions.onSelect(section.id)}
      >
        {name}
        {section.hidden ? (
          <Badge className="ml-2" variant="neutral">
            {t('hiddenBadge')}
          </Badge>
        ) : null}
        <span className="sr-only">{t('position', { position: index + 1, count })}</span>
      </button>
      <Button
        variant="ghost"
        size="icon"
        aria-label={t('moveUp', { name })}
        disabled={!previousId}
        onClick={() => previousId && actions.onMove(section.id, previousId)}
      >
        <ArrowUp aria-hidden="true" />
      </Button>
      <Button
        variant="ghost"
        size="icon"
        aria-label={t('moveDown', { name })}
        disabled={!nextId}
        onClick={() => nextId && actions.onMove(section.id, nextId)}
      >
        <ArrowDown aria-hidden="true" />
      </Button>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={t('more', { name })}>
            <MoreVertical aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => actions.onDuplicate(section.id)}>
            <Copy aria-hidden="true" />
            {t('duplicate')}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => actions.onToggleHidden(section.id)}>
            {section.hidden ? <Eye aria-hidden="true" /> : <EyeOff aria-hidden="true" />}
            {section.hidden ? t('show') : t('hide')}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => actions.onDelete(section.id)} className="text-red-700">
            <Trash2 aria-hidden="true" />
            {t('delete')}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </li>
  );
}

/**
 * The page's sections in order. Reordering by drag (pointer or touch, on the handle) or by
 * keyboard: the handle is a dnd-kit keyboard sensor (Space, arrows, Space), and the up/down
 * buttons do the same in one press, without a drag, for switch and screen-reader users.
 */
export function SectionOutline({
  sections,
  selectedId,
  actions,
}: {
  sections: OutlineSection[];
  selectedId: string | null;
  actions: OutlineActions;
}) {
  const t = useTranslations('editor.outline');
  const locale = useLocale() as Locale;
  const headingId = useId();
  const names = nameSections(sections, locale);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) actions.onMove(String(active.id), String(over.id));
  };
  return (
    <nav aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-base font-semibold">
        {t('title')}
      </h2>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: t('dragInstructions') },
        }}
      >
        <SortableContext items={sections.map((section) => section.id)} strategy={verticalListSortingStrategy}>
          <ol className="space-y-1" data-testid="outline">
            {sections.map((section, index) => (
              <OutlineRow
                key={section.id}
                section={section}
                name={names[index]!.name}
                index={index}
                count={sections.length}
                isSelected={section.id === selectedId}
                previousId={sections[index - 1]?.id ?? null}
                nextId={sections[index + 1]?.id ?? null}
                actions={actions}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </nav>
  );
}
