"""Editing while previewing: with broken data, `make serve` keeps the last good pages.

A build (`make build`, CI) stops on the first invalid data, as it must. The preview instead
keeps serving: the generated pages in docs/ stay as they were (the generator writes only
valid data), every step that needs the data gets the last build that was valid in this
process, the problems are printed once per save and every page shows them in a banner in
its own language. The next save with valid data brings the real pages back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup, escape

from .validation import DataError, DataErrors

# Shown above the problems; the labels cannot be used, they may be what is broken.
HEADING = {
    "fi": "Datassa on virheitä. Esikatselu näyttää viimeisimmät toimivat sivut, kunnes korjaat nämä:",
    "en": "The data has problems. The preview shows the last pages that worked until you fix these:",
}


@dataclass
class _State:
    serving: bool = False
    last_good: dict[Path, object] = field(default_factory=dict)  # project folder -> its last good build
    problems: list[DataError] = field(default_factory=list)


_state = _State()  # module state: the MkDocs plugin object is made anew for every rebuild


def start_serving() -> None:
    """`mkdocs serve` is running: broken data falls back to the last good build."""
    _state.serving = True


def succeeded(root: Path, generated) -> None:
    """A build of `root` had valid data: remember it, and there are no problems to show."""
    _state.last_good[Path(root).resolve()] = generated
    _state.problems = []


def fallback(root: Path, errors: DataErrors):
    """While previewing: the last good build of `root` to keep showing, the problems recorded
    for the banner. Otherwise (a real build, or nothing good yet) None: the build must stop."""
    last_good = _state.last_good.get(Path(root).resolve())
    if not _state.serving or last_good is None:
        return None
    _state.problems = list(errors.errors)
    return last_good


def problems() -> list[DataError]:
    return list(_state.problems)


def banner(lang: str) -> Markup:
    """The problems as HTML for the top of every page ('' when there are none)."""
    if not _state.problems:
        return Markup("")
    items = "".join(f"<li><code>{escape(str(problem))}</code></li>" for problem in _state.problems)
    heading = HEADING.get(lang, HEADING["en"])
    return Markup(
        f'<section class="kys-notice kys-notice--warning" role="alert"><p class="kys-notice__title">{escape(heading)}</p>'
        f"<ul>{items}</ul></section>"
    )
