"""The home page: the service texts of data/service.yaml and the list of examinations."""
from __future__ import annotations

from .. import structured_data
from .directory import DIRECTORY
from .exams import exam_pages
from .page import Page


def pages(dataset) -> list[Page]:
    service = dataset.service
    return [Page("index.md", "home.md.j2", {
        # The exam list stands right after the first section, which says what we do.
        "first_section": service.description,
        "other_sections": [service.user_instruction, service.requirements, service.charge],
        "exam_pages": exam_pages(dataset),
        "directory_page": DIRECTORY,
    }, structured_data=lambda lang: structured_data.hospital(dataset, lang))]
