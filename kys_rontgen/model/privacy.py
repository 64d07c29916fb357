"""data/privacy.yaml: the privacy note (what the site stores and loads: nothing from third parties)."""
from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Strict
from .service import ServiceText


class Privacy(Strict):
    # A heading and its Markdown body each, in every language. Every footer links to the note:
    # with no section it would be a blank page, and the promise it makes (no cookies, nothing from
    # third parties) would vanish without a word.
    sections: Annotated[list[ServiceText], Field(min_length=1)]
