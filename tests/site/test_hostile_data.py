"""No built page carries script, a dangerous link or a third-party load, even from hostile data.

The real site is scanned page by page. Then the defence in depth is tried: hostile texts are
put into the dataset *after* validation (as if a future field type forgot a check), the real
MkDocs build runs with the project's own Markdown extensions (attr_list, md_in_html), and
every page is scanned again: the sanitiser and the inert rendering alone must hold.
"""
from __future__ import annotations

import re
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kys_rontgen import clock
from kys_rontgen import dataset as dataset_module
from kys_rontgen.model.labels import Labels
from kys_rontgen.model.notices import Notice
from tests.conftest import build_site, copy_project

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "data"}
EMBEDDING_ATTRIBUTES = {"src", "poster", "srcset", "data"}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")


class _Scanner(HTMLParser):
    def __init__(self, page: str, site_host: str | None):
        super().__init__(convert_charrefs=True)  # attribute values arrive decoded, as a browser reads them
        self.page, self.site_host, self.problems = page, site_host, []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"{self.page}: <{tag} {name}=…> runs script")
            if name not in URL_ATTRIBUTES:
                continue
            squeezed = "".join(value.split()).lower()
            # Material's own theme uses no data: URL in markup; any one here came from content.
            if squeezed.startswith(BAD_SCHEMES):
                self.problems.append(f"{self.page}: <{tag} {name}={value!r}> is a script or data URL")
            host = urlsplit(value).hostname if squeezed.startswith(("http:", "https:", "//")) else None
            if name in EMBEDDING_ATTRIBUTES and host and host != self.site_host:
                self.problems.append(f"{self.page}: <{tag} {name}={value!r}> loads from another site")

    handle_startendtag = handle_starttag


def _moment(days: int) -> str:
    return (clock.now() + timedelta(days=days)).strftime("%Y-%m-%d %H:%M")


def unsafe_markup(site: Path, site_host: str | None = None) -> list[str]:
    problems = []
    for page in sorted(site.rglob("*.html")):
        scanner = _Scanner(str(page.relative_to(site)), site_host)
        scanner.feed(page.read_text(encoding="utf-8"))
        problems += scanner.problems
    return problems


def test_the_scanner_finds_each_kind_of_unsafe_markup(tmp_path):
    (tmp_path / "a.html").write_text(
        '<p onclick="x()">a</p><a href=" JaVa&#115;cript:alert(1)">b</a><img src="https://tracker.example/p.gif">'
        '<a href="data:text/html,x">c</a><img src="/local.png"><a href="https://example.fi">ok</a>',
        encoding="utf-8",
    )
    assert len(unsafe_markup(tmp_path)) == 4


def test_no_page_of_the_real_site_has_unsafe_markup(built_site):
    assert unsafe_markup(built_site, "127.0.0.1") == []


ATTACKS = [
    "Lue {: autofocus onfocus=alert(1) }",
    "[Lue lisää](javascript:alert(1))",
    "[Lue](https://example.fi/){: onmouseover=alert(2) }",
    "[Data](data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==)",
    "[Entity](&#106;avascript:alert(4))",
    "![pixel](https://tracker.example/p.gif)",
    "![pixel2](//tracker.example/p.gif)",
    "<img src=x onerror=alert(5)>",
    "<script>alert(6)</script>",
    '<div markdown="1" onclick="alert(7)">*md in html*</div>',
    "[Vb](vbscript:msgbox(8))",
    '[Tooltip](https://example.fi/t "https://evil.example/")',
]
HOSTILE = "\n\n".join(ATTACKS)
# Web addresses and e-mails that would close their link and open an attribute list or an image.
URL = "https://example.fi/x){: onclick=alert(12) }"
SOURCE = "https://example.fi/s)![p](https://tracker.example/p.gif)"
EMAIL = "x@example.fi){: onclick=alert(13) }"
# An address split over two fields: the street opens an attribute list, the post office closes it.
STREET, POST_OFFICE = "Puijonlaaksontie 2 {:", "Kuopio onclick=alert(14) }"
# Localities go into the finder's search key, an attribute in the directory's Markdown: full-width
# brackets fold to ASCII ones there, and any Markdown character could end the attribute list.
LOCALITIES = ["［x］（javascript：alert(15)） ！［］（https：//tracker.example/p.png）", "[K](https://tracker.example/) *a* `b`"]
# A municipality's in_name, filled into a label after "[täällä]" (above).
JOINED = "(https://joined.example/)"
# A summary is also the meta description (at most 160 characters).
ONE_LINE = "Lue {: autofocus onfocus=alert(1) } [L](javascript:alert(1)) ![p](//tracker.example/p.gif)"


