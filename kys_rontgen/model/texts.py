"""Editor text: plain text with the Markdown the site allows, one-line fields, every language.

Data text never carries HTML, attributes, character references or links other than those
data_text.link_problem allows; the sanitiser in data_text.py is the second line of defence.
"""
from __future__ import annotations

import html
import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, ValidationError, ValidationInfo
from pydantic_core import InitErrorDetails, PydanticCustomError

from .base import JsonSchema
from .links import EXAMPLE as SITE_EXAMPLE, NO_IMAGES, text_link_problem

# Anything that looks like an HTML tag: data text is never rendered raw.
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]")
_TAG_REST = re.compile(r"[^<>\n]*>?")  # the rest of a tag, on its line
# An attribute list (`{: onclick=… }`, `{ .class }`): pages never take attributes from data.
_ATTRIBUTES = re.compile(r"\{[^{}\n]*\}")
# A character reference (`&#106;`, `&lt;`): it could spell markup the other checks do not see.
# A name needs its `;` here: `&y=2` in a web address's query is a plain ampersand (the page
# prints every `&` as `&amp;`, so `&lt` without one cannot become markup either).
_REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[a-zA-Z][a-zA-Z0-9]*;)")
# The same rules for the JSON Schema (ECMA regex, no flags).
# (The IDE cannot render Markdown, so of the link rules it shows the commonest: script links.)
_MARKUP_JSON = (r"<\s*/?\s*[a-zA-Z!?]|\{[^{}\n]*\}|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);"
                r"|[Jj][Aa][Vv][Aa][Ss][Cc][Rr][Ii][Pp][Tt]:")
_LINK_ATTRIBUTE = re.compile(r'<(a|img)\b[^>]*?\s(href|src)="([^"]*)"')
_LINK_TITLE = re.compile(r'<a\b[^>]*?\stitle="([^"]*)"')


def _markup_problems(value: str):
    """HTML (once for each line that has some) and character references, each with its place."""
    lines = set()
    for match in _MARKUP.finditer(value):
        line = value.count("\n", 0, match.start())
        if line not in lines:
            lines.add(line)
            yield PydanticCustomError(
                "markup",
                "contains HTML or a script; write plain text (Markdown **bold**, lists and [links](https://…) are fine)",
            ), (match.start(), _TAG_REST.match(value, match.end()).end())
    for match in _REFERENCE.finditer(value):
        yield PydanticCustomError(
            "character_reference",
            'contains the HTML character reference "{found}"; write the character itself',
            {"found": match.group()},
        ), match.span()


_INDENTED = re.compile(r"(?:^|\n)( {4,}|\t)\S")


def _code_block_problems(value: str):
    """A line indented by four spaces more than the text around it is a code block in Markdown:
    the page would show it in a typewriter box. The site's Markdown has no code blocks, so it is
    refused (a list item's continuation, which Markdown also indents by four, stays allowed)."""
    if not _INDENTED.search(value):
        return
    from ..data_text import rendered_markdown

    markup = rendered_markdown(value)
    if "<pre>" in markup:
        code = markup.split("<pre><code>", 1)[1].split("\n", 1)[0]
        yield PydanticCustomError(
            "indented",
            'has the line "{line}" indented by four or more spaces, which the page would show as a code block; '
            "start it where the lines around it start",
            {"line": code.strip()},
        ), _span(value, html.unescape(code.strip()))


# Block Markdown that the site's own pages have (headings, rules, quotes, admonition boxes,
# definition lists, fenced code) but a data text does not: its restricted Markdown drops the
# heading or the quote mark, or prints "!!! note" as text, and the page shows something else
# than the editor wrote. Each is found by its line, as Python-Markdown and its extensions find it.
_BLOCK_MARKDOWN = (
    (re.compile(r" {0,3}#.*"), "a heading"),
    (re.compile(r" {0,3}(?:(?:-[ ]{0,2}){3,}|(?:\*[ ]{0,2}){3,}|(?:_[ ]{0,2}){3,})"), "a rule"),
    (re.compile(r" {0,3}>.*"), "a quote"),
    (re.compile(r" {0,3}(?:!!!|\?\?\?\+?)(?: .*|$)"), "a box (admonition)"),
    (re.compile(r" {0,3}:[ \t].*"), "a definition"),
    (re.compile(r" {0,3}(?:```|~~~).*"), "a code block"),
)
# A line of only "=" or "-" under a line of text makes that line a heading.
_UNDERLINE = re.compile(r" {0,3}(?:=+|-+)[ ]*")
BLOCK_MARKDOWN_FIX = ("headings, rules, quotes, boxes and code blocks are not available in data texts: "
                      "write a plain paragraph or a list")


