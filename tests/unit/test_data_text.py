"""How an editor's text becomes page HTML (kys_rontgen.data_text), and the checks behind it."""
from __future__ import annotations

import html
import re
import shutil

import markdown
import yaml
import pytest
from pydantic import BaseModel

from kys_rontgen.cli import main
from kys_rontgen.data_text import filled_label_html, filled_label_plain, link_problem, plain_text, rendered_html, text_html
from kys_rontgen.model.labels import filled
from kys_rontgen.model.links import text_link_problem
from kys_rontgen.model.texts import Text

from ..conftest import ROOT


class Paragraph(BaseModel):
    """One data text, validated as make check validates it."""
    text: Text

# The Markdown extensions mkdocs.yml enables for hand-written pages: they read the generated
# pages too, and must find nothing in data text to act on.
SITE_EXTENSIONS = ["admonition", "attr_list", "md_in_html", "def_list", "toc", "pymdownx.details"]


def _as_the_site_renders(html: str) -> str:
    page = f"# {html}\n\n- {html}\n\n**{html}**\n\n{html}\n\n!!! note\n\n    {html}\n"
    return markdown.markdown(page, extensions=SITE_EXTENSIONS)


@pytest.mark.parametrize("text", [
    "Hei {: autofocus onfocus=alert(1) }",
    "[Lue](https://example.fi){: onmouseover=alert(1) }",
    "Otsikko { #x onclick=alert(1) }",
    "Lue\n{: .x onclick=alert(1) }",
])
def test_an_attribute_list_in_data_text_never_becomes_an_attribute(text):
    rendered = _as_the_site_renders(text_html(text))
    for handler in ("onfocus", "onclick", "onmouseover"):
        assert f' {handler}="' not in rendered and f" {handler}='" not in rendered


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)",
    "data:text/html,x", "vbscript:msgbox(1)", "//evil.example/x", "https:alert",
])
def test_dangerous_links_are_errors_and_lose_their_address(url):
    assert link_problem(url) is not None
    assert "href" not in text_html(f"[Lue]({url})")


def test_a_plain_http_text_link_is_an_error_and_loses_its_address_on_the_page():
    # A page over http:// can be rewritten on the way (an open Wi-Fi); text links are https:// like every field.
    assert text_link_problem("http://example.fi/ohje") == (
        '"http://example.fi/ohje" is not a full https:// web address; write it as https://pshyvinvointialue.fi/…')
    assert "href" not in text_html("[Ohje](http://example.fi/ohje)")
    assert 'href="https://example.fi/ohje"' in text_html("[Ohje](https://example.fi/ohje)")


@pytest.mark.parametrize("text", [
    '[Lue](https://pshyvinvointialue.fi/ "https://evil.example/")',
    "[Lue][r]\n\n[r]: https://pshyvinvointialue.fi/ 'https://evil.example/'",
])
def test_a_link_title_never_reaches_the_page(text):
    # A tooltip could show another address than the link opens; make check refuses it, the page drops it.
    assert "title" not in rendered_html(text)
    assert 'href="https://pshyvinvointialue.fi/"' in rendered_html(text)


@pytest.mark.parametrize("url", ["https://pshyvinvointialue.fi/x", "mailto:a@example.fi", "tel:+358171234567", "kunnat/index.md"])
def test_web_mail_phone_and_site_links_are_kept(url):
    assert link_problem(url) is None
    assert f'href="{url}"' in text_html(f"[Lue]({url})")


@pytest.mark.parametrize("url", [
    "mailto:?bcc=kaikki@example.fi", "mailto:info@example.fi?bcc=x@example.fi", "mailto:info@example.fi?cc=x@example.fi",
    "mailto:info@example.fi?subject=Hei%0ABcc:x@example.fi", "mailto:info@example.fi?subject=a&body=b", "mailto:nobody",
    "tel:12345", "tel:+358abc", "tel:",
    "https://10.1.2.3/", "http://192.168.1.1/x", "https://127.0.0.1:8000/", "https://172.16.0.5/", "https://169.254.1.1/",
    "http://localhost/", "https://LOCALHOST./", "https://intra.kys.local/ohje", "https://wiki.internal/", "https://[fd00::1]/",
    "https://[::1]/", "https://[fe80::1]/", "https://intranet/ohje", "http://0x7f.1/", "http://2130706433/",
    "https://a.fi:abc/", "https://a.fi:99999/", "https://a.fi:-1/", "https://a.fi:0/",
])
def test_hidden_mail_recipients_bad_numbers_and_intranet_hosts_are_errors_and_lose_their_address(url):
    assert link_problem(url) is not None
    assert "href" not in text_html(f"[Lue]({url})")


