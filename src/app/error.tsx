'use client';

// Shown for unexpected errors in a route segment. No details are shown: the
// error was reported on the server; `digest` lets support find it.
export default function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const pt = typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('pt');
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center" role="alert">
      <h1 className="text-2xl font-bold">{pt ? 'Algo deu errado' : 'Something went wrong'}</h1>
      <p className="text-muted">
        {pt ? 'Aconteceu um erro inesperado. Ele foi registrado.' : 'An unexpected error happened. It has been reported.'}
        {error.digest ? ` (ref ${error.digest})` : ''}
      </p>
      <button type="button" className="btn-primary" onClick={reset}>{pt ? 'Tentar de novo' : 'Try again'}</button>
    </main>
  );
}