def _block_markdown_problems(value: str):
    """Every line that is a heading, rule, quote, box, definition or code fence in Markdown."""
    if not re.search(r"(?:^|\n) {0,3}[#\-*_>!?:`~=]", value):
        return  # the common case: no line starts with such a mark
    offset, previous, fenced = 0, "", False
    for line in value.split("\n"):
        what = next((what for pattern, what in _BLOCK_MARKDOWN if pattern.fullmatch(line.rstrip())), None)
        if previous.strip() and _UNDERLINE.fullmatch(line.rstrip()):
            what = "a heading"  # (a rule "---" right under a line of text is its underline)
        if fenced or what == "a code block":  # a code block is told once, at its first line
            fenced = fenced != (what == "a code block")
            what = what if fenced and what == "a code block" else None
        if what:
            yield PydanticCustomError(
                "block_markdown",
                'has the line "{line}", which is {what} in Markdown; {fix}',
                {"line": line.strip(), "what": what, "fix": BLOCK_MARKDOWN_FIX},
            ), (offset + len(line) - len(line.lstrip()), offset + len(line))
        offset += len(line) + 1
        previous = line


def _attribute_problems(value: str):
    for match in _ATTRIBUTES.finditer(value):
        yield PydanticCustomError(
            "attributes",
            'contains "{found}", which would add attributes to the page; remove the braces and what is between them',
            {"found": match.group()},
        ), match.span()


# Python-Markdown looks for the "]" of every "[" by walking the rest of the text, so a text of
# many unclosed or deeply nested brackets takes minutes to render (20 kB of "[" took 100 s).
# No text of the site needs either; both are refused before Markdown sees the text.
_BRACKET_DEPTH = 3


def _bounded_brackets(value: str) -> None:
    depth = 0  # of "[" not yet closed
    address = 0  # of "(" open inside a link's address, after "]("
    for index, character in enumerate(value):
        if address and not (character == "(" and value.startswith("](", index - 1)):
            if character == "(":
                address += 1
            elif character == ")":
                address -= 1
            elif character == "]" and value.startswith("](", index):
                break  # a second link starts before the address of the first one ends
            continue
        if address:
            continue
        if character == "[":
            depth += 1
            if depth > _BRACKET_DEPTH:
                raise PydanticCustomError(
                    "brackets",
                    'has brackets "[" inside brackets more than {most} deep; a link is [text](address) with no '
                    "brackets in its text: remove the extra brackets",
                    {"most": _BRACKET_DEPTH},
                )
        elif character == "]" and depth:
            depth -= 1
            if value.startswith("](", index):
                address = 1  # its "(" (the next character) is skipped above
    if address:
        raise PydanticCustomError(
            "brackets",
            'has a link [text](address whose address has no ")" to close it; end the address with ")"',
        )
    if depth:
        raise PydanticCustomError(
            "brackets",
            'has {count} "[" with no "]" after it to close it; a link is [text](address): add the "]" or remove the "["',
            {"count": depth},
        )


def _link_problems(value: str):
    """Every link and image of the text, as the page's Markdown reads it, must be allowed."""
    try:
        _bounded_brackets(value)
    except PydanticCustomError as problem:
        yield problem, None  # the text is not rendered: its links are not read
        return
    if "](" not in value and "]:" not in value and "<" not in value and "]" not in value:
        return  # no Markdown link or image can be formed (the common case: skip rendering)
    from ..data_text import link_text_problem, links, rendered_markdown

    markup = rendered_markdown(value)
    after = 0  # where the next address is looked for in the text: the same address may be linked twice
    for tag, attribute, written in _LINK_ATTRIBUTE.findall(markup):
        url = html.unescape(written)
        span = _span(value, url, after) or _span(value, written, after)  # `&#106;avascript:` is in the text as written
        after = span[1] if span else after
        problem = text_link_problem(url, embedded=attribute == "src")
        if problem is None and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url.strip()) and not (
            attribute == "href" and url.startswith("/")  # a page of this site by its address (kys_rontgen/site_links.py)
        ):
            # The same text stands on pages at different depths, and MkDocs does not rewrite
            # links inside generated HTML: a relative address would work on some pages only.
            problem = (f'"{url}" is a relative address, which data text cannot use (it would break on some pages); '
                       + (NO_IMAGES if attribute == "src" else "write the full address, starting with https://, "
                          f'or for a page of this site its Finnish address from the site root, e.g. "{SITE_EXAMPLE}"'))
        if problem:
            yield PydanticCustomError("link", "{problem}", {"problem": problem}), span
    for title in _LINK_TITLE.finditer(markup):
        # [text](address "title"): a tooltip that can show another address than the link opens.
        title = html.unescape(title.group(1))
        yield PydanticCustomError(
            "link_title",
            'gives a link the title "{title}" (the text in quotes after its address), which shows as a tooltip; '
            'leave the title out: [text](address)',
            {"title": title},
        ), _span(value, title)
    after = 0
    for url, name in links(markup):
        span = _span(value, url, after)
        after = span[1] if span else after
        if problem := link_text_problem(name, url):
            yield PydanticCustomError("link_text", "{problem}", {"problem": problem}), span


