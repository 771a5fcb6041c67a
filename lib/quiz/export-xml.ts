// A quiz as the XML files learning platforms import: Moodle XML (Moodle's own question format) and IMS QTI 1.2, the
// version Canvas imports (inside an IMS content package: imsmanifest.xml naming the assessment's file). The XML is
// written by fast-xml-parser's builder, which escapes every text and attribute; text shown as HTML is escaped as HTML
// first, so a title or prompt is always shown as the characters it is, never run as markup.
import { XMLBuilder } from "fast-xml-parser";
import { oneLine } from "./export";
import type { Question } from "./types";

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
});

type Node = Record<string, unknown>;

const DECLARATION = { "?xml": { "@version": "1.0", "@encoding": "UTF-8" } };

/** Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are left out. */
export function xmlSafe(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "");
}

/** Text for a field the platform shows as HTML: one line, with HTML's own characters written as entities. */
function html(text: string): string {
  return xmlSafe(oneLine(text))
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Plain text (names, short answers, positions): one line, nothing XML cannot hold. */
const plain = (text: string) => xmlSafe(oneLine(text));

/** What a typed state name may be: the RFC's spelling, and the same with underscores or spaces for hyphens. */
export function acceptedSpellings(name: string): string[] {
  return [...new Set([name, name.replaceAll("-", "_"), name.replaceAll("-", " ")])];
}

/** The explanation with its RFC section, as the answer key gives it. */
function explained(q: Question): string {
  return q.explanation.includes(`RFC 9293 ${q.rfc}`) ? q.explanation : `${q.explanation} (RFC 9293 ${q.rfc})`;
}

// ── Moodle XML ─────────────────────────────────────────────────────────────────────────────────────────────

const htmlText = (text: string) => ({ "@format": "html", text: html(text) });

function moodleQuestion(q: Question, name: string): Node {
  const common = {
    name: { text: plain(name) },
    questiontext: htmlText(q.prompt),
    generalfeedback: htmlText(explained(q)),
    defaultgrade: "1",
    penalty: "0",
    hidden: "0",
  };
  if (q.format === "choice") {
    return {
      "@type": "multichoice",
      ...common,
      single: "true",
      shuffleanswers: "true",
      answernumbering: "abc",
      answer: (q.choices ?? []).map((c) => ({ "@fraction": c === q.answer ? "100" : "0", ...htmlText(c) })),
    };
  }
  if (q.format === "state-name") {
    return {
      "@type": "shortanswer",
      ...common,
      usecase: "0",
      answer: acceptedSpellings(String(q.answer)).map((s) => ({
        "@fraction": "100",
        "@format": "plain_text",
        text: plain(s),
      })),
    };
  }
  // An ordering question as Moodle's matching: each segment matched to its position (as the GIFT export does).
  return {
    "@type": "matching",
    ...common,
    shuffleanswers: "true",
    subquestion: (q.answer as string[]).map((item, i) => ({ ...htmlText(item), answer: { text: String(i + 1) } })),
  };
}

/** Moodle XML: one <question> per question, named "<title> <n>", each with its explanation as general feedback. */
export function moodleXml(title: string, questions: readonly Question[]): string {
  return builder.build({
    ...DECLARATION,
    quiz: { question: questions.map((q, i) => moodleQuestion(q, `${title} ${i + 1}`)) },
  });
}

// ── IMS QTI 1.2 (Canvas) ───────────────────────────────────────────────────────────────────────────────────

const field = (label: string, entry: string) => ({ fieldlabel: label, fieldentry: entry });
const material = (text: string, type: "text/html" | "text/plain" = "text/html") => ({
  material: { mattext: { "@texttype": type, "#text": type === "text/html" ? html(text) : plain(text) } },
});
const score = (value: string, action: "Set" | "Add" = "Set") => ({
  setvar: { "@action": action, "@varname": "SCORE", "#text": value },
});
/** Shows the explanation whatever was answered (Canvas's "general feedback"). */
const generalFeedback = {
  "@continue": "Yes",
  conditionvar: { other: "" },
  displayfeedback: { "@feedbacktype": "Response", "@linkrefid": "general_fb" },
};

/** Canvas's question type, and what the item presents and how it scores, for each format. */
function qtiBody(q: Question): { type: string; presentation: Node; conditions: Node[] } {
  if (q.format === "choice") {
    const choices = q.choices ?? [];
    const right = `c${choices.indexOf(String(q.answer)) + 1}`;
    return {
      type: "multiple_choice_question",
      presentation: {
        response_lid: {
          "@ident": "response1",
          "@rcardinality": "Single",
          render_choice: { response_label: choices.map((c, i) => ({ "@ident": `c${i + 1}`, ...material(c) })) },
        },
      },
      conditions: [
        {
          "@continue": "No",
          conditionvar: { varequal: { "@respident": "response1", "#text": right } },
          ...score("100"),
        },
      ],
    };
  }
  if (q.format === "state-name") {
    return {
      type: "short_answer_question",
      presentation: {
        response_str: {
          "@ident": "response1",
          "@rcardinality": "Single",
          render_fib: { response_label: { "@ident": "answer1", "@rshuffle": "No" } },
        },
      },
      conditions: [
        {
          "@continue": "No",
          // Canvas reads every <varequal> of the condition as one accepted answer.
          conditionvar: {
            varequal: acceptedSpellings(String(q.answer)).map((s) => ({
              "@respident": "response1",
              "#text": plain(s),
            })),
          },
          ...score("100"),
        },
      ],
    };
  }
  // An ordering question as Canvas's matching: each segment matched to its position, an equal share of the points each.
  const items = q.answer as string[];
  const share = (100 / items.length).toFixed(2);
  const positions = items.map((_, i) => ({ "@ident": `p${i + 1}`, ...material(String(i + 1), "text/plain") }));
  return {
    type: "matching_question",
    presentation: {
      response_lid: items.map((item, i) => ({
        "@ident": `response_m${i + 1}`,
        ...material(item),
        render_choice: { response_label: positions },
      })),
    },
    conditions: items.map((_, i) => ({
      conditionvar: { varequal: { "@respident": `response_m${i + 1}`, "#text": `p${i + 1}` } },
      ...score(share, "Add"),
    })),
  };
}

function qtiItem(q: Question, index: number, title: string): Node {
  const body = qtiBody(q);
  return {
    "@ident": `q${index + 1}`,
    "@title": plain(`${title} ${index + 1}`),
    itemmetadata: {
      qtimetadata: {
        qtimetadatafield: [field("question_type", body.type), field("points_possible", "1.0")],
      },
    },
    presentation: { ...material(q.prompt), ...body.presentation },
    resprocessing: {
      outcomes: {
        decvar: { "@maxvalue": "100", "@minvalue": "0", "@varname": "SCORE", "@vartype": "Decimal" },
      },
      respcondition: [generalFeedback, ...body.conditions],
    },
    itemfeedback: { "@ident": "general_fb", flow_mat: material(explained(q)) },
  };
}

export type QtiPackage = { files: Record<string, string> };

/**
 * An IMS content package of one QTI 1.2 assessment: `imsmanifest.xml` and `<ident>/<ident>.xml`. `ident` names the
 * assessment (letters and digits); the caller zips the files.
 */
export function qtiPackage(title: string, questions: readonly Question[], ident: string): QtiPackage {
  const id = `synack_${ident.replace(/[^A-Za-z0-9]/g, "") || "quiz"}`;
  const path = `${id}/${id}.xml`;
  const assessment = builder.build({
    ...DECLARATION,
    questestinterop: {
      "@xmlns": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2",
      "@xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "@xsi:schemaLocation":
        "http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd",
      assessment: {
        "@ident": id,
        "@title": plain(title),
        qtimetadata: { qtimetadatafield: [field("cc_maxattempts", "1")] },
        section: { "@ident": "root_section", item: questions.map((q, i) => qtiItem(q, i, title)) },
      },
    },
  });
  const manifest = builder.build({
    ...DECLARATION,
    manifest: {
      "@identifier": `${id}_manifest`,
      "@xmlns": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1",
      metadata: { schema: "IMS Content", schemaversion: "1.1.3" },
      organizations: "",
      resources: {
        resource: { "@identifier": id, "@type": "imsqti_xmlv1p2", "@href": path, file: { "@href": path } },
      },
    },
  });
  return { files: { "imsmanifest.xml": manifest, [path]: assessment } };
}
