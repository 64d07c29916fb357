"""The accessibility statement and privacy note, generated from data without MkDocs."""
from __future__ import annotations

import re

import pytest

from kys_rontgen.model.accessibility import Accessibility
from kys_rontgen.model.provenance import MissingFact
from kys_rontgen.pages import render_pages
from kys_rontgen.formatting import day_date as format_date
from kys_rontgen.validation import validate
from kys_rontgen.yaml_source import load_yaml

from ..conftest import ROOT


def _with_statement(dataset, **changes):
    statement = dataset.accessibility.model_copy(update=changes)
    return type(dataset)(**{**dataset.__dict__, "accessibility": statement})


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_statement_has_what_the_law_requires(dataset, lang):
    statement = dataset.accessibility
    page = render_pages(dataset)[f"{lang}/saavutettavuus.md"]
    assert statement.standard in page and "EN 301 549" in page and "306/2019" in page
    for item in statement.shortcomings:
        for text in (item.content, item.problem, item.reason, item.alternative):
            assert text[lang] in page  # plain text reaches the page as it is written
    assert format_date(statement.prepared, lang) in page and format_date(statement.last_reviewed, lang) in page
    assert "Traficom" in page and statement.supervisor.web_page in page
    assert f" {statement.feedback.answer_within_days} " in page  # the answer deadline in days


def test_missing_feedback_address_is_said_plainly_not_invented(dataset):
    assert dataset.accessibility.feedback.address is None
    assert isinstance(dataset.accessibility.feedback.email, MissingFact)  # make report lists it
    page = render_pages(dataset)["fi/saavutettavuus.md"]
    feedback = page.split("## Anna palautetta")[1].split("\n## ")[0]
    assert "mailto:" not in feedback and "@" not in feedback
    assert dataset.accessibility.feedback.meanwhile["fi"] in page
    # The county's feedback page itself, not its front page (resident review #12).
    assert "(https://pshyvinvointialue.fi/asiakaspalaute)" in feedback
    # Its form is anonymous: no answer within 14 days is promised for it, and the supervisor's
    # section does not speak of an answer that cannot come.
    assert "vastaa palautteeseen" not in feedback and "nimettöminä" in feedback
    supervisor = page.split("## Valvontaviranomainen")[1].split("\n## ")[0]
    assert "Jos et saa vastausta" not in supervisor
    assert "Jos ongelma ei ole korjaantunut 14 päivän kuluttua palautteestasi" in supervisor
    # A shortcoming's third line is what the reader can do (here: give feedback), not "how to get the information".
    assert "- **Mitä voit tehdä:** " in page and "Näin saat tiedon" not in page
    # That no answer comes is said once, with the form (resident review 3, finding 15).
    assert page.count("et saa vastausta") + page.count("saa palautteeseesi henkilökohtaista vastausta") == 1
    # The link text says where it goes: the feedback page, not only the county's host.
    assert "[pshyvinvointialue.fi/asiakaspalaute](https://pshyvinvointialue.fi/asiakaspalaute)" in feedback


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_supervisor_contact_details_are_given_as_links(dataset, lang):
    supervisor = dataset.accessibility.supervisor
    page = render_pages(dataset)[f"{lang}/saavutettavuus.md"]
    section = page.split(f"## {dataset.labels['accessibility_supervisor_heading'][lang]}")[1].split("\n## ")[0]
    assert f"(mailto:{supervisor.email})" in section
    assert "(tel:+358295345000)" in section  # the switchboard, dialable
    assert supervisor.name[lang] in section and supervisor.unit[lang] in section


def test_a_feedback_address_once_known_is_a_mail_link(dataset):
    feedback = dataset.accessibility.feedback.model_copy(update={"email": "palaute@example.fi"})
    page = render_pages(_with_statement(dataset, feedback=feedback))["en/saavutettavuus.md"]
    assert "(mailto:palaute@example.fi)" in page
    assert dataset.accessibility.feedback.meanwhile["en"] not in page
    assert "answers your feedback within 14 days" in page
    assert "If you get no answer within 14 days" in page and "gets no answer" not in page


