import Link from 'next/link';
import { MailX } from 'lucide-react';
import { Alert } from '@/lib/ui/alert';
import { BrandMark } from '@/lib/ui/brand-mark';
import { Button, buttonVariants } from '@/lib/ui/button';

/**
 * The page a mail's "Unsubscribe" link lands on, for every kind of mail that has one. Opening it
 * changes nothing (mail scanners open links); the one button does, posting to the same one-click
 * endpoint mail clients use (`action`), which sends the person back here with `done`.
 */
export function UnsubscribePage(props: {
  title: string;
  state: 'invalid' | 'confirm' | 'done';
  texts: { invalid: string; done: string; confirm: string; explain: string; button: string };
  action: string;
  link: { href: string; label: string };
}) {
  const { texts } = props;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-5 p-6" id="main">
      <p className="flex items-center gap-2 font-bold">
        <BrandMark /> Page Magic
      </p>
      <span className="flex size-14 items-center justify-center rounded-full bg-brand-50 text-brand-700">
        <MailX aria-hidden="true" className="size-7" />
      </span>
      <h1 className="text-2xl font-bold">{props.title}</h1>
      {props.state === 'invalid' ? (
        <Alert variant="warning">{texts.invalid}</Alert>
      ) : props.state === 'done' ? (
        <Alert variant="success" role="status">
          {texts.done}
        </Alert>
      ) : (
        <form method="post" action={props.action} className="space-y-4">
          <p className="text-lg">{texts.confirm}</p>
          <p className="text-muted">{texts.explain}</p>
          <Button type="submit">{texts.button}</Button>
        </form>
      )}
      <Link href={props.link.href} className={buttonVariants({ variant: 'link' })}>
        {props.link.label}
      </Link>
    </main>
  );
}
