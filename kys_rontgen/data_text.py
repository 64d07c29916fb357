"""How an editor's text becomes HTML: a restricted Markdown, then an allowlist sanitiser.

Data text is untrusted. It is rendered here, in the generator, with plain Markdown only
(paragraphs, lists, **bold**, *italic*, links): no raw HTML, no character references, no
attribute lists. nh3 (the ammonia sanitiser) then keeps only the allowed tags, attributes and
link schemes, so a future Markdown extension cannot reopen the hole. Finally every
character MkDocs' own Markdown would act on (`{: onclick=… }`, `[…](…)`, `*`) is written
as a character reference: the page carries finished HTML that MkDocs cannot change.

`link_problem` is the same rule for `make check`: a bad link is an error with a data line
before anything is built.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache

import markdown
import nh3
from markupsafe import Markup

from .model.labels import filled
from .model.links import LINK_SCHEMES, link_problem, link_text_problem, text_link_problem

# What data text may become. Block tags only appear in multi-paragraph texts.
_INLINE_TAGS = {"a", "strong", "em", "code", "br", "img"}
_BLOCK_TAGS = {"p", "ul", "ol", "li"}
# "*": no attribute on every tag. Without it nh3 keeps `title` and `lang` anywhere: a link's
# tooltip could show another address than the link opens.
_ATTRIBUTES = {"*": set(), "a": {"href"}, "img": {"src", "alt"}}
# Characters a Markdown extension acts on anywhere in a line (attr_list's `{: … }`, links,
# emphasis, code, escapes); in text they become character references. The block markers
# (`#`, `- `, `!!!`, `: `, `|`, `=`…) only act at the start of a line: escaped there.
_MARKDOWN_SIGNIFICANT = re.compile(r"[\\`*_{}\[\]]")
_LINE_START = re.compile(r"^[#:!+\-=|>~]")
_LEADING_ORDINAL = re.compile(r"^(\d+)\.")
_TAG = re.compile(r"(<[^>]*>)")
_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_IMAGE_WITHOUT_SOURCE = re.compile(r'<img(?![^>]*\ssrc=)(?:[^>]*?\salt="([^"]*)")?[^>]*>')
# Most texts (names, one-line sentences) hold nothing Markdown or HTML acts on: such a text is
# its own HTML, so it skips Markdown and the sanitiser (a fifth of a build's generator time).
# It starts with a letter, holds letters, digits, spaces and plain punctuation, and does not end
# in a space; tests/unit/test_data_text.py checks it gives what the full path gives.
_PLAIN_TEXT = re.compile(r"[^\W\d_](?:[^\W_]|[ ,.;:?!'\"()/%€+–—\-])*(?<! )")
@lru_cache(maxsize=1)
def _markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=[], output_format="html")
    # Raw HTML and character references are shown as typed, never interpreted.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("entity")
    return md


# "3. kerros", "2026. vuonna": a Finnish ordinal at the start of a block is read as a numbered list,
# which the sanitiser renumbers from 1 (it drops `start`), so the page would say "1. kerros".
# A list starts at "1." in a text of several lines; any other number there is the editor's text.
# A text of one line is never a list: as one, it would pull the lines after it on a card into it.
_ORDINAL_START = re.compile(r"(?:\A|(?<=\n\n))( {0,3}\d+)\.(?=[ \t])")
_BULLET_START = re.compile(r"\A( {0,3})([-+*])(?=[ \t])")


def _no_accidental_lists(text: str) -> str:
    one_line = "\n" not in text.strip()
    text = _ORDINAL_START.sub(
        lambda m: m.group() if not one_line and m.group(1).strip() == "1" else m.group(1) + "\\.", text)
    return _BULLET_START.sub(r"\1\\\2", text) if one_line else text


def rendered_markdown(text: str) -> str:
    """The restricted Markdown's HTML, before sanitising (validation inspects its links)."""
    md = _markdown()
    md.reset()
    return md.convert(_no_accidental_lists(text))


def _filter(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "href" and text_link_problem(value):
        return None
    if attribute == "src" and link_problem(value, embedded=True):
        return None
    return value


_ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL)
_HREF = re.compile(r'\shref="([^"]*)"')
_IMAGE_ALT = re.compile(r'<img\b[^>]*?\salt="([^"]*)"[^>]*>')


def links(markup: str) -> list[tuple[str, str]]:
    """(address, name) of every link in `markup`: the name is what a reader or a screen reader
    gets, the text without its formatting (an image in a link is named by its description)."""
    found = []
    for attributes, inner in _ANCHOR.findall(markup):
        if href := _HREF.search(attributes):
            found.append((html.unescape(href.group(1)), html.unescape(_TAG.sub("", _IMAGE_ALT.sub(r" \1 ", inner)))))
    return found


