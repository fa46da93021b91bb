'use client';

/** A submit button that asks first; for destructive actions such as deleting a story. */
export function ConfirmButton({ question, children, className }: { question: string; children: React.ReactNode; className?: string }) {
  return (
    <button
      type="submit"
      className={className}
      onClick={(e) => {
        if (!window.confirm(question)) e.preventDefault();
      }}
    >
      {children}
    </button>
  );
}
