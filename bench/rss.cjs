// Preloaded by the benchmark: appends this process's peak resident set size (KiB) to $BENCH_RSS_FILE.
const fs = require("node:fs");
process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE) fs.appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
