/** An honest empty state for a section that has nothing to show yet. */
export function EmptyState({ title, body, icon }: { title: string; body: string; icon: string }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="rounded-2xl border-2 border-dashed border-gray-300 bg-white p-10 text-center">
        <div aria-hidden="true" className="mb-3 text-4xl">{icon}</div>
        <p className="mx-auto max-w-md text-muted">{body}</p>
      </div>
    </div>
  );
}
