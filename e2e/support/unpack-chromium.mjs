// Unpacks the browser the npm package @sparticuz/chromium ships into the temp folder (TMPDIR, which
// e2e/support/chromium.ts sets to a folder of its own): the browser, its SwiftShader libraries and Open Sans, and the
// NSS and expat libraries it links against, which the package unpacks only on Amazon Linux but a machine without
// Debian's chromium may lack as well. A separate process because unpacking is asynchronous and Playwright reads its
// configuration synchronously.
import path from "node:path";
import { fileURLToPath } from "node:url";
import chromium, { inflate } from "@sparticuz/chromium";

const entry = fileURLToPath(import.meta.resolve("@sparticuz/chromium"));
const bin = path.join(path.dirname(entry), "..", "bin");

await chromium.executablePath(bin);
await inflate(path.join(bin, "al2023.tar.br"));
