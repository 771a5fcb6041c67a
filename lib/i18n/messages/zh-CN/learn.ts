import type { Catalogue } from "../en";

export const learn: Catalogue["learn"] = {};
