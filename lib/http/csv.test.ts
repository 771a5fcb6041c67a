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
    // Spreadsheets skip leading spaces (and tabs, non-breaking and ideographic spaces) before a formula.
    expect(csvCell("  =1+1")).toBe("'  =1+1");
    expect(csvCell(" @SUM(A1)")).toBe("' @SUM(A1)");
    expect(csvCell("\u00a0+cmd")).toBe("'\u00a0+cmd");
    expect(csvCell("\u3000-1")).toBe("'\u3000-1");
    expect(csvCell("\u0000=1")).toBe("'\u0000=1");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\n=1")).toBe('"\'\n=1"');
    expect(csvCell("a = b")).toBe("a = b");
  });

  it("writes a header and CRLF-terminated rows", () => {
    expect(csvTable(["a", "b"], [[1, "x"]])).toBe("a,b\r\n1,x\r\n");
  });
});
