"""Read YAML files keeping the line and column of every value.

libyaml (PyYAML's C parser) builds the node tree with the position of every node; we turn
it into plain dicts and lists plus a table of positions, so that a validation error can
name the line an editor must fix. Scalars follow the YAML 1.2 core schema, as editors'
IDEs do: `no`, `on` and `08:00` stay text; only true/false are booleans. Dates stay text
too and the models parse them, so an impossible date is reported on its own line.
(ruamel.yaml keeps positions as well, but its pure-Python round-trip parser is ten times
slower, and `make check` must answer at once.)
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

Loc = tuple[str | int, ...]


@dataclass
class YamlSource:
    """A parsed YAML file: its plain data and where each path in it starts (1-based)."""

    path: Path
    data: object
    positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    # What the editor typed for values YAML did not read as text (`091`, read as 91).
    written: dict[Loc, str] = field(default_factory=dict)
    # Texts written line by line (a `|` block): the file line of the text's first line, its indent
    # and the text, so that a problem inside the text is shown on its own line.
    blocks: dict[Loc, tuple[int, int, str]] = field(default_factory=dict)

    def position(self, loc: Loc) -> tuple[int, int]:
        """Line and column of `loc`, or of its nearest parent that has one."""
        loc = tuple(loc)
        while loc:
            if loc in self.positions:
                return self.positions[loc]
            loc = loc[:-1]
        return self.positions.get((), (1, 1))

    def position_in_text(self, loc: Loc, text: str, offset: int) -> tuple[int, int]:
        """Line and column of character `offset` of the text at `loc` where the file shows the text
        line by line; else those of `loc` (a text on one line, or folded by YAML)."""
        block = self.blocks.get(tuple(loc))
        if block is None or block[2] != text or not 0 <= offset <= len(text):
            return self.position(loc)
        first, indent, _ = block
        return first + text.count("\n", 0, offset), indent + offset - (text.rfind("\n", 0, offset) + 1) + 1


class YamlSyntaxError(Exception):
    def __init__(self, path: Path, line: int, column: int, message: str):
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


class _Loader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):
    """YAML 1.2 core schema: null, true/false, numbers; everything else is text."""

    yaml_implicit_resolvers: dict = {}


for _tag, _pattern, _first in [
    ("null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("bool", r"true|True|TRUE|false|False|FALSE", list("tTfF")),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", list("-+0123456789")),
    ("float", r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)",
     list("-+.0123456789")),
]:
    _Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(f"^(?:{_pattern})$"), _first)


def _construct_int(loader, node) -> int:
    text = node.value.replace("_", "")
    try:
        if text.startswith(("0o", "0x")):
            return int(text[2:], 8 if text[1] == "o" else 16)
        return int(text, 10)  # 1.2: a leading zero is not octal
    except ValueError:  # Python refuses numbers of over 4300 digits (CVE-2020-10735)
        raise _Refused(node, f"a number of {len(text)} digits cannot be right; check it, or put it in quotes") from None


def control_character_problem(character: str) -> str:
    """The same words for an invisible character, whether the YAML reader or a field finds it."""
    return (f"contains the invisible control character U+{ord(character):04X}, which a page cannot show "
            "(it often comes with text copied from another program); delete it, or retype the text")


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)

# libyaml's wording, and what an editor should do about it.
_HINTS = {
    "found character that cannot start any token": "a character cannot start a value here (a `@`, a backquote or a tab?); put the text in quotes",
    "mapping values are not allowed in this context": "a colon is in the wrong place; if a text contains \": \", put the whole text in quotes",
    "could not find expected ':'": "a line is missing its \"field: value\" colon, or a quote is not closed",
    "did not find expected key": "the indentation does not line up; indent this line like the other fields of its block",
    "did not find expected '-' indicator": "the indentation does not line up; indent this line like the other items of its list",
    "found undefined alias": "a value starts with `*`; put the text in quotes",
    "found unexpected end of stream": "a quote is not closed; end the text with the same quote it starts with",
    "did not find expected ',' or ']'": "a list in [brackets] is not closed; add the closing ]",
    "did not find expected ',' or '}'": "a block in {braces} is not closed; add the closing }",
    "found invalid Unicode character escape code": 'a "\\u…" in a quoted text is not a character a page can show; '
                                                   "write the character itself, or remove the backslash",
    "found unknown escape character": 'a backslash in a "double-quoted" text starts an escape YAML does not know; '
                                      "write \\\\ for a backslash, or use 'single quotes'",
}


_UNCLOSED = ("found unexpected end of stream", "did not find expected ',' or")
# A value that opens a quote: `key: "…`, `- '…`, `[…, "…`.
_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s:#"'][^:#]*:\s+)?(["'])""")


