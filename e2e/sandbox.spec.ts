import { expect, type Page, test } from "@playwright/test";
import { englishInChinesePage } from "./support/english-in-chinese";
import { screenshot } from "./support/screenshot";

const side = (page: Page, role: "client" | "server") => page.locator(`section[aria-labelledby=moves-${role}]`);
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId("sandbox")).toHaveAttribute("data-hydrated", "true");
}

const move = (page: Page, role: "client" | "server", name: string) =>
  side(page, role).getByRole("button", { name, exact: true }).click();

test("drive a handshake yourself: refusals explained and nothing changed, moves kept across a reload", async ({
  page,
}, testInfo) => {
  await open(page, "/learn/sandbox");
  await expect(page.getByTestId("badge-client")).toContainText("CLOSED");

  // Not allowed: closing a connection that does not exist.
  await move(page, "client", "close()");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Not allowed (client: close()), nothing changed.");
  await expect(alert).toContainText("connection does not exist");
  await expect(page).not.toHaveURL(/moves=/);
  await expect(page.getByTestId("badge-client")).toContainText("CLOSED");

  await move(page, "server", "listen()");
  await expect(alert).toHaveCount(0);
  await move(page, "client", "connect()");
  await expect(page.getByTestId("in-flight-server")).toContainText("SYN seq=4000");
  await move(page, "server", "receive the next segment");
  await expect(page.getByTestId("badge-server")).toContainText("SYN-RECEIVED");
  await expect(page.getByTestId("narration")).toContainText("ack = 4000 + 1 = 4001");
  await move(page, "client", "receive the next segment");
  await move(page, "server", "receive the next segment");
  await expect(page.getByTestId("badge-client")).toContainText("ESTABLISHED");
  await expect(page.getByTestId("badge-server")).toContainText("ESTABLISHED");
  await expect(page).toHaveURL(/start=closed&moves=sL\.cC\.sD\.cD\.sD$/);
  await screenshot(page, testInfo, "sandbox-handshake");

  await page.reload();
  await expect(page.getByTestId("sandbox")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("badge-client")).toContainText("ESTABLISHED");
  await expect(page.getByTestId("badge-server")).toContainText("ESTABLISHED");
  await page.getByRole("button", { name: "Undo last move" }).click();
  await expect(page.getByTestId("badge-server")).toContainText("SYN-RECEIVED");
  await expect(page).toHaveURL(/moves=sL\.cC\.sD\.cD$/);
});

test("lose the last ACK of a teardown: the server resends its FIN and the client in TIME-WAIT answers", async ({
  page,
}) => {
  await open(page, "/learn/sandbox?start=established");
  await expect(page.getByTestId("badge-client")).toContainText("ESTABLISHED");
  await move(page, "client", "close()");
  await move(page, "server", "receive the next segment");
  await move(page, "client", "receive the next segment");
  await move(page, "server", "close()");
  await move(page, "client", "receive the next segment");
  await expect(page.getByTestId("badge-client")).toContainText("TIME-WAIT");
  await expect(page.getByTestId("badge-client").getByTestId("timer-2MSL")).toBeVisible();
  await move(page, "server", "lose the segment coming here");
  await expect(page.getByTestId("narration")).toContainText("which is lost on the way");
  await expect(page.getByTestId("in-flight-server")).toContainText("Nothing in flight");
  await expect(page.getByTestId("badge-server")).toContainText("LAST-ACK");
  // Six moves, five steps: the loss is numbered by the diagram's steps, not counted as one.
  await expect(page.getByRole("heading", { name: "After step 5", exact: true })).toBeVisible();
  await move(page, "server", "let the retransmission timer expire");
  await expect(page.getByRole("heading", { name: "After step 6", exact: true })).toBeVisible();
  await move(page, "client", "receive the next segment");
  await expect(page.getByTestId("badge-client")).toContainText("TIME-WAIT");
  await move(page, "server", "receive the next segment");
  await expect(page.getByTestId("badge-server")).toContainText("CLOSED");
  await move(page, "client", "let the 2MSL timer expire");
  await expect(page.getByTestId("badge-client")).toContainText("CLOSED");
});

