import fc from "fast-check";

/** Strings nobody types into a form: unicode, binary, path and SQL tricks, numbers that are not, and huge ones. */
export const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    "..",
    "../../etc/passwd",
    "%00",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "NaN",
    "-1",
    "1e309",
  ),
  fc.string({ minLength: 3000, maxLength: 6000 }),
);
