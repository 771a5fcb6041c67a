"use client";
import { useSyncExternalStore } from "react";

const nothing = () => () => {};

/** False in the server's HTML, true once React runs in the browser: keys and clicks work from then on. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    nothing,
    () => true,
    () => false,
  );
}