def _unclosed_quote(text: str, before_line: int) -> tuple[int, int] | None:
    """Where a quote opens that its line does not close, before the line libyaml stopped at.

    A quoted text may go on over several lines, so libyaml only notices much later, at a
    line that has nothing wrong with it; editors almost never mean a quote to span lines.
    """
    for number, line in enumerate(text.splitlines()[:before_line], 1):
        match = _QUOTED_VALUE.match(line)
        if not match:
            continue
        quote, rest = match.group(1), line[match.end():]
        closed = re.search(r'(?<!\\)"' if quote == '"' else r"'(?!')", rest.replace("''", ""))
        if not closed:
            return number, match.start(1) + 1
    return None


def _invisible_at(text: str, mark) -> tuple[int, str] | None:
    """(column, message) of an invisible character on the line YAML stopped at (a byte-order mark
    U+FEFF pasted inside the file): the editor cannot see why the line does not parse."""
    from .model.texts import invisible_character

    lines = text.splitlines()
    line = lines[mark.line] if mark and mark.line < len(lines) else ""
    if not (character := invisible_character(line)):
        return None
    return line.index(character) + 1, (
        f"the line has the invisible character U+{ord(character):04X} "
        f"({unicodedata.name(character, 'format character').lower()}), which YAML cannot read here (it often comes "
        "with text copied from another program); delete it, or retype the start of the line")


def _syntax_hint(problem: str, text: str, mark) -> str:
    line = text.splitlines()[mark.line] if mark and mark.line < len(text.splitlines()) else ""
    if "\t" in line[: max(mark.column, 0) + 1 if mark else 0]:
        return "a tab character is used for indentation; indent with spaces only"
    for start, hint in _HINTS.items():
        if problem.startswith(start):
            return hint
    return f"{problem}; check the indentation and quotes on this line and the one before"


class _Duplicate(Exception):
    def __init__(self, node, key: str, first_line: int):
        self.node, self.key, self.first_line = node, key, first_line


class _Refused(Exception):
    def __init__(self, node, message: str, loc: Loc = (), mark=None):
        # `mark`: where inside the node, when that is not its start (a comment within a line).
        self.mark, self.message, self.loc = mark or node.start_mark, message, loc


# Far above any real data file (the largest has a few thousand values), far below what
# exhausts memory: an alias bomb ("billion laughs") stops here at once.
MAX_VALUES = 200_000
# The same for text: the largest data file holds about 40 000 characters. A long text
# repeated by aliases is only a few values, but would make a page of hundreds of MB.
MAX_CHARACTERS = 2_000_000


def _plain(loader, node, loc: Loc, positions: dict[Loc, tuple[int, int]], walk: dict | None = None) -> object:
    # `walk`: the nodes being expanded (an alias inside its own anchor never ends) and a count.
    walk = walk if walk is not None else {"open": set(), "count": 0, "characters": 0, "written": {}, "blocks": {}, "lines": []}
    walk["count"] += 1
    if isinstance(node, yaml.ScalarNode):
        walk["characters"] += len(node.value)
        if walk["characters"] > MAX_CHARACTERS:
            raise _Refused(node, f"the file holds more than {MAX_CHARACTERS} characters of text once its aliases "
                                "`*name` are written out (an anchor `&name` repeated again and again?); no data file "
                                "of this site is that big: write the values out or remove the aliases", loc[:1])
    if walk["count"] > MAX_VALUES:
        raise _Refused(node, f"the file expands to more than {MAX_VALUES} values (aliases `*name` repeating an "
                            "anchor `&name` again and again?); write the values out or remove the aliases", loc[:1])
    if id(node) in walk["open"]:
        raise _Refused(node, "an alias `*name` is inside the anchor `&name` it repeats, which never ends; "
                            "remove the alias or write the value out")
    explicit = _explicit_tag(loader, node)
    if explicit:
        raise _Refused(node, f"the value carries the YAML tag `{explicit}`, which this site's data never needs (a tag can "
                            "hide text from a reviewer or turn it into something else); remove the tag, and put the "
                            "value in quotes if it must be text")
    if isinstance(node, yaml.ScalarNode) and not node.style:  # plain, not quoted or a block
        _comment_after_text(node, walk["lines"])
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        walk["open"].add(id(node))
        try:
            return _collection(loader, node, loc, positions, walk)
        finally:
            walk["open"].discard(id(node))
    value = loader.construct_object(node, deep=True)
    if not isinstance(value, str) and isinstance(node, yaml.ScalarNode):
        walk["written"][loc] = _comment_as_value(node, walk["lines"]) if value is None else node.value
    elif isinstance(node, yaml.ScalarNode) and node.style == "|" and "\n" in value.strip():
        _block(node, value, loc, walk)
    return value


