"""Read YAML files keeping the line and column of every value.

ruamel.yaml's round-trip loader remembers where each key and item stands; we turn its
objects into plain dicts and lists plus a table of positions, so that a validation
error can name the line an editor must fix.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

Loc = tuple[str | int, ...]


@dataclass
class YamlSource:
    """A parsed YAML file: its plain data and where each path in it starts (1-based)."""

    path: Path
    data: object
    positions: dict[Loc, tuple[int, int]] = field(default_factory=dict)

    def position(self, loc: Loc) -> tuple[int, int]:
        """Line and column of `loc`, or of its nearest parent that has one."""
        loc = tuple(loc)
        while loc:
            if loc in self.positions:
                return self.positions[loc]
            loc = loc[:-1]
        return self.positions.get((), (1, 1))


class YamlSyntaxError(Exception):
    def __init__(self, path: Path, line: int, column: int, message: str):
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


def _plain(node: object, loc: Loc, positions: dict[Loc, tuple[int, int]]) -> object:
    if isinstance(node, CommentedMap):
        result = {}
        for key, value in node.items():
            line, col = node.lc.key(key)
            positions[loc + (key,)] = (line + 1, col + 1)
            result[key] = _plain(value, loc + (key,), positions)
        return result
    if isinstance(node, CommentedSeq):
        result = []
        for index, value in enumerate(node):
            line, col = node.lc.item(index)
            positions[loc + (index,)] = (line + 1, col + 1)
            result.append(_plain(value, loc + (index,), positions))
        return result
    if isinstance(node, str):
        return str(node)  # drop ruamel's scalar-string subclasses
    return node


def load_yaml(path: Path, display_path: Path | None = None) -> YamlSource:
    """Parse one YAML file; raise YamlSyntaxError with its line on bad syntax."""
    shown = display_path or path
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        tree = yaml.load(path.read_text(encoding="utf-8"))
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = (error.problem or error.context or "invalid YAML").strip()
        raise YamlSyntaxError(shown, line, col, f"YAML syntax: {problem}") from None
    positions: dict[Loc, tuple[int, int]] = {(): (1, 1)}
    return YamlSource(shown, _plain(tree, (), positions), positions)