test("a host reboots and loses its TCB; the user timeout closes a side; both refused where they mean nothing", async ({
  page,
}, testInfo) => {
  await open(page, "/learn/sandbox?start=established");
  const clientTcb = page.getByTestId("tcb-client");
  await expect(clientTcb.locator("[data-field='SND.NXT']")).toContainText("4001");
  await move(page, "client", "reboot the host (its TCB is lost)");
  await expect(page.getByTestId("badge-client")).toContainText("CLOSED");
  await expect(page).toHaveURL(/start=established&moves=cB$/);
  // Every variable is gone, and each says it changed.
  await expect(clientTcb.locator("[data-changed=true]")).toHaveCount(7);
  await expect(clientTcb.locator("[data-field='SND.NXT']")).toContainText("—");
  await expect(page.getByTestId("badge-server")).toContainText("ESTABLISHED");
  await expect(page.getByTestId("lit-arc")).toHaveAttribute("data-dashed", "true");

  // RFC 9293 Figure 10: the server sends on the connection it thinks open; the rebooted client answers with a RST.
  await move(page, "server", "send 100 bytes");
  await move(page, "client", "receive the next segment");
  await expect(page.getByTestId("in-flight-server")).toContainText("RST seq=4001");
  await move(page, "server", "receive the next segment");
  await expect(page.getByTestId("badge-server")).toContainText("CLOSED");
  await page.getByTestId("checks").locator("summary").click();
  await expect(page.getByTestId("checks").getByRole("listitem")).not.toHaveCount(0);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await screenshot(page, testInfo, `sandbox-reboot-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });

  // Nothing left to lose or to time out: refused, with the reason, and nothing changes.
  await move(page, "client", "reboot the host (its TCB is lost)");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Not allowed (client: reboot the host (its TCB is lost)), nothing changed.");
  await expect(alert).toContainText("This side has no connection to lose.");
  await move(page, "server", "let the user timeout expire");
  await expect(alert).toContainText("No connection, so no user timeout runs.");
  await expect(page).toHaveURL(/moves=cB\.sS\.cD\.sD$/);

  // The user timeout from a state with a connection: the side is CLOSED, the timer it ran stops.
  await open(page, "/learn/sandbox?start=established&moves=cX");
  await expect(page.getByTestId("badge-client").getByTestId("timer-RTO")).toBeVisible();
  await move(page, "client", "let the user timeout expire");
  await expect(page.getByTestId("badge-client")).toContainText("CLOSED");
  await expect(page.getByTestId("badge-client").getByTestId("timer-RTO")).toHaveCount(0);
  await expect(page.getByTestId("narration")).toContainText("user timeout");
  await expect(page).toHaveURL(/moves=cX\.cU$/);
});

test("the retransmission timer shows its backoff in the sandbox: 1 s, 2 s, 4 s", async ({ page }) => {
  await open(page, "/learn/sandbox?start=closed&moves=cC");
  const timer = page.getByTestId("badge-client").getByTestId("timer-RTO");
  await expect(timer).toContainText("1.0 s");
  await move(page, "client", "let the retransmission timer expire");
  await expect(timer).toContainText("2.0 s");
  await expect(timer.getByTestId("timer-restarted")).toContainText("from 1 s to 2 s");
  await move(page, "client", "let the retransmission timer expire");
  await expect(timer).toContainText("4.0 s");
  await expect(timer.getByTestId("timer-restarted")).toContainText("from 2 s to 4 s");
});

test("a sandbox link with a move that is not allowed replays up to it and says so", async ({ page }) => {
  await page.goto("/learn/sandbox?start=closed&moves=sL.cX.sD");
  await expect(page.getByRole("main").getByRole("status")).toContainText("move 2 is not allowed");
  await expect(page.getByTestId("badge-server")).toContainText("LISTEN");
  await expect(page).toHaveURL(/moves=sL$/);
  await page.goto("/learn/sandbox?start=sideways");
  await expect(page.getByRole("main").getByRole("status")).toContainText("not a way to start");
});

test("on a phone a move's result and a refusal appear right under the buttons pressed", async ({ page, isMobile }) => {
  test.skip(!isMobile, "on a wide screen the narration sits beside the buttons");
  await open(page, "/learn/sandbox");
  const listen = side(page, "server").getByRole("button", { name: "listen()", exact: true });
  await listen.click();
  const result = page.getByTestId("move-result-server");
  await expect(result).toContainText("LISTEN");
  const [button, said] = await Promise.all([listen.boundingBox(), result.boundingBox()]);
  expect(said!.y - button!.y).toBeLessThan(400);
  // A refusal, under the client's buttons this time.
  await move(page, "client", "close()");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Not allowed (client: close())");
  const close = side(page, "client").getByRole("button", { name: "close()", exact: true });
  const [closeBox, alertBox] = await Promise.all([close.boundingBox(), alert.boundingBox()]);
  expect(alertBox!.y - closeBox!.y).toBeLessThan(400);
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("drive a handshake in Chinese: the buttons, the refusal, the narration and a bad link", async ({
    page,
  }, testInfo) => {
    await open(page, "/learn/sandbox");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("亲手操作连接");
    await expect(page.getByTestId("in-flight-server")).toHaveText("没有发往服务器的报文段。");

    await move(page, "client", "close()");
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("不允许（客户端：close()），什么都没有改变。");
    await expect(alert).toContainText("连接不存在");
    await expect(alert).not.toContainText("does not exist");

    await move(page, "server", "listen()");
    await move(page, "client", "connect()");
    await expect(page.getByTestId("in-flight-server")).toHaveText("正在发往服务器的报文段：SYN seq=4000。");
    await move(page, "server", "接收下一个报文段");
    await expect(page.getByTestId("badge-server")).toContainText("SYN-RECEIVED");
    await expect(page.getByRole("heading", { name: "第 3 步之后" })).toBeVisible();
    await expect(page.getByTestId("narration")).toContainText("4001");
    await expect(page.getByTestId("narration")).not.toContainText("receives");
    await move(page, "client", "接收下一个报文段");
    await move(page, "server", "接收下一个报文段");
    await expect(page.getByTestId("badge-client")).toContainText("ESTABLISHED");
    await expect(page).toHaveURL(/start=closed&moves=sL\.cC\.sD\.cD\.sD$/);
    expect(await englishInChinesePage(page)).toEqual([]);
    await screenshot(page, testInfo, "sandbox-handshake-zh");

    // The new moves, in Chinese.
    await open(page, "/learn/sandbox?start=established");
    await move(page, "client", "重启主机（丢失 TCB）");
    await expect(page.getByTestId("badge-client")).toContainText("CLOSED");
    await move(page, "client", "让用户超时到期");
    await expect(alert).toContainText("不允许（客户端：让用户超时到期），什么都没有改变。");
    await move(page, "server", "发送 100 字节");
    await move(page, "client", "接收下一个报文段");
    await page.getByTestId("checks").locator("summary").click();
    expect(await englishInChinesePage(page)).toEqual([]);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await screenshot(page, testInfo, `sandbox-reboot-zh-${colorScheme}`);
    }

    await page.goto("/learn/sandbox?start=sideways&moves=sL.cX.sD");
    const notes = page.getByRole("main").getByRole("status");
    await expect(notes.first()).toHaveText("“sideways”不是可用的初始状态，改为从双方都处于 CLOSED 开始。");
    await expect(notes.nth(1)).toContainText("链接中的第 2 步不被允许（错误：连接不存在");
    await expect(notes.nth(1)).toContainText("会话停在前 1 步。");
  });
});
