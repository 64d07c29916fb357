"""Lighthouse (npm, pinned in package.json) on the built site, default mobile throttling.

The performance score moves from run to run on a shared machine (Lighthouse's own CPU
benchmark of the host varies by half), so each page is measured several times and the run
with the median performance score is reported, as Lighthouse's documentation advises.

Lighthouse's default 4x CPU slowdown assumes a fast desktop host (docs/throttling.md in the
Lighthouse repository: a high-end desktop, benchmark index 1500–2000, slowed 4x lands in the
mid-tier mobile bracket). On a slower host the same 4x models a slower phone than intended, so
the bench also measures with the slowdown that document's calibration gives for this host.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .project import ROOT

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# Debian's Chromium, headless, with DESIGN.md's flags (no sandbox in containers, nothing phoned home).
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update "
    "--disable-sync --no-first-run --disable-quic"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Below this Lighthouse warns that the host CPU is slower than the one its throttling assumes.
SLOW_HOST_BENCHMARK_INDEX = 1000
DEFAULT_CPU_SLOWDOWN = 4
# The middle of the high-end desktop bracket, the host the default slowdown is meant for.
REFERENCE_HOST_BENCHMARK_INDEX = 1750


@dataclass
class Scores:
    performance: int
    accessibility: int
    best_practices: int
    seo: int
    cls: float
    fcp_ms: float
    lcp_ms: float
    tbt_ms: float
    benchmark_index: float  # Lighthouse's CPU benchmark of the host during this run
    failed: list[str]  # audits that lost points outside performance, to fix


@dataclass
class PageResult:
    median: Scores  # the run with the median performance score (the lower middle for an even count)
    performances: list[int]  # every run's, in order
    benchmark_indexes: list[float]


@dataclass
class PageComparison:
    path: str
    ours: PageResult
    plain: PageResult  # the same page built by the plain theme (plain_site.py)

    @property
    def benchmark_indexes(self) -> list[float]:
        return self.ours.benchmark_indexes + self.plain.benchmark_indexes


def calibrated_cpu_slowdown(benchmark_indexes: list[float]) -> float:
    """The CPU slowdown that makes this host model the phone the default 4x models on the
    reference host: scaled by the median benchmark index, to the nearest half, within 1–4."""
    host = statistics.median(benchmark_indexes)
    scaled = DEFAULT_CPU_SLOWDOWN * host / REFERENCE_HOST_BENCHMARK_INDEX
    return min(DEFAULT_CPU_SLOWDOWN, max(1.0, round(scaled * 2) / 2))


def run_lighthouse(url: str, cpu_slowdown: float = DEFAULT_CPU_SLOWDOWN) -> Scores:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
             f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}",
             f"--throttling.cpuSlowdownMultiplier={cpu_slowdown:g}"],
            env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, check=True, capture_output=True,
        )
        result = json.loads(report.read_text())
    categories, audits = result["categories"], result["audits"]
    score = {key: round(categories[key]["score"] * 100) for key in CATEGORIES}
    failed = [
        ref["id"] for key in CATEGORIES[1:] for ref in categories[key]["auditRefs"]
        if ref["weight"] and audits[ref["id"]]["score"] is not None and audits[ref["id"]]["score"] < 1
    ]

    def value(audit_id: str) -> float:
        return audits[audit_id]["numericValue"]

    return Scores(
        score["performance"], score["accessibility"], score["best-practices"], score["seo"],
        value("cumulative-layout-shift"), value("first-contentful-paint"), value("largest-contentful-paint"),
        value("total-blocking-time"), result["environment"]["benchmarkIndex"], failed,
    )


def measure_page(url: str, runs: int, cpu_slowdown: float = DEFAULT_CPU_SLOWDOWN) -> PageResult:
    scores = [run_lighthouse(url, cpu_slowdown) for _ in range(runs)]
    ranked = sorted(scores, key=lambda s: s.performance)
    return PageResult(
        median=ranked[(len(ranked) - 1) // 2],
        performances=[s.performance for s in scores],
        benchmark_indexes=[s.benchmark_index for s in scores],
    )
