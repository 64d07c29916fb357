"""`make bench`: how fast the site is for editors and residents, and how it grows with the data.

Measures, each `BENCH_RUNS` times (median reported, default 3):
  - the full two-language build of the real site, and of synthetic datasets 10x and 50x as
    large (every identified record in data/ replicated under new ids, see synthetic.py), as a
    rebuild costs it: after a first build (reported too) that fills .cache/;
  - its wall-clock and CPU time (user + system: less disturbed by other jobs on the machine);
  - per page: build time and HTML bytes; the generator's share of the build; the data-only
    step (load, validate, render; no MkDocs);
  - the same pages as a plain Material + i18n site (plain_site.py) and the ratio;
  - a default-language-only build of the largest dataset (`make serve-fast`);
then search (bench/search_quality.py): recall of today's search and ours over
bench/search_queries.yaml, per language, and at each scale the index size per language and the
time to the first result in Chromium with a 4x CPU slowdown (BENCH_SEARCH=0 leaves it out);
then Lighthouse on every sample page (kys_rontgen/pages/samples.py), gzip-served, `BENCH_LIGHTHOUSE_RUNS`
times each (median reported, default 3), on the real site and on the same pages built as a plain
Material + i18n site: the theme's own score on this machine is the baseline for ours; then, on a
host slower than Lighthouse's default CPU slowdown assumes, again with the slowdown calibrated to it.
Prints a table and writes BENCHMARKS.md. Not a test: nothing here fails on a slow machine.
"""
from __future__ import annotations

import datetime
import gzip
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.pages import render_pages
from kys_rontgen.pages.samples import sample_pages

from .lighthouse import (
    DEFAULT_CPU_SLOWDOWN, REFERENCE_HOST_BENCHMARK_INDEX, SLOW_HOST_BENCHMARK_INDEX, PageComparison, PageResult,
    calibrated_cpu_slowdown, measure_page,
)
from .plain_site import make_plain_site
from .project import ROOT, copy_project, full_build
from .search_quality import first_result_seconds, index_gzip_bytes, language_roots, recall_table, search_report, todays_project
from .server import free_port, serve
from .synthetic import record_counts, scale_data

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
# The largest dataset's builds take minutes each: fewer runs keep `make bench` near 10 minutes.
RUNS_LARGE = int(os.environ.get("BENCH_RUNS_LARGE", "1"))
FACTORS = [int(f) for f in os.environ.get("BENCH_SCALES", "1,10,50").split(",")]
LIGHTHOUSE = os.environ.get("BENCH_LIGHTHOUSE", "1") != "0"
LIGHTHOUSE_RUNS = int(os.environ.get("BENCH_LIGHTHOUSE_RUNS", "3"))
SEARCH = os.environ.get("BENCH_SEARCH", "1") != "0"


def median(values):
    return statistics.median(values)


def data_only_seconds(project: Path) -> float:
    languages = configured_languages(project / "mkdocs.yml")
    start = time.perf_counter()
    render_pages(load_dataset(project / "data", languages, project))
    return time.perf_counter() - start


def search_index_gzip_bytes(site: Path) -> int:
    return sum(len(gzip.compress(p.read_bytes(), 6, mtime=0)) for p in site.rglob("search_index.json"))