def _block(node, value: str, loc: Loc, walk: dict) -> None:
    """Record where a `|` block's text stands in the file, if each of its lines is there as written
    (an indentation indicator or a tab could make it otherwise: then none is recorded)."""
    lines, first = walk["lines"], node.start_mark.line + 1  # the line after the "|"
    texts = value.split("\n")
    written = next((line for line in lines[first:first + len(texts)] if line.strip()), "")
    indent = len(written) - len(written.lstrip(" "))
    for index, text in enumerate(texts):
        line = lines[first + index] if first + index < len(lines) else ""
        if (line[indent:] if line.strip() else "") != text and text:
            return
    walk["blocks"][loc] = (first + 1, indent, value)


def _comment_as_value(node, lines: list[str]) -> str:
    """For an empty value followed by a comment (`fi: # Otsikko`), the comment: the editor meant it as
    the text (validation.py says so); else what was written."""
    line = lines[node.end_mark.line] if node.end_mark.line < len(lines) else ""
    rest = line[node.end_mark.column:].strip() if not node.value else ""
    return rest if rest.startswith("#") else node.value


_DEFAULT_TAGS = {yaml.MappingNode: "tag:yaml.org,2002:map", yaml.SequenceNode: "tag:yaml.org,2002:seq"}


def _explicit_tag(loader, node) -> str | None:
    """The tag an editor wrote (`!!binary`, `!!str 091`), if it differs from what YAML reads by itself.

    libyaml keeps no flag for a written tag, so compare with the tag the value would get without one.
    """
    if isinstance(node, yaml.ScalarNode):
        implicit = loader.resolve(yaml.ScalarNode, node.value, (not node.style, bool(node.style)))
    else:
        implicit = _DEFAULT_TAGS[type(node)]
    if node.tag == implicit:
        return None
    return node.tag.replace("tag:yaml.org,2002:", "!!")


def _comment_after_text(node, lines: list[str]) -> None:
    """Refuse `text: two words #more`: YAML drops `#more` as a comment, and the page loses it silently.

    Only a text of several words counts: `status: partially  # fully | partially` is an editor's note.
    """
    if not isinstance(node.value, str) or not re.search(r"\s", node.value):
        return
    line = lines[node.end_mark.line] if node.end_mark.line < len(lines) else ""
    rest = line[node.end_mark.column:]
    match = re.match(r"\s+#", rest)
    if match:
        dropped = rest[match.end() - 1:].strip()
        column = node.end_mark.column + match.end()
        at_hash = yaml.error.Mark("", 0, node.end_mark.line, column - 1, None, None)
        raise _Refused(node, loc=(), mark=at_hash, message=(
                      f"the text goes on after \" #\", which YAML reads as the start of a comment, so \"{dropped[:40]}\" "
                      "is left out of the text; put the whole text in quotes"))


def _plain_key(key_node) -> None:
    """Refuse the field names no data file has, which YAML would read as another name than shown."""
    key = key_node.value
    if key == "<<" and not key_node.style:
        raise _Refused(key_node, "`<<` (a YAML merge key, which copies the fields of an anchor `&name`) is not "
                                "supported in this site's data: a reviewer cannot see which fields it adds; write the "
                                "fields out")
    if key_node.style and key != key.strip():
        raise _Refused(key_node, f'the field name "{key}" has a space inside its quotes, so it is another name than '
                                f'"{key.strip()}"; remove the space: {key.strip()}:')