@pytest.mark.parametrize("url", [
    "mailto:info@example.fi?subject=Ajanvaraus", "tel:017%20173%203311", "tel:116117", "https://8.8.8.8/",
    "https://[2a00:1450:4001::1]/", "https://www.kuh.fi/",
])
def test_a_subject_a_national_number_and_public_addresses_are_kept(url):
    assert link_problem(url) is None
    assert f'href="{url}"' in text_html(f"[Lue]({url})")


@pytest.mark.parametrize("url", [
    # Hosts a browser decodes to a private or intranet one (percent-decoding, then UTS #46: NFKC, "。").
    "http://%31%32%37.0.0.1/", "http://１２７.０.０.１/", "http://intra.%6cocal/", "http://ｉｎｔｒａ.ｌｏｃａｌ/",
    "http://localhost。/", "http://ｌｏｃａｌｈｏｓｔ/",
    # A user name before the host, a host in two alphabets (a Cyrillic і), in punycode too, a disguised public host.
    "https://pshyvinvointialue.fi@evil.example/", "https://pshyvinvo\u0456ntialue.fi/", "https://xn--pshyvinvontialue-iwn.fi/",
    "https://%70shyvinvointialue.fi/", "http://127.0.0.1\\@pshyvinvointialue.fi/",
    # What ends a link address on the page, and an invisible character hidden in a subject.
    'https://a.fi/"x', "https://a.fi/a b", "mailto:a@example.fi?subject=%E2%80%AE",
])
def test_deceptive_link_addresses_are_errors_and_lose_their_address(url):
    assert link_problem(url) is not None
    assert "href" not in rendered_html(f"[Lue]({url})")


@pytest.mark.parametrize("text", [
    "[https://pshyvinvointialue.fi](https://evil.example/)", "[pshyvinvointialue.fi/asiakasmaksut](https://pshyvinvointialue.fi/x)",
    "[112](tel:+358171733110)", "[017 173 311](tel:+358401234567)", "[112](https://evil.example/)",
    "[kirjaamo@pshyvinvointialue.fi](mailto:kirjaamo@evil.example)", "[](https://pshyvinvointialue.fi/)",
    "[ ](https://pshyvinvointialue.fi/)", "[**](https://pshyvinvointialue.fi/)",
])
def test_a_link_with_no_name_or_whose_text_is_another_address_loses_its_address(text):
    """The sanitiser is the second line of defence: the page never links what check refused."""
    with pytest.raises(ValueError):
        Paragraph(text=text)
    assert "href" not in rendered_html(text)


@pytest.mark.parametrize("text", [
    "[pshyvinvointialue.fi](https://pshyvinvointialue.fi)", "[pshyvinvointialue.fi/asiakasmaksut](https://pshyvinvointialue.fi/asiakasmaksut)",
    "[www.kuh.fi](https://kuh.fi/)", "[112](tel:112)", "[017 173 311](tel:+35817173311)", "[+358 17 173 311](tel:017173311)",
    "[Kirjaamo@Pshyvinvointialue.fi](mailto:kirjaamo@pshyvinvointialue.fi)", "[**Lue lisää**](https://pshyvinvointialue.fi/)",
    "[2026](https://pshyvinvointialue.fi/)", "[ähtäri.fi](https://ähtäri.fi/)",
])
def test_a_link_text_that_names_its_own_target_is_kept(text):
    Paragraph(text=text)
    assert "href=" in rendered_html(text)


def test_an_ampersand_in_a_web_address_query_is_allowed_and_escaped_on_the_page():
    from pydantic import TypeAdapter

    from kys_rontgen.model.texts import Text

    text = "Katso [ohje](https://example.fi/a?x=1&y=2)."
    assert TypeAdapter(Text).validate_python(text) == text
    assert 'href="https://example.fi/a?x=1&amp;y=2"' in text_html(text)


