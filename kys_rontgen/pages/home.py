"""The home page: the top tasks first (referral, exams, own municipality, urgent help), then the
service texts of data/service.yaml."""
from __future__ import annotations

from ..formatting import slugify
from ..structured_data import hospital
from .exams import exam_page
from .page import Page


def referral_anchor(dataset, lang: str) -> str:
    """Where the first task leads: the section on what happens after a referral, named from
    its own heading ("minulla-on-lahete-mita-seuraavaksi"), so every language has its own."""
    return slugify(dataset.service.user_instruction.title[lang])


def pages(dataset) -> list[Page]:
    return [Page("index.md", "home.md.j2", {
        "exam_page": exam_page, "hospital": hospital,
        "referral_anchor": lambda lang: referral_anchor(dataset, lang),
    })]
