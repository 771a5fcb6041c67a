import { Fragment } from "react";
import { phrases } from "@/lib/i18n/phrases";

/**
 * A heading's text that breaks between words only, in Chinese too: `keep-all` stops the break between any two
 * characters, and a <wbr> between words gives the breaks back where they belong.
 */
export function Headline({ text }: { text: string }) {
  const parts = phrases(text);
  if (parts.length === 1) return <>{text}</>;
  return (
    <span className="[word-break:keep-all]" data-phrases={parts.length}>
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed text, in order
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {p}
        </Fragment>
      ))}
    </span>
  );
}
