import type { Catalogue } from "../en";

export const progress: Catalogue["progress"] = {};
