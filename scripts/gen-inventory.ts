/** Regenerates test/inventory/<stack>.yaml from the default app. Review the diff before committing. */
import * as path from "node:path";
import { writeInventories } from "../test/inventory";

for (const file of writeInventories()) process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
