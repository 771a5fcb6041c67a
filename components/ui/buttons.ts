// The two button looks, shared by <button>s and links that act as buttons, so every call to action matches.

export const PRIMARY_BUTTON =
  "inline-block rounded-lg bg-sky-700 px-5 py-2.5 font-semibold text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-sky-700 dark:hover:bg-sky-800";

export const SECONDARY_BUTTON =
  "inline-block rounded-lg border border-slate-300 px-5 py-2.5 font-semibold hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-900";
