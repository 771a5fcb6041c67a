import { database } from "./client";

/** True when the database answers a trivial query; used by the health check, which must not create data. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    const db = await database();
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
