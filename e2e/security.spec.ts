import { expect, test } from "@playwright/test";

/**
 * What every response tells the browser: a Content-Security-Policy (pages: scripts only with this response's nonce,
 * never eval; API: nothing runs), no framing, no MIME sniffing, no full referrer to other sites.
 */
test("pages carry a nonce-based policy the page's own scripts satisfy, and run without violations", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const first = await page.goto("/learn/handshake");
  const csp = first?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(first?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first?.headers()["x-frame-options"]).toBe("DENY");
  expect(first?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  // The page hydrates and plays under the policy.
  await expect(page.locator("[data-hydrated]").first()).toBeAttached();
  await page
    .getByRole("button", { name: /Next step|Play/ })
    .first()
    .click();

  // A fresh nonce per response, on every script of the page.
  const second = await page.goto("/learn/handshake");
  const secondCsp = second?.headers()["content-security-policy"] ?? "";
  expect(secondCsp).not.toBe(csp);
  const nonce = /'nonce-([^']+)'/.exec(secondCsp)?.[1];
  const html = (await second?.text()) ?? "";
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);

  // Markup smuggled into a page (what a stored XSS would be) does not run: the response is served with an extra
  // inline script and its policy unchanged.
  await page.route("**/learn/teardown", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body });
  });
  await page.goto("/learn/teardown");
  await expect(page.getByTestId("player")).toHaveAttribute("data-hydrated", "true");
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.some((v) => /inline script/i.test(v))).toBe(true);
  expect(violations.filter((v) => !/inline script/i.test(v))).toEqual([]);
});

test("the API's responses may run nothing and be framed by nothing", async ({ request }) => {
  const response = await request.get("/api/v1/scenarios");
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("HSTS is sent when the request came over HTTPS, and never over plain HTTP", async ({ request }) => {
  // Behind a TLS-terminating proxy, which says so in X-Forwarded-Proto: pages, the API and the answer endpoint alike.
  for (const path of ["/", "/api/v1/scenarios", "/api/health"]) {
    const https = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"], path).toBe("max-age=31536000");
    const plain = await request.get(path);
    expect(plain.headers()["strict-transport-security"], path).toBeUndefined();
  }
  const answer = await request.post("/api/v1/attempts/none/answers", {
    data: { questionId: "q1", response: "x" },
    headers: { "x-forwarded-proto": "https" },
  });
  expect(answer.headers()["strict-transport-security"]).toBe("max-age=31536000");
});