def measure_scale(factor: int, tmp: Path) -> dict:
    project = copy_project(tmp / f"x{factor}")
    counts = scale_data(project / "data", factor) if factor > 1 else record_counts(project / "data")
    print(f"[{factor}x] {counts}", flush=True)
    ours, plain, data_only = [], [], []
    runs = RUNS_LARGE if factor == max(FACTORS) and len(FACTORS) > 1 else RUNS
    # The first build of a fresh clone fills .cache/ (kys_rontgen/lemmatiser.py); the runs
    # measure what every later build costs, as `make build` and `make serve` do.
    cold = full_build(project, tmp / "site")
    plain_project = make_plain_site(project, tmp / f"plain{factor}")  # from the generated pages
    index_bytes = search_index_gzip_bytes(tmp / "site")
    print(f"[{factor}x] first build, empty cache: {cold.seconds:.2f} s", flush=True)
    for run in range(runs):
        ours.append(full_build(project, tmp / "site"))
        plain.append(full_build(plain_project, tmp / "plain-site"))
        data_only.append(data_only_seconds(project))
        print(f"[{factor}x] run {run + 1}/{runs}: ours {ours[-1].seconds:.2f} s ({ours[-1].cpu_seconds:.2f} s CPU), "
              f"plain {plain[-1].seconds:.2f} s ({plain[-1].cpu_seconds:.2f} s CPU)", flush=True)
    search = {}
    if SEARCH:  # on our last full build, before the one-language build below replaces it
        roots = language_roots(project)
        search = {"search_gzip": index_gzip_bytes(tmp / "site", roots), "first_result": first_result_seconds(tmp / "site", roots)}
        print(f"[{factor}x] search: {search}", flush=True)
    one_language = None
    if factor == max(FACTORS):
        one_language = median(
            [full_build(project, tmp / "site", {"ALL_LANGUAGES": "false"}).seconds for _ in range(runs)]
        )
    seconds = median([b.seconds for b in ours])
    return {
        "factor": factor, "runs": runs, "counts": counts, "pages": ours[0].pages, "seconds": seconds,
        "cold_seconds": cold.seconds, "cpu_seconds": median([b.cpu_seconds for b in ours]),
        "plain_cpu_seconds": median([b.cpu_seconds for b in plain]),
        "spread": (min(b.seconds for b in ours), max(b.seconds for b in ours)),
        "per_page_ms": 1000 * seconds / ours[0].pages,
        "bytes_per_page": ours[0].html_bytes / ours[0].pages,
        "generator_share": median([b.generator_seconds / b.seconds for b in ours]),
        "generator_seconds": median([b.generator_seconds for b in ours]),
        "data_only": median(data_only),
        "plain_seconds": median([b.seconds for b in plain]), "plain_pages": plain[0].pages,
        "plain_bytes_per_page": plain[0].html_bytes / plain[0].pages,
        "search_index_gzip": index_bytes, "one_language": one_language, **search,
    }


def measure_search_quality(tmp: Path) -> dict:
    """Recall of today's search (TODAY in bench/search_quality.py) and ours, on the real data."""
    ours = copy_project(tmp / "search-new")
    full_build(ours, tmp / "search-new-site")
    full_build(todays_project(tmp / "search-today"), tmp / "search-today-site")
    table = recall_table({"today": tmp / "search-today-site", "new": tmp / "search-new-site"}, language_roots(ours))
    print(f"[search] recall (at 1, at 5): {table}", flush=True)
    return table


def compare_pages(pages: list[str], ours: str, plain: str, cpu_slowdown: float) -> list[PageComparison]:
    """Each page path (as in kys_rontgen/pages/samples.py) under both base addresses."""
    results = []
    for page in pages:
        results.append(PageComparison("/" + page, measure_page(ours + page, LIGHTHOUSE_RUNS, cpu_slowdown),
                                      measure_page(plain + page, LIGHTHOUSE_RUNS, cpu_slowdown)))
        print(f"[lighthouse {cpu_slowdown:g}x CPU] /{page}: ours {results[-1].ours.performances}, "
              f"plain Material {results[-1].plain.performances}", flush=True)
    return results


def measure_lighthouse(tmp: Path) -> tuple[list[PageComparison], float, list[PageComparison]]:
    """Every sample page, ours and plain Material: with the default throttling, then with the CPU
    slowdown calibrated to this host (and that slowdown)."""
    project = copy_project(tmp / "lighthouse")
    ours_port, plain_port = free_port(), free_port()
    full_build(project, tmp / "lighthouse-site", {"SITE_URL": f"http://127.0.0.1:{ours_port}/"})
    full_build(make_plain_site(project, tmp / "lighthouse-plain"), tmp / "lighthouse-plain-site")
    pages = sample_pages(load_dataset(project / "data", configured_languages(project / "mkdocs.yml"), project))
    with serve(tmp / "lighthouse-site", ours_port) as ours, serve(tmp / "lighthouse-plain-site", plain_port) as plain:
        default = compare_pages(pages, ours, plain, DEFAULT_CPU_SLOWDOWN)
        slowdown = calibrated_cpu_slowdown([i for c in default for i in c.benchmark_indexes])
        calibrated = compare_pages(pages, ours, plain, slowdown) if slowdown != DEFAULT_CPU_SLOWDOWN else []
    return default, slowdown, calibrated


