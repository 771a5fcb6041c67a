// `npm run db:postgres-schema`: writes prisma/postgresql/schema.prisma from prisma/schema.prisma (see README,
// "Changing the database").
import { POSTGRES_SCHEMA, writePostgresSchema } from "./lib/postgres-schema";

console.log(writePostgresSchema() ? `Wrote ${POSTGRES_SCHEMA}.` : `${POSTGRES_SCHEMA} is up to date.`);
