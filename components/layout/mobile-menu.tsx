"use client";

import { useRef } from "react";

/**
 * The phone-width menu: a native <details> disclosure (keyboard and screen-reader friendly without
 * scripts) that closes itself when a link in it is followed or on Escape, since the layout stays mounted.
 */
export function MobileMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);

  return (
    <details
      ref={ref}
      className="group relative xl:hidden"
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest("a") && ref.current) ref.current.open = false;
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape" && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium dark:border-slate-700 [&::-webkit-details-marker]:hidden">
        {label}
        <svg viewBox="0 0 16 16" aria-hidden="true" className="h-4 w-4 transition-transform group-open:rotate-180">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-60 rounded-lg border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {children}
      </div>
    </details>
  );
}
