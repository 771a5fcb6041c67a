import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, type Request, test } from "@playwright/test";
import { screenshot } from "./support/screenshot";

/**
 * "Capture explained": a learner opens a sample or a file of their own; it is read in the browser (nothing is
 * sent), its connections listed, one played with both sides' states after every segment; bad files get a sentence.
 */

const CAPTURES = path.resolve("public/captures");
const capture = (name: string) => readFileSync(path.join(CAPTURES, name));

/** The segments as the screen shows them: the table's rows on a desktop, the cards on a phone. */
const segments = (page: Page) =>
  page
    .locator("[data-testid=capture-segments] tbody tr, [data-testid=capture-segment-cards] > li")
    .filter({ visible: true });
const segmentRow = (page: Page, frame: number) => segments(page).and(page.locator(`[data-frame="${frame}"]`));

/** Every request the page makes while `during` runs, so a test can show the file never left the browser. */
async function requestsDuring(page: Page, during: () => Promise<void>) {
  const seen: { method: string; url: string; size: number }[] = [];
  const listener = (r: Request) =>
    seen.push({ method: r.method(), url: r.url(), size: r.postDataBuffer()?.length ?? 0 });
  page.on("request", listener);
  await during();
  page.off("request", listener);
  return seen;
}

test("a sample: its connection listed, played with both sides' states, numbers relative or absolute", async ({
  page,
}, testInfo) => {
  await page.goto("/capture");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Capture explained");
  await expect(page.getByTestId("capture-privacy")).toContainText("Nothing is uploaded");
  await page.getByRole("button", { name: "Open: Handshake, data, the client closes" }).click();
  await expect(
    page.getByRole("heading", { name: "1 TCP connection in handshake-data-client-close.pcap" }),
  ).toBeFocused();
  await expect(page).toHaveURL(/sample=handshake-data-client-close\.pcap/);
  const row = page.locator("[data-testid=capture-connections] tr[data-connection='1']");
  await expect(row).toContainText("127.0.0.1:40001 → 127.0.0.1:40002");
  await expect(row.locator("[data-ending]")).toHaveAttribute("data-ending", "FIN");
  await screenshot(page, testInfo, "capture-list");

  await page.getByRole("button", { name: "Open connection 1" }).click();
  await expect(page.getByRole("heading", { name: /^Connection 1: 127\.0\.0\.1:40001/ })).toBeFocused();
  await expect(page).toHaveURL(/connection=1/);
  // Relative numbers by default, as Wireshark shows them: the SYN is seq=0, the SYN,ACK acknowledges 1.
  await expect(segmentRow(page, 1).getByTestId("segment-numbers")).toHaveText("SYN seq=0");
  await expect(segmentRow(page, 2).getByTestId("segment-numbers")).toHaveText("SYN,ACK seq=0 ack=1");
  await expect(segmentRow(page, 1).locator("[data-state=client]")).toHaveText("SYN-SENT");
  await expect(segmentRow(page, 1).locator("[data-state=server]")).toHaveText("SYN-RECEIVED");
  await expect(segmentRow(page, 2)).toContainText("answers #1");
  await expect(segmentRow(page, 3).locator("[data-state=server]")).toHaveText("ESTABLISHED");
  const last = segments(page).last();
  await expect(last.locator("[data-state=client]")).toHaveText("TIME-WAIT");
  await expect(last.locator("[data-state=server]")).toHaveText("CLOSED");
  await expect(page.getByTestId("capture-findings")).toHaveText("Every segment is what RFC 9293 does.");

  await page.getByLabel("Absolute (on the wire)").check();
  await expect(segmentRow(page, 1).getByTestId("segment-numbers")).not.toHaveText("SYN seq=0");
  await expect(page.getByTestId("capture-player")).toHaveAttribute("data-numbering", "absolute");

  // A segment's button shows its step in the player: the client's FIN arriving puts the server in CLOSE-WAIT.
  const fin = segments(page)
    .filter({ hasText: /FIN,ACK/ })
    .first();
  await fin.getByRole("button", { name: /^Show #\d+ in the player$/ }).click();
  await expect(page.getByTestId("narration")).toContainText("CLOSE-WAIT");
  await screenshot(page, testInfo, "capture-connection");

  // The quiz asks about this connection and is answered by the model.
  await page.getByRole("button", { name: /^Start \(\d+ questions?\)$/ }).click();
  await expect(page.getByTestId("capture-quiz-prompt")).toContainText("#1 (SYN)");
  await page
    .getByTestId("capture-quiz")
    .getByRole("button", { name: /SYN-SENT/ })
    .click();
  await expect(page.getByTestId("capture-quiz-feedback")).toContainText("Right: SYN-SENT.");
  await screenshot(page, testInfo, "capture-quiz");

  await page.getByRole("button", { name: "← All connections" }).click();
  await expect(page.getByRole("heading", { name: /1 TCP connection/ })).toBeVisible();
  await expect(page).not.toHaveURL(/connection=/);
});

test("a sample's link opens the same connection for a classmate", async ({ page }) => {
  await page.goto("/capture?sample=simultaneous-close.pcap&connection=1");
  await expect(page.getByRole("heading", { name: /^Connection 1:/ })).toBeVisible();
  await expect(segments(page).locator("[data-state]").filter({ hasText: "CLOSING" })).not.toHaveCount(0);
  const last = segments(page).last();
  await expect(last).toContainText("TIME-WAIT");
});

test("a file of one's own, picked or dropped, is read in the browser and never sent", async ({ page }, testInfo) => {
  await page.goto("/capture");
  const sent = await requestsDuring(page, async () => {
    await page.getByTestId("capture-file").setInputFiles({
      name: "mine.pcapng",
      mimeType: "application/octet-stream",
      buffer: capture("pcapng.pcapng"),
    });
    await expect(page.getByRole("heading", { name: /TCP connections? in mine\.pcapng/ })).toBeVisible();
  });
  // No request carries the file: the only requests are the page's own scripts (the worker's code).
  const bytes = capture("pcapng.pcapng").length;
  expect(sent.filter((r) => r.method !== "GET" || r.size >= bytes)).toEqual([]);

  // Dropped on the page, the same way.
  await page.evaluate(
    ([b64, name]) => {
      const bytes = Uint8Array.from(atob(b64 as string), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name as string));
      const zone = document.querySelector("[data-testid=capture-drop]");
      zone?.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [capture("ipv6.pcap").toString("base64"), "dropped.pcap"],
  );
  await expect(page.getByRole("heading", { name: /TCP connections? in dropped\.pcap/ })).toBeVisible();
  await expect(page.getByTestId("capture-connections")).toContainText("[::1]:");
  await screenshot(page, testInfo, "capture-dropped");
});

test("bad files get one clear sentence and change nothing", async ({ page }, testInfo) => {
  await page.goto("/capture");
  const cases: { name: string; buffer: Buffer; says: RegExp }[] = [
    { name: "notes.txt", buffer: Buffer.from("SYN, SYN-ACK, ACK\n"), says: /not a packet capture/ },
    {
      name: "picture.png",
      buffer: Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"),
      says: /not a packet capture/,
    },
    {
      name: "cut.pcap",
      buffer: capture("handshake-data-client-close.pcap").subarray(0, 100),
      says: /ends in the middle of a packet/,
    },
    { name: "empty.pcap", buffer: Buffer.alloc(0), says: /The file is empty/ },
  ];
  for (const c of cases) {
    await page
      .getByTestId("capture-file")
      .setInputFiles({ name: c.name, mimeType: "application/octet-stream", buffer: c.buffer });
    await expect(page.getByRole("heading", { name: `${c.name} could not be read` })).toBeVisible();
    await expect(page.getByTestId("capture-problem")).toHaveText(c.says);
    await expect(page.getByTestId("capture-connections")).toHaveCount(0);
  }
  await screenshot(page, testInfo, "capture-bad-file");
  // After a bad file, a good one still reads.
  await page.getByTestId("capture-file").setInputFiles({
    name: "good.pcap",
    mimeType: "application/octet-stream",
    buffer: capture("refused.pcap"),
  });
  await expect(page.getByRole("heading", { name: "1 TCP connection in good.pcap" })).toBeVisible();
  await expect(page.getByTestId("capture-problem")).toHaveCount(0);
});

test("data out of order: the two segments after the lost one are held, and nothing is flagged", async ({
  page,
}, testInfo) => {
  await page.goto("/capture?sample=out-of-order.pcap&connection=1");
  await expect(page.getByTestId("capture-findings")).toHaveText("Every segment is what RFC 9293 does.");
  await expect(segments(page).locator("[data-did='out of order']")).toHaveText([
    "out of order, held until the gap is filled",
    "out of order, held until the gap is filled",
  ]);
  await expect(segments(page).locator("[data-did=lost]")).toHaveCount(1);
  await expect(segments(page).locator("[data-did='duplicate ACK']")).toHaveText([
    "duplicate ACK, for the gap",
    "duplicate ACK, for the gap",
  ]);
  await screenshot(page, testInfo, "capture-out-of-order");
});

test.describe("in Chinese and dark", () => {
  test.use({ locale: "zh-CN", colorScheme: "dark" });
  test("the same connection, in Chinese", async ({ page }, testInfo) => {
    await page.goto("/capture?sample=lost-final-ack.pcap&connection=1");
    await expect(page.getByRole("heading", { name: /^连接 1：/ })).toBeVisible();
    await expect(segments(page).locator("[data-did=lost]")).toHaveText(["在途中丢失"]);
    await screenshot(page, testInfo, "zh-capture-connection");
  });

  test("data out of order, in Chinese", async ({ page }, testInfo) => {
    await page.goto("/capture?sample=out-of-order.pcap&connection=1");
    await expect(segments(page).locator("[data-did='out of order']")).toHaveText([
      "乱序，暂存到空缺补上",
      "乱序，暂存到空缺补上",
    ]);
    await screenshot(page, testInfo, "zh-capture-out-of-order");
  });
});
