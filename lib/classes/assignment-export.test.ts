import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { AssignmentRecord } from "@/lib/db";
import { quizQuestions } from "@/lib/quiz";
import { LIVE_VERSION } from "@/lib/versions";
import { assignmentFile, exportSlug, notYours } from "./assignment-export";
import { newAssignmentKey, teacherSpec } from "./assignments";

const assignment: AssignmentRecord = {
  id: "ckassign01",
  classId: "ckclass01",
  className: "Networks",
  title: "三次握手 小测",
  spec: { generator: LIVE_VERSION, count: 6, level: null, focus: "everything", lang: "zh" },
  seedKey: newAssignmentKey(),
  perStudentSeed: false,
  sameQuestions: false,
  reveal: "question",
  opensAt: new Date("2026-12-01T08:00:00Z"),
  dueAt: new Date("2026-12-08T08:00:00Z"),
  closedAt: null,
  timeLimitS: null,
  maxAttempts: 1,
};

describe("assignment downloads", () => {
  it("are named after the title in any script", () => {
    expect(exportSlug("Handshake check")).toBe("Handshake-check");
    expect(exportSlug("三次握手 小测（第 3 周）")).toBe("三次握手-小测-第-3-周");
    expect(exportSlug("???")).toBe("quiz");
  });

  it("give Canvas a zip holding the manifest and the assessment it names, with the class's questions", async () => {
    const response = assignmentFile(assignment, "qti");
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("三次握手-小测.qti.zip")}`,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
    const manifest = parser.parse(strFromU8(files["imsmanifest.xml"] ?? new Uint8Array()));
    const href: string = manifest.manifest.resources.resource["@href"];
    expect(Object.keys(files).sort()).toEqual(["imsmanifest.xml", href].sort());
    const qti = parser.parse(strFromU8(files[href] ?? new Uint8Array()));
    const items = qti.questestinterop.assessment.section.item;
    const prompts = quizQuestions(teacherSpec(assignment)).map((q) => q.prompt);
    expect(
      items.map(
        (i: { presentation: { material: { mattext: { "#text": string } } } }) =>
          i.presentation.material.mattext["#text"],
      ),
    ).toEqual(prompts);
  });

  it("give Moodle its XML, as XML", async () => {
    const response = assignmentFile(assignment, "moodle");
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const quiz = new XMLParser().parse(await response.text()).quiz;
    expect(quiz.question).toHaveLength(6);
  });

  it("answer a stranger with a 404 in the words given", async () => {
    const response = notYours("你教的班级里没有这份作业。");
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("你教的班级里没有这份作业。\n");
  });
});
