// Runs Lighthouse (mobile profile) on several URLs with one Chromium; writes one JSON report each.
// Usage: node run.mjs CHROMIUM "FLAGS" CATEGORIES OUT_DIR URL... (reports OUT_DIR/0.json, 1.json...)
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher"; // installed with lighthouse, which uses it
import lighthouse from "lighthouse";

const [chromePath, flags, categories, outDir, ...urls] = process.argv.slice(2);
fs.mkdirSync(path.join(outDir, "profile"));
const chrome = await chromeLauncher.launch({
  chromePath, chromeFlags: flags.split(" "), userDataDir: path.join(outDir, "profile"),
});
try {
  for (const [i, url] of urls.entries()) {
    const result = await lighthouse(url, {
      port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories.split(","),
    });
    fs.writeFileSync(path.join(outDir, `${i}.json`), result.report);
  }
} finally {
  await chrome.kill();
}
