'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/lib/ui/tabs';

/**
 * The column beside the canvas on larger screens: the sections outline and the selected
 * section's properties as two tabs, so the canvas keeps its width. `showProperties` changes
 * whenever a section is picked on the canvas or added: the properties tab comes forward then.
 */
export function EditorSidebar({
  outline,
  properties,
  showProperties,
}: {
  outline: React.ReactNode;
  properties: React.ReactNode;
  showProperties: number;
}) {
  const t = useTranslations('editor.sidebar');
  const [tab, setTab] = useState({ value: 'sections', request: showProperties });
  if (tab.request !== showProperties) setTab({ value: 'properties', request: showProperties });
  return (
    <Tabs value={tab.value} onValueChange={(value) => setTab({ value, request: showProperties })}>
      <TabsList aria-label={t('label')} className="w-full">
        <TabsTrigger value="sections" className="flex-1">
          {t('sections')}
        </TabsTrigger>
        <TabsTrigger value="properties" className="flex-1">
          {t('properties')}
        </TabsTrigger>
      </TabsList>
      <TabsContent value="sections">{outline}</TabsContent>
      <TabsContent value="properties">{properties}</TabsContent>
    </Tabs>
  );
}
