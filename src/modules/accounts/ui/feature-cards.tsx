'use client';

import { Gauge, Languages, Sparkles } from 'lucide-react';
import { Card, CardDescription, CardTitle } from '@/lib/ui/card';

const ICONS = { sparkles: Sparkles, gauge: Gauge, languages: Languages } as const;

export type Feature = { icon: keyof typeof ICONS; title: string; body: string };

// A client component for a size reason: lucide's icons are client components, so drawn by the
// server each icon's SVG paths travelled in the Server Components payload beside the cards' markup
// (~2.5 KB of the landing page); from here the payload holds only the icons' names and the text.
export function FeatureCards({ features, label }: { features: Feature[]; label: string }) {
  return (
    <section className="mx-auto grid max-w-6xl gap-4 px-4 pb-16 sm:grid-cols-3" aria-label={label}>
      {features.map(({ icon, title, body }) => {
        const Icon = ICONS[icon];
        return (
          <Card key={title} className="space-y-2">
            <Icon aria-hidden="true" className="size-6 text-brand-600" />
            <CardTitle>{title}</CardTitle>
            <CardDescription className="text-base">{body}</CardDescription>
          </Card>
        );
      })}
    </section>
  );
}
