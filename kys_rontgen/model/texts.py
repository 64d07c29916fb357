"""Editor text: plain text with the Markdown the site allows, one-line fields, every language.

Data text never carries HTML, attributes, character references or links other than those
data_text.link_problem allows; the sanitiser in data_text.py is the second line of defence.
"""
from __future__ import annotations

import html
import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, ValidationInfo
from pydantic_core import PydanticCustomError

from .base import JsonSchema
from .links import EXAMPLE as SITE_EXAMPLE, NO_IMAGES, text_link_problem

# Anything that looks like an HTML tag: data text is never rendered raw.
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]")
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


def _no_markup(value: str) -> str:
    if _MARKUP.search(value):
        raise PydanticCustomError(
            "markup",
            "contains HTML or a script; write plain text (Markdown **bold**, lists and [links](https://…) are fine)",
        )
    if match := _REFERENCE.search(value):
        raise PydanticCustomError(
            "character_reference",
            'contains the HTML character reference "{found}"; write the character itself',
            {"found": match.group()},
        )
    _allowed_links(value)
    return value


_INDENTED = re.compile(r"(?:^|\n)( {4,}|\t)\S")


def _no_code_block(value: str) -> str:
    """A line indented by four spaces more than the text around it is a code block in Markdown:
    the page would show it in a typewriter box. The site's Markdown has no code blocks, so it is
    refused (a list item's continuation, which Markdown also indents by four, stays allowed)."""
    if not _INDENTED.search(value):
        return value
    from ..data_text import rendered_markdown

    html = rendered_markdown(value)
    if "<pre>" in html:
        code = html.split("<pre><code>", 1)[1].split("\n", 1)[0]
        raise PydanticCustomError(
            "indented",
            'has the line "{line}" indented by four or more spaces, which the page would show as a code block; '
            "start it where the lines around it start",
            {"line": code.strip()},
        )
    return value


def _no_attributes(value: str) -> str:
    if match := _ATTRIBUTES.search(value):
        raise PydanticCustomError(
            "attributes",
            'contains "{found}", which would add attributes to the page; remove the braces and what is between them',
            {"found": match.group()},
        )
    return value


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


def _allowed_links(value: str) -> None:
    """Every link and image of the text, as the page's Markdown reads it, must be allowed."""
    _bounded_brackets(value)
    if "](" not in value and "]:" not in value and "<" not in value and "]" not in value:
        return  # no Markdown link or image can be formed (the common case: skip rendering)
    from ..data_text import link_text_problem, links, rendered_markdown

    markup = rendered_markdown(value)
    for tag, attribute, url in _LINK_ATTRIBUTE.findall(markup):
        url = html.unescape(url)
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
            raise PydanticCustomError("link", "{problem}", {"problem": problem})
    if title := _LINK_TITLE.search(markup):
        # [text](address "title"): a tooltip that can show another address than the link opens.
        raise PydanticCustomError(
            "link_title",
            'gives a link the title "{title}" (the text in quotes after its address), which shows as a tooltip; '
            'leave the title out: [text](address)',
            {"title": html.unescape(title.group(1))},
        )
    for url, name in links(markup):
        if problem := link_text_problem(name, url):
            raise PydanticCustomError("link_text", "{problem}", {"problem": problem})


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


def _not_blank(value: str) -> str:
    if not value.strip():
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


_Markdown = Annotated[
    str,
    AfterValidator(_not_blank),
    AfterValidator(_visible),
    AfterValidator(_no_markup),
    AfterValidator(_no_attributes),
    AfterValidator(_no_code_block),
    AfterValidator(_has_words),
    JsonSchema({"pattern": r"\S", "not": {"pattern": _MARKUP_JSON}}),
]
# After the rules above (the bracket check names its own problem); a one-line text has its own limit.
Text = Annotated[_Markdown, _at_most(TEXT_MAX, "a text (one section of a page)"), JsonSchema({"maxLength": TEXT_MAX})]

# A text from an outside system (PTV): printed as typed, never read as Markdown or HTML, so
# its `*`, `[x](…)` or `<b>` are plain characters (pages/environment.py `literal`).
PlainText = Annotated[str, AfterValidator(_not_blank), AfterValidator(_visible), JsonSchema({"pattern": r"\S"})]

# A label's text: braces hold its placeholders, which model/labels.py checks by name.
# Labels are headings, titles, link texts and short sentences: one line each (a line break put
# a paragraph inside a heading and raw Markdown into the page title).
LabelText = Annotated[str, AfterValidator(_not_blank), AfterValidator(_visible), AfterValidator(_no_markup),
                      AfterValidator(lambda value: _one_line(value)), AfterValidator(_has_words),
                      JsonSchema({"pattern": r"\S"})]

# A name, title or summary: one line of text.
_OneLine = Annotated[_Markdown, AfterValidator(_one_line), AfterValidator(_one_script),
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


def _no_formatting(value: str) -> str:
    if found := _FORMATTING.search(value):
        raise PydanticCustomError(
            "name_formatting",
            'has "{found}", which would make a link or formatting on the page; a name is plain text: remove it '
            "(a link belongs in a description)",
            {"found": found.group()},
        )
    return value


Name = Annotated[_OneLine, _at_most(NAME_MAX, "a name (it is a page title, a link and a search result)"),
                 AfterValidator(_no_formatting), AfterValidator(_plain_letters), JsonSchema({"allOf": [{"not": {"pattern": r"[\[\]*_`]"}}], "maxLength": NAME_MAX})]


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

# The same for several names in every language (an exam's other names): each a plain name, as
# the page, its JSON-LD (`alternateName`) and the search print them as written.
LocalizedNames = Annotated[dict[str, list[Name]], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]
