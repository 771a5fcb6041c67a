import path from "node:path";

/** Where end-to-end runs keep their databases, screenshots and traces (ignored by git). */
export const ARTIFACTS = path.resolve("e2e/.artifacts");
export const SCREENSHOTS = path.join(ARTIFACTS, "screenshots");

/** The build the end-to-end tests serve, kept apart from the one `npm run app` serves. */
export const TEST_DIST_DIR = ".next-test";
