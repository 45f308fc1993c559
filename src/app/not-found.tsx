import { getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/lib/ui/not-found-view';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return <NotFoundView title={t('title')} body={t('body')} home={t('home')} />;
}