def _feedback_address(address: str) -> str:
    """data/accessibility.yaml with `address` in place of the missing-fact record."""
    text = (ROOT / "data" / "accessibility.yaml").read_text(encoding="utf-8")
    edited = re.sub(r"\n  email:\n    missing: >-\n(      .*\n)+", f"\n  email: {address}\n", text)
    assert edited != text
    return edited


def test_a_feedback_address_written_in_the_data_reaches_the_page(tmp_path, dataset):
    path = tmp_path / "accessibility.yaml"
    path.write_text(_feedback_address("palaute@example.fi"), encoding="utf-8")
    statement, errors = validate(load_yaml(path), Accessibility, {"languages": ["fi", "en"]})
    assert errors == [] and statement.feedback.address == "palaute@example.fi"
    page = render_pages(_with_statement(dataset, feedback=statement.feedback))["fi/saavutettavuus.md"]
    assert "[palaute@example.fi](mailto:palaute@example.fi)" in page


def test_an_invalid_feedback_address_is_a_data_error_at_its_line(tmp_path):
    path = tmp_path / "accessibility.yaml"
    text = _feedback_address("palaute(at)example.fi")
    path.write_text(text, encoding="utf-8")
    _, errors = validate(load_yaml(path), Accessibility, {"languages": ["fi", "en"]})
    assert [(e.field, e.line) for e in errors] == [
        ("feedback.email", text.splitlines().index("  email: palaute(at)example.fi") + 1)
    ]
    assert "is not a valid e-mail address" in errors[0].message


def test_missing_address_without_guidance_is_a_data_error(tmp_path):
    text = (ROOT / "data" / "accessibility.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "accessibility.yaml"
    broken.write_text(text.replace("  meanwhile_url: https://pshyvinvointialue.fi/asiakaspalaute\n", ""), encoding="utf-8")
    _, errors = validate(load_yaml(broken), Accessibility, {"languages": ["fi", "en"]})
    assert len(errors) == 1 and errors[0].field == "feedback" and "meanwhile_url" in errors[0].message
    assert errors[0].line > 1


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_privacy_note_renders_every_section_in_its_language(dataset, lang):
    page = render_pages(dataset)[f"{lang}/tietosuoja.md"]
    for section in dataset.privacy.sections:
        assert f"## {section.title[lang]}" in page


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_supervisors_contact_details_show_their_sources_and_a_weak_one_says_what_it_is(dataset, lang):
    """The e-mail and switchboard rest partly on another body's statement: the reader sees that."""
    supervisor = dataset.accessibility.supervisor
    page = render_pages(dataset)[f"{lang}/saavutettavuus.md"]
    section = page.split(f"## {dataset.labels['accessibility_supervisor_heading'][lang]}")[1].split("\n## ")[0]
    sources = section.split(f"{dataset.labels['sources_label'][lang]}: ")[1]
    for url in supervisor.source:
        assert f"]({url})" in sources
    in_finnish = {"fi": "", "en": "in Finnish; "}[lang]  # its language, for readers of another one
    assert f"({in_finnish}{dataset.locations.source_notes['puistotalkoot.hel.fi'][lang]})" in sources
    link_texts = re.findall(r"\[([^\]]+)\]\(", sources)
    assert len(link_texts) == len(set(link_texts))  # two pages of one host are told apart


def test_source_links_of_one_host_name_their_pages():
    from kys_rontgen.pages.formats import Formats
    links = Formats("fi").sources(["https://www.a.fi/x/eka/", "https://www.a.fi/toka", "https://b.fi/"])
    assert [text for text, _, _ in links] == ["a.fi: eka", "a.fi: toka", "b.fi"]
    assert [host for _, host, _ in links] == ["a.fi", "a.fi", "b.fi"]
