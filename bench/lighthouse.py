"""Lighthouse (npm, pinned in package.json) on the built site, default mobile throttling."""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .project import ROOT

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# Debian's Chromium, with the flags of DESIGN.md (no sandbox in containers, nothing phoned home).
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update "
    "--disable-sync --no-first-run --disable-quic"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


@dataclass
class Scores:
    performance: int
    accessibility: int
    best_practices: int
    seo: int
    cls: float
    lcp_ms: float
    failed: list[str]  # audits that lost points outside performance, to fix


def run_lighthouse(url: str) -> Scores:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
             f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"],
            env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, check=True, capture_output=True,
        )
        result = json.loads(report.read_text())
    categories, audits = result["categories"], result["audits"]
    score = {key: round(categories[key]["score"] * 100) for key in CATEGORIES}
    failed = [
        ref["id"] for key in CATEGORIES[1:] for ref in categories[key]["auditRefs"]
        if ref["weight"] and audits[ref["id"]]["score"] is not None and audits[ref["id"]]["score"] < 1
    ]
    return Scores(
        score["performance"], score["accessibility"], score["best-practices"], score["seo"],
        audits["cumulative-layout-shift"]["numericValue"], audits["largest-contentful-paint"]["numericValue"],
        failed,
    )
