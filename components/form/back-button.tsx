'use client';

/**
 * Back, in the page: it returns to the previous question without adding to the browser's history. The second
 * click of a double click (`detail` 2 or more) lands on the next step's Back, in the same place, and would go back
 * two steps: it is ignored. Two separate clicks still go back two steps.
 */
export function BackButton({ label, onBack }: { label: string; onBack: () => void }) {
  return (
    <button
      type="button"
      className="link no-print mb-4 inline-flex sm:mb-6 min-h-6 items-center gap-1"
      onClick={(event) => {
        if (event.detail <= 1) onBack();
      }}
    >
      <span aria-hidden="true">‹</span> {label}
    </button>
  );
}