def test_a_bare_ampersand_before_letters_is_plain_text_not_a_character_reference():
    from pydantic import TypeAdapter

    from kys_rontgen.model.texts import Text

    text = "Q&A ja R&D: **kysymykset** ja vastaukset"
    assert TypeAdapter(Text).validate_python(text) == text
    assert "Q&amp;A ja R&amp;D" in text_html(text)


@pytest.mark.parametrize("text", ["[" * 20_000, "[" * 20_000 + "]" * 20_000, "[a](" * 5_000, "[]([](" * 2_000,
                                  "[a](" + "(" * 20_000])
def test_a_long_run_of_brackets_is_an_error_before_markdown_walks_it(text):
    from pydantic import TypeAdapter, ValidationError

    from kys_rontgen.model.texts import Text

    with pytest.raises(ValidationError, match="brackets"):
        TypeAdapter(Text).validate_python(text)


def test_an_image_from_another_site_is_dropped_and_its_description_kept():
    assert text_html("Katso ![kartta](https://tracker.example/p.gif)") == "Katso kartta"
    assert link_problem("https://tracker.example/p.gif", embedded=True) is not None
    assert link_problem("kuvat/kartta.png", embedded=True) is None


def test_raw_html_and_character_references_never_become_markup():
    assert text_html("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert text_html("&#60;script&#62;alert(1)&#60;/script&#62;") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert text_html("&#123;: onclick=alert(1) &#125;") == "&#123;: onclick=alert(1) &#125;"  # braces stay inert


def test_markdown_the_site_allows_still_works():
    html = text_html("**Tärkeää**: tuo *lähete*.\n\n- yksi\n- kaksi")
    assert html == "<p><strong>Tärkeää</strong>: tuo <em>lähete</em>.</p><ul><li>yksi</li><li>kaksi</li></ul>"


def test_label_placeholders_are_filled_by_name_only():
    assert filled("{name}: terveysasemat", {"name": "Kuopio"}) == "Kuopio: terveysasemat"
    # Never str.format: attribute access and padding stay as typed (validation rejects them).
    assert filled("{name.__class__}", {"name": "Kuopio"}) == "{name.__class__}"
    assert filled("{min:>2000000000}", {"min": "5"}) == "{min:>2000000000}"
    assert filled("{count} kuntaa", {}) == "{count} kuntaa"  # the finder's script fills it in


def test_make_check_renders_the_pages_too(tmp_path, capsys):
    # A label chosen by a value (exam_booking_<way>) is only needed when a page is rendered.
    for name in ("mkdocs.yml",):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "data", tmp_path / "data")
    labels = tmp_path / "data" / "labels.yaml"
    text = labels.read_text(encoding="utf-8")
    start = text.index("exam_booking_any_location:")
    end = text.index("\n", text.index("  en:", start)) + 1
    labels.write_text(text[:start] + text[end:], encoding="utf-8")
    assert main(["--root", str(tmp_path), "--now", "2026-12-04 12:00", "check"]) == 1
    out = capsys.readouterr().out
    assert 'data/labels.yaml:1:1: the label "exam_booking_any_location" is missing; add it with its text in every language' in out


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


# Near misses of the plain-text shortcut: each must still come out as Markdown and nh3 make it.
NEAR_PLAIN = [
    "1. kohta", "Varkaus 2", "Hinta 5 € (alv 0 %)", "Ääni – ja kuva", "O'Brien sanoi \"hei\"", "Rivi  ",
    "a_b", "x * y", "Katso [tästä](https://example.fi)", "a & b", "a < b", "Kello 8.00–15.00", "A -- B",
    "- lista", "Otsikko\n===", "Sana\\", "e.g. 24.6.2026", "Tel: 017 1234", "x\ny",
]


