"""One page to generate: where it goes, which template lays it out, and what it shows."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Page:
    path: str  # under docs/<lang>/, the same in every language: "kunnat/kuopio.md"
    template: str  # a file in kys_rontgen/templates/
    context: dict[str, Any] = field(default_factory=dict)  # extra template variables
    # The data value a problem with the page is reported at: (data file, path in it).
    origin: tuple[str, tuple] | None = None
