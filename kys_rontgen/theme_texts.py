"""Words the theme shows outside generated pages, in one language: the footer links to the
accessibility statement and the privacy note, the page-not-found page and the feed links."""
from __future__ import annotations

from urllib.parse import urlsplit

from . import site_links
from .data_text import text_html
from .dataset import Dataset
from .feeds import feed_paths
from .formatting import phone_display, phone_e164
from .languages import language_prefix
from .pages import accessibility, directory, exams, open_data, privacy

# (label key in data/labels.yaml, generated page under docs/<lang>/)
FOOTER_PAGES = [("accessibility_title", accessibility.PATH), ("privacy_title", privacy.PATH),
                ("open_data_title", open_data.PATH)]
# Where a lost reader goes next: (label key, page address under the language's root).
NOT_FOUND_LINKS = [("home_link", ""), ("exams_index_title", exams.FOLDER + "/"),
                   ("directory_title", directory.DIRECTORY.removesuffix("index.md"))]


def _ordered(dataset: Dataset, lang: str) -> list:
    """The languages, the one being built first."""
    return sorted(dataset.languages, key=lambda language: language.code != lang)


def _base_path(site_url: str) -> str:
    """The site's path on its host, "/" or "/kys-rontgen/"."""
    return urlsplit(site_url or "/").path.rstrip("/") + "/"


def not_found_sections(dataset: Dataset, lang: str, site_url: str = "/") -> list[dict]:
    """The 404 page in every language, `lang` first: static hosts serve the one root 404.html
    for every missing address, whatever language the reader was in. Its links are absolute
    paths (the page is served at any depth), each into its own language."""
    base = _base_path(site_url)
    sections = []
    for language in _ordered(dataset, lang):
        label = {key: text[language.code] for key, text in dataset.labels.root.items()}
        href = site_links.anywhere(site_url, language)

        def shown(text: str, href=href):
            """A text as the pages show it (Markdown rendered, sanitised), its site links from the base path."""
            return site_links.in_html(text_html(text), href)

        sections.append({
            "lang": language.code,
            # Where the language's pages start: the page shows first the section whose home the
            # missing address is under (overrides/404.html), "/en/..." English.
            "home": base + language_prefix(language),
            "title": label["not_found_title"],
            "language_heading": label["not_found_language"],
            "body": shown(label["not_found_body"]),
            "links": [(label[key], base + language_prefix(language) + path) for key, path in NOT_FOUND_LINKS],
            # A reader who followed a broken link may need help now: the lines that serve everyone.
            "urgent_heading": label["phone_heading"],
            "phones": [(shown(channel.name[language.code]), phone_display(channel.number),
                        "tel:" + phone_e164(channel.number), shown(channel.call_hours[language.code]))
                       for channel in dataset.service.phone_channels],
        })
    return sections


def language_homes(dataset: Dataset, site_url: str) -> list[dict]:
    """Material's language menu (extra.alternate) for a page that is no page: each language's home."""
    return [{"name": language.name, "link": _base_path(site_url) + language_prefix(language), "lang": language.code}
            for language in dataset.languages]


def theme_texts(dataset: Dataset, lang: str, site_url: str = "/") -> dict:
    label = {key: text[lang] for key, text in dataset.labels.root.items()}
    language = next(language for language in dataset.languages if language.code == lang)
    return {
        "footer_label": label["footer_links"],
        "footer_links": [(label[key], path) for key, path in FOOTER_PAGES],
        "not_found": not_found_sections(dataset, lang, site_url),
        "feeds": {**feed_paths(language), "title": label["notices_feed_title"],
                  "atom_link": label["notices_feed_atom_link"], "ics_link": label["notices_feed_ics_link"]},
    }
