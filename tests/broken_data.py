"""Kinds of broken data an editor can produce, and the exact line each must be reported as.

Shared by tests/unit/test_broken_data.py (the generator alone, every kind) and
tests/site/test_failed_build.py (the real MkDocs build keeps the last good site/).

A case edits a copy of the real data, or the sample `contacts.yaml` below: a data file for
tests only (no page, no real data), which puts the shared field types (e-mail, web page,
opening hours, references to exams and municipalities, a fact recorded as missing) side by
side in one small file and is added the way a new data file would be (add_contacts). The
expected line and column are found from the edited text, so the cases survive unrelated
data changes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Annotated

from kys_rontgen import dataset as dataset_module
from kys_rontgen.clock import HELSINKI
from kys_rontgen.model.base import Strict
from kys_rontgen.model.contact import Email, HttpsUrl, PhoneNumber
from kys_rontgen.model.hours import OpeningHours
from kys_rontgen.model.identifiers import ExamRef, MunicipalityRef, Slug, unique_by
from kys_rontgen.model.provenance import Reviewed, Sourced, known_or_missing
from kys_rontgen.model.texts import Localized
from kys_rontgen.ptv_import import render as render_ptv

NOW = datetime(2026, 12, 4, 12, tzinfo=HELSINKI)  # every check of "not in the future" uses this fixed day


def _group(words: str) -> int:
    """The index of the synonym group of the real data/search.yaml whose line holds `words`, so that
    a case names its group however many groups come before it."""
    text = (Path(__file__).resolve().parents[1] / "data" / "search.yaml").read_text(encoding="utf-8")
    groups = [line for line in text.splitlines() if line.startswith("  - {language:")]
    return next(index for index, line in enumerate(groups) if words in line)


# Test-only models of the sample contacts.yaml (not part of the site's data model).
class Contact(Sourced):
    id: Slug
    name: Localized
    municipality: MunicipalityRef
    exams: list[ExamRef] = []
    phones: list[PhoneNumber] = []
    email: known_or_missing(Email) | None = None
    web_page: HttpsUrl | None = None
    opening_hours: OpeningHours | None = None


class Contacts(Reviewed):
    contacts: Annotated[list[Contact], unique_by("id")]


CONTACTS_YAML = """\
# A sample data file using the shared field types.
last_reviewed: 2026-11-01
next_review_due: 2027-11-01
contacts:
  - id: sample-centre
    name:
      fi: Esimerkkiasema
      en: Sample centre
    municipality: "297"
    exams: [native-xray, mri]
    phones: ["017 123 4567"]
    email: info@example.fi
    web_page: https://example.fi/asema
    opening_hours:
      standard:
        - days: [mo, tu, we, th, fr]
          opens: "8.00"
          closes: "15.30"
      exceptions:
        - valid_from: 2026-12-24
          valid_to: 2026-12-26
          closed: true
          reason:
            fi: Joulu
            en: Christmas
    source: https://example.fi/lahde
    checked: 2026-11-28
  - id: second-centre
    name:
      fi: Toinen asema
      en: Second centre
    municipality: "140"
    email:
      missing: Not published on the county's pages (looked 28.11.2026)
    source: https://example.fi/lahde
    checked: 2026-11-28
"""


@dataclass(frozen=True)
class Case:
    kind: str
    file: str  # under data/
    old: str  # text replaced (first occurrence)
    new: str
    at: str  # the line reported is the first line of the edited file containing this
    field: str
    message: str
    column_of: str | None = None  # column: where this starts on that line (default: first non-blank)
    nth: int = 1  # the nth line containing `at`
    line_offset: int = 0  # reported this many lines from it (a key above its value)
    more: tuple[tuple[str, str, str], ...] = ()  # further (file, old, new) edits that keep the data consistent
    # Further problems the same edit makes in the same field, each (at, column_of, message): all are told at once.
    also: tuple[tuple[str, str | None, str], ...] = ()

    def apply(self, data_dir: Path) -> None:
        for file, old, new in self.more:
            Case(self.kind, file, old, new, "", "", "").apply(data_dir)
        path = data_dir / self.file
        if self.old == "<delete file>":
            path.unlink()
            return
        if self.old == "<folder>":
            path.unlink()
            path.mkdir()
            return
        if self.old == "<whole file>":
            path.write_text(self.new, encoding="utf-8")
            return
        text = path.read_text(encoding="utf-8")
        assert self.old in text, f"{self.kind}: {self.old!r} not in {self.file}"
        path.write_text(text.replace(self.old, self.new, 1), encoding="utf-8")

    def expected(self, data_dir: Path, **message_values) -> str:
        """The one line an editor must see, with the line and column found in the edited file."""
        path = data_dir / self.file
        line, column = 1, 1
        if path.is_file() and self.at:
            lines = path.read_text(encoding="utf-8").splitlines()
            line = [i for i, text in enumerate(lines, 1) if self.at in text][self.nth - 1] + self.line_offset
            text = lines[line - 1]
            column = text.index(self.column_of) + 1 if self.column_of else len(text) - len(text.lstrip(" \t")) + 1
        where = f"data/{self.file}:{line}:{column}"
        message = self.message.format(**message_values)
        return f"{where}: {self.field}: {message}" if self.field else f"{where}: {message}"

    def expected_lines(self, data_dir: Path, **message_values) -> list[str]:
        """Every line an editor must see: the case's own and those of `also`."""
        return [self.expected(data_dir, **message_values)] + [
            replace(self, at=at, column_of=column_of, message=message, nth=1, line_offset=0).expected(data_dir, **message_values)
            for at, column_of, message in self.also
        ]


def not_a_site_address(url: str) -> str:
    return (f'"{url}" is not the address of a page of this site; write the Finnish page\'s address from the '
            'site root in lowercase, e.g. "/tutkimukset/mri/" (no "..", "%", "\\" or spaces)')


QUOTE_FIX = "put it in quotes"
CYRILLIC_HOST = ("another alphabet than the Latin one (кела.fi), which can look like a Latin address and be another "
                 "site's; the pages this site links to (Finnish, Swedish and English) have host names in Latin letters "
                 "(a–z, å, ä, ö, é, ü…): retype it in Latin letters")
BROKEN = ("has the character U+{code} ({name}), which the page shows as a box or a question mark; it is a broken "
          "copy: retype the character")


def block_markdown(line: str, what: str) -> str:
    return (f'has the line "{line.strip()}", which is {what} in Markdown; headings, rules, quotes, boxes and code '
            "blocks are not available in data texts: write a plain paragraph or a list")


MARKUP = "contains HTML or a script; write plain text (Markdown **bold**, lists and [links](https://…) are fine)"
LINK_NOT_ALLOWED = ('links to "{url}", which is not a web page, e-mail address or phone number; '
                    "links may start with https://, mailto: or tel:, or point to a page of this site")
LABEL_LINK = ('has "[": a label is a heading, a link text or a short sentence that the page may put inside a link of '
              "its own, so it cannot hold a link or an image; remove the brackets (a link belongs in a data text, "
              "such as a description in service.yaml)")
ONE_LINE = ("is more than one line; a name, title or summary must be one line (a line break would add a heading "
            "or a rule to the page): join the lines, or use a description field for longer text")
CONTROL = ("contains the invisible control character U+{code}, which a page cannot show (it often comes with text "
           "copied from another program); delete it, or retype the text")
TAG = ("YAML: the value carries the YAML tag `{tag}`, which this site's data never needs (a tag can hide text from a "
       "reviewer or turn it into something else); remove the tag, and put the value in quotes if it must be text")
RIGHT_TO_LEFT = ('has "{letter}" ({name}), a letter of a right-to-left script, which makes the page show the words '
                 "and digits beside it in another order (a phone number next to it reads backwards); the site's "
                 "languages (fi, en) are written left to right: remove it, or write the word in Latin letters")
OTHER_DIGIT = ('has "{digit}" ({name}), a digit of another script, which a phone, an importer or the open data '
               "does not read as {plain}; write the digits 0–9")
SUMMARY_FI = re.search(r"^summary:\n(  fi: .*\n)", (Path(__file__).parents[1] / "data" / "service.yaml")
                       .read_text(encoding="utf-8"), re.M).group(1)
LONG_ID = "-".join(["native-xray"] * 24)
MUNICIPALITY_999 = """\
  - code: "999"
    name:
      fi: Uusikunta
      sv: Uusikunta
      en: Uusikunta
    in_name: {fi: Uusikunnassa, en: in Uusikunta}
    source: https://pshyvinvointialue.fi/mita-hyvinvointialueella-tehdaan
    checked: 2026-11-28
"""
NOTICE = """notices:
  - id: test-notice
    start: 2026-11-01 07:00
    end: 2026-12-31 16:00
    severity: info
    shows_on: all
    title:
      fi: Tiedote
      en: Notice
    text:
      fi: "{text}"
      en: Notice text
"""
# The places the pages send readers to for current contact details: the whole list as the real
# data has it, whatever it holds, up to the next top-level key.
_MUNICIPALITIES = (Path(__file__).parents[1] / "data" / "municipalities.yaml").read_text(encoding="utf-8")
_PRIVACY = (Path(__file__).parents[1] / "data" / "privacy.yaml").read_text(encoding="utf-8")
_EXAMS = (Path(__file__).parents[1] / "data" / "exams.yaml").read_text(encoding="utf-8")
_LOCATIONS = (Path(__file__).parents[1] / "data" / "locations.yaml").read_text(encoding="utf-8")
# The Finnish summary line of the service, whatever it says.
SUMMARY_FI = re.search(r"^summary:\n(  fi: .*\n)", (Path(__file__).parents[1] / "data" / "service.yaml")
                       .read_text(encoding="utf-8"), re.M).group(1)