def _unused_definition_problems(value: str):
    """A reference link's definition (`[1]: https://…`) that no link of the text uses: the page
    shows nothing of it, yet a reviewer reads it as a link (it is left over from a removed one).
    Used or not is what Markdown makes of the text without the definition: the same page."""
    if "]:" not in value:
        return
    try:
        _bounded_brackets(value)
    except PydanticCustomError:
        return  # _link_problems tells it; such a text is not rendered
    from markdown.blockprocessors import ReferenceProcessor

    from ..data_text import rendered_markdown

    markup = None
    for match in ReferenceProcessor.RE.finditer(value):
        markup = rendered_markdown(value) if markup is None else markup
        if rendered_markdown(value[:match.start()] + value[match.end():]) == markup:
            definition = match.group().strip()
            yield PydanticCustomError(
                "unused_definition",
                'has the link definition "{definition}", which no link of the text uses, so the page does not show '
                "it; remove the unused link definition or use it: [link text][{name}]",
                {"definition": " ".join(definition.split()), "name": match.group(1)},
            ), (match.start() + len(match.group()) - len(match.group().lstrip()), match.end())


def _span(value: str, part: str, after: int = 0) -> tuple[int, int] | None:
    """Where `part` is in `value` (from `after` on, else anywhere), or None."""
    start = value.find(part, after) if part else -1
    if start < 0 and part:
        start = value.find(part)
    return (start, start + len(part)) if start >= 0 else None


def _every_problem(*checks):
    """One validator for several checks of a text that reports every problem they find at once,
    each with its place in the text (`text_offset`: validation.py shows its own line where the
    file shows the text line by line). Where two problems are at one place (a script tag inside
    a link's address), the first check's is told: fixing it fixes the other."""

    def check(value: str) -> str:
        told: list[tuple[PydanticCustomError, tuple[int, int] | None]] = []
        for problems in checks:
            for problem, span in problems(value):
                if span is None or not any(s and s[0] < span[1] and span[0] < s[1] for _, s in told):
                    told.append((problem, span))
        if told:
            raise ValidationError.from_exception_data("text", [InitErrorDetails(
                type=PydanticCustomError(problem.type, problem.message_template, {
                    **(problem.context or {}), **({"text_offset": span[0]} if span else {})}),
                loc=(), input=value) for problem, span in told])
        return value

    return AfterValidator(check)


# Characters with no glyph that still change a text. In a name they make another slug and page
# address that looks the same on screen, and a text of them alone looks empty yet passes as
# written. Unicode's format characters (category Cf) are exactly such: zero-width space and
# joiners, soft hyphen, word joiner, byte-order mark, the bidi controls that reorder what is
# shown (Trojan Source), the tag characters. Not the few Cf number signs that are drawn
# (prepended concatenation marks, Arabic U+0600–U+0605 and others). Also the line and paragraph
# separators (Zl, Zp): MkDocs' i18n plugin splits page Markdown at them, which would start a
# heading or an admonition inside a one-line text. And the characters outside Cf that Unicode
# lists as default-ignorable (shown as nothing: the Hangul fillers, "letters" that pass for a
# name, the combining grapheme joiner, variation selectors), plus the braille blank, a symbol
# drawn as an empty cell. Python's unicodedata has the categories but not that property, so
# those few are listed.
_INVISIBLE_CATEGORIES = {"Cf", "Zl", "Zp"}
_DRAWN_FORMAT = set("\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd")
_INVISIBLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u2800\u3164\ufe00-\ufe0f\uffa0"
                        "\ufff0-\ufff8\U000e0000-\U000e0fff]")


