"use client";
import { useEffect, useRef } from "react";

/** Elements that take typing: every key is theirs (a radio button is not one; it only takes the arrows). */
const FIELD = "input:not([type=radio]),textarea,select,[contenteditable=true]";
/** Elements that Space and Enter activate: those two keys are theirs. */
const CONTROL = "button,a,summary,[role=button]";
/** A control whose Enter is the page's, not its own (a list's move buttons, where Enter checks the answer). */
const ENTER_IS_THE_PAGES = "[data-enter=page]";

/**
 * A page's keyboard shortcuts, with one rule for what belongs to the focused element, the same in the quiz, the card
 * review and the player: a field keeps every key, a control (a button, a link, a disclosure) keeps Space and Enter
 * (Enter only if it is not marked `data-enter="page"`), and with Alt, Ctrl or Meta held the key is the browser's. `onKey` gets the rest, with the element that has focus,
 * and returns true when it used the key (the browser's default for it is then prevented).
 */
export function useShortcuts(onKey: (key: string, target: Element | null) => boolean): void {
  const latest = useRef(onKey);
  latest.current = onKey;
  useEffect(() => {
    function listener(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(FIELD)) return;
      const ownKey = event.key === " " || (event.key === "Enter" && !target?.closest(ENTER_IS_THE_PAGES));
      if (ownKey && target?.closest(CONTROL)) return;
      if (latest.current(event.key, target)) event.preventDefault();
    }
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}
