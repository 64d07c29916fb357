"""Which notices a page shows at a moment (see clock.now), ready for the theme's banner."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup

from .data_text import text_html
from .model.notices import Notice, Notices


@dataclass(frozen=True)
class ShownNotice:
    id: str
    severity: str
    title: str
    html: Markup  # the text as sanitised HTML (kys_rontgen.data_text)


def notices_for_page(notices: Notices, at: datetime, lang: str, exam: str | None = None,
                     locations: list[str] | None = None) -> list[ShownNotice]:
    """The notices active at `at` that concern a page about `exam` / `locations`, in `lang`."""
    shown = [n for n in notices.notices if n.is_active(at) and n.shows_on_page(exam, locations or [])]
    return [_shown(notice, lang) for notice in shown]


def _shown(notice: Notice, lang: str) -> ShownNotice:
    return ShownNotice(notice.id, notice.severity, notice.title[lang], text_html(notice.text[lang], inline=False))
