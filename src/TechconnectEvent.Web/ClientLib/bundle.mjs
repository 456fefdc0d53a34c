// Copies the browser build of the QR reader into wwwroot, so the app serves it itself (no CDN at run time) and the
// .NET build needs only the committed copies. Run after changing the pinned version: npm ci && npm run bundle.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, "node_modules", "zxing-wasm");
const target = join(here, "..", "wwwroot", "lib", "zxing-wasm");
const { version } = JSON.parse(readFileSync(join(source, "package.json"), "utf8"));

mkdirSync(target, { recursive: true });
const files = [
  ["dist/iife/reader/index.js", "zxing-reader.iife.js"],
  ["dist/reader/zxing_reader.wasm", "zxing_reader.wasm"],
  ["LICENSE", "LICENSE"],
];
for (const [from, to] of files) {
  copyFileSync(join(source, from), join(target, to));
}
writeFileSync(join(target, "VERSION"), `zxing-wasm ${version}\n`);
console.log(`zxing-wasm ${version} copied to ${target}`);
