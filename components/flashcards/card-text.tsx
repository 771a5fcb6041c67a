/**
 * What looks like code in a card's text (a call such as `close()`, a name with dots, slashes or underscores such as
 * `net.ipv4.tcp_tw_reuse` or `SO_LINGER`) set as code, in either language: it reads as what you type, and a
 * Chinese page shows it as code rather than as English.
 */
const CODE = /\b[A-Za-z]\w+(?:[./]\w+|_\w*)+(?:\(\))?|\b[A-Za-z_]\w*\(\)/g;

export function CardText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE)) {
    parts.push(text.slice(last, match.index));
    parts.push(
      <code key={match.index} className="font-mono text-[0.92em]">
        {match[0]}
      </code>,
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
