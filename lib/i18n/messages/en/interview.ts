export const interview = {};
