/** Lighthouse's audit title as text, its `backticked` parts as code (`[alt]`, `<html>`); React escapes both. */
export function AuditTitle({ title }: { title: string }) {
  return (
    <>
      {title.split('`').map((part, index) =>
        index % 2 === 1 ? (
          <code key={index} className="rounded bg-brand-50 px-1 text-[0.9em]">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
