import { getTranslations } from 'next-intl/server';
import { Mail, Phone } from 'lucide-react';
import { questionFieldNames, type LeadPurpose } from '@/modules/document/lead-forms';
import { Badge } from '@/lib/ui/badge';
import { Card } from '@/lib/ui/card';
import type { LeadDetailField, LeadDetails } from '../schema';

export type LeadCardLead = {
  id: string;
  createdAt: Date;
  projectName: string;
  locale: string | null;
  kind: LeadPurpose;
  name: string | null;
  email: string | null;
  phone: string | null;
  message: string | null;
  details: LeadDetails;
  confirmedAt: Date | null;
  consentedAt: Date | null;
  consentText: string | null;
};

// Keyed by every purpose and standard detail field of document/lead-forms.ts: one added there is
// a type error here until the dashboard can name it. Question fields carry their own label.
const PURPOSE_LABEL = {
  contact: 'purposeContact',
  booking: 'purposeBooking',
  quote: 'purposeQuote',
  newsletter: 'purposeNewsletter',
} as const satisfies Record<LeadPurpose, string>;
const DETAIL_LABEL = {
  date: 'fieldDate',
  time: 'fieldTime',
  service: 'fieldService',
  address: 'fieldAddress',
} as const satisfies Record<LeadDetailField, string>;

/** One lead on the Leads page: what it is for, who sent it, and every field they filled in. */
export async function LeadCard({ lead }: { lead: LeadCardLead }) {
  const t = await getTranslations('leads');
  // The standard details under the dashboard's own words, then each of the person's own questions
  // under the label the visitor saw (stored with the answer): "Tipo de vidro: temperado".
  const details = [
    ...(Object.keys(DETAIL_LABEL) as LeadDetailField[]).flatMap((name) => {
      const value = lead.details[name];
      return value ? [{ name, label: t(DETAIL_LABEL[name]), value }] : [];
    }),
    ...questionFieldNames.flatMap((name) => {
      const entry = lead.details[name];
      return entry?.answer ? [{ name, label: entry.label, value: entry.answer }] : [];
    }),
  ];
  return (
    <Card className="space-y-2" data-purpose={lead.kind}>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
        <time dateTime={lead.createdAt.toISOString()}>{t('receivedAt', { date: lead.createdAt })}</time>
        <span aria-hidden="true">·</span>
        <span>{t('from', { site: lead.projectName })}</span>
        {lead.locale ? <Badge lang={lead.locale}>{lead.locale}</Badge> : null}
        {lead.kind === 'newsletter' ? (
          <Badge variant={lead.confirmedAt ? 'success' : 'neutral'} className="whitespace-normal">
            {lead.confirmedAt ? t('newsletterConfirmed') : t('newsletterPending')}
          </Badge>
        ) : (
          <Badge variant={lead.kind === 'contact' ? 'neutral' : 'brand'}>{t(PURPOSE_LABEL[lead.kind])}</Badge>
        )}
      </p>
      <p className="font-semibold break-words">{lead.name ?? t('noName')}</p>
      {lead.email || lead.phone ? (
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {lead.email ? (
            <a className="inline-flex min-h-11 items-center gap-1 break-all text-brand-700 underline" href={`mailto:${lead.email}`}>
              <Mail aria-hidden="true" className="size-4 shrink-0" />
              {lead.email}
            </a>
          ) : null}
          {lead.phone ? (
            <a className="inline-flex min-h-11 items-center gap-1 break-all text-brand-700 underline" href={`tel:${lead.phone}`}>
              <Phone aria-hidden="true" className="size-4 shrink-0" />
              {lead.phone}
            </a>
          ) : null}
        </p>
      ) : null}
      {details.length > 0 ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {details.map(({ name, label, value }) => (
            <div key={name} className="contents" data-field={name}>
              <dt className="font-medium text-muted break-words">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {lead.message ? <p className="break-words whitespace-pre-wrap">{lead.message}</p> : null}
      {lead.consentedAt && lead.consentText ? (
        <p className="text-sm text-muted">{t('consentedAt', { date: lead.consentedAt, text: lead.consentText })}</p>
      ) : null}
    </Card>
  );
}