def _hostile(name: str, model):
    """The validated model of data file `name`, with hostile texts put in past validation."""
    both = {"fi": HOSTILE, "en": HOSTILE}
    line = {"fi": ONE_LINE, "en": ONE_LINE}
    if name == "service.yaml":
        description = model.description.model_copy(update={"body": both, "title": line})
        return model.model_copy(update={"summary": line, "description": description})
    if name == "exams.yaml":
        name = {"fi": "<img src=x onerror=alert(11)>", "en": "<img src=x onerror=alert(11)>"}  # also the page title
        first = model.exams[0].model_copy(update={"name": name, "summary": line, "during": [both], "tell_us_note": both})
        return model.model_copy(update={"exams": [first, *model.exams[1:]]})
    if name == "labels.yaml":
        # A label and a value that are each fine but would join into a link if filled in as Markdown.
        joins = {"fi": "Paikka on [täällä]{where}.", "en": "This place is [here]{where}."}
        return Labels.model_construct(root={**model.root, "exam_before_heading": line, "home_link": line,
                                            "place_elsewhere": joins})
    if name == "locations.yaml":
        first = model.locations[0]
        address = first.address.model_copy(update={"street": STREET, "post_office": POST_OFFICE})
        first = first.model_copy(update={"address": address, "web_page": URL, "email": EMAIL, "source": [SOURCE, URL]})
        return model.model_copy(update={"locations": [first, *model.locations[1:]]})
    if name == "municipalities.yaml":
        evil = 'K" onclick="alert(9)" x="{: onblur=a() }'  # short: it is also in the page description
        first = model.municipalities[0]
        first = first.model_copy(update={"name": first.name.model_copy(update={"fi": evil, "en": evil}),
                                         "source": SOURCE, "localities": [*first.localities, *LOCALITIES]})
        kuopio = next(index for index, m in enumerate(model.municipalities) if m.code == "297")
        joined = model.municipalities[kuopio].model_copy(update={"in_name": {"fi": JOINED, "en": JOINED}})
        model = model.model_copy(update={"municipalities": [*model.municipalities[:kuopio], joined,
                                                            *model.municipalities[kuopio + 1:]]})
        information = [source.model_copy(update={"web_page": URL}) for source in model.current_information]
        return model.model_copy(update={"municipalities": [first, *model.municipalities[1:]],
                                        "current_information": information})
    if name == "notices.yaml":
        notice = Notice.model_validate({
            # Active whenever the build runs: half a year each side of its clock (a notice lasts at most a year).
            "id": "hostile", "start": _moment(-180), "end": _moment(180), "severity": "warning",
            "shows_on": "all", "title": {"fi": "Tiedote", "en": "Notice"}, "text": {"fi": "x", "en": "x"},
        }).model_copy(update={"text": both})
        return model.model_copy(update={"notices": [notice]})
    return model


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    real_validate = dataset_module.validate

    def validate_then_poison(source, model, context):
        value, problems = real_validate(source, model, context)
        return (_hostile(source.path.name, value) if value is not None else None), problems

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dataset_module, "validate", validate_then_poison)
        patch.setenv("KYS_NOW", "2026-12-04 12:00")
        return build_site(tmp_path_factory.mktemp("hostile-site"), project / "mkdocs.yml")


def test_hostile_data_past_validation_still_builds_safe_pages(hostile_site):
    assert unsafe_markup(hostile_site) == []


def test_hostile_data_is_shown_as_text_or_dropped(hostile_site):
    home = (hostile_site / "index.html").read_text(encoding="utf-8")
    # The words survive (an editor sees their mistake), the attack does not.
    assert "Lue lisää" in home and "autofocus" in home
    assert "<script>alert(6)" not in home and "&lt;script&gt;alert(6)" in home
    assert 'href="https://example.fi/"' in home
    # The notice is on every page; its text went through the same rendering.
    exam = (hostile_site / "tutkimukset" / "native-xray" / "index.html").read_text(encoding="utf-8")
    assert 'id="notice-hostile"' in exam and "Lue lisää" in exam


def test_no_data_text_link_carries_a_title(hostile_site):
    # A title is a tooltip: it could name another address than the link opens.
    for page in hostile_site.rglob("*.html"):
        assert "evil.example" not in page.read_text(encoding="utf-8"), page
    home = (hostile_site / "index.html").read_text(encoding="utf-8")
    assert '<a href="https://example.fi/t" rel="noopener noreferrer">Tooltip</a>' in home


def test_hostile_localities_stay_inside_the_finder_key(hostile_site):
    for directory in (hostile_site / "kunnat" / "index.html", hostile_site / "en" / "kunnat" / "index.html"):
        page = directory.read_text(encoding="utf-8")
        assert "{ data-key=" not in page and "data-key=&quot;" not in page  # no attribute list leaked as text
        keys = re.findall(r'data-key="([^"]*)"', page)
        assert "x javascript alert 15 https tracker example p png" in " ".join(keys)
        assert all(re.fullmatch(r"[a-z0-9 ]+", key) for key in keys), keys


def test_a_label_and_a_value_cannot_join_into_a_link(hostile_site):
    # KYS is in Kuopio: its card on another municipality's page says where it is, from in_name.
    pages = [page.read_text(encoding="utf-8") for page in hostile_site.rglob("kunnat/*/index.html")]
    shown = [page for page in pages if "(https://joined.example/)" in page]
    assert shown, "the value is shown as typed"
    assert not any('href="https://joined.example/' in page for page in pages)


def test_hostile_addresses_and_e_mails_are_shown_as_text(hostile_site):
    kuopio = (hostile_site / "kunnat" / "kuopio" / "index.html").read_text(encoding="utf-8")
    # Each field is the editor's text, whole; the link target is percent-encoded, so inert.
    assert "Puijonlaaksontie 2 &#123;:, 70210 Kuopio onclick=alert(14) &#125;." in kuopio
    assert ('<a href="mailto:x@example.fi%29%7B:%20onclick=alert%2813%29%20%7D">'
            "x@example.fi)&#123;: onclick=alert(13) &#125;</a>") in kuopio
