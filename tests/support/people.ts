import { type DbClient, learnerForUser } from "@/lib/db";

/** An account named and keyed `id` (email `<id>@example.com`), with its learner, as sign-up would leave it. */
export async function testUser(db: DbClient, id: string, role = "student") {
  await db.user.create({ data: { id, name: id, email: `${id}@example.com`, role } });
  return { id, learner: await learnerForUser(id, id, db) };
}
