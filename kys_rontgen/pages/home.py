"""The home page: the top tasks first (referral, exams, own municipality, urgent help), then the
service texts of data/service.yaml."""
from __future__ import annotations

from .. import structured_data
from ..model.names import slugify
from .directory import DIRECTORY
from .exams import INDEX as EXAM_INDEX, exam_pages
from .page import Page


# The referral section's anchor when its heading has no Latin letter to make one from
# ("Направление: что дальше?" gives an empty slug, and the task link led nowhere).
REFERRAL_ANCHOR = "user-instruction"


def referral_anchors(dataset) -> dict[str, str]:
    """Where the first task leads in each language: the section on what happens after a referral,
    named from its own heading ("minulla-on-lahete-mita-seuraavaksi")."""
    return {lang: slugify(title) or REFERRAL_ANCHOR for lang, title in dataset.service.user_instruction.title.items()}


def pages(dataset) -> list[Page]:
    service = dataset.service
    anchors = referral_anchors(dataset)
    return [Page("index.md", "home.md.j2", {
        # The top tasks first, then these service texts, each with its anchors (or None) and
        # whether the directory link follows it (after the referral steps, the reader's next
        # question is whom to ask); the contact text closes the page. Who books follows the referral
        # steps: the same text the plain X-ray page and every municipality page show.
        "referral_anchors": anchors,
        "sections": [(service.user_instruction, anchors, False), (service.booking, None, True),
                     (service.requirements, None, False),
                     (service.charge, None, False), (service.description, None, False)],
        "exam_pages": exam_pages(dataset),
        "exam_index_page": EXAM_INDEX,
        "directory_page": DIRECTORY,
    }, origin=("service.yaml", ("summary",)),  # the page's description (a problem with it is told there)
        structured_data=lambda lang: structured_data.hospital(dataset, lang))]