def invisible_character(value: str) -> str | None:
    """The first character of `value` that shows as nothing, or None."""
    if value.isascii():
        return None
    for character in value:
        if character >= "\u00ad" and (
            (unicodedata.category(character) in _INVISIBLE_CATEGORIES and character not in _DRAWN_FORMAT)
            or _INVISIBLE.match(character)
        ):
            return character
    return None


# Alphabets whose letters look alike: one word written in two of them is a look-alike, not a name.
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "CHEROKEE")
_WORD = re.compile(r"[^\W\d_]+")


def _visible(value: str) -> str:
    if character := invisible_character(value):
        raise PydanticCustomError(
            "invisible",
            "contains the invisible character U+{code} ({name}), which changes the text (and a page address made "
            "from it) without showing; delete it (retype the text around it)",
            {"code": f"{ord(character):04X}", "name": unicodedata.name(character, "format character").lower()},
        )
    return value


# A character that stands for one lost on the way: U+FFFD, which a program writes for bytes it
# could not read, and the private-use characters, which have no meaning outside the program that
# made them (a symbol font's bullet, a phone's emoji): a page shows a box or a question mark.
_BROKEN = re.compile("[\ufffd\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def _broken_character_problems(value: str):
    if value.isascii():
        return
    for match in _BROKEN.finditer(value):
        yield PydanticCustomError(
            "broken_character",
            'has the character U+{code} ({name}), which the page shows as a box or a question mark; it is a broken '
            "copy: retype the character",
            {"code": f"{ord(match.group()):04X}",
             "name": unicodedata.name(match.group(), "private use character").lower()},
        ), match.span()


def letter_script(letter: str) -> str | None:
    """The alphabet of a letter among the look-alike ones (LATIN, CYRILLIC…), else None."""
    script = unicodedata.name(letter, "").split(" ", 1)[0]
    return script if script in _SCRIPTS else None


def mixed_script(value: str) -> str | None:
    """How the first word of `value` that mixes look-alike alphabets does so, or None
    ('"pshyvinvoіntialue": "і" is a Cyrillic letter among Latin ones')."""
    if value.isascii():
        return None
    for word in _WORD.findall(value):
        scripts = {letter_script(letter) for letter in word} - {None}
        if len(scripts) > 1:
            main = letter_script(word[0]) or sorted(scripts)[0]
            odd = next(letter for letter in word if letter_script(letter) not in (None, main))
            return f'"{word}": "{odd}" is a {letter_script(odd).title()} letter among {main.title()} ones'
    return None


def _one_script(value: str) -> str:
    if mixed := mixed_script(value):
        raise PydanticCustomError(
            "mixed_script",
            "mixes alphabets in {mixed}, which looks the same but makes another name and page address; "
            "retype the word in one alphabet",
            {"mixed": mixed},
        )
    return value


def compatibility_character(value: str) -> str | None:
    """The first character of `value` that Unicode counts as another character's look-alike form
    (full-width "Ｋ", the Roman numeral "Ⅸ", the ligature "ﬁ", a superscript "²"), else None.
    Such a letter shows like the plain one but makes another name, page address and search word.
    Spaces (a no-break space) are left alone: they change nothing a reader or a search sees."""
    if value.isascii():
        return None
    return next((c for c in value if unicodedata.normalize("NFKC", c) != c and not c.isspace()), None)


# More than this many accents on one letter is not writing but a heap of marks over the line above
# ("Zalgo" text): every letter of the site's languages has at most two.
_MOST_MARKS = 2


def _plain_letters(value: str) -> str:
    """A name composed as one writes it (NFC: "é" one character, not "e" and an accent), with no
    look-alike letters and no heap of accents."""
    value = unicodedata.normalize("NFC", value)
    if character := compatibility_character(value):
        raise PydanticCustomError(
            "compatibility_letter",
            'has "{character}", a look-alike form of "{plain}" (full-width, a Roman numeral, a ligature or a '
            'superscript) that makes another name and page address; write "{plain}"',
            {"character": character, "plain": unicodedata.normalize("NFKC", character)},
        )
    run = 0
    for character in value:
        run = run + 1 if unicodedata.combining(character) else 0
        if run > _MOST_MARKS:
            raise PydanticCustomError(
                "stacked_marks",
                "has more than {most} accent marks on one letter, which are drawn over the text around it; "
                "retype the name", {"most": _MOST_MARKS},
            )
    return value


def _one_line(value: str) -> str:
    if "\n" in value.strip() or "\r" in value.strip():
        raise PydanticCustomError(
            "one_line",
            "is more than one line; a name, title or summary must be one line (a line break would add a heading "
            "or a rule to the page): join the lines, or use a description field for longer text",
        )
    return value.strip()


_EMPTY = "is empty; write the text"


def _no_tab(value: str) -> str:
    # Copied from a spreadsheet: a page shows it as a space or nothing, an export as a column break.
    if "\t" in value:
        raise PydanticCustomError("tab", "has a tab character (it often comes with text copied from a spreadsheet); "
                                         "replace it with a space")
    return value


def _not_blank(value: str) -> str:
    # Accents with no letter under them (combining marks alone) show as nothing, too.
    if not value.strip() or (not value.isascii() and all(
            character.isspace() or unicodedata.category(character).startswith("M") for character in value)):
        raise PydanticCustomError("blank", _EMPTY)
    return value


def _has_words(value: str) -> str:
    """A text must show a word or a number once rendered: a rule (`---`, `***`, `- - -`), a lone
    heading or quote mark makes an empty heading, card or page description."""
    from ..data_text import plain_text

    if not any(character.isalnum() for character in plain_text(value)):
        raise PydanticCustomError("blank", _EMPTY)
    return value


# Length limits, each about twice the longest the committed data has, so real additions fit and a
# paste or a runaway copy does not: a 30,000-letter exam name passed and made a 30 kB page title
# and a heading many screens long. A name (place, street, exam: at most 67 letters now) is a title,
# a link text and a search result; PTV's names are at most 100. A one-line text (a title or summary:
# at most 150 now) is one line on a phone. A text (the longest body is 1,066 characters) is one
# section of a page.
NAME_MAX = 150
LINE_MAX = 300
TEXT_MAX = 5000


def _at_most(most: int, what: str):
    def check(value: str) -> str:
        if len(value) > most:
            raise PydanticCustomError(
                "too_long", "has {length} characters; {what} has at most {most}: shorten it",
                {"length": len(value), "what": what, "most": most},
            )
        return value

    return AfterValidator(check)


def _markdown(*first: AfterValidator):
    """An editor's text with the Markdown the site allows; `first`: checks of the field's kind
    that come before the text's own (a one-line text is told it is not one line, not that its
    second line is a heading)."""
    return Annotated[(
        str,
        AfterValidator(_not_blank),
        AfterValidator(_visible),
        *first,
        _every_problem(_broken_character_problems, _markup_problems, _link_problems, _unused_definition_problems,
                       _attribute_problems, _code_block_problems, _block_markdown_problems),
        AfterValidator(_no_tab),
        AfterValidator(_has_words),
        JsonSchema({"pattern": r"\S", "not": {"pattern": _MARKUP_JSON}}),
    )]


_Markdown = _markdown()
# After the rules above (the bracket check names its own problem); a one-line text has its own limit.
Text = Annotated[_Markdown, _at_most(TEXT_MAX, "a text (one section of a page)"), JsonSchema({"maxLength": TEXT_MAX})]

# A text from an outside system (PTV): printed as typed, never read as Markdown or HTML, so
# its `*`, `[x](…)` or `<b>` are plain characters (pages/environment.py `literal`).
PlainText = Annotated[str, AfterValidator(_not_blank), AfterValidator(_visible), _every_problem(_broken_character_problems),
                      JsonSchema({"pattern": r"\S"})]

# A label is framed by the page: a heading, a link text of the jump list or the navigation, the
# page title. A link in it would stand inside the site's own link to that heading (invalid HTML,
# read out as two links) or in the page title as raw Markdown: labels hold no links or images.
_LINK_BRACKETS = re.compile(r"[\[\]]")


def _no_link(value: str) -> str:
    if found := _LINK_BRACKETS.search(value):
        raise PydanticCustomError(
            "label_link",
            'has "{found}": a label is a heading, a link text or a short sentence that the page may put inside a '
            "link of its own, so it cannot hold a link or an image; remove the brackets (a link belongs in a data "
            "text, such as a description in service.yaml)",
            {"found": found.group()},
        )
    return value


# A label's text: braces hold its placeholders, which model/labels.py checks by name.
# Labels are headings, titles, link texts and short sentences: one line each (a line break put
# a paragraph inside a heading and raw Markdown into the page title).
LabelText = Annotated[str, AfterValidator(_not_blank), AfterValidator(_visible),
                      _every_problem(_broken_character_problems, _markup_problems, _link_problems),
                      AfterValidator(_no_link), AfterValidator(lambda value: _one_line(value)),
                      JsonSchema({"allOf": [{"pattern": r"\S"}, {"not": {"pattern": r"[\[\]]"}}]})]

# A name, title or summary: one line of text.
_OneLine = Annotated[_markdown(AfterValidator(_one_line)), AfterValidator(_one_script),
                    JsonSchema({"pattern": r"^[^\n\r]*\S[^\n\r]*\n?$"})]
Line = Annotated[_OneLine, _at_most(LINE_MAX, "a one-line text (a title or summary)"), JsonSchema({"maxLength": LINE_MAX})]


def _all_languages(value: dict[str, str], info: ValidationInfo) -> dict[str, str]:
    """A translatable text must exist in every configured language, and only in those."""
    languages = (info.context or {}).get("languages")
    if not languages:
        return value
    missing = [lang for lang in languages if lang not in value]
    unknown = [lang for lang in value if lang not in languages]
    if missing:
        raise PydanticCustomError(
            "missing_translation",
            "has no text in {missing}; add `{first}: …` beside the other languages",
            {"missing": ", ".join(missing), "first": missing[0]},
        )
    if unknown:
        raise PydanticCustomError(
            "unknown_language",
            "has text in {unknown}, which is not a configured language ({languages}); remove it or add the language to mkdocs.yml",
            {"unknown": ", ".join(unknown), "languages": ", ".join(languages)},
        )
    return value


# A name (of a municipality, place, street, phone line, exam): plain text. A link or emphasis in
# a name ends up inside the page's own link to it, in <title> and in the exports.
_FORMATTING = re.compile(r"[\[\]*_`]")
_NO_FORMATTING_JSON = {"not": {"pattern": r"[\[\]*_`]"}}


def _no_formatting(what: str, instead: str) -> AfterValidator:
    def check(value: str) -> str:
        if found := _FORMATTING.search(value):
            raise PydanticCustomError(
                "name_formatting",
                'has "{found}", which would make a link or formatting on the page; {what} is plain text: remove it '
                "({instead})",
                {"found": found.group(), "what": what, "instead": instead},
            )
        return value

    return AfterValidator(check)


Name = Annotated[_OneLine, _at_most(NAME_MAX, "a name (it is a page title, a link and a search result)"),
                 _no_formatting("a name", "a link belongs in a description"), AfterValidator(_plain_letters),
                 JsonSchema({"allOf": [_NO_FORMATTING_JSON], "maxLength": NAME_MAX})]

# A notice's title: the heading of its banner (on every page it shows on) and its title in the
# Atom and iCalendar feeds, which show text as typed.
NoticeTitle = Annotated[_OneLine, _at_most(NAME_MAX, "a notice title (the heading of a banner on every page)"),
                        _no_formatting("a notice title", "a link or emphasis belongs in the notice's text"),
                        JsonSchema({"allOf": [_NO_FORMATTING_JSON], "maxLength": NAME_MAX})]


# {"fi": "...", "en": "..."}: one text in every configured language, side by side.
Localized = Annotated[dict[str, Text], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]

LocalizedLabel = Annotated[dict[str, LabelText], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]

# The same for a name, title or summary: one line in every language.
LocalizedLine = Annotated[dict[str, Line], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]

# {"fi": ["...", "..."], "en": [...]}: a list of words or names in every configured language
# (other names and search keywords differ in number between languages).
LocalizedList = Annotated[dict[str, list[Line]], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]


def at_most(most: int, why: str) -> AfterValidator:
    """Annotation for a localized text: at most `most` characters in each language; `why`
    tells the editor where the text is shown."""

    def check(value: dict[str, str]) -> dict[str, str]:
        for lang, text in value.items():
            if len(text) > most:
                raise PydanticCustomError(
                    "too_long",
                    "the {lang} text has {length} characters; shorten it to at most {most} ({why})",
                    {"lang": lang, "length": len(text), "most": most, "why": why},
                )
        return value

    return AfterValidator(check)


META_DESCRIPTION_MAX = 160  # what search engines show under a result

# A Localized text that is also a page's meta description (search result snippet).
Summary = Annotated[LocalizedLine, at_most(META_DESCRIPTION_MAX, "it is the page's description in search results")]

# The same for a name: plain text in every language.
LocalizedName = Annotated[dict[str, Name], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]
LocalizedNoticeTitle = Annotated[dict[str, NoticeTitle], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]

# The same for several names in every language (an exam's other names): each a plain name, as
# the page, its JSON-LD (`alternateName`) and the search print them as written.
LocalizedNames = Annotated[dict[str, list[Name]], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]
