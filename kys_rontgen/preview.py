"""Editing while previewing: `make serve` keeps serving while the data is broken.

A build (`make build`, CI) stops on invalid data, as it must. The preview instead shows, in
this order:
1. the pages of the last data that validated here: every valid build copies data/ to
   `.cache/last-good-data/` (git-ignored), so this also holds after a restart of `make serve`;
2. else the pages of the committed data (`git show HEAD:data/...`), when there is no such
   copy or the code no longer accepts it;
3. else, at every address, a page in the page's language that lists the problems.
In 1 and 2 every page carries the problems in a banner in its own language. The plugin prints
the problems once per save; the next save with valid data brings the real pages back.
Nothing is kept in memory between builds (a rebuild starts afresh): the last good data is on disk.
"""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from markupsafe import Markup, escape

from .build import Generated, generate
from .build_cache import CACHE_DIR
from .languages import Language
from .sync import generated_paths, sync_pages
from .validation import DataError, DataErrors

LAST_GOOD_DATA = Path(CACHE_DIR) / "last-good-data"  # under the project root
COMMITTED_DATA = Path(CACHE_DIR) / "committed-data"

# The preview's own words: the labels cannot be used, they may be what is broken.
BANNER = {
    "fi": "Datassa on virheitä. Esikatselu näyttää viimeisimmät toimivat sivut, kunnes korjaat nämä:",
    "en": "The data has problems. The preview shows the last pages that worked until you fix these:",
}
PROBLEMS_PAGE = {
    "fi": ("Datassa on virheitä",
           "Esikatselulla ei ole aiempia toimivia sivuja näytettävänä. Korjaa nämä ja tallenna, niin sivut tulevat näkyviin:"),
    "en": ("The data has problems",
           "The preview has no earlier working pages to show. Fix these and save, and the pages appear:"),
}


@dataclass(frozen=True)
class Unexpected:
    """An error that is not in the data's report (a fault in the code, e.g. a hook), shown on the
    preview like a data problem so that the editor sees it and the server keeps serving."""

    error: str

    def __str__(self) -> str:
        return (f"the pages could not be made ({self.error}); this is a fault in the site's code, not a line of "
                "your data: undo your last data change to see which one set it off, and tell the developers")


def unexpected(error: Exception) -> DataErrors:
    """`error` as the one problem of a DataErrors, for the preview's banner and log."""
    problems = DataErrors([])
    problems.errors = [Unexpected(f"{type(error).__name__}: {error}")]
    problems.args = (str(problems.errors[0]),)
    return problems


def _data_files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.yaml"))} if folder.is_dir() else {}


def _replace_folder(folder: Path, files: dict[str, bytes]) -> None:
    """Write `files` as the whole of `folder`, never leaving a half-written copy in its place."""
    new, old = folder.with_name(folder.name + ".new"), folder.with_name(folder.name + ".old")
    for leftover in (new, old):
        shutil.rmtree(leftover, ignore_errors=True)
    new.mkdir(parents=True)
    for name, content in files.items():
        (new / name).write_bytes(content)
    if folder.exists():
        folder.rename(old)
    new.rename(folder)
    shutil.rmtree(old, ignore_errors=True)


def remember_good_data(root: Path) -> None:
    """The data of `root` has just validated: keep a copy to preview from if it breaks later."""
    files = _data_files(root / "data")
    if files != _data_files(root / LAST_GOOD_DATA):
        _replace_folder(root / LAST_GOOD_DATA, files)


def _committed_data(root: Path) -> Path | None:
    """data/ as in the last commit, written under .cache/ (None outside a git checkout)."""
    def git(*args: str) -> bytes:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, check=True).stdout
    try:
        names = git("ls-tree", "--name-only", "HEAD", "./data/").decode().split()
        files = {Path(name).name: git("show", f"HEAD:./data/{Path(name).name}") for name in names if name.endswith(".yaml")}
    except (OSError, subprocess.CalledProcessError):
        return None
    if not files:
        return None
    _replace_folder(root / COMMITTED_DATA, files)
    return root / COMMITTED_DATA


def last_good_pages(root: Path, docs_dir: Path, now: datetime) -> Generated | None:
    """The pages of the last data that validated, else of the committed data, written into
    docs/ (None when neither validates with today's code and clock)."""
    for data_dir in (root / LAST_GOOD_DATA, None):
        data_dir = data_dir if data_dir is not None else _committed_data(root)
        if data_dir is None or not data_dir.is_dir():
            continue
        try:
            return generate(root, docs_dir, now, data_dir)
        except Exception:  # noqa: BLE001 - DataErrors or a fault: either way, try the next source
            continue
    return None


def write_problem_pages(docs_dir: Path, languages: list[Language], nav_pages: list[str]) -> None:
    """With no good data at all: every page of the nav gets a page in every language to show
    the problems on (the other generated pages stay; the problems page replaces each page's layout)."""
    pages = {path: (docs_dir / path).read_text(encoding="utf-8") for path in generated_paths(docs_dir)
             if (docs_dir / path).is_file()}
    for language in languages:
        title = PROBLEMS_PAGE.get(language.code, PROBLEMS_PAGE["en"])[0]
        for page in nav_pages:
            if not (docs_dir / language.code / page).exists():
                pages.setdefault(f"{language.code}/{page}", f"# {title}\n")
    sync_pages(docs_dir, pages)


def banner(problems: list[DataError], lang: str) -> Markup:
    """The problems as HTML for the top of every page ('' when there are none)."""
    if not problems:
        return Markup("")
    items = "".join(f"<li><code>{escape(str(problem))}</code></li>" for problem in problems)
    heading = BANNER.get(lang, BANNER["en"])
    return Markup(
        f'<section class="kys-notice kys-notice--warning" role="alert"><p class="kys-notice__title">{escape(heading)}</p>'
        f"<ul>{items}</ul></section>"
    )


def problems_page(problems: list[DataError], lang: str, languages: list[Language]) -> dict:
    """What the problems page (overrides/data-problems.html) shows: its words in the page's
    language (`own`), in every language for an address with no page (`every`), the problems."""
    def words(code: str) -> dict:
        title, intro = PROBLEMS_PAGE.get(code, PROBLEMS_PAGE["en"])
        return {"lang": code, "title": title, "intro": intro}
    return {"own": words(lang), "every": [words(language.code) for language in languages],
            "problems": [str(problem) for problem in problems]}
