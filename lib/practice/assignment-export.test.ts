import { describe, expect, it } from "vitest";
import { exportSlug, notYours } from "./assignment-export";

describe("assignment downloads", () => {
  it("are named after the title in any script", () => {
    expect(exportSlug("Handshake check")).toBe("Handshake-check");
    expect(exportSlug("三次握手 小测（第 3 周）")).toBe("三次握手-小测-第-3-周");
    expect(exportSlug("???")).toBe("quiz");
  });

  it("answer a stranger with a 404 in the words given", async () => {
    const response = notYours("你教的班级里没有这份作业。");
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("你教的班级里没有这份作业。\n");
  });
});
