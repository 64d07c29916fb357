"""The privacy note, from data/privacy.yaml; linked from every footer."""
from __future__ import annotations

from .page import Page

PATH = "tietosuoja.md"


def pages(dataset) -> list[Page]:
    return [Page(PATH, "privacy.md.j2", {"privacy": dataset.privacy})]
