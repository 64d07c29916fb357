"""Which notices a page shows at a moment (see clock.now), ready for the theme's banner."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import markdown
from markupsafe import Markup

from .model.notices import Notice, Notices


@dataclass(frozen=True)
class ShownNotice:
    id: str
    severity: str
    title: str
    html: Markup  # the text as HTML; the data rejects markup, so Markdown is all it can hold


def notices_for_page(notices: Notices, at: datetime, lang: str, exam: str | None = None,
                     locations: list[str] | None = None) -> list[ShownNotice]:
    """The notices active at `at` that concern a page about `exam` / `locations`, in `lang`."""
    shown = [n for n in notices.notices if n.is_active(at) and n.shows_on_page(exam, locations or [])]
    return [_shown(notice, lang) for notice in shown]


def _shown(notice: Notice, lang: str) -> ShownNotice:
    return ShownNotice(notice.id, notice.severity, notice.title[lang], Markup(markdown.markdown(notice.text[lang])))
