import { expect, test } from "@playwright/test";
import { runCli } from "../scripts/lib/cli";

test.describe("the public JSON API", () => {
  test.skip(({ isMobile }) => isMobile, "no browser involved; once is enough");

  test("serves the same model and traces as the command line", async ({ request }) => {
    const model = await request.get("/api/v1/model");
    expect(model.status()).toBe(200);
    expect(model.headers()["content-type"]).toContain("application/json");
    expect(await model.json()).toEqual(JSON.parse(runCli(["model"]).stdout));

    for (const id of JSON.parse(runCli(["scenarios"]).stdout) as string[]) {
      const trace = await request.get(`/api/v1/scenarios/${id}`);
      expect(trace.status(), id).toBe(200);
      expect(await trace.json()).toEqual(JSON.parse(runCli(["trace", id]).stdout));
    }
  });

  test("lists the scenarios with their summaries", async ({ request }) => {
    const body = await (await request.get("/api/v1/scenarios")).json();
    expect(body.scenarios).toContainEqual(
      expect.objectContaining({ id: "teardown", title: expect.objectContaining({ zh: "四次挥手" }) }),
    );
  });

  test("serves generated questions exactly as the command line prints them", async ({ request }) => {
    const response = await request.get("/api/v1/questions?seed=7&count=12&level=intermediate&lang=zh");
    expect(response.status()).toBe(200);
    const cli = runCli(["questions", "--seed", "7", "--count", "12", "--level", "intermediate", "--lang", "zh"]);
    expect(await response.json()).toEqual(JSON.parse(cli.stdout));
  });

  test("refuses a bad quiz query with 400 and says what is wrong", async ({ request }) => {
    const response = await request.get("/api/v1/questions?seed=1&count=5000");
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toBe("count must be a whole number from 1 to 1000.");
  });

  test("answers an unknown scenario with 404 and the ids that exist", async ({ request }) => {
    const response = await request.get("/api/v1/scenarios/no-such-thing");
    expect(response.status()).toBe(404);
    const body = await response.json();
    expect(body.error).toContain('No scenario "no-such-thing"');
    expect(body.error).toContain("handshake");
  });
});
