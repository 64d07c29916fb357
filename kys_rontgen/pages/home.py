"""The home page: the top tasks first (referral, exams, own municipality, urgent help), then the
service texts of data/service.yaml."""
from __future__ import annotations

from ..structured_data import hospital
from .exams import exam_page
from .page import Page


def pages(dataset) -> list[Page]:
    return [Page("index.md", "home.md.j2", {"exam_page": exam_page, "hospital": hospital})]
