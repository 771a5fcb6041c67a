import { describe, expect, it } from "vitest";
import { onlyThisComputer, qrSvg } from "./join-link";

describe("the join link", () => {
  it("knows the addresses students' devices cannot reach", () => {
    for (const link of [
      "http://localhost:3000/x",
      "http://127.0.0.1:3000/x",
      "http://[::1]:3000/x",
      "http://app.localhost/x",
    ])
      expect(onlyThisComputer(link), link).toBe(true);
    for (const link of ["http://192.168.1.5:3000/x", "https://synack.example.org/x", "http://10.0.0.2/x"])
      expect(onlyThisComputer(link), link).toBe(false);
  });

  it("draws as an SVG of dark modules on white, with nothing in it but the drawing", async () => {
    const svg = await qrSvg("http://192.168.1.5:3000/classes/join?code=K7Q2MX");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
    // Only the SVG elements a QR code is drawn with: no text, script or link a page could run or follow.
    expect([...svg.matchAll(/<(\w+)/g)].map((m) => m[1])).toEqual(["svg", "path", "path"]);
    // A longer link needs more modules.
    const size = (s: string) => Number(/viewBox="0 0 (\d+)/.exec(s)?.[1]);
    expect(size(await qrSvg(`http://192.168.1.5:3000/classes/join?code=${"X".repeat(200)}`))).toBeGreaterThan(
      size(svg),
    );
  });
});
