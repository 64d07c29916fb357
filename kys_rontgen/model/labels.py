"""data/labels.yaml: the words that frame generated pages (headings, link texts), per language."""
from __future__ import annotations

from pydantic import RootModel

from .fields import Localized


class Labels(RootModel[dict[str, Localized]]):
    def __getitem__(self, key: str) -> dict[str, str]:
        return self.root[key]
