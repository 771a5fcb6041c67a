import type { Catalogue } from "../en";

export const interview: Catalogue["interview"] = {};
