import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { practiceSpec, quizQuestions } from "./attempt";
import { moodleXml, qtiPackage, xmlSafe } from "./export-xml";

const questions = quizQuestions(
  practiceSpec({ seed: 11, count: 40, level: null, focus: "everything", lang: "en", only: null }),
);
const formats = new Set(questions.map((q) => q.format));

// Elements that may repeat are always read as lists, so a quiz of one question reads like one of forty.
const LISTS = new Set(["question", "answer", "subquestion", "item", "response_label", "response_lid", "respcondition"]);
const LISTS_MULTI = new Set(["varequal", "qtimetadatafield"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => LISTS.has(name) || LISTS_MULTI.has(name),
});

type El = Record<string, unknown> & { text?: string; "#text"?: string };
const list = (value: unknown) => (value ?? []) as El[];
/** The element at `path` below `node`, or an empty one where there is none. */
const at = (node: unknown, ...path: string[]): El =>
  path.reduce<El>((n, key) => (n[key] ?? {}) as El, (node ?? {}) as El);
/** What a platform shows for an HTML field: its text with the entities read. */
const shown = (html: unknown) =>
  String(html)
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");

function parsed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  // Nothing XML 1.0 forbids, whatever the title held.
  expect(xmlSafe(xml)).toBe(xml);
  return parser.parse(xml) as El;
}

describe("Moodle XML", () => {
  it("has every question in its Moodle type, the right answers marked and the explanation as feedback", () => {
    expect(formats).toEqual(new Set(["choice", "state-name", "order"]));
    const quiz = parsed(moodleXml("Week 3", questions)).quiz as El;
    const read = list(quiz.question);
    expect(read).toHaveLength(questions.length);
    for (const [i, q] of questions.entries()) {
      const x = read[i] as El;
      expect((x.name as El).text).toBe(`Week 3 ${i + 1}`);
      expect(shown((x.questiontext as El).text)).toBe(q.prompt);
      expect(shown((x.generalfeedback as El).text)).toContain(q.explanation);
      const answers = list(x.answer);
      if (q.format === "choice") {
        expect(x["@type"]).toBe("multichoice");
        expect(answers.map((a) => shown(a.text))).toEqual(q.choices);
        expect(answers.filter((a) => a["@fraction"] === "100").map((a) => shown(a.text))).toEqual([q.answer]);
      } else if (q.format === "state-name") {
        expect(x["@type"]).toBe("shortanswer");
        expect(answers.map((a) => a.text)).toContain(q.answer);
        expect(answers.every((a) => a["@fraction"] === "100")).toBe(true);
      } else {
        expect(x["@type"]).toBe("matching");
        const pairs = list(x.subquestion).map((s) => [shown(s.text), list(s.answer)[0]?.text]);
        expect(pairs).toEqual((q.answer as string[]).map((item, n) => [item, String(n + 1)]));
      }
    }
  });

  it("keeps a hostile title to its own field, as text", () => {
    const title = 'Quiz\n</text></name><question type="essay">\u0000<script>alert(1)</script>\u202E';
    const xml = moodleXml(title, questions.slice(0, 3));
    const read = list((parsed(xml).quiz as El).question);
    expect(read).toHaveLength(3);
    expect(read.map((x) => x["@type"])).not.toContain("essay");
    expect(at(read[0], "name").text).toBe(
      'Quiz </text></name><question type="essay"> <script>alert(1)</script>\u202E 1',
    );
    expect(xml).not.toContain("<script>");
  });
});

describe("QTI 1.2 for Canvas", () => {
  const pack = qtiPackage("Week 3 <b>&", questions, "ckw3abc");
  const manifest = parsed(pack.files["imsmanifest.xml"] ?? "").manifest as El;
  const resource = ((manifest.resources as El).resource ?? {}) as El;
  const path = String(resource["@href"]);
  const assessment = (parsed(pack.files[path] ?? "").questestinterop as El).assessment as El;
  const items = list((assessment.section as El).item);

  it("is an IMS content package whose manifest names the one QTI 1.2 assessment file it holds", () => {
    expect(Object.keys(pack.files).sort()).toEqual(["imsmanifest.xml", path].sort());
    expect(resource["@type"]).toBe("imsqti_xmlv1p2");
    expect((resource.file as El)["@href"]).toBe(path);
    expect(path).toBe("synack_ckw3abc/synack_ckw3abc.xml");
    expect(assessment["@title"]).toBe("Week 3 <b>&");
    expect(items).toHaveLength(questions.length);
  });

  it("has each question as the Canvas question type it is, scored on the right answer", () => {
    for (const [i, q] of questions.entries()) {
      const item = items[i] as El;
      const meta = list(((item.itemmetadata as El).qtimetadata as El).qtimetadatafield);
      const type = meta.find((f) => f.fieldlabel === "question_type")?.fieldentry;
      const presentation = item.presentation as El;
      expect(shown(((presentation.material as El).mattext as El)["#text"])).toBe(q.prompt);
      const conditions = list((item.resprocessing as El).respcondition);
      // The first condition shows the explanation whatever was answered.
      expect(at(conditions[0], "displayfeedback")["@linkrefid"]).toBe("general_fb");
      const feedback = (((item.itemfeedback as El).flow_mat as El).material as El).mattext as El;
      expect(shown(feedback["#text"])).toContain(q.explanation);
      const scoring = conditions.slice(1);
      if (q.format === "choice") {
        expect(type).toBe("multiple_choice_question");
        const labels = list(at(list(presentation.response_lid)[0], "render_choice").response_label);
        const textOf = new Map(labels.map((l) => [l["@ident"], shown(((l.material as El).mattext as El)["#text"])]));
        expect([...textOf.values()]).toEqual(q.choices);
        const right = list(at(scoring[0], "conditionvar").varequal)[0]?.["#text"];
        expect(textOf.get(right)).toBe(q.answer);
      } else if (q.format === "state-name") {
        expect(type).toBe("short_answer_question");
        expect((presentation.response_str as El)["@ident"]).toBe("response1");
        const accepted = list(at(scoring[0], "conditionvar").varequal).map((v) => v["#text"]);
        expect(accepted).toContain(q.answer);
      } else {
        expect(type).toBe("matching_question");
        const rows = list(presentation.response_lid);
        expect(rows.map((r) => shown(((r.material as El).mattext as El)["#text"]))).toEqual(q.answer);
        // Each row scores when matched to its own position.
        for (const [n, row] of rows.entries()) {
          const condition = scoring.find(
            (c) => list((c.conditionvar as El).varequal)[0]?.["@respident"] === row["@ident"],
          );
          expect(list(at(condition, "conditionvar").varequal)[0]?.["#text"]).toBe(`p${n + 1}`);
        }
      }
    }
  });

  it("writes a hostile title as text in every field it reaches", () => {
    const hostile = qtiPackage('x"/><item ident="evil">\n<script>', questions.slice(0, 2), "a");
    const file = Object.keys(hostile.files).find((f) => f !== "imsmanifest.xml") ?? "";
    const read = (parsed(hostile.files[file] ?? "").questestinterop as El).assessment as El;
    expect(list((read.section as El).item).map((item) => item["@ident"])).toEqual(["q1", "q2"]);
    expect(read["@title"]).toBe('x"/><item ident="evil"> <script>');
  });
});
