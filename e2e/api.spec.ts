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

  test("explains a bad quiz query as the command line does, without its --", async ({ request }) => {
    const bad = [
      ["seed=x&count=5", ["--seed", "x", "--count", "5"]],
      ["count=5", ["--count", "5"]],
      ["seed=1", ["--seed", "1"]],
      ["seed=1&count=5&level=expert", ["--seed", "1", "--count", "5", "--level", "expert"]],
      ["seed=1&count=5&lang=fr", ["--seed", "1", "--count", "5", "--lang", "fr"]],
      ["seed=1&count=5&colour=red", ["--seed", "1", "--count", "5", "--colour", "red"]],
    ] as const;
    for (const [query, args] of bad) {
      const response = await request.get(`/api/v1/questions?${query}`, { headers: { "accept-language": "en" } });
      expect(response.status(), query).toBe(400);
      const cli = runCli(["questions", ...args]);
      expect(cli.code, query).toBe(2);
      expect((await response.json()).error, query).toBe(cli.stderr.trim().replaceAll("--", ""));
    }
  });

  test("explains a bad query and an unknown scenario in Chinese to a Chinese browser", async ({ request }) => {
    const zh = { headers: { "accept-language": "zh-CN,zh;q=0.9" } };
    const query = await request.get("/api/v1/questions?seed=1&count=5000", zh);
    expect(query.status()).toBe(400);
    expect((await query.json()).error).toBe("count 必须是 1 到 1000 之间的整数。");
    const unknown = await request.get("/api/v1/questions?seed=1&count=5&colour=red", zh);
    expect((await unknown.json()).error).toBe("未知参数 colour：questions 只接受 seed、count、level 和 lang。");
    const scenario = await request.get("/api/v1/scenarios/no-such-thing", zh);
    expect(scenario.status()).toBe(404);
    const body = await scenario.json();
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error).toContain("没有名为“no-such-thing”的场景");
    expect(body.error).toContain("handshake");
  });

  test("answers an unknown scenario with 404 and the ids that exist", async ({ request }) => {
    const response = await request.get("/api/v1/scenarios/no-such-thing");
    expect(response.status()).toBe(404);
    const body = await response.json();
    expect(body.error).toContain('No scenario "no-such-thing"');
    expect(body.error).toContain("handshake");
  });
});

test("a client sending answers faster than a person could is slowed down, and told how long to wait", async ({
  page,
  baseURL,
}) => {
  await page.goto("/");
  const url = `${baseURL}/api/v1/attempts/no-such-attempt/answers`;
  const statuses: number[] = [];
  for (let i = 0; i < 120; i++) {
    statuses.push((await page.request.post(url, { data: { questionId: "x", response: "y" } })).status());
  }
  expect(new Set(statuses)).toEqual(new Set([404]));
  const refused = await page.request.post(url, {
    data: { questionId: "x", response: "y" },
    headers: { "accept-language": "zh-CN" },
  });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await refused.json()).error).toMatch(/^一分钟内提交的答案太多：请等 \d+ 秒后再提交。$/);
});

test("an answer body too large to be an answer is refused unread, with the API's protective headers", async ({
  page,
  baseURL,
}) => {
  await page.goto("/");
  const refused = await page.request.post(`${baseURL}/api/v1/attempts/no-such-attempt/answers`, {
    data: { questionId: "x", response: "y".repeat(20_000) },
  });
  expect(refused.status()).toBe(413);
  expect((await refused.json()).error).toBe("The body is too large: an answer fits in 16 KB.");
  expect(refused.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(refused.headers()["x-content-type-options"]).toBe("nosniff");
  expect(refused.headers()["cache-control"]).toBe("no-store");
});

test("an address with a broken %-escape is the client's mistake (400), not a server error", async ({ request }) => {
  const broken = await request.get("/quiz/%E0%A4%A");
  expect(broken.status()).toBe(400);
  expect(await broken.text()).toContain("This address has a broken %-escape");
  expect((await request.post("/api/v1/attempts/%E0%A4%A/answers", { data: {} })).status()).toBe(400);
  expect((await request.get("/quiz/%E2%9C%93")).status()).toBe(404);
  // Said in the language the pages would be in.
  const zh = await request.get("/learn/%E0%A4%A", { headers: { "accept-language": "zh-CN,zh;q=0.9" } });
  expect(zh.status()).toBe(400);
  expect(await zh.text()).toContain("这个地址里有残缺的 % 转义");
});
