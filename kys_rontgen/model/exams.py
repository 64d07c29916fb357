"""data/exams.yaml: the examinations KYS Röntgen does."""
from __future__ import annotations

from .fields import Localized, Slug, Strict


class Exam(Strict):
    id: Slug
    name: Localized  # the plain name a resident knows
    summary: Localized


class Exams(Strict):
    exams: list[Exam]
