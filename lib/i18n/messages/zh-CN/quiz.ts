import type { Catalogue } from "../en";

export const quiz: Catalogue["quiz"] = {};
