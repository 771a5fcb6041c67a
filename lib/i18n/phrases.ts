// Where a Chinese headline may break. A browser breaks Chinese between any two characters, so a large heading can
// end a line in the middle of a word ("一个状" / "态"). The words come from the platform's own dictionary-based
// segmentation (Intl.Segmenter, in Node and every current browser); the heading then breaks only between them.

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The text cut into the pieces a line may break between: words where it has Chinese, the text whole otherwise. */
export function phrases(text: string): string[] {
  if (!CJK.test(text) || typeof Intl.Segmenter !== "function") return [text];
  return [...new Intl.Segmenter("zh-CN", { granularity: "word" }).segment(text)].map((s) => s.segment);
}
