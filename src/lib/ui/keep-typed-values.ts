import { startTransition, type FormEvent } from 'react';

/**
 * An `onSubmit` for a `<form action={serverAction}>` run through `useActionState`: React resets a
 * form after its action, so a refused submission (a missing consent tick, a bad email) would come
 * back with everything the person typed cleared. Submitting through the handler instead runs the
 * same action with the same FormData (the clicked button's name and value included) and leaves
 * the fields as typed. Without JavaScript the form still posts to the action natively.
 */
export function keepTypedValues(action: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => action(data));
  };
}
