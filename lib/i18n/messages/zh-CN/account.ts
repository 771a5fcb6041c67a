import type { Catalogue } from "../en";

export const account: Catalogue["account"] = {};