# The university hospital's whole record, as an editor would copy it.
KYS_RECORD = re.search(r"^  - id: kys\n(?:    .*\n|\n(?=    ))*", _LOCATIONS, re.M).group()
CURRENT_INFORMATION = re.search(r"^current_information:\n(?:(?: .*)?\n)*?(?=^\S)", _MUNICIPALITIES, re.M).group()
# "Billion laughs": nine levels of nine aliases, a billion values if expanded.
BOMB = "".join(
    f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9 if previous else ['"lol"'] * 9) + "]\n"
    for previous, name in zip([None, *"abcdefgh"], "abcdefghi")
)
# A 100 kB text repeated by 3000 aliases: only 3000 values, but 300 MB of text on a page.
WIDE_BOMB = 'big: &big "' + "x" * 100_000 + '"\nmany: [' + ", ".join(["*big"] * 3000) + "]\n"
# data/ptv.yaml as `make import-ptv` writes it (with its digest), holding one place.
PTV_ONE_PLACE = render_ptv(None, [{
    "id": "kaavin-testiterveysasema", "ptv_id": "0a1b2c3d-0000-4000-8000-000000000001",
    "name": {"fi": "Kaavin testiterveysasema", "en": "Kaavi test health station"}, "municipality": "204",
    "modified": "2026-11-15T09:30:00",
    "source": "https://www.suomi.fi/palvelut/palvelupiste/kaavin-testiterveysasema/0a1b2c3d-0000-4000-8000-000000000001",
    "checked": "2026-12-01",
}])
KAAVI_PLACE = """\
  - id: kaavin-testiterveysasema
    name:
      fi: Kaavin sivuasema
      en: Kaavi branch station
    municipality: "204"
    source: https://pshyvinvointialue.fi/mita-hyvinvointialueella-tehdaan
    checked: 2026-11-28
"""
CASES = [
    # --- YAML syntax -------------------------------------------------------------------
    Case("yaml: colon inside a text", "labels.yaml", "  fi: Valitse tutkimuksesi", "  fi: Valitse: tutkimuksesi",
         "Valitse: tutkimuksesi", "", 'YAML syntax: a colon is in the wrong place; if a text contains ": ", put the whole text in quotes',
         column_of=": tutkimuksesi"),
    Case("yaml: tab indentation", "exams.yaml", "  - id: mri\n    name:", "  - id: mri\n\tname:",
         "\tname:", "", "YAML syntax: a tab character is used for indentation; indent with spaces only", column_of="\t"),
    Case("yaml: duplicate key", "service.yaml", "provider: Pohjois-Savon hyvinvointialue\n",
         "provider: Pohjois-Savon hyvinvointialue\nprovider: KYS\n", "provider: KYS", "",
         'YAML syntax: "provider" appears twice in the same block (first on line {provider}); keep one and remove or rename the other'),
    Case("yaml: unclosed quote", "labels.yaml", "  en: Go to the home page\n", '  en: "Go to the home page\n', '"Go to the home page', "",
         "YAML syntax: a quote is not closed; end the text with the same quote it starts with", column_of='"'),
    Case("missing file", "labels.yaml", "<delete file>", "", "", "", "file is missing; restore it from git"),
    Case("folder in place of a file", "notices.yaml", "<folder>", "", "", "",
         "is a folder, not a file; remove the folder and restore the file from git"),
    Case("yaml: a control character YAML refuses", "service.yaml", "provider: Pohjois-Savon hyvinvointialue",
         "provider: Pohjois-Savon\x07hyvinvointialue", "provider:", "", "YAML syntax: the file " + CONTROL.format(code="0007"),
         column_of="\x07"),
    Case("yaml: a number of 5000 digits", "municipalities.yaml", 'code: "140"', "code: " + "1" * 5000, "code: 111",
         "", "YAML: a number of 5000 digits cannot be right; check it, or put it in quotes", column_of="111"),
    Case("data file under a near name", "notice.yml", "<whole file>", "notices: []\n", "", "",
         "is not a data file of this site; did you mean notices.yaml? Move its contents there"),
    Case("source note for a host no source uses", "locations.yaml", "source_notes:\n",
         "source_notes:\n  zzqx.invalid:\n    fi: Esimerkki\n    en: Example\n", "  zzqx.invalid:", "source_notes.zzqx.invalid",
         "is not the host of any source in the data, so its note shows nowhere; remove the note, or correct the host"),
    Case("a municipality named as a locality", "municipalities.yaml", "localities: [Juankoski,", "localities: [Iisalmi, Juankoski,",
         "localities: [Iisalmi", "municipalities[5].localities[0]",
         '"Iisalmi" is the name of the municipality Iisalmi, not a locality of Kuopio; remove it from localities',
         column_of="Iisalmi"),
    Case("empty file", "labels.yaml", "<whole file>", "# everything commented out\n", "", "", "the file is empty; restore it from git"),
    # --- fields ------------------------------------------------------------------------
    Case("unknown field, misspelt", "exams.yaml", "  - id: ct\n    name:", "  - id: ct\n    nmae:", "nmae:", "exams[2].nmae",
         'is not a known field; did you mean "name"? Correct the spelling or remove it'),
    Case("unknown field, no near name", "exams.yaml", "  - id: ct\n", "  - id: ct\n    colour: red\n", "colour:",
         "exams[2].colour", "is not a known field; remove it or use one of: {exam_fields}"),
    Case("missing field", "municipalities.yaml", '  - code: "171"\n    name:', '  - name:', "fi: Joroinen",
         "municipalities[1].code", "is missing; add this field", column_of="name:", line_offset=-1),
    Case("number where text is needed", "municipalities.yaml", 'code: "140"', "code: 140", "code: 140",
         "municipalities[0].code", f'is 140, which YAML reads as a number, date or true/false; {QUOTE_FIX}: "140"',
         column_of="code"),
    Case("list where text is needed", "exams.yaml", "      fi: Ultraäänitutkimus\n", "      fi:\n        - Ultraääni\n",
         "- Ultraääni", "exams[4].name.fi", "must be a single text, not a list; write the text after the colon", line_offset=-1,
         column_of="fi:"),
    Case("text where a list is needed", "contacts.yaml", 'phones: ["017 123 4567"]', 'phones: "017 123 4567"',
         "phones:", "contacts[0].phones",
         'must be a list, got "017 123 4567"; write each item on its own line starting with "- "'),
    # --- languages -------------------------------------------------------------------------
    Case("missing translation", "exams.yaml", "      en: MRI scan\n", "", "  - id: mri", "exams[1].name",
         "has no text in en; add `en: …` beside the other languages", line_offset=1),
    # An editor clearing the list before retyping it (the open data page names its first as publisher).
    Case("no place for current information", "municipalities.yaml", CURRENT_INFORMATION, "current_information: []\n\n",
         "current_information: []", "current_information", "must not be empty; add at least one item"),
    Case("empty translation", "exams.yaml", "      en: MRI scan\n", '      en: ""\n', 'en: ""', "exams[1].name.en", "is empty; write the text"),
    Case("unconfigured language", "exams.yaml", "      en: MRI scan\n", "      en: MRI scan\n      de: MRT\n", "  - id: mri",
         "exams[1].name", "has text in de, which is not a configured language (fi, en); remove it or add the language to mkdocs.yml",
         line_offset=1),
    # --- markup ----------------------------------------------------------------------------
    Case("html in a text", "exams.yaml", "      en: X-ray\n", "      en: <b>X-ray</b>\n", "<b>", "exams[0].name.en",
         "contains HTML or a script; write plain text (Markdown **bold**, lists and [links](https://…) are fine)"),
    Case("script link in a text", "service.yaml", "  en: KYS Röntgen\n", "  en: \"[KYS](javascript:alert(1))\"\n", "javascript:",
         "name.en", LINK_NOT_ALLOWED.format(url="javascript:alert(1)")),
    Case("script link in mixed case", "service.yaml", "      säteilysuojelussa.", "      säteilysuojelussa. [Lue](JaVaScRiPt:alert(1)).",
         "[Lue](JaVaScRiPt", "description.body.fi", LINK_NOT_ALLOWED.format(url="JaVaScRiPt:alert(1)"),
         column_of="JaVaScRiPt"),
    Case("data: link", "exams.yaml", "      en: MRI scan\n", "      en: \"[MRI](data:text/html,<script>alert(1)</script>)\"\n",
         "[MRI](data", "exams[1].name.en", MARKUP),
    Case("vbscript: link in a summary", "exams.yaml", "Kestää yleensä 30–60 minuuttia.", "Kestää yleensä 30–60 minuuttia. [Lue](vbscript:msgbox(1))",
         "vbscript", "exams[1].summary.fi", LINK_NOT_ALLOWED.format(url="vbscript:msgbox(1)")),
    Case("link without a host", "exams.yaml", "Kestää yleensä 30–60 minuuttia.", "Kestää yleensä 30–60 minuuttia. [Lue](https:alert)",
         "https:alert", "exams[1].summary.fi", '"https:alert" has no host name; write the full address, e.g. https://pshyvinvointialue.fi/…'),
    # Every problem of one text at once, each on its own line: the editor fixes them in one round.
    Case("two script links and HTML in one text", "service.yaml", " terveyskeskuksissa.\n\n      Teemme myös kuvantamisen",
         " terveyskeskuksissa. [Lue](javascript:alert(1))\n\n      Teemme myös <b>kuvantamisen</b>", "[Lue](javascript",
         "description.body.fi", LINK_NOT_ALLOWED.format(url="javascript:alert(1)"), column_of="javascript",
         more=(("service.yaml", "      säteilysuojelussa.\n    en:", "      säteilysuojelussa. [Lisää](vbscript:msgbox(1))\n    en:"),),
         also=(("<b>kuvantamisen", "<b>", MARKUP),
               ("[Lisää](vbscript", "vbscript", LINK_NOT_ALLOWED.format(url="vbscript:msgbox(1)")))),
    # A text on one line: every problem at once, each at the field's line.
    Case("two script links and a character reference in one summary", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](javascript:alert(1)) &amp; [Lisää](vbscript:msgbox(1))", "[Lue](javascript",
         "exams[1].summary.fi", LINK_NOT_ALLOWED.format(url="javascript:alert(1)"),
         also=(("[Lue](javascript", None, 'contains the HTML character reference "&amp;"; write the character itself'),
               ("[Lue](javascript", None, LINK_NOT_ALLOWED.format(url="vbscript:msgbox(1)")))),
    Case("attribute list on its own line", "service.yaml", " terveyskeskuksissa.\n\n      Teemme", " terveyskeskuksissa.\n      {: autofocus onfocus=alert(1) }\n\n      Teemme",
         "{: autofocus onfocus", "description.body.fi",
         'contains "{{: autofocus onfocus=alert(1) }}", which would add attributes to the page; remove the braces and what is between them',
         column_of="{:"),
    Case("attribute list after a link", "exams.yaml", "Kestää yleensä 30–60 minuuttia.", "Kestää yleensä 30–60 minuuttia. [Lue](https://example.fi){ onmouseover=alert(1) }",
         "onmouseover", "exams[1].summary.fi",
         'contains "{{ onmouseover=alert(1) }}", which would add attributes to the page; remove the braces and what is between them'),
    Case("attribute list in a label", "labels.yaml", "  en: Go to the home page\n", "  en: Go to the home page { onclick=alert(1) }\n",
         "onclick", "home_link.en", 'has "{{ onclick=alert(1) }}", which is not a placeholder of this label (it takes: none); '
         "write the placeholder exactly as shown or remove the braces"),
    Case("entity-encoded script link", "exams.yaml", "Kestää yleensä 30–60 minuuttia.", "Kestää yleensä 30–60 minuuttia. [Lue](&#106;avascript:alert(1))",
         "&#106;", "exams[1].summary.fi", 'contains the HTML character reference "&#106;"; write the character itself'),
    Case("tracking pixel in the privacy note", "privacy.yaml", "Emme kerää tietoja siitä, kuka sivuja lukee.",
         "Emme kerää tietoja siitä, kuka sivuja lukee. ![](https://tracker.example/p.gif)", "![](https://tracker", "sections[0].body.fi",
         'loads "https://tracker.example/p.gif" from outside the site, which would tell a third party who reads the page; '
         "data text may hold no images: leave the image out", column_of="https://tracker"),
    Case("protocol-relative image in a notice", "notices.yaml", "notices: []\n", NOTICE.format(text="Katso ![kuva](//tracker.example/p.gif)"),
         "Katso", "notices[0].text.fi",
         'loads "//tracker.example/p.gif" from outside the site, which would tell a third party who reads the page; '
         "data text may hold no images: leave the image out"),
    Case("notice in the year 1", "notices.yaml", "notices: []\n",
         NOTICE.format(text="Teksti").replace("start: 2026-11-01 07:00", "start: 0001-01-01 00:00"), "start: 0001-01-01",
         "notices[0].start", '"0001-01-01 00:00" is in the year 1; a notice must start and end between the years 2000 and 2100: check the year'),
    Case("raw HTML in a notice", "notices.yaml", "notices: []\n", NOTICE.format(text="<img src=x onerror=alert(1)>"),
         "<img", "notices[0].text.fi", MARKUP),
    Case("relative link in a text", "exams.yaml", "Kestää yleensä 30–60 minuuttia.", "Kestää yleensä 30–60 minuuttia. [Lue](../kunnat/index.md)",
         "../kunnat", "exams[1].summary.fi",
         '"../kunnat/index.md" is a relative address, which data text cannot use (it would break on some pages); '
         'write the full address, starting with https://, or for a page of this site its Finnish address from the '
         'site root, e.g. "/tutkimukset/mri/"'),
    Case("link with a port that is not a number", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](https://a.fi:abc/)", "a.fi:abc", "exams[1].summary.fi",
         '"https://a.fi:abc/" has a port after the host name that is not a number from 1 to 65535; '
         'remove the ":…" after the host name (public pages need no port)'),
    Case("web page with a port out of range", "contacts.yaml", "web_page: https://example.fi/asema",
         "web_page: https://example.fi:99999/asema", "web_page:", "contacts[0].web_page",
         '"https://example.fi:99999/asema" has a port after the host name that is not a number from 1 to 65535; '
         'remove the ":…" after the host name (public pages need no port)'),
    Case("20 kB run of brackets in a text", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. " + "[" * 20_000, "Kestää yleensä 30–60 minuuttia. [[", "exams[1].summary.fi",
         'has brackets "[" inside brackets more than 3 deep; a link is [text](address) with no brackets in its text: '
         "remove the extra brackets"),
    Case("link address that never closes", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. " + "[a](" * 3_000, "Kestää yleensä 30–60 minuuttia. [a](", "exams[1].summary.fi",
         'has a link [text](address whose address has no ")" to close it; end the address with ")"'),
    Case("unclosed bracket in a text", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue lisää", "Lue lisää", "exams[1].summary.fi",
         'has 1 "[" with no "]" after it to close it; a link is [text](address): add the "]" or remove the "["'),
    Case("site link to a page that does not exist", "service.yaml", " terveyskeskuksissa.\n",
         " terveyskeskuksissa. [MRI](/tutkimukset/mr/)\n", "    fi: |", "description.body.fi",
         '"/tutkimukset/mr/" is not the address of any page of this site; did you mean "/tutkimukset/mri/"? '
         "copy the address of the Finnish page"),
    Case("site link with a space before the address", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [MRI]( /tutkimukset/mr/)", "[MRI]", "exams[1].summary.fi",
         '"/tutkimukset/mr/" is not the address of any page of this site; did you mean "/tutkimukset/mri/"? '
         "copy the address of the Finnish page"),
    Case("site link to a place the page does not have", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [KYS](/kunnat/kuopio/#kyss)", "[KYS]", "exams[1].summary.fi",
         '"/kunnat/kuopio/#kyss": the page /kunnat/kuopio/ has no place "#kyss"; did you mean "/kunnat/kuopio/#kys"? '
         "link a place card by its id (the id of the place in data/locations.yaml), or remove the # and what follows it"),
    Case("site link to a heading inside a page", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Valmistautuminen](/tutkimukset/mri/#Valmistautuminen)", "/tutkimukset/mri/#",
         "exams[1].summary.fi",
         '"/tutkimukset/mri/#Valmistautuminen" points to a place inside a page (#…) that the site cannot check; link a '
         'place by its id, as in "/kunnat/kuopio/#kys", or remove the # and what follows it and link the page'),
    Case("site link with a query", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Kunnat](/kunnat/?q=1)", "/kunnat/?", "exams[1].summary.fi",
         '"/kunnat/?q=1" has a query (?…), which no page of this site takes; remove the ? and what follows it'),
    Case("hostile site link /%2F%2Fevil/", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](/%2F%2Fevil/)", "[Lue]", "exams[1].summary.fi",
         not_a_site_address("/%2F%2Fevil/")),
    Case("hostile site link /%5Cevil/", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](/%5Cevil/)", "[Lue]", "exams[1].summary.fi",
         not_a_site_address("/%5Cevil/")),
    Case("hostile site link /tutkimukset/../../x/", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](/tutkimukset/../../x/)", "[Lue]", "exams[1].summary.fi",
         not_a_site_address("/tutkimukset/../../x/")),
    Case("hostile site link /kunnat/%09/", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](/kunnat/%09/)", "[Lue]", "exams[1].summary.fi",
         not_a_site_address("/kunnat/%09/")),
    Case("protocol-relative site link //evil.example/", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](//evil.example/)", "[Lue]", "exams[1].summary.fi",
         '"//evil.example/" has no scheme; write the full address, starting with https://'),
    Case("hostile site link /\\evil/", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](/\\evil/)", "[Lue]", "exams[1].summary.fi",
         '"/\\evil/" has no scheme; write the full address, starting with https://'),
    Case("hostile site link \\\\evil", "notices.yaml", "notices: []\n", NOTICE.format(text="Lue [tästä](\\\\\\\\evil)"),
         "[tästä]", "notices[0].text.fi", '"\\evil" has no scheme; write the full address, starting with https://'),
    Case("hostile site link /%2e%2e/", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](/%2e%2e/%2e%2e/x/)", "[Lue]", "exams[1].summary.fi",
         not_a_site_address("/%2e%2e/%2e%2e/x/")),
    Case("site link to an encoded line break", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](/kunnat/%0A/)", "[Lue]", "exams[1].summary.fi",
         not_a_site_address("/kunnat/%0A/")),
    Case("site link without its last slash", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Kunnat](/kunnat)", "[Kunnat]", "exams[1].summary.fi",
         '"/kunnat" has no "/" at the end; write it as "/kunnat/"'),
    Case("site link in a notice to a page that does not exist", "notices.yaml", "notices: []\n",
         NOTICE.format(text="Katso [kunnat](/kunat/)"), "fi: \"Katso", "notices[0].text.fi",
         '"/kunat/" is not the address of any page of this site; did you mean "/kunnat/"? '
         "copy the address of the Finnish page"),
    Case("mailto with a hidden recipient", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Kirjoita](mailto:?bcc=kaikki@example.fi)", "mailto:", "exams[1].summary.fi",
         '"mailto:?bcc=kaikki@example.fi" has no valid e-mail address after mailto:; write it as mailto:name@example.fi'),
    Case("mailto with extra headers", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Kirjoita](mailto:info@example.fi?cc=x@example.fi&body=Hei)", "mailto:",
         "exams[1].summary.fi", '"mailto:info@example.fi?cc=x@example.fi&body=Hei" adds more to the e-mail than one '
         "subject (cc, bcc, body or a line break); write only mailto:name@example.fi, or mailto:name@example.fi?subject=…"),
    Case("tel link that is not a phone number", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Soita](tel:12345)", "tel:", "exams[1].summary.fi",
         '"tel:12345" is not a valid phone number; write it as tel:+358171234567'),
    Case("link to an intranet host", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Ohje](https://intra.kys.local/ohje)", "intra.kys", "exams[1].summary.fi",
         '"https://intra.kys.local/ohje" points to an intranet host name (intra.kys.local), which residents cannot '
         "open from home; link to a public page instead"),
    Case("web page on a private network address", "contacts.yaml", "web_page: https://example.fi/asema",
         "web_page: https://192.168.1.10/asema", "web_page:", "contacts[0].web_page",
         '"https://192.168.1.10/asema" points to a private or local network address (192.168.1.10), which residents '
         "cannot open from home; link to a public page instead"),
    Case("source on the intranet", "service.yaml", "source: https://pshyvinvointialue.fi/web/en/imaging-services",
         "source: http://intra.kys.fi.local/kuvantaminen", "source: http://intra", "source",
         '"http://intra.kys.fi.local/kuvantaminen" points to an intranet host name (intra.kys.fi.local), which residents '
         "cannot open from home; link to a public page instead"),
    Case("over-indented line in a text", "service.yaml", " terveyskeskuksissa.\n\n      Teemme",
         " terveyskeskuksissa.\n\n          Ajanvaraus lähetteellä.\n\n      Teemme",
         "Ajanvaraus lähetteellä.", "description.body.fi",
         'has the line "Ajanvaraus lähetteellä." indented by four or more spaces, which the page would show as a code '
         "block; start it where the lines around it start", column_of="Ajanvaraus"),
    # Block Markdown of the site's own pages (headings, rules, quotes, boxes, definitions, fenced
    # code) is not in a data text's Markdown: each is told at its own line, not mangled on the page.
    *[Case(f"{what} in a text ({kind})", "service.yaml", " terveyskeskuksissa.\n\n      Teemme",
           f" terveyskeskuksissa.\n\n{written}\n\n      Teemme", at, "description.body.fi",
           block_markdown(next(line for line in written.split("\n") if at in line), what))
      for kind, written, at, what in [
          ("# line", "      # Iso otsikko", "# Iso otsikko", "a heading"),
          ("underlined", "      Otsikko\n      =======", "=======", "a heading"),
          ("---", "      ---", "      ---", "a rule"),
          ("> line", "      > Lainaus tähän.", "> Lainaus", "a quote"),
          ("!!! danger", '      !!! danger "Hälytys"\n          Teksti.', "!!! danger", "a box (admonition)"),
          (":   line", "      Termi\n      :   Määritelmä", ":   Määritelmä", "a definition"),
          ("``` fence", "      ```\n      koodi\n      ```", "```", "a code block"),
      ]],
    Case("unused link definition in a text", "service.yaml", " terveyskeskuksissa.\n\n      Teemme",
         " terveyskeskuksissa.\n\n      [1]: javascript:alert(1)\n\n      Teemme", "[1]: javascript", "description.body.fi",
         'has the link definition "[1]: javascript:alert(1)", which no link of the text uses, so the page does not '
         "show it; remove the unused link definition or use it: [link text][1]"),
    # A used reference link passes the same checks as any link; the unused definition beside it is told too.
    Case("script reference link and an unused definition", "service.yaml", " terveyskeskuksissa.\n\n      Teemme",
         " terveyskeskuksissa. Lue [ohje][1].\n\n      [1]: javascript:alert(1)\n      [2]: https://pshyvinvointialue.fi/"
         "\n\n      Teemme", "[1]: javascript", "description.body.fi", LINK_NOT_ALLOWED.format(url="javascript:alert(1)"),
         column_of="javascript",
         also=(("[2]: https", None, 'has the link definition "[2]: https://pshyvinvointialue.fi/", which no link of the '
                "text uses, so the page does not show it; remove the unused link definition or use it: [link text][2]"),)),
    # --- characters no page can show ------------------------------------------------------
    # A character that stands for a lost one shows as a box or "?"; accents with no letter show as nothing.
    Case("replacement character in a text", "service.yaml", "      Teemme kuvantamistutkimuksia",
         "      Teemme \ufffd kuvantamistutkimuksia", "Teemme \ufffd", "description.body.fi",
         BROKEN.format(code="FFFD", name="replacement character"), column_of="\ufffd"),
    Case("private-use character in an exam name", "exams.yaml", "      en: MRI scan\n", "      en: MRI \ue000 scan\n",
         "MRI \ue000", "exams[1].name.en", BROKEN.format(code="E000", name="private use character")),
    Case("summary of accents only", "service.yaml", SUMMARY_FI, '  fi: "\\u0301\\u0301"\n', 'fi: "\\u0301', "summary.fi",
         "is empty; write the text"),
    Case("control character in a notice", "notices.yaml", "notices: []\n",
         NOTICE.format(text="Katso\\x01"), "Katso", "notices[0].text.fi", CONTROL.format(code="0001")),
    Case("escape sequence in an exam name", "exams.yaml", "      en: MRI scan\n", '      en: "MRI \\e(0scan"\n', "MRI \\e",
         "exams[1].name.en", CONTROL.format(code="001B")),
    Case("lone surrogate in a summary", "exams.yaml", "      en: Imaging with a magnetic field and radio waves, with no X-rays. It usually takes 30–60 minutes.\n",
         '      en: "Imaging \\ud800with a magnetic field."\n', "Imaging \\ud800", "",
         'YAML syntax: a "\\u…" in a quoted text is not a character a page can show; write the character itself, or remove the backslash',
         column_of="\\ud800"),
    Case("zero-width space in a municipality name", "municipalities.yaml", "      fi: Kuopio\n", "      fi: Kuo\u200bpio\n",
         "fi: Kuo\u200b", "municipalities[5].name.fi",
         "contains the invisible character U+200B (zero width space), which changes the text (and a page address made "
         "from it) without showing; delete it (retype the text around it)"),
    Case("soft hyphen in a municipality name", "municipalities.yaml", "      fi: Joroinen\n", "      fi: Joroi\u00adnen\n",
         "fi: Joroi", "municipalities[1].name.fi",
         "contains the invisible character U+00AD (soft hyphen), which changes the text (and a page address made "
         "from it) without showing; delete it (retype the text around it)"),
    Case("bidi control in a municipality name", "municipalities.yaml", "      en: Kuopio\n", '      en: "Kuopio\\u202e"\n',
         "en: \"Kuopio", "municipalities[5].name.en",
         "contains the invisible character U+202E (right-to-left override), which changes the text (and a page address "
         "made from it) without showing; delete it (retype the text around it)"),
    Case("line separator in a municipality name", "municipalities.yaml", "      fi: Kuopio\n",
         '      fi: "Kuopio\\L\\L!!! danger \\"Soita 0700 1\\""\n', 'fi: "Kuopio', "municipalities[5].name.fi",
         "contains the invisible character U+2028 (line separator), which changes the text (and a page address made "
         "from it) without showing; delete it (retype the text around it)"),
    Case("link in a municipality name", "municipalities.yaml", "      fi: Kuopio\n", '      fi: "[Kuopio](https://ev.il/)"\n',
         'fi: "[Kuopio]', "municipalities[5].name.fi",
         'has "[", which would make a link or formatting on the page; a name is plain text: remove it '
         "(a link belongs in a description)"),
    Case("Cyrillic letter in a Latin municipality name", "municipalities.yaml", "      fi: Kaavi\n", "      fi: K\u0430avi\n",
         "fi: K\u0430avi", "municipalities[2].name.fi",
         'mixes alphabets in "K\u0430avi": "\u0430" is a Cyrillic letter among Latin ones, which looks the same but makes '
         "another name and page address; retype the word in one alphabet"),
    # --- labels ------------------------------------------------------------------------
    Case("label that leaves out a placeholder", "labels.yaml", "{min}–{max} minuuttia", "{min} minuuttia",
         "kestää yleensä {min} minuuttia", "exam_duration_range.fi",
         "leaves out {{max}}, which the page fills in; keep every placeholder: {{max}}, {{min}}"),
    Case("label placeholder that reads attributes", "labels.yaml", "{min}–{max} minuuttia", "{min.__class__.__mro__}–{max} minuuttia",
         "__mro__", "exam_duration_range.fi", 'has "{{min.__class__.__mro__}}", which is not a placeholder of this label '
         "(it takes: {{max}}, {{min}}); write the placeholder exactly as shown or remove the braces"),
    Case("label placeholder that pads to gigabytes", "labels.yaml", "{min}–{max} minuuttia", "{min:>2000000000}–{max} minuuttia",
         "2000000000", "exam_duration_range.fi", 'has "{{min:>2000000000}}", which is not a placeholder of this label '
         "(it takes: {{max}}, {{min}}); write the placeholder exactly as shown or remove the braces"),
    Case("unknown label placeholder", "labels.yaml", "{min}–{max} minuuttia", "{min}–{maks} minuuttia",
         "{maks}", "exam_duration_range.fi", 'has "{{maks}}", which is not a placeholder of this label '
         "(it takes: {{max}}, {{min}}); write the placeholder exactly as shown or remove the braces"),
    Case("misspelt label key", "labels.yaml", "\nhome_link:\n", "\nhome_lnik:\n", "home_lnik:", "home_lnik",
         'is not a label any page uses; did you mean "home_link"? correct the name or remove it'),
    Case("misspelt label key of a value-chosen label", "labels.yaml", "\nexam_tell_pregnancy:\n", "\nexam_tell_pregnacy:\n",
         "exam_tell_pregnacy:", "exam_tell_pregnacy",
         'is not a label any page uses; did you mean "exam_tell_pregnancy"? correct the name or remove it'),
    Case("line break in a heading label", "labels.yaml", "  fi: Kunnat ja terveysasemat\n", '  fi: "Kunnat\\n\\n# Soita 0700 1"\n',
         "Kunnat\\n", "directory_title.fi", ONE_LINE),
    # The jump list and the navigation put a heading label inside the site's own link.
    Case("a link in a heading label", "labels.yaml", "  fi: Mikä tutkimus on\n", '  fi: "[Mikä](https://evil.example/) tutkimus on"\n',
         "[Mikä]", "exam_what_heading.fi", LABEL_LINK),
    Case("a link in the label of a page title", "labels.yaml", '  fi: "{name}: terveysasemat ja röntgen"\n',
         '  fi: "{name}: [terveysasemat](https://evil.example/) ja röntgen"\n', "[terveysasemat]",
         "municipality_title.fi", LABEL_LINK),
    Case("a label that opens a link for the value after it", "labels.yaml", "  fi: Paikka on {where}.\n",
         "  fi: Paikka on [täällä]{where}.\n", "[täällä]", "place_elsewhere.fi", LABEL_LINK),
    Case("removed label", "labels.yaml", "\nhome_link:\n  fi: Siirry etusivulle\n  en: Go to the home page\n", "\n", "", "",
         'the label "home_link" is missing; add it with its text in every language'),
    # --- one-line fields -------------------------------------------------------------------
    Case("line break in a name", "exams.yaml", "      en: MRI scan\n", "      en: \"MRI scan\\n\\n# Free scans\"\n", "MRI scan\\n",
         "exams[1].name.en", ONE_LINE),
    Case("line break in a summary", "service.yaml", "  en: X-ray and other imaging", "  en: |\n    X-ray\n    ***\n    and other imaging",
         "    X-ray", "summary.en", ONE_LINE, line_offset=-1),
    # --- the accessibility statement --------------------------------------------------------
    # (The feedback address, recorded as missing in the data, is tested in tests/unit/test_accessibility.py.)
    Case("invalid accessibility supervisor e-mail", "accessibility.yaml", "  email: saavutettavuus@traficom.fi\n",
         "  email: saavutettavuus(at)traficom.fi\n", "email: saavutettavuus", "supervisor.email",
         '"saavutettavuus(at)traficom.fi" is not a valid e-mail address (An email address must have an @-sign); '
         "write it as name@example.fi"),
    Case("fully accessible with shortcomings listed", "accessibility.yaml", "status: partially", "status: fully", "status:",
         "status", 'is "fully" but the statement lists shortcomings; use "fully" only with no shortcomings, '
         'and "partially" or "not" with at least one'),
    Case("accessibility standard the law does not name", "accessibility.yaml", "standard: WCAG 2.1 AA",
         "standard: WCAG 1.0 A", "standard:", "standard", "\"WCAG 1.0 A\" is not allowed; write 'WCAG 2.1 AA' or 'WCAG 2.2 AA'"),
    Case("accessibility review before the statement", "accessibility.yaml", "last_reviewed: 2026-12-03", "last_reviewed: 2026-11-27", "last_reviewed:",
         "last_reviewed", "2026-11-27 is before prepared 2026-11-28; set it to the date of the latest review"),
    Case("accessibility review in the future", "accessibility.yaml", "last_reviewed: 2026-12-03", "last_reviewed: 2026-12-05",
         "last_reviewed:", "last_reviewed",
         "2026-12-05 is in the future (today is 2026-12-04); write the day it actually happened, today or earlier"),
    # --- YAML ----------------------------------------------------------------------------
    Case("yaml: alias bomb", "privacy.yaml", "sections:\n", BOMB + "sections:\n", "f: &f", "",
         "YAML: the file expands to more than 200000 values (aliases `*name` repeating an anchor `&name` again and again?); "
         "write the values out or remove the aliases"),
    Case("yaml: alias bomb of one long text", "privacy.yaml", "sections:\n", WIDE_BOMB + "sections:\n", "many:", "",
         "YAML: the file holds more than 2000000 characters of text once its aliases `*name` are written out "
         "(an anchor `&name` repeated again and again?); no data file of this site is that big: write the values "
         "out or remove the aliases"),
    Case("yaml: self-referencing alias", "privacy.yaml", "sections:\n", "loop: &a [*a]\nsections:\n", "loop:", "",
         "YAML: an alias `*name` is inside the anchor `&name` it repeats, which never ends; remove the alias or write the value out",
         column_of="&a"),
    Case("yaml: a tag hides text from a reviewer", "service.yaml", "provider: Pohjois-Savon hyvinvointialue",
         "provider: !!binary PHNjcmlwdD4=", "provider:", "", TAG.format(tag="!!binary"), column_of="!!binary"),
    Case("yaml: a tag YAML cannot read", "exams.yaml", "      fi: Tavallinen röntgenkuva esimerkiksi",
         "      fi: !!bool maybe\n      sv: Tavallinen röntgenkuva esimerkiksi", "fi: !!bool", "", TAG.format(tag="!!bool"),
         column_of="!!bool"),
    Case("yaml: a tag turns a code into a number", "municipalities.yaml", 'code: "140"', "code: !!int '140'", "code: !!int",
         "", TAG.format(tag="!!int"), column_of="!!int"),
    Case("yaml: a tag of another program", "privacy.yaml", "sections:\n", "x: !!python/object:os.system ls\nsections:\n",
         "x: !!python", "", TAG.format(tag="!!python/object:os.system"), column_of="!!python"),
    Case("yaml: a comment cuts a text short", "exams.yaml", "Valmistautumista ei yleensä tarvita.",
         "Valmistautumista ei #2 yleensä tarvita.", "Valmistautumista ei #2", "",
         'YAML: the text goes on after " #", which YAML reads as the start of a comment, so "#2 yleensä tarvita." '
         "is left out of the text; put the whole text in quotes", column_of="#2"),
    Case("yaml: unclosed quote mid-file", "service.yaml", "provider: Pohjois-Savon hyvinvointialue\n", 'provider: "Pohjois-Savon hyvinvointialue\n',
         "provider:", "", "YAML syntax: a quote is not closed; end the text with the same quote it starts with", column_of='"'),
    Case("number with a leading zero", "municipalities.yaml", 'code: "140"', "code: 091", "code: 091",
         "municipalities[0].code", f'is 091, which YAML reads as a number, date or true/false; {QUOTE_FIX}: "091"', column_of="code"),
    Case("exam lasting 10000 minutes", "exams.yaml", "duration: {min: 30, max: 60}", "duration: {min: 30, max: 10000}",
         "max: 10000", "exams[1].duration.max",
         "10000 minutes is not how long one visit takes; write minutes from 1 to 480 (8 hours)", column_of="max:"),
    Case("exam lasting 0 minutes", "exams.yaml", "duration: {min: 30, max: 60}", "duration: {min: 0, max: 60}",
         "min: 0", "exams[1].duration.min",
         "0 minutes is not how long one visit takes; write minutes from 1 to 480 (8 hours)", column_of="min:"),
    # --- ids, codes, duplicates ------------------------------------------------------------------
    Case("id with capitals and spaces", "exams.yaml", "  - id: ct\n", "  - id: CT scan\n", "id: CT scan", "exams[2].id",
         '"CT scan" is not a valid id; use lowercase a–z, digits and single hyphens, e.g. native-xray', column_of="id"),
    Case("municipality code of two digits", "municipalities.yaml", 'code: "140"', 'code: "14"', 'code: "14"', "municipalities[0].code",
         '"14" is not a municipality code; write the three-digit Statistics Finland code in quotes, e.g. "297"',
         column_of="code"),
    Case("duplicate exam id", "exams.yaml", "  - id: ct\n", "  - id: mri\n", "  - id: mri", "exams[2].id",
         '"mri" is used twice (also on line {mri}); give each one its own id', column_of="id", nth=2),
    # Two places joined to one PTV channel would show the same PTV facts under two names.
    Case("two locations share a ptv_id", "locations.yaml", '    municipality: "140"\n',
         '    municipality: "140"\n    ptv_id: 0a1b2c3d-0000-4000-8000-000000000001\n',
         "ptv_id: 0a1b2c3d", "locations[1].ptv_id",
         '"0a1b2c3d-0000-4000-8000-000000000001" is used twice (also on line {ptv}); give each one its own ptv_id',
         nth=2, column_of="ptv_id",
         more=(("locations.yaml", '    municipality: "297"\n', '    municipality: "297"\n    ptv_id: 0a1b2c3d-0000-4000-8000-000000000001\n'),)),
    # The home page tells search engines which hospital the service belongs to.
    Case("service hospital is not the university hospital", "service.yaml", "hospital: kys", "hospital: iisalmi-terveyskampus",
         "hospital: iisalmi", "hospital", '"iisalmi-terveyskampus" is not the university hospital (KYS), and search engines read it as the hospital '
         "KYS Röntgen belongs to (the home page's JSON-LD); write `hospital: kys`"),
    # data/ptv.yaml is the import's: a hand edit would vanish at the next import, so it is refused.
    Case("ptv.yaml edited by hand", "ptv.yaml", "organization_id: null", "organization_id: 0a1b2c3d-0000-4000-8000-0000000000aa",
         "# digest: sha256", "", "was edited by hand (its content does not match the digest the import wrote); "
         "run make import-ptv again or revert (git checkout data/ptv.yaml)"),
    Case("duplicate municipality code", "municipalities.yaml", 'code: "171"', 'code: "140"', 'code: "140"', "municipalities[1].code",
         '"140" is used twice (also on line {code140}); give each one its own code', nth=2,
         column_of="code"),
    Case("duplicate municipality name", "municipalities.yaml", "      fi: Joroinen", "      fi: Iisalmi", "fi: Iisalmi",
         "municipalities[1].name.fi", '"iisalmi" is used twice (also on line {iisalmi}); give each one its own page name (made from the Finnish name)', nth=2),
    Case("one bad address in a list of sources", "municipalities.yaml", "      - https://pshyvinvointialue.fi/mita-hyvinvointialueella-tehdaan\n",
         "      - pshyvinvointialue.fi/mita\n", "- pshyvinvointialue.fi/mita", "municipalities[0].source[0]",
         '"pshyvinvointialue.fi/mita" is not a full web address; copy the address of the source page, starting with https://',
         column_of="pshy"),
    # --- pages claiming one path ------------------------------------------------------------
    Case("exam with the index page's id", "exams.yaml", "  - id: ct\n", "  - id: index\n", "id: index", "exams[2].id",
         '"index" is the address of the exam index page (tutkimukset/index.md); give the exam another id', column_of="id"),
    Case("municipality named Index", "municipalities.yaml", "      fi: Joroinen", "      fi: Index", "fi: Index",
         "municipalities[1].name.fi",
         'makes the page name "index", which is the address of the municipality directory (kunnat/index.md); check the Finnish name'),
    Case("municipality name too long for its page's description", "municipalities.yaml", "      fi: Joroinen",
         "      fi: Joroisten ja Rantasalmen ja Sulkavan yhteinen kunta", "fi: Joroisten ja", "municipalities[1].name.fi",
         "makes the page fi/kunnat/joroisten-ja-rantasalmen-ja-sulkavan-yhteinen-kunta.md, which has a description of "
         "161 characters; shorten it to at most 160",
         more=(("municipalities.yaml", '  "171": Joroinen\n', '  "171": Joroisten ja Rantasalmen ja Sulkavan yhteinen kunta\n'),)),
    Case("exam id too long for a page name", "exams.yaml",  # the build failed writing the page after check said OK
         "  - id: native-xray\n", f"  - id: {LONG_ID}\n", "id: native-xray-native", "exams[0].id",
         f"makes the page tutkimukset/{LONG_ID}.md, which has a name of 287 characters; shorten it to at most 100",
         column_of="id", more=(("contacts.yaml", "exams: [native-xray, mri]", f"exams: [{LONG_ID}, mri]"),)),
    # --- the county's municipalities ---------------------------------------------------------------
    Case("a 20th municipality", "municipalities.yaml", '  - code: "171"\n', MUNICIPALITY_999 + '  - code: "171"\n', 'code: "999"',
         "municipalities[1].code", '"999" is not one of the municipalities listed in county_codes; correct the code, '
         "or add it to county_codes if the area really has grown", column_of="code"),
    Case("a county municipality without an entry", "municipalities.yaml", '  "171": Joroinen\n', '  "171": Joroinen\n  "172": Juva\n',
         '"172": Juva', "county_codes.172",
         '"172" is in county_codes but has no entry in municipalities; add the municipality or remove its code'),
    # The page address, the directory and the finder are made from the name: it is the code's official one.
    Case("a municipality under another name than its code's", "municipalities.yaml", "      fi: Tervo\n", "      fi: Sitemap\n",
         "fi: Sitemap", "municipalities[14].name.fi",
         '"Sitemap" is not the official name of the municipality 844; write "Tervo" (its name in county_codes, from '
         "Statistics Finland's classification of municipalities)"),
    Case("a Roman numeral for a municipality name", "municipalities.yaml", "      fi: Varkaus\n", "      fi: Ⅸ\n",
         "fi: Ⅸ", "municipalities[16].name.fi",
         'has "Ⅸ", a look-alike form of "IX" (full-width, a Roman numeral, a ligature or a superscript) that makes '
         'another name and page address; write "IX"'),
    Case("a full-width municipality name", "municipalities.yaml", "      fi: Kaavi\n", "      fi: ＫＡＡＶＩ\n",
         "fi: ＫＡＡＶＩ", "municipalities[2].name.fi",
         'has "Ｋ", a look-alike form of "K" (full-width, a Roman numeral, a ligature or a superscript) that makes '
         'another name and page address; write "K"'),
    Case("accent marks heaped on a municipality name", "municipalities.yaml", "      fi: Tervo\n",
         "      fi: Tervo" + "\u0308" * 12 + "\n", "fi: Tervo", "municipalities[14].name.fi",
         "has more than 2 accent marks on one letter, which are drawn over the text around it; retype the name"),
    # A Swedish or English name is shown beside the others in the directory and the finder: a copy of
    # another municipality's name makes two of it there. The copy (here Joroinen's, Kaavi's) is told.
    Case("an English name that is another municipality's Finnish name", "municipalities.yaml", "      en: Joroinen\n",
         "      en: Iisalmi\n", "en: Iisalmi", "municipalities[1].name.en",
         '"Iisalmi" is also a name of the municipality Iisalmi (140); two municipalities cannot share a name in one '
         'language (a reader could not tell them apart): write the Finnish name "Joroinen" (English uses the official '
         "Finnish name)", nth=2),
    Case("a Swedish name that is another municipality's Swedish name", "municipalities.yaml", "      sv: Kaavi\n",
         "      sv: Idensalmi\n", "sv: Idensalmi", "municipalities[2].name.sv",
         '"Idensalmi" is also a name of the municipality Iisalmi (140); two municipalities cannot share a name in one '
         'language (a reader could not tell them apart): write its Swedish name, or the Finnish name "Kaavi" where it '
         "has no Swedish one", nth=2),
    # Localities are words of the finder's search key: a pasted list of villages is not one.
    Case("41 localities", "municipalities.yaml", "localities: [Juankoski,",
         "localities: [" + "".join(f"Kylä{n}, " for n in range(1, 36)) + "Juankoski,", "localities: [Kylä1",
         "municipalities[5].localities", "lists 41 localities; a municipality has at most 40 (former municipalities "
         "and villages that name a health station): keep those and remove the others"),
    Case("a locality twice", "municipalities.yaml", "Riistavesi, Vehmersalmi]", "Riistavesi, Vehmersalmi, nilsiä]",
         "Vehmersalmi, nilsiä]", "municipalities[5].localities[6]",
         '"nilsiä" is listed twice in this list (also on line {kuopiolocalities}); keep one and remove the other, '
         "or correct the locality", column_of="nilsiä"),
    # Every page, place and reference hangs on the list: emptied or removed, it is one error, not one
    # for each county code and each reference to a municipality in the other files.
    Case("an emptied municipality list", "municipalities.yaml", "<whole file>",
         _MUNICIPALITIES.split("\nmunicipalities:", 1)[0] + "\nmunicipalities: []\n", "municipalities: []",
         "municipalities", "the county has 19 municipalities (county_codes); the list is empty: write an entry for "
         "each of them under `municipalities:`, or restore the list from git"),
    Case("no municipality list", "municipalities.yaml", "<whole file>",
         _MUNICIPALITIES.split("\nmunicipalities:", 1)[0] + "\n", "", "",
         "the county has 19 municipalities (county_codes); the list is missing: write an entry for each of them "
         "under `municipalities:`, or restore the list from git"),
    # --- phone numbers, URLs, dates ----------------------------------------------------------------------
    Case("empty list of sources", "locations.yaml", "    source: https://www.ylasavonsote.fi/fi/usein-kysytyt-kysymykset\n",
         "    source: []\n", "source: []", "locations[1].source",
         "lists no source; add the address of the page the facts come from"),
    Case("letters in a phone number", "service.yaml", 'number: "116117"', 'number: "017 I73 3OO"', "017 I73", "phone_channels[1].number",
         '"017 I73 3OO" has letters in it; a phone number has only digits (is an O a zero, an I a one?): '
         "write it as 017 123 4567 or +358 17 123 4567", column_of="number"),
    Case("foreign phone number", "service.yaml", 'number: "116117"', 'number: "+1 202 555 0143"', "+1 202", "phone_channels[1].number",
         '"+1 202 555 0143" is a phone number of United States, not a Finnish one; this site lists Finnish numbers only '
         "(+358 or a number starting with 0): check the number", column_of="number"),
    Case("premium-rate phone number", "service.yaml", 'number: "116117"', 'number: "0700 123 456"', "0700 123", "phone_channels[1].number",
         '"0700 123 456" is a service number with an extra charge (0100, 0200, 060…, 070…), whose calls can cost '
         "several euros a minute; this site does not list such numbers: check the number", column_of="number"),
    Case("a charged service number that is not called premium rate", "service.yaml", 'number: "116117"', 'number: "0100 100"',
         "0100 100", "phone_channels[1].number",
         '"0100 100" is a service number with an extra charge (0100, 0200, 060…, 070…), whose calls can cost '
         "several euros a minute; this site does not list such numbers: check the number", column_of="number"),
    Case("night-time emergency place without an address", "service.yaml", "  location: kys", "  location: kys",
         "  location: kys", "night_emergency.location",
         '"kys" has no address in data/locations.yaml, and every urgent-help block tells the reader '
         "where to go at night; add the place's address (with its source), or name the place that has the "
         "night-time emergency department", column_of="location",
         more=(("locations.yaml", '    address:\n      street: Puijonlaaksontie 2\n      postal_code: "70210"\n'
                '      post_office: Kuopio\n', ""),)),
    # Every urgent-help block calls it the county's only night-time emergency: a health centre there sends
    # residents to a place that is closed at night.
    Case("night-time emergency at a health centre", "service.yaml", "  location: kys", "  location: iisalmi-terveyskampus",
         "location: iisalmi-terveyskampus", "night_emergency.location",
         '"iisalmi-terveyskampus" is not the university hospital (KYS), and every urgent-help block names it as the '
         "county's only night-time emergency; write `location: kys`", column_of="location"),
    Case("the emergency and helpline numbers swapped", "service.yaml", 'number: "112"', 'number: "116117"',
         'number: "116117"', "phone_channels[0].number", 'the line "emergency" is the emergency number 112; write "112" here',
         column_of="number"),
    Case("the emergency number on another line", "service.yaml", "  - id: medical-helpline", "  - id: helpline",
         'number: "116117"', "phone_channels[1].number",
         '116117 is the medical helpline: it belongs only on the line with id "medical-helpline"; give this line its own number',
         column_of="number"),
    Case("the emergency number as a place's own line", "contacts.yaml", 'phones: ["017 123 4567"]', 'phones: ["112"]',
         'phones: ["112"]', "contacts[0].phones[0]",
         '"112" is a national number for everyone (the emergency number); the site gives it once, from '
         "data/service.yaml: write this place's own number here", column_of='"112"'),
    Case("invalid phone number", "service.yaml", 'number: "116117"', 'number: "017 123"', "017 123", "phone_channels[1].number",
         '"017 123" is not a valid Finnish phone number; write it as 017 123 4567 or +358 17 123 4567', column_of="number"),
    Case("source without https://", "service.yaml", "source: https://pshyvinvointialue.fi/web/en/imaging-services",
         "source: pshyvinvointialue.fi/web/en/imaging-services", "source: pshy", "source",
         '"pshyvinvointialue.fi/web/en/imaging-services" is not a full web address; copy the address of the source page, starting with https://'),
    Case("checked date in the future", "service.yaml", "checked: 2026-11-28\n\nprovider", "checked: 2027-01-15\n\nprovider",
         "checked: 2027", "checked", f"2027-01-15 is in the future (today is {NOW.date().isoformat()}); write the day it actually happened, today or earlier"),
    Case("impossible date", "service.yaml", "checked: 2026-11-28\n\nprovider", "checked: 2026-02-30\n\nprovider",
         "checked: 2026-02-30", "checked", '"2026-02-30" is not a valid date; write it as YYYY-MM-DD, e.g. 2026-11-28'),
    Case("date in Finnish format", "service.yaml", "checked: 2026-11-28\n\nprovider", "checked: 28.11.2026\n\nprovider",
         "checked: 28.11.2026", "checked", '"28.11.2026" is not a valid date; write it as YYYY-MM-DD, e.g. 2026-11-28'),
    Case("source language address written with https://", "locations.yaml", "  kiuruvesilehti.fi: fi\n",
         "  https://kiuruvesilehti.fi: fi\n", "https://kiuruvesilehti.fi: fi", "source_languages.https://kiuruvesilehti.fi",
         '"https://kiuruvesilehti.fi" is not a web address without https:// and www.; write the host, and where only '
         "some of its pages are in this language the start of their path: pshyvinvointialue.fi/web/en/"),
    Case("source language for a host no source uses", "locations.yaml", "  pitajalainen.fi: fi\n",
         "  pitajalainen.com: fi\n", "pitajalainen.com: fi", "source_languages.pitajalainen.com",
         "is not the start of any source address in the data, so it tells the language of no page; the sources use "
         "pitajalainen.fi: write that"),
    Case("source language that is not a language", "locations.yaml", "  luja.fi: fi\n", "  luja.fi: finnish\n",
         "luja.fi: finnish", "source_languages.luja.fi", "\"finnish\" is not allowed; write 'fi', 'sv' or 'en'"),
    Case("reference to a health centre that does not exist", "municipalities.yaml", "health_centres: [kaavin-terveysasema]",
         "health_centres: [kaavin-terveysasma]", "kaavin-terveysasma", "municipalities[2].health_centres[0]",
         '"kaavin-terveysasma" is not the id of any of the locations in data/locations.yaml; did you mean '
         '"kaavin-terveysasema"? use an existing id or add the record there', column_of="kaavin"),
    # --- exam sections and their sources ----------------------------------------------------------------
    Case("exam section without a source", "exams.yaml", "      after: [terveyskyla-xray]\n", "", "    sources:",
         "exams[0].sources",
         'section "after" has no source; list the ids of the source_pages its text rests on, e.g. after: [county-imaging]'),
    Case("exam section with an empty source list", "exams.yaml", "      results: [county-imaging, oys-instructions, terveyskyla-visit-steps, kanta-faq]\n",
         "      results: []\n", "      results: []", "exams[0].sources.results",
         'section "results" has no source; list the ids of the source_pages its text rests on, e.g. results: [county-imaging]'),
    Case("exam source that is not in source_pages", "exams.yaml", "      where: [terveyskyla-visit-steps, psshp-radiology]\n",
         "      where: [terveyskyla-visit-steps, psshp-radiolgy]\n", "where: [terveyskyla-visit-steps, psshp-radiolgy]",
         "exams[1].sources.where[1]",
         '"psshp-radiolgy" is not the id of any of the source_pages in data/exams.yaml; did you mean "psshp-radiology"? '
         "use an existing id or add the record there", column_of="psshp"),
    Case("source page language misspelt", "exams.yaml", '    lang: sv\n    title: "Avbokning av tid"\n',
         '    lang: swedish\n    title: "Avbokning av tid"\n', "lang: swedish", "source_pages[21].lang",
         "\"swedish\" is not allowed; write 'fi', 'sv' or 'en'"),
    Case("source page title no name quotes", "exams.yaml", '    title: "Avbokning av tid"\n',
         '    title: "Avbokning av tider"\n', 'title: "Avbokning av tider"', "source_pages[21].title",
         "is not written in any of the page's names; copy the title exactly as a name quotes it, or leave it out"),
    Case("source page a version of a page in its own language", "exams.yaml", "    version_of: kela-taxi\n",
         "    version_of: kela-travel\n", "version_of: kela-travel", "source_pages[19].version_of",
         '"kela-travel" is also in the language "fi"; a version is the same page in another language: '
         "name that page, or remove version_of"),
    Case("source page a version of a version", "exams.yaml", "    url: https://www.kela.fi/matkat\n    lang: fi\n",
         "    url: https://www.kela.fi/matkat\n    lang: sv\n    version_of: kela-taxi-fi\n", "version_of: kela-taxi-fi",
         "source_pages[17].version_of",
         '"kela-taxi-fi" is itself a version of "kela-taxi"; name the original page, version_of: kela-taxi'),
    Case("source page a version of a page that does not exist", "exams.yaml", "    version_of: kela-taxi\n",
         "    version_of: kela-taksi\n", "version_of: kela-taksi", "source_pages[19].version_of",
         '"kela-taksi" is not the id of any of the source_pages in data/exams.yaml; did you mean "kela-taxi"? '
         "use an existing id or add the record there"),
    Case("exam without its what-it-is section", "exams.yaml",
         "    description:\n      fi: Magneettikuvaus antaa tarkkoja kuvia kehon eri osista ja kudoksista. Siinä käytetään "
         "voimakasta magneettikenttää ja radioaaltoja, ei säteilyä.\n      en: An MRI scan gives detailed pictures of different "
         "parts and tissues of the body. It uses a strong magnetic field and radio waves, not radiation.\n",
         "", "  - id: mri", "exams[1].description", "is missing; add this field", column_of="id"),
    # --- the shared types in contacts.yaml ----------------------------------------------------------------
    Case("reference to an exam that does not exist", "contacts.yaml", "exams: [native-xray, mri]", "exams: [native-xray, mir]",
         "exams: [", "contacts[0].exams[1]",
         '"mir" is not the id of any of the exams in data/exams.yaml; did you mean "mri"? use an existing id or add the record there',
         column_of="mir"),
    Case("reference to a municipality that does not exist", "contacts.yaml", 'municipality: "140"', 'municipality: "999"',
         'municipality: "999"', "contacts[1].municipality",
         '"999" is not the code of any of the municipalities in data/municipalities.yaml; use an existing code or add the record there'),
    Case("invalid e-mail address", "contacts.yaml", "email: info@example.fi", "email: info(at)example.fi", "email: info(at)",
         "contacts[0].email",
         '"info(at)example.fi" is not a valid e-mail address (An email address must have an @-sign); write it as name@example.fi'),
    Case("web page over http", "contacts.yaml", "web_page: https://example.fi/asema", "web_page: http://example.fi/asema",
         "web_page:", "contacts[0].web_page",
         '"http://example.fi/asema" is not a full https:// web address; write it as https://pshyvinvointialue.fi/…'),
    Case("web page with Markdown characters", "contacts.yaml", "web_page: https://example.fi/asema",
         "web_page: https://example.fi/asema){onclick=alert(1)}", "web_page:", "contacts[0].web_page",
         '"https://example.fi/asema){{onclick=alert(1)}}" has ")", which a web address on a page cannot hold; '
         "write it percent-encoded (%29), as the browser's address bar shows it when you copy it"),
    Case("web page with a user name before the host", "contacts.yaml", "web_page: https://example.fi/asema",
         "web_page: https://example.fi@tracker.example/asema", "web_page:", "contacts[0].web_page",
         '"https://example.fi@tracker.example/asema" has a user name before the host (user@host), which makes the '
         "address look like another site's; write the address without it"),
    Case("e-mail address with Markdown characters", "contacts.yaml", "email: info@example.fi", "email: info*x@example.fi",
         "email: info*x", "contacts[0].email",
         '"info*x@example.fi" has "*", which an e-mail address on a page cannot hold; '
         "use letters, digits and . _ - + only, as in name@example.fi"),
    Case("e-mail address with a percent sign", "contacts.yaml", "email: info@example.fi", "email: info%40ev.il@example.fi",
         "email: info%40", "contacts[0].email",
         '"info%40ev.il@example.fi" has "%", which an e-mail address on a page cannot hold; '
         "use letters, digits and . _ - + only, as in name@example.fi"),
    Case("e-mail address at a domain reserved for examples", "contacts.yaml", "email: info@example.fi",
         "email: kirjaamo@example.com", "email: kirjaamo", "contacts[0].email",
         '"kirjaamo@example.com" is at example.com, a name reserved for examples that no one can receive mail at; '
         "write the real address"),
    Case("source address with an off-site image after it", "locations.yaml",
         "source: https://www.ylasavonsote.fi/fi/usein-kysytyt-kysymykset",
         "source: https://www.ylasavonsote.fi/fi/usein-kysytyt-kysymykset)![](https://tracker.example/p.gif)",
         "source: https://www.ylasavonsote.fi/fi/usein-kysytyt-kysymykset)", "locations[1].source",
         '"https://www.ylasavonsote.fi/fi/usein-kysytyt-kysymykset)![](https://tracker.example/p.gif)" has ")", '
         "which a web address on a page cannot hold; write it percent-encoded (%29), as the browser's address bar "
         "shows it when you copy it"),
    Case("closing time before opening time", "contacts.yaml", 'closes: "15.30"', 'closes: "7.30"', 'closes: "7.30"',
         "contacts[0].opening_hours.standard[0].closes",
         "closes at 07:30, which is not after it opens at 08:00; check the times (24-hour clock: 15.00, not 3.00)"),
    Case("not a weekday", "contacts.yaml", "days: [mo, tu, we, th, fr]", "days: [ma, tu, we, th, fr]", "days:",
         "contacts[0].opening_hours.standard[0].days[0]",
         '"ma" is not a weekday; use mo, tu, we, th, fr, sa or su', column_of="ma"),
    Case("not a time of day", "contacts.yaml", 'opens: "8.00"', 'opens: "25.00"', "opens:", "contacts[0].opening_hours.standard[0].opens",
         '"25.00" is not a time of day; write it in quotes as "8.00" or "08:00" (24-hour clock)'),
    Case("closed day with opening hours", "contacts.yaml", "          closed: true\n", "          closed: true\n          opens: \"9.00\"\n",
         "closed: true", "contacts[0].opening_hours.exceptions[0].closed",
         "is marked closed but also has opening times; remove one of them"),
    Case("period ending before it starts", "contacts.yaml", "valid_to: 2026-12-26", "valid_to: 2026-12-20", "valid_to:",
         "contacts[0].opening_hours.exceptions[0].valid_to",
         "valid_to 2026-12-20 is before valid_from 2026-12-24; swap them or correct the date"),
    Case("weekday twice in one row", "contacts.yaml", "days: [mo, tu, we, th, fr]", "days: [mo, mo, tu]", "days:",
         "contacts[0].opening_hours.standard[0].days", "names mo more than once; list each weekday once", column_of="days"),
    Case("weekly rows that overlap", "contacts.yaml", '          closes: "15.30"\n',
         '          closes: "15.30"\n        - days: [fr]\n          opens: "12.00"\n          closes: "18.00"\n',
         "days: [fr]", "contacts[0].opening_hours.standard[1].days",
         "gives fr hours that overlap another row's (08.00–15.30); give each day's hours once", column_of="days"),
    Case("exception in the year 9999", "contacts.yaml", "valid_to: 2026-12-26", "valid_to: 9999-12-31", "valid_to:",
         "contacts[0].opening_hours.exceptions[0].valid_to",
         "9999-12-31 is in the year 9999; a date here must be between the years 2000 and 2100: check the year"),
    Case("exception of decades (a typo in the year)", "contacts.yaml", "valid_to: 2026-12-26", "valid_to: 2062-12-26",
         "valid_to:", "contacts[0].opening_hours.exceptions[0].valid_to",
         "makes an exception of 13152 days; an exception lasts at most a year: check the years, or change the weekly "
         "hours (standard) for a lasting change"),
    Case("next review before last review", "contacts.yaml", "next_review_due: 2027-11-01", "next_review_due: 2026-10-01",
         "next_review_due:", "next_review_due", "2026-10-01 is not after last_reviewed 2026-11-01; set a later date"),
    Case("missing fact without a note", "contacts.yaml", "missing: Not published on the county's pages (looked 28.11.2026)",
         'missing: " "', "missing:", "contacts[1].email.missing", "is empty; write the text"),
    Case("duplicate location id", "contacts.yaml", "id: second-centre", "id: sample-centre", "id: sample-centre", "contacts[1].id",
         '"sample-centre" is used twice (also on line {sample}); give each one its own id', column_of="id", nth=2),
    # --- data shapes: lists, phone lines, search words ------------------------------------
    Case("a health centre listed twice under a municipality", "municipalities.yaml",
         "health_centres: [joroisten-terveysasema, hyvinvointikeskus-aalto]",
         "health_centres:\n      - joroisten-terveysasema\n      - hyvinvointikeskus-aalto\n      - joroisten-terveysasema",
         "- joroisten-terveysasema", "municipalities[1].health_centres[2]",
         '"joroisten-terveysasema" is listed twice in this list (also on line {joroinen}); keep one and remove the '
         "other, or correct the id", column_of="joroisten", nth=2),
    Case("an exam listed twice at a location", "locations.yaml", "procedural-radiology]", "procedural-radiology, ct]",
         "procedural-radiology, ct]", "locations[0].exams[6]",
         '"ct" is listed twice in this list (also on line {kysexams}); keep one and remove the other, or correct the '
         "exam id", column_of="ct]"),
    Case("an ordinary number marked free of charge", "locations.yaml", "    xray: true\n    exams: [mammography-screening]\n",
         '    phones:\n      - number: "017 123 4567"\n        name: {fi: Neuvonta, en: Advice}\n        charge: FreeOfCharge\n'
         "    xray: true\n    exams: [mammography-screening]\n", "charge: FreeOfCharge", "locations[2].phones[0].charge",
         '"017 123 4567" is not a free number (in Finland only 0800 numbers and 116 numbers are free to call), so the '
         "page must not call it free of charge; remove `charge: FreeOfCharge`, or write Chargeable"),
    Case("search: a pasted list as one synonym group", "search.yaml", "words: [scan, imaging]",
         "words: [scan, imaging, " + ", ".join(f"w{i}sana" for i in range(11)) + "]", "w0sana", f"synonyms[{_group('words: [scan, imaging]')}].words",
         "has 13 words; a group holds at most 12 (every word is added to each page that has one of them, so a long "
         "list makes the search slow to load): keep the words readers really type, or split the group by meaning",
         column_of="words"),
    Case("search: too many synonym words in all", "search.yaml", "<whole file>",
         "synonyms:\n" + "".join("  - {language: fi, words: [" + ", ".join(f"s{g}x{w}" for w in range(11)) + "]}\n"
                                 for g in range(37)),
         "synonyms:", "synonyms", "hold 407 words in all; the groups hold at most 400 together (each word makes the "
         "search slower to load on every page): remove the groups readers do not need"),
    Case("search: a stop word as a synonym", "search.yaml", "words: [scan, imaging]", "words: [scan, imaging, the]",
         "imaging, the]", f"synonyms[{_group('words: [scan, imaging]')}].words[2]",
         '"the" is a word the search leaves out of every query (a stop word, like "ja" or "the"), so it never finds '
         "anything; remove it", column_of="the]"),
    Case("search: a one-letter synonym", "search.yaml", "words: [ct, tomography]", "words: [ct, tomography, t]",
         "tomography, t]", f"synonyms[{_group('words: [ct, tomography]')}].words[2]", '"t" is one letter, which is in nearly every page; remove it',
         column_of="t]"),
    Case("search: one word in two groups", "search.yaml", "words: [referral, refer]", "words: [referral, refer, scan]",
         "refer, scan]", f"synonyms[{_group('words: [referral, refer]')}].words[2]",
         '"scan" is in two groups (also on line {scan}); a word belongs to one group: merge the groups, or remove it '
         "from one", column_of="scan]"),
    Case("Hangul filler in a municipality name", "municipalities.yaml", "      fi: Kaavi\n", "      fi: Kaavi\u3164\n",
         "fi: Kaavi", "municipalities[2].name.fi",
         "contains the invisible character U+3164 (hangul filler), which changes the text (and a page address made "
         "from it) without showing; delete it (retype the text around it)"),
    Case("braille blank in a municipality name", "municipalities.yaml", "      fi: Joroinen\n", "      fi: Joroinen\u2800\n",
         "fi: Joroinen", "municipalities[1].name.fi",
         "contains the invisible character U+2800 (braille pattern blank), which changes the text (and a page address "
         "made from it) without showing; delete it (retype the text around it)"),
    # --- deceptive links: where a link goes must be what it shows (urls) ----------------------------
    Case("percent-encoded private host in a text link", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Ohje](http://%31%32%37.0.0.1/)", "%31", "exams[1].summary.fi",
         '"http://%31%32%37.0.0.1/" points to a private or local network address (127.0.0.1), which residents '
         "cannot open from home; link to a public page instead"),
    Case("full-width private host in a text link", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Ohje](http://１２７.０.０.１/)", "１２７", "exams[1].summary.fi",
         '"http://１２７.０.０.１/" points to a private or local network address (127.0.0.1), which residents '
         "cannot open from home; link to a public page instead"),
    Case("localhost with an ideographic full stop in a text link", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Ohje](http://localhost。/)", "localhost", "exams[1].summary.fi",
         '"http://localhost。/" points to an intranet host name (localhost.), which residents '
         "cannot open from home; link to a public page instead"),
    Case("percent-encoded intranet host in a source", "service.yaml", "source: https://pshyvinvointialue.fi/web/en/imaging-services",
         "source: http://intra.%6cocal/kuvantaminen", "source: http://intra", "source",
         '"http://intra.%6cocal/kuvantaminen" points to an intranet host name (intra.local), which residents '
         "cannot open from home; link to a public page instead"),
    Case("full-width intranet host in a source", "service.yaml", "source: https://pshyvinvointialue.fi/web/en/imaging-services",
         "source: http://ｉｎｔｒａ.ｌｏｃａｌ/kuvantaminen", "source: http://ｉｎｔｒａ", "source",
         '"http://ｉｎｔｒａ.ｌｏｃａｌ/kuvantaminen" points to an intranet host name (intra.local), which residents '
         "cannot open from home; link to a public page instead"),
    Case("percent-encoded public host in a web page", "contacts.yaml", "web_page: https://example.fi/asema",
         "web_page: https://%65xample.fi/asema", "web_page:", "contacts[0].web_page",
         '"https://%65xample.fi/asema" writes the host name %65xample.fi in a disguised form that browsers read '
         "as example.fi; write example.fi instead"),
    Case("user name before the host in a text link", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Ohje](https://pshyvinvointialue.fi@evil.example/)", "@evil", "exams[1].summary.fi",
         '"https://pshyvinvointialue.fi@evil.example/" has a user name before the host (user@host), which makes the '
         "address look like another site's; write the address without it"),
    Case("mixed-alphabet host in a text link", "service.yaml", "      säteilysuojelussa.",
         "      säteilysuojelussa. [Lue](https://pshyvinvo\u0456ntialue.fi/).", "[Lue](https://pshyvinvo\u0456", "description.body.fi",
         '"https://pshyvinvo\u0456ntialue.fi/" mixes alphabets in its host name ("pshyvinvo\u0456ntialue": "\u0456" is a '
         "Cyrillic letter among Latin ones), so it looks like another site's address; retype the host name in one alphabet",
         column_of="https://pshyvinvo\u0456"),
    Case("link text that is another web address", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [https://pshyvinvointialue.fi](https://evil.example/)", "evil.example",
         "exams[1].summary.fi", 'the link [https://pshyvinvointialue.fi] opens "https://evil.example/", not the address its '
         "text shows; link that address itself, or say in words what the link opens"),
    *[Case(f"link text that is another web address with {stop}", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
           f"Kestää yleensä 30–60 minuuttia. [pshyvinvointialue{stop}fi](https://evil.example/)", "evil.example",
           "exams[1].summary.fi", f'the link [pshyvinvointialue{stop}fi] opens "https://evil.example/", not the address '
           "its text shows; link that address itself, or say in words what the link opens")
      for stop in ("\u3002", "\uff61")],
    Case("link text 112 that calls another number", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [112](tel:+358171733110)", "[112]", "exams[1].summary.fi",
         'the link [112] opens "tel:+358171733110", not the phone number its text shows; link the number itself: '
         "[112](tel:112)"),
    Case("link text that is another phone number", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [017 173 311](tel:+358401234567)", "[017", "exams[1].summary.fi",
         'the link [017 173 311] opens "tel:+358401234567", not the phone number its text shows; link the number '
         "itself: [017 173 311](tel:+35817173311)"),
    Case("link text that is another e-mail address", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [kirjaamo@pshyvinvointialue.fi](mailto:kirjaamo@evil.example)", "[kirjaamo",
         "exams[1].summary.fi", 'the link [kirjaamo@pshyvinvointialue.fi] opens "mailto:kirjaamo@evil.example", not the '
         "e-mail address its text shows; link the address itself: "
         "[kirjaamo@pshyvinvointialue.fi](mailto:kirjaamo@pshyvinvointialue.fi)"),
    Case("quotation mark in a link address", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         'Kestää yleensä 30–60 minuuttia. [Lue](https://pshyvinvointialue.fi/"onmouseover="alert(1))', "onmouseover",
         "exams[1].summary.fi", '"https://pshyvinvointialue.fi/"onmouseover="alert(1" has the character ", which a link '
         "address cannot hold (the page would end the link there, or the browser read it as something else); write it "
         "percent-encoded (%22), as the browser's address bar shows it when you copy it"),
    Case("space in a link address", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue](https://pshyvinvointialue.fi/a b)", "[Lue]", "exams[1].summary.fi",
         '"https://pshyvinvointialue.fi/a b" has a space, which a link address cannot hold (the page would end the link '
         "there, or the browser read it as something else); write it percent-encoded (%20), as the browser's address "
         "bar shows it when you copy it"),
    Case("percent-encoded invisible character in a mailto subject", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Kirjoita](mailto:kirjaamo@pshyvinvointialue.fi?subject=%E2%80%AE)",
         "mailto:", "exams[1].summary.fi",
         '"mailto:kirjaamo@pshyvinvointialue.fi?subject=%E2%80%AE" puts the invisible character U+202E into the '
         "e-mail's subject, which changes the subject without showing; remove it (the %… code for it) from the address"),
    Case("link with no text", "service.yaml", "      säteilysuojelussa.",
         "      säteilysuojelussa. [](https://pshyvinvointialue.fi/)", "[](https://pshy", "description.body.fi",
         'the link to "https://pshyvinvointialue.fi/" has no words in its text (""), so the page shows nothing to click '
         "and a screen reader cannot name it; write between the brackets what it opens, "
         "e.g. [Hyvinvointialueen sivut](https://pshyvinvointialue.fi/)", column_of="https://pshy"),
    Case("link whose text is only formatting", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [**](https://pshyvinvointialue.fi/)", "[**]", "exams[1].summary.fi",
         'the link to "https://pshyvinvointialue.fi/" has no words in its text ("**"), so the page shows nothing to '
         "click and a screen reader cannot name it; write between the brackets what it opens, "
         "e.g. [Hyvinvointialueen sivut](https://pshyvinvointialue.fi/)"),
    # --- issue 13: shapes a careless editor could break without a word -------------------------
    # An editor's place added after the import under the id the import gave a PTV place: two cards, and
    # `health_centres: [kaavin-testiterveysasema]` would name either.
    Case("one location id in locations.yaml and ptv.yaml", "locations.yaml", "\nlocations:\n", "\nlocations:\n" + KAAVI_PLACE,
         "  - id: kaavin-testiterveysasema", "locations[0].id",
         '"kaavin-testiterveysasema" is also the id of the place imported from PTV on line '
         f"{PTV_ONE_PLACE.splitlines().index('- id: kaavin-testiterveysasema') + 1} of data/ptv.yaml; "
         "if this is that place, add `ptv_id: 0a1b2c3d-0000-4000-8000-000000000001` here to show them as one; "
         "if not, give this record another id", column_of="id",
         more=(("ptv.yaml", "<whole file>", PTV_ONE_PLACE),)),
    Case("a place copied whole under a new id", "locations.yaml", "<whole file>",
         _LOCATIONS.rstrip("\n") + "\n\n" + KYS_RECORD.replace("id: kys\n", "id: kys-2\n"), "fi: Kuopion yliopistollinen",
         "locations[12].name.fi", '"Kuopion yliopistollinen sairaala (KYS), Puijon sairaala, Puijonlaaksontie 2, Kuopio" is '
         "used twice (also on line {kysname}); give each one its own name and address (if it is a copy of that place, "
         "remove it)", nth=2),
    # Pydantic's default reads a quoted 'yes' or the number 1 as true: strict true/false and numbers.
    Case("true written as a quoted text", "exams.yaml", "    children: true", "    children: 'yes'", "children: 'yes'",
         "exams[0].children", 'must be true or false, got "yes"', column_of="children"),
    Case("true written as 1", "exams.yaml", "    children: true", "    children: 1", "children: 1",
         "exams[0].children", "must be true or false, got 1", column_of="children"),
    Case("minutes written as a quoted text", "exams.yaml", "duration: {min: 30, max: 60}", 'duration: {min: "30", max: 60}',
         'min: "30"', "exams[1].duration.min", 'must be a number, got "30"', column_of="min"),
    # Other names are searched: another exam's name there sends its readers to this exam.
    Case("another exam's name as an other name", "exams.yaml", "fi: [natiiviröntgen, tavallinen röntgenkuvaus, röntgenkuva]", "fi: [natiiviröntgen, Magneettikuvaus, röntgenkuva]",
         "Magneettikuvaus, röntgenkuva]", "exams[0].other_names.fi[1]",
         '"Magneettikuvaus" is the name of another exam, mri: a reader looking for that exam would be sent here; '
         "remove it", column_of="Magneettikuvaus"),
    Case("another exam's other name as an other name", "exams.yaml", "fi: [magneettitutkimus, MRI, MRI-tutkimus]",
         "fi: [magneettitutkimus, MRI, MRI-tutkimus, natiiviröntgen]", "MRI-tutkimus, natiiviröntgen]", "exams[1].other_names.fi[3]",
         '"natiiviröntgen" is also an other name of the exam native-xray: a reader looking for that exam would be sent here; '
         "remove it", column_of="natiiviröntgen"),
    Case("the exam's own name as an other name", "exams.yaml", "fi: [natiiviröntgen, tavallinen röntgenkuvaus, röntgenkuva]", "fi: [röntgenkuvaus]", "fi: [röntgenkuvaus]",
         "exams[0].other_names.fi[0]", '"röntgenkuvaus" is the exam\'s own name; remove it from other_names',
         column_of="röntgenkuvaus"),
    Case("an other name twice", "exams.yaml", "fi: [natiiviröntgen, tavallinen röntgenkuvaus, röntgenkuva]", "fi: [natiiviröntgen, röntgenkuva, Natiiviröntgen]",
         "fi: [natiiviröntgen, röntgenkuva, Natiiviröntgen]", "exams[0].other_names.fi[2]",
         '"Natiiviröntgen" is listed twice in other_names (also on line {xnames}); keep one and remove the other',
         column_of="Natiiviröntgen"),
    Case("a common tell-us item twice", "exams.yaml", "tell_us: [pregnancy, implants]", "tell_us: [pregnancy, implants, pregnancy]",
         "tell_us: [pregnancy, implants, pregnancy]", "exams[0].tell_us[2]",
         '"pregnancy" is listed twice in this list (also on line {tellus}); keep one and remove the other, or correct the item',
         column_of="pregnancy]"),
    Case("a section's source twice", "exams.yaml", "what_it_is: [terveyskyla-xray]", "what_it_is: [terveyskyla-xray, terveyskyla-xray]",
         "what_it_is: [terveyskyla-xray, terveyskyla-xray]", "exams[0].sources.what_it_is[1]",
         '"terveyskyla-xray" is listed twice in this list (also on line {whatitis}); keep one and remove the other, or correct '
         "the source page id", column_of="terveyskyla-xray]"),
    Case("search: a word twice in one group", "search.yaml", "words: [scan, imaging]", 'words: [scan, imaging, "Scan"]',
         '"Scan"]', f"synonyms[{_group('words: [scan, imaging]')}].words[2]", '"Scan" is twice in this group (also on line {scangroup}); remove one',
         column_of='"Scan"'),
    Case("search: a full-width synonym", "search.yaml", "words: [scan, imaging]", "words: [scan, imaging, ｓｃａｎｎｅｒ]",
         "ｓｃａｎｎｅｒ", f"synonyms[{_group('words: [scan, imaging]')}].words[2]",
         '"ｓｃａｎｎｅｒ" has "ｓ", a look-alike form of "s" (full-width or similar) that readers never type; write "s"',
         column_of="ｓｃａｎｎｅｒ"),
    Case("search: a synonym of a thousand letters", "search.yaml", "words: [scan, imaging]",
         "words: [scan, imaging, " + "a" * 1000 + "]", "a" * 40, f"synonyms[{_group('words: [scan, imaging]')}].words[2]",
         '"' + "a" * 20 + '…" has 1000 characters; a search word has at most 60: write the word readers type',
         column_of="a" * 40),
    Case("search: a wildcard in a synonym", "search.yaml", "words: [scan, imaging]", 'words: [scan, imaging, "*scanner*"]',
         '"*scanner*"', f"synonyms[{_group('words: [scan, imaging]')}].words[2]",
         '"*scanner*" has characters other than letters, digits and a space, hyphen or apostrophe between them (the '
         "search reads * ~ ^ + : as instructions); write the plain word", column_of='"*scanner*"'),
    # A card carries its location id as its anchor: the same id as a section's makes a shared link to the
    # section (…/kunnat/iisalmi/#paikat) open at the card.
    Case("a location id that is a section's anchor", "locations.yaml", "  - id: iisalmi-terveyskampus\n", "  - id: paikat\n",
         "  - id: paikat", "locations[1].id",
         '"paikat" is also the anchor of a section of the page fi/kunnat/iisalmi.md (a link …#paikat would open at the '
         "wrong place); give the location another id", column_of="id",
         more=(("municipalities.yaml", "health_centres: [iisalmi-terveyskampus]", "health_centres: [paikat]"),)),
    Case("a name of 30,000 letters", "exams.yaml", "      fi: Röntgenkuvaus\n", "      fi: Röntgen" + "kuvaus" * 5000 + "\n",
         "fi: Röntgenkuvauskuvaus", "exams[0].name.fi",
         "has 30007 characters; a name (it is a page title, a link and a search result) has at most 150: shorten it"),
    Case("a summary of a whole paragraph", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. " + "Sana " * 60, "Kestää yleensä 30–60 minuuttia. Sana", "exams[1].summary.fi",
         "has 402 characters; a one-line text (a title or summary) has at most 300: shorten it"),
    # Notices are Finnish time: a zone of its own moves one by hours without showing it.
    Case("a notice in another time zone", "notices.yaml", "<whole file>",
         NOTICE.format(text="Uusi laite.").replace("2026-11-01 07:00", "2026-12-01T07:00:00+09:00"), "start:",
         "notices[0].start", '"2026-12-01T07:00:00+09:00" is in the time zone +09:00, not in Finnish time; write the '
         "Finnish time without a zone: 2026-12-01 00:00 is the same moment"),
    # zoneinfo reads a time inside the spring-forward hour as an hour off, without a word.
    Case("a notice at a time Finnish clocks skip", "notices.yaml", "<whole file>",
         NOTICE.format(text="Uusi laite.").replace("2026-11-01 07:00", "2027-03-28 03:30").replace("2026-12-31 16:00", "2027-03-29 16:00"),
         "start:", "notices[0].start", '"2027-03-28 03:30" is not a time on Finnish clocks: they go forward from 3.00 to '
         "4.00 that night; write 04:00 or later, or a time before 03:00"),
    Case("a notice for ten years", "notices.yaml", "<whole file>",
         NOTICE.format(text="Uusi laite.").replace("2026-12-31 16:00", "2036-12-24 16:00"), "end:", "notices[0].end",
         "makes the notice show for 3706 days; a notice shows at most a year: check the year, or put a lasting change "
         "into the page's own data"),
    # The banner heading and the feeds' titles show the title as typed: Markdown would stay raw.
    Case("a link in a notice title", "notices.yaml", "<whole file>",
         NOTICE.format(text="Uusi laite.").replace("      fi: Tiedote\n", '      fi: "**Tärkeä**: katso [ohje](https://evil.example/)"\n'),
         "**Tärkeä**", "notices[0].title.fi",
         'has "*", which would make a link or formatting on the page; a notice title is plain text: remove it '
         "(a link or emphasis belongs in the notice's text)"),
    Case("a notice title of a whole paragraph", "notices.yaml", "<whole file>",
         NOTICE.format(text="Uusi laite.").replace("      fi: Tiedote\n", "      fi: " + "Tiedote " * 20 + "\n"),
         "Tiedote Tiedote", "notices[0].title.fi",
         "has 159 characters; a notice title (the heading of a banner on every page) has at most 150: shorten it"),
    Case("a tab inside a one-line name", "service.yaml", "provider: Pohjois-Savon hyvinvointialue\n",
         "provider: Pohjois-Savon\thyvinvointialue\n", "provider:", "provider",
         "has a tab character (it often comes with text copied from a spreadsheet); replace it with a space"),
    Case("a privacy note without sections", "privacy.yaml", "<whole file>",
         _PRIVACY.split("\nsections:", 1)[0] + "\nsections: []\n", "sections: []", "sections",
         "must not be empty; add at least one item"),
    # The file is not empty, only the list: the message names the list.
    Case("an exam list emptied", "exams.yaml", "<whole file>", _EXAMS.split("\nexams:", 1)[0] + "\nexams: []\n",
         "exams: []", "exams", "must not be empty; add at least one item"),
    # --- issue 13 leftovers: link titles, links in links, images, what a link's text shows (urls) -------
    Case("a link with a title", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         'Kestää yleensä 30–60 minuuttia. [Lue](https://pshyvinvointialue.fi/ "https://evil.example/")', "[Lue]",
         "exams[1].summary.fi", 'gives a link the title "https://evil.example/" (the text in quotes after its address), '
         "which shows as a tooltip; leave the title out: [text](address)"),
    Case("a link inside another link's text", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [[KYS](/kunnat/kuopio/#kys)](https://evil.example/)", "[[KYS]",
         "exams[1].summary.fi", 'the link to "https://evil.example/" has another link written in its text '
         '("[KYS](/kunnat/kuopio/#kys)"); a link\'s text is words only: write the links one after the other, '
         "e.g. [Kuopio](/kunnat/kuopio/) ja [KYS](/kunnat/kuopio/#kys)"),
    Case("a relative image in a text", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. ![Kartta](kuvat/kartta.png)", "![Kartta]", "exams[1].summary.fi",
         '"kuvat/kartta.png" is a relative address, which data text cannot use (it would break on some pages); '
         "data text may hold no images: leave the image out"),
    Case("link text 'Soita 112' that calls another number", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Soita 112](tel:+358171733110)", "[Soita 112]", "exams[1].summary.fi",
         'the link [Soita 112] opens "tel:+358171733110", not the phone number its text shows; link the number itself: '
         "[Soita 112](tel:112)"),
    Case("full-width 112 as a link text", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [１１２.](tel:+358401234567)", "[１１２", "exams[1].summary.fi",
         'the link [１１２.] opens "tel:+358401234567", not the phone number its text shows; link the number itself: '
         "[１１２.](tel:112)"),
    Case("a number among words on a web link", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [p. 017 173 311](https://evil.example/)", "[p. 017", "exams[1].summary.fi",
         'the link [p. 017 173 311] opens "https://evil.example/", not the phone number its text shows; link the number '
         "itself: [p. 017 173 311](tel:+35817173311)"),
    Case("an e-mail address written with (at) as a link text", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [kirjaamo(at)pshyvinvointialue.fi](mailto:x@evil.example)", "[kirjaamo(at)",
         "exams[1].summary.fi", 'the link [kirjaamo(at)pshyvinvointialue.fi] opens "mailto:x@evil.example", not the '
         "e-mail address its text shows; link the address itself: "
         "[kirjaamo(at)pshyvinvointialue.fi](mailto:kirjaamo@pshyvinvointialue.fi)"),
    Case("an e-mail address with spaces around @ as a link text", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Kirjoita kirjaamo @ pshyvinvointialue.fi](mailto:x@evil.example)",
         "[Kirjoita kirjaamo", "exams[1].summary.fi", 'the link [Kirjoita kirjaamo @ pshyvinvointialue.fi] opens '
         '"mailto:x@evil.example", not the e-mail address its text shows; link the address itself: '
         "[Kirjoita kirjaamo @ pshyvinvointialue.fi](mailto:kirjaamo@pshyvinvointialue.fi)"),
    Case("a web address with spaces around its dot as a link text", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Lue pshyvinvointialue . fi](https://evil.example/)", "[Lue pshy",
         "exams[1].summary.fi", 'the link [Lue pshyvinvointialue . fi] opens "https://evil.example/", not the address '
         "its text shows; link that address itself, or say in words what the link opens"),
    # A whole host in another alphabet: "кела.fi" reads as kela.fi.
    Case("a Cyrillic host in a text link", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Kela](https://кела.fi/)", "[Kela]", "exams[1].summary.fi",
         '"https://кела.fi/" has a host name in ' + CYRILLIC_HOST),
    Case("a Cyrillic host in a source", "service.yaml", "source: https://pshyvinvointialue.fi/web/en/imaging-services",
         "source: https://кела.fi/kuvantaminen", "source: https://кела", "source",
         '"https://кела.fi/kuvantaminen" has a host name in ' + CYRILLIC_HOST),
    Case("a Cyrillic host in a web page", "contacts.yaml", "web_page: https://example.fi/asema",
         "web_page: https://xn--80ajof.fi/asema", "web_page:", "contacts[0].web_page",
         '"https://xn--80ajof.fi/asema" has a host name in ' + CYRILLIC_HOST),
    Case("an e-mail link to an intranet host", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Kirjoita meille](mailto:kuvantaminen@intra.local)", "[Kirjoita",
         "exams[1].summary.fi", '"mailto:kuvantaminen@intra.local" is at an intranet host name (intra.local), which '
         "mail from residents' homes cannot reach; write a public e-mail address"),
    Case("an e-mail link to a private network address", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Kirjoita meille](mailto:kuvantaminen@10.0.0.5)", "[Kirjoita",
         "exams[1].summary.fi", '"mailto:kuvantaminen@10.0.0.5" is at a private or local network address (10.0.0.5), '
         "which mail from residents' homes cannot reach; write a public e-mail address"),
    Case("an e-mail link with a percent-encoded @", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Kirjoita meille](mailto:kirjaamo%40evil.example)", "[Kirjoita",
         "exams[1].summary.fi", '"mailto:kirjaamo%40evil.example" writes the e-mail address with %… codes, which the '
         "mail program turns into another address than the page shows; write the address itself: mailto:name@example.fi"),
    Case("an e-mail address at an intranet host", "contacts.yaml", "email: info@example.fi", "email: info@kys.intranet",
         "email: info@", "contacts[0].email", '"info@kys.intranet" is at an intranet host name (kys.intranet), which '
         "mail from residents' homes cannot reach; write a public e-mail address"),
    # --- hostile review 3 (guards): what a page shows otherwise than the editor sees --------------
    # Right-to-left letters alone (no control character) make the browser show "017 123 4567" as
    # "4567 123 017" beside them.
    Case("a Hebrew word beside a phone number", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. Soita שלום 017 123 4567.", "Soita שלום", "exams[1].summary.fi",
         RIGHT_TO_LEFT.format(letter="ש", name="U+05E9 hebrew letter shin")),
    Case("an Arabic word in a place name", "municipalities.yaml", "      en: Kuopio\n", "      en: Kuopio عربي\n",
         "en: Kuopio ع", "municipalities[5].name.en", RIGHT_TO_LEFT.format(letter="ع", name="U+0639 arabic letter ain")),
    # The page normalised such digits, but the open data published them as typed.
    Case("a phone number in Arabic-Indic digits", "contacts.yaml", 'phones: ["017 123 4567"]', 'phones: ["٠١٧ ١٢٣ ٤٥٦٧"]',
         "phones:", "contacts[0].phones[0]", OTHER_DIGIT.format(digit="٠", name="U+0660 arabic-indic digit zero", plain=0),
         column_of='"٠'),
    Case("a phone number in full-width digits", "contacts.yaml", 'phones: ["017 123 4567"]', 'phones: ["０１７ １２３ ４５６７"]',
         "phones:", "contacts[0].phones[0]", OTHER_DIGIT.format(digit="０", name="U+FF10 fullwidth digit zero", plain=0),
         column_of='"０'),
    Case("an opening time in Arabic-Indic digits", "contacts.yaml", 'opens: "8.00"', 'opens: "٨.٠٠"', "opens:",
         "contacts[0].opening_hours.standard[0].opens", OTHER_DIGIT.format(digit="٨", name="U+0668 arabic-indic digit eight", plain=8)),
    Case("a house number in Arabic-Indic digits", "locations.yaml", "street: Puijonlaaksontie 2", "street: Puijonlaaksontie ٢",
         "street: Puijonlaaksontie", "locations[0].address.street",
         OTHER_DIGIT.format(digit="٢", name="U+0662 arabic-indic digit two", plain=2)),
    # closes: 15.5 meant half past three and became 15.50.
    Case("a time without quotes", "contacts.yaml", 'closes: "15.30"', "closes: 15.5", "closes: 15.5",
         "contacts[0].opening_hours.standard[0].closes",
         'is written without quotes, so YAML reads it as the number 15.5 (15.3 and 15.30 are the same number to it); '
         'put the time in quotes: "15.30"'),
    # Labels: a copy-paste slip of one heading label changes the headings of every exam page.
    Case("two section headings of a page alike", "labels.yaml", "  fi: Missä tutkimus tehdään\n", "  fi: Mikä tutkimus on\n",
         "fi: Mikä tutkimus on", "exam_where_heading.fi",
         "is the same as exam_what_heading, another section heading of the exam page (also on line {whatheading}); a "
         "reader (a screen reader's list of headings, the page's jump list) cannot tell the two apart: give each "
         "heading its own words", nth=2),
    Case("a heading label of a dash only", "labels.yaml", "  fi: Paikat\n", '  fi: "–"\n', 'fi: "–"', "places_heading.fi",
         "has no letter or digit; write the words the page shows here"),
    Case("a heading label of an emoji only", "labels.yaml", "  en: Places\n", '  en: "🏥"\n', 'en: "🏥"', "places_heading.en",
         "has no letter or digit; write the words the page shows here"),
    # Messages that named another cause than the real one.
    Case("a value starting with # read as a comment", "service.yaml", SUMMARY_FI, "  fi: # Otsikko tähän\n", "fi: # Otsikko",
         "summary.fi", 'is empty: YAML reads "# Otsikko tähän" as a comment, since a value may not start with #; put the '
         'text in quotes: "# Otsikko tähän"'),
    Case("a byte-order mark inside a file", "service.yaml", "provider: Pohjois-Savon hyvinvointialue",
         "\ufeffprovider: Pohjois-Savon hyvinvointialue", "provider:", "",
         "YAML syntax: the line has the invisible character U+FEFF (zero width no-break space), which YAML cannot read "
         "here (it often comes with text copied from another program); delete it, or retype the start of the line",
         column_of="\ufeff"),
    Case("a quoted language code with a space", "service.yaml", "  en: KYS Röntgen\n", '  "en ": KYS Röntgen\n', '"en "', "",
         'YAML: the field name "en " has a space inside its quotes, so it is another name than "en"; remove the space: en:'),
    Case("a YAML merge key", "privacy.yaml", "sections:\n", "base: &n {fi: a, en: b}\nother:\n  <<: *n\nsections:\n", "<<:", "",
         "YAML: `<<` (a YAML merge key, which copies the fields of an anchor `&name`) is not supported in this site's "
         "data: a reviewer cannot see which fields it adds; write the fields out"),
    Case("a source address with HTTPS in capitals", "service.yaml", "source: https://pshyvinvointialue.fi/web/en/imaging-services",
         "source: HTTPS://pshyvinvointialue.fi/web/en/imaging-services", "source: HTTPS", "source",
         '"HTTPS://pshyvinvointialue.fi/web/en/imaging-services" starts with "HTTPS://"; write https:// in lower case: '
         "https://pshyvinvointialue.fi/web/en/imaging-services"),
    # Smaller oddities.
    Case("a source address of 2,000 characters", "service.yaml", "source: https://pshyvinvointialue.fi/web/en/imaging-services",
         "source: https://pshyvinvointialue.fi/" + "a" * 2000, "source: https://pshyvinvointialue.fi/aaa", "source",
         "is a web address of 2029 characters; an address has at most 2000: copy the address of the page again"),
    Case("a phone line's name holding another number", "locations.yaml", "  - id: kys\n",
         '  - id: kys\n    phones:\n      - number: "017 123 4567"\n        name: {fi: "Ajanvaraus 040 123 4567", en: Appointments}\n',
         "Ajanvaraus 040", "locations[0].phones[0].name.fi",
         "shows the phone number +358401234567 in the line's name, which the page prints beside the line's own number "
         "017 123 4567; write only what the line is for (Ajanvaraus), and give another number a phone line of its own",
         column_of="fi:"),
    # F16: other names are names (plain text): the page, JSON-LD alternateName and search print them as written.
    Case("a link in an exam's other name", "exams.yaml", "fi: [magneettitutkimus, MRI, MRI-tutkimus]",
         "fi: ['[magneettitutkimus](https://evil.example/)', MRI, MRI-tutkimus]", "[magneettitutkimus]",
         "exams[1].other_names.fi[0]", 'has "[", which would make a link or formatting on the page; a name is plain '
         "text: remove it (a link belongs in a description)", column_of="'[magneettitutkimus]"),
    # F17: a text link to a web page is https://, like every address field.
    Case("a plain http link in a text", "exams.yaml", "Kestää yleensä 30–60 minuuttia.",
         "Kestää yleensä 30–60 minuuttia. [Ohje](http://example.fi/ohje)", "[Ohje](http:", "exams[1].summary.fi",
         '"http://example.fi/ohje" is not a full https:// web address; write it as https://pshyvinvointialue.fi/…'),
    # F18: a municipality's places are the right kind of place.
    Case("a screening location that does no screening", "municipalities.yaml",
         "screening_location: [terveystalo-kuopio, terveystalo-iisalmi]", "screening_location: [kaavin-terveysasema]",
         "screening_location: [kaavin", "municipalities[0].screening_location[0]",
         '"kaavin-terveysasema" does not do breast screening: its record (line {kaavi} of data/locations.yaml) has no '
         "mammography-screening under exams; name a place that does, or add mammography-screening to its exams if a "
         "source says it does screening", column_of="kaavin"),
    Case("a health centre in another municipality", "municipalities.yaml", "health_centres: [iisalmi-terveyskampus]",
         "health_centres: [kys]", "health_centres: [kys]", "municipalities[0].health_centres[0]",
         '"kys" is in Kuopio (line {kys} of data/locations.yaml), not in Iisalmi; list the municipality\'s own health '
         "centres, or, if a source says the place also serves Iisalmi's residents, add `also_serves: [\"140\"]` to its "
         "record", column_of="kys]"),
    # F19: a text of only a rule was accepted and showed nothing (the home summary's error was told at
    # labels.yaml:1:1); the block-Markdown rule now names it at its own line.
    Case("a summary that is only a rule", "service.yaml", "  fi: Röntgen- ja muut kuvantamistutkimukset kaikille "
         "Pohjois-Savon asukkaille. Näin pääset tutkimukseen, valmistaudut siihen ja löydät oman terveysasemasi.",
         '  fi: "---"', 'fi: "---"', "summary.fi", block_markdown("---", "a rule")),
    Case("a summary of dashes only", "service.yaml", "  fi: Röntgen- ja muut kuvantamistutkimukset kaikille "
         "Pohjois-Savon asukkaille. Näin pääset tutkimukseen, valmistaudut siihen ja löydät oman terveysasemasi.",
         '  fi: "– –"', 'fi: "– –"', "summary.fi", "is empty; write the text"),
    Case("a description that is only a rule", "locations.yaml", "      fi: KYS tekee päivystyskuvaukset koko "
         "hyvinvointialueelle. Kiireelliset kuvaukset tehdään ilman ajanvarausta, kiireellisimmät ensin. Alueen ainoa "
         "yöpäivystys on KYS:ssä.", '      fi: "***"', 'fi: "***"', "locations[0].description.fi", block_markdown("***", "a rule")),
    Case("an in_name of dashes", "municipalities.yaml", "in_name: {fi: Iisalmessa,", 'in_name: {fi: "- - -",',
         'in_name: {fi: "- - -"', "municipalities[0].in_name.fi", block_markdown("- - -", "a rule"), column_of='fi: "- - -"'),
    Case("a label that is only a rule", "labels.yaml", "places_heading:\n  fi: Paikat", 'places_heading:\n  fi: "___"',
         'fi: "___"', "places_heading.fi", "has no letter or digit; write the words the page shows here"),
]

# Lines named inside messages, found in the edited file the same way as the reported line.
MESSAGE_LINES = {
    "ptv": "ptv_id: 0a1b2c3d",
    "provider": "provider: Pohjois-Savon",
    "mri": "  - id: mri",
    "code140": 'code: "140"',
    "iisalmi": "fi: Iisalmi",
    "sample": "id: sample-centre",
    "joroinen": "- joroisten-terveysasema",
    "kysexams": "procedural-radiology, ct]",
    "scan": "words: [scan, imaging]",
    "kysname": "fi: Kuopion yliopistollinen",
    "scangroup": "words: [scan, imaging,",
    "xnames": "fi: [natiiviröntgen, röntgenkuva",
    "tellus": "tell_us: [pregnancy, implants",
    "whatitis": "what_it_is: [terveyskyla-xray",
    "kuopiolocalities": "localities: [Juankoski",
    "whatheading": "fi: Mikä tutkimus on",
    # (file, text): a line of another data file than the edited one
    "kaavi": ("locations.yaml", "- id: kaavin-terveysasema"),
    "kys": ("locations.yaml", "- id: kys"),
}


def message_values(case: Case, data_dir: Path) -> dict[str, object]:
    """Values named in a case's message: the line of the first occurrence, the exam's fields."""
    from kys_rontgen.model.exams import Exam

    values: dict[str, object] = {"exam_fields": ", ".join(sorted(Exam.model_fields))}
    for key, needle in MESSAGE_LINES.items():
        file, needle = needle if isinstance(needle, tuple) else (case.file, needle)
        path = data_dir / file
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            values[key] = next((i for i, text in enumerate(lines, 1) if needle in text), None)
    return values


def prepare(data_dir: Path) -> None:
    """Add the sample contacts.yaml to a copy of data/."""
    (data_dir / "contacts.yaml").write_text(CONTACTS_YAML, encoding="utf-8")


@dataclass(frozen=True)
class DatasetWithContacts(dataset_module.Dataset):
    contacts: Contacts | None = None


def add_contacts(patch) -> None:
    """Make the sample contacts.yaml a data file, as a new data file is added: one DATA_FILES
    entry and one Dataset field (`patch` is pytest's monkeypatch)."""
    patch.setattr(dataset_module, "DATA_FILES", {**dataset_module.DATA_FILES, "contacts.yaml": Contacts})
    patch.setattr(dataset_module, "Dataset", DatasetWithContacts)