def machine() -> list[str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True).stdout.strip()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return [
        f"- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- CPU: {cpu}, {os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.1f}",
        f"- {platform.platform()}; Python {platform.python_version()}; MkDocs {version('mkdocs')}, "
        f"Material {version('mkdocs-material')}, mkdocs-static-i18n {version('mkdocs-static-i18n')}; "
        f"Node {node}; {chromium}",
        f"- Runs per build measurement: {RUNS}, the largest dataset {RUNS_LARGE} (median; "
        "BENCH_RUNS=n and BENCH_RUNS_LARGE=n to change)",
    ]


def report(scales: list[dict], lighthouse: tuple | None, started: float, search: dict | None = None) -> str:
    base = scales[0]
    lines = [
        "# Benchmarks", "",
        "Written by `make bench` (bench/run.py); numbers from one run on the machine below. The machine",
        "is shared with other jobs, so absolute times are noisy: compare ratios measured in the same run.", "",
        *machine(), "",
        "## Builds (both languages)", "",
        "| data | runs | records | HTML pages | full build s (min–max) | per page ms | HTML kB/page | generator | "
        "data only s | plain Material+i18n s | ours/plain | ours/plain CPU | first build s (empty cache) | "
        "search index kB gz |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scales:
        records = ", ".join(f"{k.split(':')[1]} {v}" for k, v in s["counts"].items())
        lines.append(
            f"| {s['factor']}× | {s['runs']} | {records} | {s['pages']} | {s['seconds']:.2f} ({s['spread'][0]:.2f}–"
            f"{s['spread'][1]:.2f}) | {s['per_page_ms']:.0f} | {s['bytes_per_page'] / 1000:.1f} | "
            f"{100 * s['generator_share']:.1f} % ({s['generator_seconds']:.2f} s) | {s['data_only']:.3f} | "
            f"{s['plain_seconds']:.2f} | {s['seconds'] / s['plain_seconds']:.2f} | "
            f"{s['cpu_seconds'] / s['plain_cpu_seconds']:.2f} | {s['cold_seconds']:.2f} | "
            f"{s['search_index_gzip'] / 1000:.1f} |"
        )
    lines += [
        "",
        "A build's times are those of a rebuild: the lemmatiser's answers for the site's words, the",
        "compiled templates and the label usage are in `.cache/` (kys_rontgen/build_cache.py), the",
        "compiled generator in `__pycache__/`. The first build of a fresh clone (or after new words)",
        "loads simplemma's dictionaries once and fills them: the column \"first build\".",
        "", "## Growth", "",
    ]
    for s in scales[1:]:
        marginal = 1000 * (s["seconds"] - base["seconds"]) / max(1, s["pages"] - base["pages"])
        lines.append(
            f"- {s['factor']}× the data: {s['pages'] / base['pages']:.1f}× the pages in "
            f"{s['seconds'] / base['seconds']:.1f}× the time; per page {s['per_page_ms'] / base['per_page_ms']:.2f}× "
            f"the real site's (fixed start-up cost spread wider), each added page {marginal:.0f} ms; "
            f"HTML per page {s['bytes_per_page'] / base['bytes_per_page']:.2f}× the real site's."
        )
    largest = scales[-1]
    if largest["one_language"]:
        lines.append(
            f"- Default language only (`make serve-fast`) at {largest['factor']}×: {largest['one_language']:.2f} s "
            f"against {largest['seconds']:.2f} s for both."
        )
    worst = max(s["generator_share"] for s in scales)
    lines += [
        f"- Generator share of a full build: at most {100 * worst:.1f} % (target under 10 %).",
        "- The search index (last column) is not part of the first view: it loads when the reader opens",
        "  search (overrides/partials/search-on-demand.js). First-view byte budgets are tests",
        "  (tests/browser/test_budgets.py, 120 kB compressed per page).",
        "- The plain site runs stock mkdocs-static-i18n, whose search deduplication is quadratic in the",
        "  pages; ours needs none: it writes one index per language (kys_rontgen/search_index.py).",
    ]
    if search:
        lines += search_report(search, scales, language_roots(ROOT))
    if lighthouse:
        lines += lighthouse_report(*lighthouse)
    note = os.environ.get("BENCH_NOTE")
    if note:
        lines += ["", "## Note", "", note]
    lines += ["", f"Load average at the end {os.getloadavg()[0]:.1f}; the bench took {(time.perf_counter() - started) / 60:.1f} min.", ""]
    return "\n".join(lines)


def runs(result: PageResult) -> str:
    return f"{result.median.performance} ({', '.join(map(str, result.performances))})"


def lighthouse_report(default: list[PageComparison], slowdown: float, calibrated: list[PageComparison]) -> list[str]:
    indexes = [i for c in default for i in c.benchmark_indexes]
    slow = sum(i < SLOW_HOST_BENCHMARK_INDEX for i in indexes)
    lines = [
        "", f"## Lighthouse 12.2.3 (default mobile throttling, site served gzip-compressed, "
        f"{LIGHTHOUSE_RUNS} runs per page)", "",
        "Performance is the median run (every run's score in brackets); the other columns are that run's.",
        "\"plain Material\" is the same page built by the theme alone (no plugin, hooks, overrides, CSS or scripts",
        "of ours), measured in the same minutes: what the fixed stack scores on this machine.", "",
        "| page | performance | plain Material | accessibility | best practices | SEO | FCP ms | LCP ms | "
        "TBT ms | CLS | audits lost |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for c in default:
        r = c.ours.median
        lines.append(
            f"| {c.path} | {runs(c.ours)} | {runs(c.plain)} | {r.accessibility} | {r.best_practices} | {r.seo} | "
            f"{r.fcp_ms:.0f} | {r.lcp_ms:.0f} | {r.tbt_ms:.0f} | {r.cls:.3f} | {', '.join(r.failed) or '–'} |"
        )
    lines += [
        "",
        f"- Median over the pages: {medians(default)}.",
        f"- Lighthouse's CPU benchmark of this host: {min(indexes):.0f}–{max(indexes):.0f} (median "
        f"{median(indexes):.0f}); {slow} of {len(indexes)} runs were below {SLOW_HOST_BENCHMARK_INDEX},",
        "  where Lighthouse warns that the host is slower than its mobile throttling assumes: its 4x CPU",
        "  slowdown then models a slower phone than intended.",
    ]
    if calibrated:
        lines += [
            "", f"## Lighthouse with the CPU slowdown calibrated to this host ({slowdown:g}x instead of 4x)", "",
            "Lighthouse's throttling guide (docs/throttling.md in its repository) says the default 4x is meant",
            f"for a high-end desktop (benchmark index 1500–2000) and to lower it on a slower host; {slowdown:g}x is",
            f"4x scaled by this host's median benchmark index against {REFERENCE_HOST_BENCHMARK_INDEX} "
            "(bench/lighthouse.py). This models",
            "the mid-tier phone the default means; the budget itself is judged on the table above.", "",
            "| page | performance | plain Material | FCP ms | LCP ms | TBT ms | plain FCP ms | plain LCP ms | plain TBT ms |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for c in calibrated:
            r, p = c.ours.median, c.plain.median
            lines.append(
                f"| {c.path} | {runs(c.ours)} | {runs(c.plain)} | {r.fcp_ms:.0f} | {r.lcp_ms:.0f} | {r.tbt_ms:.0f} | "
                f"{p.fcp_ms:.0f} | {p.lcp_ms:.0f} | {p.tbt_ms:.0f} |"
            )
        lines += ["", f"- Median over the pages: {medians(calibrated)}."]
    return lines


def medians(comparisons: list[PageComparison]) -> str:
    ours = median([c.ours.median.performance for c in comparisons])
    plain = median([c.plain.median.performance for c in comparisons])
    return f"ours {ours:g}, plain Material {plain:g}"


def main() -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kys-bench-") as tmp:
        scales = [measure_scale(factor, Path(tmp)) for factor in FACTORS]
        search = measure_search_quality(Path(tmp)) if SEARCH else None
        lighthouse = measure_lighthouse(Path(tmp)) if LIGHTHOUSE else None
    text = report(scales, lighthouse, started, search)
    (ROOT / "BENCHMARKS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    sys.exit(main())
