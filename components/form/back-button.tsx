'use client';

/** Back, in the page: it returns to the previous question without adding to the browser's history. */
export function BackButton({ label, onBack }: { label: string; onBack: () => void }) {
  return (
    <button type="button" className="link no-print mb-6 inline-flex min-h-6 items-center gap-1" onClick={onBack}>
      <span aria-hidden="true">‹</span> {label}
    </button>
  );
}
