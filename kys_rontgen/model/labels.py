"""data/labels.yaml: the words that frame generated pages (headings, link texts), per language.

A label may hold `{placeholders}`: plain names that a page fills in (never str.format, which
would evaluate `{name.__class__}` or pad to `{min:>2000000000}`). Which label takes which
names is declared here; which labels exist is what the templates and the theme use
(kys_rontgen/label_usage.py), passed in the validation context as `label_keys`.
"""
from __future__ import annotations

import difflib
import re

from pydantic import RootModel, ValidationError, ValidationInfo, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from .texts import LocalizedLabel

# label key -> the placeholder names a page fills in (every other label takes none).
PLACEHOLDERS: dict[str, frozenset[str]] = {
    "finder_count_many": frozenset({"count"}),  # filled in by the finder's script
    "finder_count_none": frozenset({"total"}),  # how many municipalities the site has
    "municipality_title": frozenset({"name"}),
    "municipality_description": frozenset({"name"}),
    "municipality_localities": frozenset({"names"}),
    "place_elsewhere": frozenset({"where"}),  # the municipality's in_name: "Kuopiossa"
    "exam_duration_range": frozenset({"min", "max"}),
    "exam_duration_single": frozenset({"minutes"}),  # a duration whose min and max are the same
    "accessibility_feedback_answer": frozenset({"who", "days"}),
    "accessibility_supervisor_intro": frozenset({"days"}),
    "accessibility_supervisor_intro_form": frozenset({"days"}),
    "night_emergency_place": frozenset({"place", "address"}),
}

_BRACES = re.compile(r"\{([^{}]*)\}|[{}]")
_NAME = re.compile(r"[a-z_]+")


def filled(text: str, values: dict[str, str]) -> str:
    """`{name}` replaced by values["name"]; other placeholders (filled in by a script) are kept."""
    return _BRACES.sub(lambda m: values.get(m.group(1), m.group()) if m.group(1) is not None else m.group(), text)


def _problem(key: str, text: str) -> str | None:
    allowed = PLACEHOLDERS.get(key, frozenset())
    for match in _BRACES.finditer(text):
        name = match.group(1)
        shown = ", ".join(f"{{{n}}}" for n in sorted(allowed)) or "none"
        if name is None or not _NAME.fullmatch(name) or name not in allowed:
            return (f'has "{match.group()}", which is not a placeholder of this label (it takes: {shown}); '
                    "write the placeholder exactly as shown or remove the braces")
    # A placeholder left out drops a fact silently (the 14 days to answer, a duration's upper end).
    if left_out := sorted(allowed - {match.group(1) for match in _BRACES.finditer(text)}):
        return (f"leaves out {', '.join(f'{{{n}}}' for n in left_out)}, which the page fills in; keep every "
                f"placeholder: {', '.join(f'{{{n}}}' for n in sorted(allowed))}")
    return None


def unknown_label(hint: str) -> str:
    """What an editor reads for a key no page uses (`hint`: 'did you mean "…"? ' or nothing)."""
    return f"is not a label any page uses; {hint}correct the name or remove it"


def _error(kind: str, message: str, loc: tuple, value) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(kind, message), loc=loc, input=value)


class Labels(RootModel[dict[str, LocalizedLabel]]):
    def __getitem__(self, key: str) -> dict[str, str]:
        return self.root[key]

    @model_validator(mode="after")
    def _known_keys_and_placeholders(self, info: ValidationInfo):
        problems = []
        for key, texts in self.root.items():
            for lang, text in texts.items():
                problem = _problem(key, text)
                if problem:
                    problems.append(_error("placeholder", problem, (key, lang), text))
        used = (info.context or {}).get("label_keys")
        if used is not None:
            required, optional_prefixes = used
            missing = required - self.root.keys()
            for key in self.root:
                if key not in required and not key.startswith(optional_prefixes):
                    close = difflib.get_close_matches(key, sorted(missing), n=1, cutoff=0.6)
                    hint = f'did you mean "{close[0]}"? ' if close else ""
                    missing -= set(close)  # a misspelt key is one problem, not two
                    problems.append(_error("unknown_label", unknown_label(hint), (key,), key))
            for key in sorted(missing):
                problems.append(_error(
                    "missing_label", f'the label "{key}" is missing; add it with its text in every language', (), key,
                ))
        if problems:
            raise ValidationError.from_exception_data("labels", problems)
        return self

    @model_validator(mode="after")
    def _words_and_distinct_headings(self, info: ValidationInfo):
        """A label shows words (a "–" or "🏥" alone heads nothing), and the section headings of one page
        differ: a screen reader's list of headings and the exam pages' jump list read them alike."""
        problems = [
            _error("label_no_words", "has no letter or digit; write the words the page shows here", (key, lang), text)
            for key, texts in self.root.items() for lang, text in texts.items()
            if not any(character.isalnum() for character in text)
        ]
        for page, keys in sorted(((info.context or {}).get("page_headings") or {}).items()):
            for lang in {lang for key in keys if key in self.root for lang in self.root[key]}:
                first: dict[str, str] = {}
                for key in (key for key in self.root if key in keys and lang in self.root[key]):
                    words = " ".join(self.root[key][lang].casefold().split())
                    if words not in first:
                        first[words] = key
                        continue
                    name = page.removesuffix(".md.j2").replace("_", " ")
                    problems.append(InitErrorDetails(type=PydanticCustomError(
                        "same_heading",
                        f"is the same as {first[words]}, another section heading of the {name} page; a reader (a screen "
                        "reader's list of headings, the page's jump list) cannot tell the two apart: give each heading "
                        "its own words", {"see": (first[words], lang)}), loc=(key, lang), input=self.root[key][lang]))
        if problems:
            raise ValidationError.from_exception_data("labels", problems)
        return self
