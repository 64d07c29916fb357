"""The accessibility statement (Act 306/2019), from data/accessibility.yaml; linked from every footer."""
from __future__ import annotations

from .page import Page

PATH = "saavutettavuus.md"


def pages(dataset) -> list[Page]:
    return [Page(PATH, "accessibility.md.j2", {"statement": dataset.accessibility})]
