"""data/privacy.yaml: the privacy note (what the site stores and loads: nothing from third parties)."""
from __future__ import annotations

from .base import Strict
from .service import ServiceText


class Privacy(Strict):
    sections: list[ServiceText]  # a heading and its Markdown body each, in every language