def _without_misleading_links(markup: str) -> str:
    """A link with no name, or whose text is another address, number or e-mail address than it
    opens, loses its address (as the filter does with a bad address)."""
    def check(match: re.Match) -> str:
        for url, name in links(match.group()):
            if link_text_problem(name, url):
                return _HREF.sub("", match.group(), count=1)
        return match.group()

    return _ANCHOR.sub(check, markup)


def sanitised(html: str) -> str:
    """Only the allowed tags, attributes and link schemes survive; everything else is removed."""
    return _without_misleading_links(nh3.clean(
        html,
        tags=_INLINE_TAGS | _BLOCK_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=set(LINK_SCHEMES),
        attribute_filter=_filter,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ))


def _inert(html: str) -> str:
    """Every Markdown-significant character of the text (not of the tags) as a character reference."""
    def reference(match: re.Match) -> str:
        return f"&#{ord(match.group())};"

    parts = _TAG.split(html)
    inert = "".join(part if index % 2 else _MARKDOWN_SIGNIFICANT.sub(reference, part) for index, part in enumerate(parts))
    # The page's own Markdown must not read a leading "3." as a list either.
    return _LINE_START.sub(reference, _LEADING_ORDINAL.sub(r"\1&#46;", inert))


@lru_cache(maxsize=16384)  # labels repeat on every page: render each text once per build
def text_html(text: str, inline: bool = True) -> Markup:
    """An editor's text as HTML for a generated page, on one line.

    `inline`: one paragraph comes out without its <p> (it sits in a heading, list item or
    sentence); more become block HTML, which MkDocs passes through untouched.
    """
    if _PLAIN_TEXT.fullmatch(text):
        return Markup(str(text) if inline else f"<p>{text}</p>")
    return rendered_html(text, inline)


_BLOCK_OR_BREAK = re.compile(r"</?(?:p|ul|ol|li|br)\b[^>]*>")


def plain_text(text: str) -> str:
    """An editor's text as a reader reads it, without markup: for a field that is plain text
    by definition (schema.org's Text in JSON-LD). A link keeps its words only, so a link to a
    page of this site leaves no root-relative address behind (kys_rontgen.site_links)."""
    if _PLAIN_TEXT.fullmatch(text):
        return text
    words = _TAG.sub("", _BLOCK_OR_BREAK.sub(" ", sanitised(rendered_markdown(text))))
    return " ".join(html.unescape(words).split())


# A placeholder while a label is rendered: letters and digits, which Markdown and the sanitiser
# pass as typed.
_SLOT = "kysslot{}x"


def _filled_after(render, template: str, values: dict[str, str], value_as) -> str:
    slots = {name: _SLOT.format(index) for index, name in enumerate(values)}
    out = render(filled(template, slots))
    for name, slot in slots.items():
        out = out.replace(slot, value_as(values[name]))
    return out


def filled_label_html(template: str, values: dict[str, str]) -> Markup:
    """A label as HTML with its placeholders filled in after rendering. The label is checked on its
    own and each value (a name, an address, a number) is shown as typed, so two texts that are each
    fine cannot join into a link or formatting ("[here]" + "(javascript:…)") that no check saw."""
    return Markup(_filled_after(text_html, template, values, literal_html))


def filled_label_plain(template: str, values: dict[str, str]) -> str:
    """The same label as the words a reader reads (a title, a meta description)."""
    return _filled_after(plain_text, template, values, str)


def literal_html(text: str) -> Markup:
    """A text from an outside system (PTV) as typed: HTML-escaped and Markdown-inert, on one line."""
    return Markup(_inert(_LINE_BREAK.sub(" ", html.escape(text, quote=False))))


def rendered_html(text: str, inline: bool = True) -> Markup:
    """text_html the long way, through Markdown and the sanitiser, for any text."""
    html = sanitised(rendered_markdown(text)).strip()
    # An image whose source was removed (off-site) leaves its description as text.
    html = _IMAGE_WITHOUT_SOURCE.sub(lambda m: m.group(1) or "", html)
    if inline and html.count("<p>") == 1 and html.startswith("<p>") and html.endswith("</p>"):
        html = html[3:-4]
    # One line: inside a list item or an admonition a line break would end the Markdown block.
    # (Every break str.splitlines() knows: MkDocs' plugins split the page at U+2028 and others too.)
    html = _LINE_BREAK.sub(" ", re.sub(r">\s*\n\s*<", "><", html))
    return Markup(_inert(html))
