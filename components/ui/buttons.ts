// The two button looks, shared by <button>s and links that act as buttons, so every call to action matches.

export const PRIMARY_BUTTON =
  "inline-block rounded-lg bg-sky-700 px-5 py-2.5 font-semibold text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-sky-700 dark:hover:bg-sky-800";

export const SECONDARY_BUTTON =
  "inline-block rounded-lg border border-slate-300 px-5 py-2.5 font-semibold hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-900";

/** For an action that deletes or takes away: the confirming button of a dialog that says what is lost. */
export const DANGER_BUTTON =
  "inline-block rounded-lg bg-rose-700 px-5 py-2.5 font-semibold text-white hover:bg-rose-800 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-rose-700 dark:hover:bg-rose-800";