def test_plain_texts_skip_markdown_yet_come_out_as_markdown_would_make_them():
    texts = {text for path in (ROOT / "data").glob("*.yaml")
             for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8")))}
    texts |= set(NEAR_PLAIN)
    assert len(texts) > 500  # every editor's text and label of the real data
    for text in texts:
        for inline in (True, False):
            assert text_html(text, inline) == rendered_html(text, inline), text


@pytest.mark.parametrize("text, allowed", [
    ("Ajanvaraus:\n\n    soita aamulla.", False),
    ("    Ajanvaraus lähetteellä.", False),
    ("- Ota mukaan lähete.\n\n    Myös vanhat kuvat.\n- Tule ajoissa.", True),  # a list item's second paragraph
    ("- Ota mukaan:\n    - lähete\n    - kuvat", True),  # a list inside a list
])
def test_a_line_indented_into_a_code_block_is_an_error_but_a_list_item_may_continue(text, allowed):
    from pydantic import TypeAdapter, ValidationError

    from kys_rontgen.model.texts import Text

    if allowed:
        assert TypeAdapter(Text).validate_python(text) == text
    else:
        with pytest.raises(ValidationError, match="indented by four or more spaces"):
            TypeAdapter(Text).validate_python(text)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x1e"])
def test_a_unicode_line_break_that_slipped_past_validation_never_starts_a_block_on_the_page(separator):
    html = rendered_html(f"Kuopio{separator}{separator}!!! danger \"Soita 0700 1\"{separator}{separator}# Otsikko")
    assert html.splitlines() == [html]
    rendered = markdown.markdown(f"# {html}\n", extensions=SITE_EXTENSIONS)
    assert "admonition" not in rendered and rendered.count("<h1") == 1


@pytest.mark.parametrize("text, shown", [
    ("3. kerros, B-siipi.", "3. kerros, B-siipi."),
    ("2026. vuonna avattu", "2026. vuonna avattu"),
    ("1. kerros", "1. kerros"),  # a text of one line is never a list
    ("+ Päivystys ympäri vuorokauden", "+ Päivystys ympäri vuorokauden"),
    ("Sisäänkäynti A.\n\n2. kerros, huone 12.", "2. kerros, huone 12."),
])
def test_a_finnish_ordinal_at_the_start_of_a_text_keeps_its_number(text, shown):
    # Read as a numbered list, "3. kerros" would be renumbered "1." on the page and pull what follows into the list.
    rendered = _as_the_site_renders(text_html(text))
    assert "<ol" not in rendered and "<li><ul>" not in rendered.replace("\n", "")
    assert not text_html(text).startswith(("<ol", "<ul"))
    assert shown in html.unescape(re.sub(r"<[^>]+>", "", rendered))


def test_a_numbered_list_the_editor_writes_from_one_stays_a_list():
    assert text_html("1. Lähete\n2. Aika\n3. Tulokset").startswith("<ol><li>Lähete</li><li>Aika</li>")


@pytest.mark.parametrize(("text", "read"), [
    ("**Ota** *kortti* mukaan.", "Ota kortti mukaan."),
    ("Katso [kunnat](/kunnat/) ja [ohje](https://www.116117.fi).", "Katso kunnat ja ohje."),
    ("Ennen:\n\n- syö\n- juo", "Ennen: syö juo"),
    ("3 < 4 & \"lainaus\"", '3 < 4 & "lainaus"'),
])
def test_structured_data_text_is_the_words_a_reader_reads(text, read):
    assert plain_text(text) == read


# A label and the value filled into it are checked apart; together they must not make markup.
@pytest.mark.parametrize("label, value, shown", [
    ("Paikka on [täällä]{where}.", "(javascript:alert(1))", "Paikka on [täällä](javascript:alert(1))."),
    ("Paikka on [täällä]{where}.", "(https://joined.example/)", "Paikka on [täällä](https://joined.example/)."),
    ("{where}: terveysasemat", "**Kuopio** <https://x.example/>", "**Kuopio** <https://x.example/>: terveysasemat"),
    ("Pohjois-Savossa päivystää vain {where}.", "Kuopion yliopistollinen sairaala (KYS)",
     "Pohjois-Savossa päivystää vain Kuopion yliopistollinen sairaala (KYS)."),
])
def test_a_placeholder_value_is_shown_as_typed(label, value, shown):
    page = markdown.markdown(str(filled_label_html(label, {"where": value})), extensions=SITE_EXTENSIONS)
    assert page.startswith("<p>") and page.endswith("</p>") and "<" not in page[3:-4]
    assert html.unescape(page[3:-4]) == shown
    assert filled_label_plain(label, {"where": value}) == shown
