import type { Catalogue } from "../en";

export const classes: Catalogue["classes"] = {};
