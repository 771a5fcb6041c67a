// Where a Chinese headline may break. A browser breaks Chinese between any two characters, so a large heading can
// end a line in the middle of a word ("一个状" / "态"). The words come from the platform's own dictionary-based
// segmentation (Intl.Segmenter, in Node and every current browser); the heading then breaks only between them.

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The field's own terms, which the dictionary cuts in two (四次 | 挥手, 报 | 文段): each is one word to a reader
 * and stays on one line.
 */
const TERMS = ["三次握手", "四次挥手", "半关闭", "报文段", "序号", "确认号", "状态机", "抓包", "重传"];

/** The text cut into the pieces a line may break between: words where it has Chinese, the text whole otherwise. */
export function phrases(text: string): string[] {
  if (!CJK.test(text) || typeof Intl.Segmenter !== "function") return [text];
  const words = [...new Intl.Segmenter("zh-CN", { granularity: "word" }).segment(text)].map((s) => s.segment);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // The longest run of words from here that spells a term is one piece.
    let joined = words[i] as string;
    let taken = 1;
    for (let n = 2; n <= 4 && i + n <= words.length; n++) {
      const run = words.slice(i, i + n).join("");
      if (TERMS.includes(run)) {
        joined = run;
        taken = n;
      }
    }
    out.push(joined);
    i += taken - 1;
  }
  return out;
}
