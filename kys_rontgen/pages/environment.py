"""The Jinja2 environment for page templates and the helpers every template gets."""
from __future__ import annotations

import difflib
import json
import posixpath
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..build_cache import template_cache
from ..data_text import filled_label_html, filled_label_plain, literal_html, plain_text, text_html
from ..model.labels import filled, unknown_label
from ..structured_data import script_element
from ..languages import language_prefix
from ..validation import DataError, DataErrors
from .formats import Formats
from .page import Page, site_path

TEMPLATES = Path(__file__).parent.parent / "templates"


def environment(cache_dir: Path | None = None) -> Environment:
    env = Environment(
        bytecode_cache=template_cache(cache_dir, "pages"),
        loader=FileSystemLoader(TEMPLATES),
        # Data goes into Markdown, which passes HTML through: escape every value by default.
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Front matter is YAML, not HTML: a JSON string is a valid YAML scalar. It holds plain text
    # (the meta description, the title): an editor's Markdown there would show as typed, and a
    # link to a page of this site as a root-relative address (kys_rontgen.site_links).
    # (Text fields reject markup, so the page title cannot carry any either.)
    env.filters["yaml_string"] = lambda text: Markup(json.dumps(_plain(text), ensure_ascii=False))
    # The title also goes, unescaped, into the theme's <title>, header and navigation.
    env.filters["title_string"] = lambda text: env.filters["yaml_string"](
        _plain(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    )
    # In an HTML attribute the text is wanted as plain (escaped) text, not as rendered HTML.
    env.filters["plain"] = _plain
    # A data value printed without t() (a single-language name) is still an editor's text.
    env.filters["text"] = lambda value: DataText(value)
    # A text from outside (PTV's description) is shown as typed: no Markdown, no HTML.
    env.filters["literal"] = lambda value: literal_html(str(value))
    # Every web address or e-mail from data reaches Markdown only through this filter.
    env.filters["href"] = href
    return env


# What a link target may keep as typed: no ( ) [ ] { } < > " ' ` \\ * _ ! or space, which Markdown
# (a link's end, an attribute list, an image, emphasis) or HTML would read.
_HREF_SAFE = "-.~:/?#@$&+,;=%"


def href(url: str) -> Markup:
    """A URL or mailto: target from data, inert for Markdown: whatever the validator let
    through, it cannot end the link or start an attribute list or image."""
    return Markup(quote(str(url), safe=_HREF_SAFE))


def _plain(value: object) -> str:
    """A value as plain text; an editor's text (DataText) as the words a reader reads, without its Markdown."""
    return value.plain() if isinstance(value, DataText) else str(value)


def in_language(before: str, words: str, lang: str, after: str) -> Markup:
    """A data text with `words` in it marked as written in `lang` (WCAG 3.1.2). The spaces around
    them are kept as typed: each part is sanitised alone, which would drop them."""
    def part(text: str) -> Markup:
        core = text.strip()
        start = text[:len(text) - len(text.lstrip())]
        end = text[len(text.rstrip()):] if core else ""
        return Markup(start) + (DataText(core) if core else "") + Markup(end)
    return part(before) + Markup('<span lang="%s">%s</span>') % (lang, DataText(words)) + part(after)


class DataText(str):
    """An editor's text: its str() is the text as written, the `plain` and `yaml_string` filters
    give the words a reader reads (front matter, attributes), and a template prints it as
    sanitised HTML (kys_rontgen.data_text), never as Markdown."""

    __slots__ = ()

    def __html__(self) -> str:
        return text_html(str(self))

    def plain(self) -> str:
        return plain_text(str(self))


class FilledLabel(DataText):
    """A label with its {placeholders} filled by name (never str.format, which evaluates
    attributes). Its str() is the filled text; on the page the values go in after the label is
    rendered, as typed (kys_rontgen.data_text.filled_label_html)."""

    def __new__(cls, template: str, values: dict[str, str]):
        label = super().__new__(cls, filled(template, values))
        label.template, label.values = template, values
        return label

    def __html__(self) -> str:
        return filled_label_html(self.template, self.values)

    def plain(self) -> str:
        return filled_label_plain(self.template, self.values)


@lru_cache(maxsize=65536)  # pure, and asked thousands of times a build
def relative_link(from_page: str, to_page: str) -> str:
    """Markdown link from one docs/ page to another, which MkDocs resolves and checks; to a place
    on the same page, "#anchor" (as the page's table of contents writes it)."""
    path, _, anchor = to_page.partition("#")
    if anchor and path == from_page:
        return f"#{anchor}"
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


def site_link(from_page: str, language, target: str) -> str:
    """Link from a page ("kunnat/index.md" in `language`) to a file MkDocs does not know, written
    after the build (api/municipalities.csv, en/notices.atom), given from the site root.
    MkDocs cannot check such a link, so templates put it in raw HTML; tests check it."""
    return posixpath.relpath(target, posixpath.dirname(site_path(from_page, language)) or ".")


_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")


def format_date(day: date, lang: str) -> str:
    """Finnish 24.6.2026; English 24 June 2026 (other languages: ISO until someone decides)."""
    if lang == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    if lang == "en":
        return f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return day.isoformat()


def missing_label(dataset, key: str) -> DataError:
    """A label a page needs is not in data/labels.yaml (a key made from a value, exam_tell_<rule>,
    which validation cannot know). A key spelt nearly so is the likely cause: its line is shown."""
    source = dataset.sources.get("labels.yaml")
    where = str(source.path) if source else "data/labels.yaml"
    unused = [k for k in dataset.labels.root if source and k != key]
    close = difflib.get_close_matches(key, unused, n=1, cutoff=0.8)
    if close:
        line, column = source.position((close[0],))
        return DataError(where, line, column, close[0], unknown_label(f'did you mean "{key}"? '))
    return DataError(where, 1, 1, "", f'the label "{key}" is missing; add it with its text in every language')


def page_formats(dataset, lang: str) -> Formats:
    """How `lang` writes dates, phones and addresses, and what the data says of its sources (their
    titles and languages): the same for every page of that language, so made once per build."""
    pages = dataset.exams.source_pages
    return Formats(lang, {source.url: source.name[lang] for source in pages},
                   {source.url: source.lang for source in pages}, dataset.locations.source_languages)


def page_context(dataset, lang: str, page: Page, problems: list[DataError] | None = None,
                 fmt: Formats | None = None) -> dict:
    """What a template sees for one page in one language. A missing label is added to `problems`
    (so every one is reported at once), or raised when no list is given."""

    def t(localized: dict[str, str]) -> DataText:
        return DataText(localized[lang])

    def label(key: str, **values) -> DataText:
        if key not in dataset.labels.root:  # a key made from a value (exam_booking_<way>) the file lacks
            if problems is None:
                raise DataErrors([missing_label(dataset, key)])
            problems.append(missing_label(dataset, key))
            return DataText(key)
        if not values:
            return DataText(dataset.labels[key][lang])
        return FilledLabel(dataset.labels[key][lang], {name: str(value) for name, value in values.items()})

    def link(to_page: str) -> str:
        return relative_link(page.path, to_page)

    language = next(language for language in dataset.languages if language.code == lang)
    default = next((other.code for other in dataset.languages if other.default), lang)

    def name(localized: dict[str, str]):
        """A name from data. On a page in another language, the default language's name (before
        any bracketed explanation) written inside this one is that language's proper name
        ("Medical helpline (Päivystysapu)", "Hyvinvointikeskus Aalto (Varkaus health and social
        services centre)"): it is marked so that a screen reader reads it with a Finnish voice (WCAG 3.1.2)."""
        text = localized[lang]
        own = (localized.get(default) or "").split(" (")[0].strip()
        found = re.search(rf"(?<!\w){re.escape(own)}(?!\w)", text) if own and lang != default else None
        if not found:
            return t(localized)
        return in_language(text[:found.start()], own, default, text[found.end():])

    def source_name(source):
        """A source page's name (exams.yaml source_pages), its quoted title marked with the
        page's own language where that is not this page's ("Avbokning av tid")."""
        text = source.name[lang]
        if source.title and source.lang != lang and source.title in text:
            before, _, after = text.partition(source.title)
            return in_language(before, source.title, source.lang, after)
        return DataText(text)

    def file_link(target: str) -> str:
        return site_link(page.path, language, target)

    structured = page.structured_data(lang) if page.structured_data else None
    return {
        "data": dataset, "lang": lang, "t": t, "name": name, "source_name": source_name, "label": label,
        "link": link, "page": page,
        "file_link": file_link, "lang_prefix": language_prefix(language),
        "fmt": fmt or page_formats(dataset, lang),
        "structured_data": script_element(structured) if structured else None,
        **page.context,
    }
