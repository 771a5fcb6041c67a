// The deck as a text file Anki's "Import" reads (Anki 2.1.55+ file headers): tab-separated, HTML fields, a
// stable GUID per note so importing again updates the notes instead of duplicating them, and tags.
import type { Flashcard } from "./deck";

const escapeHtml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replace(/[\t\r\n]+/g, " ");

function field(...parts: (string | null)[]): string {
  return parts
    .filter((p): p is string => p !== null && p !== "")
    .map(escapeHtml)
    .join("<br>");
}

/** The notes, each field in `lang` first and the other language under it (as the review page shows a card). */
export function ankiText(cards: readonly Flashcard[], lang: "en" | "zh" = "en"): string {
  const other = lang === "en" ? "zh" : "en";
  const lines = [
    "#separator:tab",
    "#html:true",
    "#notetype:Basic",
    "#guid column:1",
    "#tags column:4",
    "#columns:GUID\tFront\tBack\tTags",
  ];
  for (const c of cards) {
    const front = field(c.front[lang], c.front[other]);
    const back = field(
      c.back[lang],
      c.back[other] !== c.back[lang] ? c.back[other] : null,
      "",
      c.detail[lang],
      c.detail[other],
      c.rfc,
    );
    const tags = ["synack", `synack::${c.topic}`, `synack::${c.kind}`].join(" ");
    lines.push([`synack-${c.id.replace(/\s+/g, "_")}`, front, back, tags].join("\t"));
  }
  return `${lines.join("\n")}\n`;
}
