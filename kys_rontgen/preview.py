"""Editing while previewing: with broken data, `make serve` keeps the last good pages.

A build (`make build`, CI) stops on the first invalid data, as it must. The preview instead
keeps serving: the generated pages in docs/ stay as they were (the generator writes only
valid data), every step that needs the data gets the last dataset that was valid in this
process, the problems are printed once per save and every page shows them in a banner in
its own language. The next save with valid data brings the real pages back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup, escape

from .dataset import Dataset, load_dataset
from .validation import DataError, DataErrors

# Shown above the problems; the labels cannot be used, they may be what is broken.
HEADING = {
    "fi": "Datassa on virheitä. Esikatselu näyttää viimeisimmät toimivat sivut, kunnes korjaat nämä:",
    "en": "The data has problems. The preview shows the last pages that worked until you fix these:",
}


@dataclass
class _State:
    serving: bool = False
    last_good: dict[Path, Dataset] = field(default_factory=dict)
    problems: list[DataError] = field(default_factory=list)


_state = _State()  # one preview server per process


def start_serving() -> None:
    """`mkdocs serve` is running: broken data falls back to the last good dataset."""
    _state.serving = True


def record(problems: list[DataError]) -> None:
    """The problems of the latest save (an empty list once the data is valid again)."""
    _state.problems = list(problems)


def problems() -> list[DataError]:
    return list(_state.problems)


def load(data_dir: Path, languages, root: Path | None = None) -> Dataset:
    """load_dataset, except that while previewing broken data it returns the last good one."""
    key = Path(data_dir).resolve()
    try:
        dataset = load_dataset(data_dir, languages, root)
    except DataErrors:
        if _state.serving and key in _state.last_good:
            return _state.last_good[key]
        raise
    _state.last_good[key] = dataset
    return dataset


def can_fall_back(data_dir: Path) -> bool:
    return _state.serving and Path(data_dir).resolve() in _state.last_good


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
