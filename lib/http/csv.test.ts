import { describe, expect, it } from "vitest";
import { csvCell, csvTable } from "./csv";

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks, and leaves plain cells alone", () => {
    expect(csvCell("ACK seq=1, ack=2")).toBe('"ACK seq=1, ack=2"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(12)).toBe("12");
    expect(csvCell(null)).toBe("");
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("-1+2")).toBe("'-1+2");
    expect(csvCell(-3)).toBe("-3");
  });

  it("writes a header and CRLF-terminated rows", () => {
    expect(csvTable(["a", "b"], [[1, "x"]])).toBe("a,b\r\n1,x\r\n");
  });
});
