"use client";
import { useState } from "react";
import { SECONDARY_BUTTON } from "./buttons";

/**
 * Copies `text` to the clipboard and says so (politely, for screen readers too). The Clipboard API exists only on
 * secure pages, and a classroom server on plain http://192.168.1.5 is not one: there the text is copied the old way,
 * through a selected off-screen field; if that fails too, the button says to copy it by hand.
 */
export function CopyButton({
  text,
  label,
  copied,
  failed,
}: {
  text: string;
  label: string;
  copied: string;
  failed: string;
}) {
  const [said, setSaid] = useState<string | null>(null);
  async function copy() {
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        ok = true;
      }
    } catch {
      ok = false;
    }
    if (!ok) ok = copyBySelection(text);
    setSaid(ok ? copied : failed);
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={SECONDARY_BUTTON} onClick={copy}>
        {label}
      </button>
      <span aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
        {said}
      </span>
    </span>
  );
}

function copyBySelection(text: string): boolean {
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.append(field);
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