def _collection(loader, node, loc: Loc, positions: dict[Loc, tuple[int, int]], walk: dict) -> object:
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):  # `? [a, b]: …`; its text could be an alias bomb
                raise _Refused(key_node, "a field name here is a list or block (`? …`), not a text; write the field name as plain text")
            key = key_node.value
            _plain_key(key_node)
            here = loc + (key,)
            if key in result:
                raise _Duplicate(key_node, key, positions[here][0])
            positions[here] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _plain(loader, value_node, here, positions, walk)
        return result
    items = []
    for index, item_node in enumerate(node.value):
        positions[loc + (index,)] = (item_node.start_mark.line + 1, item_node.start_mark.column + 1)
        items.append(_plain(loader, item_node, loc + (index,), positions, walk))
    return items


def load_yaml(path: Path, display_path: Path | None = None) -> YamlSource:
    """Parse one YAML file; raise YamlSyntaxError with its line on bad syntax."""
    shown = display_path or path
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise YamlSyntaxError(shown, 1, 1, f"YAML syntax: the file is not UTF-8 text ({error.reason}); save it as UTF-8") from None
    except IsADirectoryError:
        raise YamlSyntaxError(shown, 1, 1, "is a folder, not a file; remove the folder and restore the file from git") from None
    except OSError as error:  # permissions, a broken link: one line, not a traceback
        raise YamlSyntaxError(shown, 1, 1, f"cannot be read ({error.strerror}); restore the file from git") from None
    loader = _Loader(text)
    positions: dict[Loc, tuple[int, int]] = {(): (1, 1)}
    try:
        root = loader.get_single_node()
        walk: dict = {"open": set(), "count": 0, "characters": 0, "written": {}, "blocks": {}, "lines": text.splitlines()}
        data = None if root is None else _plain(loader, root, (), positions, walk)
    except yaml.MarkedYAMLError as error:
        problem = (error.problem or error.context or "invalid YAML").strip()
        # An unclosed quote or bracket is found at the end of the file; show where it opened.
        opened = problem.startswith(_UNCLOSED) and error.context_mark is not None
        mark = error.context_mark if opened else (error.problem_mark or error.context_mark)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if "escape" in problem and mark:  # libyaml points inside the escape: show its backslash
            col = text.splitlines()[mark.line].rfind("\\", 0, mark.column + 1) + 1 or col
        if invisible := _invisible_at(text, mark):
            raise YamlSyntaxError(shown, line, invisible[0], "YAML syntax: " + invisible[1]) from None
        quote = _unclosed_quote(text, line)
        if quote:
            raise YamlSyntaxError(shown, *quote, "YAML syntax: " + _HINTS["found unexpected end of stream"]) from None
        raise YamlSyntaxError(shown, line, col, f"YAML syntax: {_syntax_hint(problem, text, mark)}") from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow anywhere in a file
        # libyaml counts bytes of UTF-8, PyYAML's own reader characters.
        at = len(text.encode("utf-8")[:error.position].decode("utf-8", "ignore")) if yaml.__with_libyaml__ else error.position
        line = text.count("\n", 0, at) + 1
        column = at - text.rfind("\n", 0, at)
        raise YamlSyntaxError(shown, line, column, "YAML syntax: the file " + control_character_problem(chr(error.character))) from None
    except RecursionError:  # thousands of nested brackets: no data file is shaped like that
        raise YamlSyntaxError(shown, 1, 1, "YAML: the file is nested too deeply to be data of this site; restore it from git") from None
    except _Duplicate as duplicate:
        mark = duplicate.node.start_mark
        raise YamlSyntaxError(
            shown, mark.line + 1, mark.column + 1,
            f'YAML syntax: "{duplicate.key}" appears twice in the same block (first on line {duplicate.first_line}); '
            "keep one and remove or rename the other",
        ) from None
    except _Refused as too_big:
        # An alias bomb is reported at the top-level entry that grows too big.
        mark = too_big.mark
        line, col = positions.get(too_big.loc, (mark.line + 1, mark.column + 1)) if too_big.loc else (mark.line + 1, mark.column + 1)
        raise YamlSyntaxError(shown, line, col, f"YAML: {too_big.message}") from None
    finally:
        loader.dispose()
    return YamlSource(shown, data, positions, walk["written"], walk["blocks"])
