'use client';

import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/lib/ui/card';
import { Checkbox } from '@/lib/ui/checkbox';
import { Label } from '@/lib/ui/label';
import { toast } from '@/lib/ui/toaster';
import { setSiteLeadsToCrmAction } from '../actions';

/**
 * Where this site's form leads go: always the owner's notifications and webhook endpoints; the
 * agency's CRM when the owner ticks it. Shown to the owner only when a CRM is configured (without
 * one the choice would do nothing).
 */
export function LeadDestinations({ projectId, leadsToCrm }: { projectId: string; leadsToCrm: boolean }) {
  const t = useTranslations('leadDestinations');
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <Card data-testid="lead-destinations">
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        <CardDescription>{t('always')}</CardDescription>
        <div className="flex items-center gap-2">
          <Checkbox
            id={`leads-to-crm-${projectId}`}
            checked={leadsToCrm}
            disabled={isPending}
            onCheckedChange={(checked) =>
              startTransition(async () => {
                const result = await setSiteLeadsToCrmAction({ projectId, leadsToCrm: checked === true });
                if (!result.ok) {
                  toast.error(result.error.message);
                  return;
                }
                toast.success(t('saved'));
                router.refresh();
              })
            }
          />
          <Label htmlFor={`leads-to-crm-${projectId}`}>{t('crm')}</Label>
        </div>
      </CardContent>
    </Card>
  );
}
