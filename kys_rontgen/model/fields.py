"""Field types shared by every data file.

Field names follow the Suomi.fi service catalogue (PTV) where one fits, so that the data
could later be synchronised with the national catalogue.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated

import phonenumbers
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, ValidationInfo
from pydantic_core import InitErrorDetails, PydanticCustomError

# Anything that looks like an HTML tag or a script URL: data text is never rendered raw.
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!]|javascript:", re.IGNORECASE)


class Strict(BaseModel):
    """Base of every data record: unknown fields are errors (a typo must not vanish)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _no_markup(value: str) -> str:
    if _MARKUP.search(value):
        raise PydanticCustomError(
            "markup",
            "contains HTML or a script; write plain text (Markdown **bold**, lists and [links](https://…) are fine)",
        )
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "is empty; write the text or remove the field")
    return value


Text = Annotated[str, AfterValidator(_not_blank), AfterValidator(_no_markup)]


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


# {"fi": "...", "en": "..."}: one text in every configured language, side by side.
Localized = Annotated[dict[str, Text], AfterValidator(_all_languages)]


def _finnish_phone(value: str) -> str:
    try:
        number = phonenumbers.parse(value, "FI")
    except phonenumbers.NumberParseException:
        number = None
    short_service = value.replace(" ", "") in {"112", "116117"}
    if not short_service and (number is None or not phonenumbers.is_valid_number(number)):
        raise PydanticCustomError(
            "phone",
            '"{value}" is not a valid Finnish phone number; write it as 017 123 4567 or +358 17 123 4567',
            {"value": value},
        )
    return value


def _quoted_phone(value: object) -> object:
    # YAML reads 0401234567 as the integer 401234567: the leading zero is already lost.
    if isinstance(value, int) and not isinstance(value, bool):
        raise PydanticCustomError(
            "phone_not_text",
            'was read as the number {value}; put the phone number in quotes ("040 123 4567") so its leading zero is kept',
            {"value": value},
        )
    return value


PhoneNumber = Annotated[str, BeforeValidator(_quoted_phone), AfterValidator(_finnish_phone)]

HttpsUrl = Annotated[
    str,
    Field(pattern=r"^https://[^\s/]+\.[^\s]+$"),
]

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


# Sources may be old http:// pages; links shown to residents must be https.
SourceUrl = Annotated[str, Field(pattern=r"^https?://[^\s/]+\.[^\s]+$")]


class Sourced(Strict):
    """Every fact record says where it came from and when someone last checked it."""

    source: SourceUrl | list[SourceUrl]
    checked: date


def reject_duplicates(items: list, key: str, what: str, at: tuple[str, ...] | None = None) -> list:
    """Fail on the second item whose `key` repeats an earlier one, at that item's line.

    Used by list validators: a ValidationError raised there keeps its location, so the
    editor is pointed at the duplicate itself, not at the top of the list. `at` is the
    field to point at when `key` is derived (a slug made from a name).
    """
    seen: dict = {}
    problems = []
    for index, item in enumerate(items):
        value = getattr(item, key)
        if value in seen:
            problems.append(InitErrorDetails(
                type=PydanticCustomError(
                    "duplicate",
                    "{what} \"{value}\" is already used by item {first} of this list; give each {what} its own value or remove the copy",
                    {"what": what, "value": value, "first": seen[value] + 1},
                ),
                loc=(index, *(at or (key,))),
                input=value,
            ))
        else:
            seen[value] = index
    if problems:
        raise ValidationError.from_exception_data("duplicates", problems)
    return items

# {"fi": ["...", "..."], "en": [...]}: a list of words or names in every configured language
# (other names and search keywords differ in number between languages).
LocalizedList = Annotated[dict[str, list[Text]], AfterValidator(_all_languages)]
