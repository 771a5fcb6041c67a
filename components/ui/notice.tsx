/**
 * The one look for "something needs your attention" in a page: a bad link, a refused action, a missing cookie.
 * `status` is read out politely; `alert` (for what the learner just did going wrong) at once.
 */
export function Notice({
  role = "status",
  className = "mb-4",
  children,
}: {
  role?: "status" | "alert";
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <p
      role={role}
      className={`${className} max-w-3xl rounded-lg bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-100`}
    >
      {children}
    </p>
  );
}
