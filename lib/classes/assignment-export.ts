// An assignment's questions as a download: the quiz its students get when it has one quiz for everyone (a sample of
// the same kind otherwise), in the language its questions were set in (the file's own words too), whatever language
// the teacher's interface is in.
import { strToU8, zipSync } from "fflate";
import { assignmentOfTeacher } from "@/lib/auth/access";
import type { AssignmentRecord } from "@/lib/db";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { localeOfRequest } from "@/lib/i18n/server";
import { giftText, markdownText, moodleXml, qtiPackage, quizQuestions } from "@/lib/quiz";
import { teacherSpec } from "./assignments";

/** The file name: the title's letters and digits (any script), dashes for the rest. */
export function exportSlug(title: string): string {
  return (
    title
      .replace(/[^\p{L}\p{N}_-]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "quiz"
  );
}

/** The files an assignment's questions can be downloaded as. */
export const EXPORT_KINDS = ["gift", "md", "moodle", "qti"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const FILE_TYPES: Record<ExportKind, { ending: string; type: string }> = {
  gift: { ending: "gift.txt", type: "text/plain; charset=utf-8" },
  md: { ending: "md", type: "text/markdown; charset=utf-8" },
  moodle: { ending: "moodle.xml", type: "application/xml; charset=utf-8" },
  // Canvas imports QTI as a zip: an IMS content package.
  qti: { ending: "qti.zip", type: "application/zip" },
};

function fileBody(a: AssignmentRecord, kind: ExportKind): string | Uint8Array<ArrayBuffer> {
  const questions = quizQuestions(teacherSpec(a));
  switch (kind) {
    case "gift":
      return giftText(a.title, questions, a.spec.lang);
    case "md":
      return markdownText(a.title, questions, a.spec.lang);
    case "moodle":
      return moodleXml(a.title, questions);
    case "qti": {
      const { files } = qtiPackage(a.title, questions, a.id);
      const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])));
      return new Uint8Array(zip);
    }
  }
}

export function assignmentFile(a: AssignmentRecord, kind: ExportKind): Response {
  const { ending, type } = FILE_TYPES[kind];
  const name = `${exportSlug(a.title)}.${ending}`;
  // An ASCII name for old clients, the real one (RFC 6266 filename*) for the rest: a Chinese title stays Chinese.
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(fileBody(a, kind), {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "no-store",
    },
  });
}

/** What a route answers anyone who does not teach the assignment's class (a guessed id reads as nothing). */
export function notYours(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/** GET …/quiz.<kind>: the assignment's questions as that file, for the teacher of the class only (a 404 for others). */
export function exportRoute(kind: ExportKind) {
  return async (request: Request, { params }: { params: Promise<{ id: string; aid: string }> }) => {
    const { id, aid } = await params;
    const a = await assignmentOfTeacher(id, aid);
    return a
      ? assignmentFile(a, kind)
      : notYours(globalTranslatorFor(localeOfRequest(request))("classes.notYourAssignment"));
  };
}
