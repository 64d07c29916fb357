"""Which notices a page shows at a moment (see clock.now), ready for the theme's banner."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup

from . import site_links
from .data_text import text_html
from .model.notices import Notice, Notices


@dataclass(frozen=True)
class ShownNotice:
    id: str
    severity: str
    title: str
    html: Markup  # the text as sanitised HTML (kys_rontgen.data_text)


def notices_for_page(notices: Notices, at: datetime, lang: str, exam: str | None = None,
                     locations: list[str] | None = None, href: site_links.Href | None = None) -> list[ShownNotice]:
    """The notices active at `at` that concern a page about `exam` / `locations`, in `lang`.
    `href` writes their links to this site's pages for the page they are shown on (site_links)."""
    shown = [n for n in notices.notices if n.is_active(at) and n.shows_on_page(exam, locations or [])]
    return [_shown(notice, lang, href) for notice in shown]


def _shown(notice: Notice, lang: str, href: site_links.Href | None) -> ShownNotice:
    html = text_html(notice.text[lang], inline=False)
    return ShownNotice(notice.id, notice.severity, notice.title[lang], site_links.in_html(html, href) if href else html)
