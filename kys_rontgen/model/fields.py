"""Field types shared by every data file.

Field names follow the Suomi.fi service catalogue (PTV) where one fits, so that the data
could later be synchronised with the national catalogue. Every validator raises
`PydanticCustomError(kind, "<what is wrong>; <how to fix>")`: validation.py turns it into
the one line an editor reads. `located(...)` puts a `loc` in the error's context that points
at a field below the validated record (`closes` when it is not after `opens`), so the line
shown is the one to change.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, time
from typing import Annotated, Any, Union

import phonenumbers
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    ValidationInfo,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from .. import clock
from .names import WEEKDAYS

# Anything that looks like an HTML tag: data text is never rendered raw.
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]")
# An attribute list (`{: onclick=… }`, `{ .class }`): pages never take attributes from data.
_ATTRIBUTES = re.compile(r"\{[^{}\n]*\}")
# A character reference (`&#106;`, `&lt;`): it could spell markup the other checks do not see.
_REFERENCE = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?")
# The same rules for the JSON Schema (ECMA regex, no flags).
# (The IDE cannot render Markdown, so of the link rules it shows the commonest: script links.)
_MARKUP_JSON = (r"<\s*/?\s*[a-zA-Z!?]|\{[^{}\n]*\}|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);"
                r"|[Jj][Aa][Vv][Aa][Ss][Cc][Rr][Ii][Pp][Tt]:")
_LINK_ATTRIBUTE = re.compile(r'<(a|img)\b[^>]*?\s(href|src)="([^"]*)"')

class Strict(BaseModel):
    """Base of every data record: unknown fields are errors (a typo must not vanish)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class JsonSchema:
    """Annotation metadata: what the exported JSON Schema says about a value.

    Our checks are Python functions, which pydantic cannot export; this states the same rule
    for the editor's IDE (schemas/). `{"x-localized": True}` is filled in with the configured
    languages by kys_rontgen/schemas.py.
    """

    extra: dict
    replace: bool = False  # True: the schema is exactly `extra` (the value is not a plain string)

    def __hash__(self) -> int:
        return id(self)

    def __get_pydantic_json_schema__(self, core_schema, handler):
        if self.replace:
            return dict(self.extra)
        schema = handler(core_schema)
        schema.update(self.extra)
        return schema


def located(kind: str, message: str, at: tuple = (), **context: Any) -> PydanticCustomError:
    """An editor-facing error that points `at` a field below the value being validated."""
    return PydanticCustomError(kind, message, {**context, "loc": tuple(at)})


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


def _no_attributes(value: str) -> str:
    if match := _ATTRIBUTES.search(value):
        raise PydanticCustomError(
            "attributes",
            'contains "{found}", which would add attributes to the page; remove the braces and what is between them',
            {"found": match.group()},
        )
    return value


def _allowed_links(value: str) -> None:
    """Every link and image of the text, as the page's Markdown reads it, must be allowed."""
    if "](" not in value and "]:" not in value and "<" not in value and "]" not in value:
        return  # no Markdown link or image can be formed (the common case: skip rendering)
    from ..data_text import link_problem, rendered_markdown

    for tag, attribute, url in _LINK_ATTRIBUTE.findall(rendered_markdown(value)):
        url = html.unescape(url)
        problem = link_problem(url, embedded=attribute == "src")
        if problem is None and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url.strip()):
            # The same text stands on pages at different depths, and MkDocs does not rewrite
            # links inside generated HTML: a relative address would work on some pages only.
            problem = (f'"{url}" is a relative address, which data text cannot use (it would break on some pages); '
                       + ("leave the image out" if attribute == "src" else "write the full address, starting with https://"))
        if problem:
            raise PydanticCustomError("link", "{problem}", {"problem": problem})


def _one_line(value: str) -> str:
    if "\n" in value.strip() or "\r" in value.strip():
        raise PydanticCustomError(
            "one_line",
            "is more than one line; a name, title or summary must be one line (a line break would add a heading "
            "or a rule to the page): join the lines, or use a description field for longer text",
        )
    return value.strip()


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "is empty; write the text")
    return value


Text = Annotated[
    str,
    AfterValidator(_not_blank),
    AfterValidator(_no_markup),
    AfterValidator(_no_attributes),
    JsonSchema({"pattern": r"\S", "not": {"pattern": _MARKUP_JSON}}),
]

# A label's text: braces hold its placeholders, which model/labels.py checks by name.
LabelText = Annotated[str, AfterValidator(_not_blank), AfterValidator(_no_markup), JsonSchema({"pattern": r"\S"})]

# A name, title or summary: one line of text.
Line = Annotated[Text, AfterValidator(_one_line), JsonSchema({"pattern": r"^[^\n\r]*\S[^\n\r]*\n?$"})]


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
Localized = Annotated[dict[str, Text], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]

LocalizedLabel = Annotated[dict[str, LabelText], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]

# The same for a name, title or summary: one line in every language.
LocalizedLine = Annotated[dict[str, Line], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]

# {"fi": ["...", "..."], "en": [...]}: a list of words or names in every configured language
# (other names and search keywords differ in number between languages).
LocalizedList = Annotated[dict[str, list[Line]], AfterValidator(_all_languages), JsonSchema({"x-localized": True})]


def _checked_text(regex: str, kind: str, message: str, json_pattern: str | None = None):
    """A text that must match `regex`, with an editor's message instead of the regex."""
    compiled = re.compile(regex)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):
            raise PydanticCustomError(kind, message, {"value": value})
        return value

    return Annotated[str, AfterValidator(check), JsonSchema({"pattern": json_pattern or f"^(?:{regex})$"})]


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


PhoneNumber = Annotated[
    str, BeforeValidator(_quoted_phone), AfterValidator(_finnish_phone), JsonSchema({"pattern": r"^\+?[0-9][0-9 ()-]{1,20}$"})
]


def _email(value: str) -> str:
    # Imported here: it takes a tenth of a second, and most files hold no e-mail address.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)  # no network: checked offline
    except EmailNotValidError as error:
        raise PydanticCustomError(
            "email",
            '"{value}" is not a valid e-mail address ({reason}); write it as name@example.fi',
            {"value": value, "reason": str(error).rstrip(".")},
        ) from None
    return value


Email = Annotated[str, AfterValidator(_email), JsonSchema({"format": "email"})]

HttpsUrl = _checked_text(
    r"https://[^\s/]+\.[^\s]+",
    "https_url",
    '"{value}" is not a full https:// web address; write it as https://pshyvinvointialue.fi/…',
)

# Sources may be old http:// pages; links shown to residents must be https.
SourceUrl = _checked_text(
    r"https?://[^\s/]+\.[^\s]+",
    "source_url",
    '"{value}" is not a full web address; copy the address of the source page, starting with https://',
)

Slug = _checked_text(
    r"[a-z0-9]+(-[a-z0-9]+)*",
    "slug",
    '"{value}" is not a valid id; use lowercase a–z, digits and single hyphens, e.g. native-xray',
)

MunicipalityCode = _checked_text(
    r"[0-9]{3}",
    "municipality_code",
    '"{value}" is not a municipality code; write the three-digit Statistics Finland code in quotes, e.g. "297"',
)

PostalCode = _checked_text(
    r"[0-9]{5}",
    "postal_code",
    '"{value}" is not a postal code; write the five digits in quotes, e.g. "70100"',
)


# --- Dates -----------------------------------------------------------------------------


def today(info: ValidationInfo | None) -> date:
    """The date validation compares with: the build's moment, injected through the context by
    load_dataset; a model validated alone (tests) falls back to the one clock."""
    injected = ((info.context if info else None) or {}).get("today")
    return injected or clock.now().date()


def _not_in_future(value: date, info: ValidationInfo) -> date:
    now = today(info)
    if value > now:
        raise PydanticCustomError(
            "date_in_future",
            "{value} is in the future (today is {today}); write the day it actually happened, today or earlier",
            {"value": value.isoformat(), "today": now.isoformat()},
        )
    return value


# A date that has happened: when a fact was checked, when a page was reviewed.
PastDate = Annotated[date, AfterValidator(_not_in_future)]


class Sourced(Strict):
    """Every fact record says where it came from and when someone last checked it."""

    source: SourceUrl | list[SourceUrl]
    checked: PastDate


REVIEW_INTERVAL_MAX_DAYS = 366  # reviewed pages are reviewed at least once a year


class Reviewed(Strict):
    """A page whose content someone reviews on a schedule (NHS: last reviewed / next review due)."""

    last_reviewed: PastDate
    next_review_due: date

    @model_validator(mode="after")
    def _review_window(self):
        days = (self.next_review_due - self.last_reviewed).days
        dates = {"due": self.next_review_due.isoformat(), "reviewed": self.last_reviewed.isoformat()}
        if days <= 0:
            raise located(
                "review_order", "{due} is not after last_reviewed {reviewed}; set a later date",
                at=("next_review_due",), **dates,
            )
        if days > REVIEW_INTERVAL_MAX_DAYS:
            raise located(
                "review_too_far",
                "{due} is more than a year after last_reviewed {reviewed}; pages are reviewed at least yearly, set an earlier date",
                at=("next_review_due",), **dates,
            )
        return self


# --- Opening hours (PTV: standard service hours and exceptions) ---------------------------
# Shared by every record with hours (locations, phone lines). Times are datetime.time.


def _weekday(value: str) -> str:
    if value not in WEEKDAYS:
        raise PydanticCustomError(
            "weekday", '"{value}" is not a weekday; use mo, tu, we, th, fr, sa or su', {"value": value}
        )
    return value


Weekday = Annotated[str, AfterValidator(_weekday), JsonSchema({"enum": list(WEEKDAYS)})]

_CLOCK_JSON = r"^(([01]?[0-9]|2[0-3])[.:][0-5][0-9]|24[.:]00)$"


def _clock(value: object) -> time:
    """"8.00", "08:00" or 8.00 (which YAML reads as a number) -> 08:00."""
    if isinstance(value, time):
        return value
    text = f"{value:.2f}" if isinstance(value, float) else str(value)
    hours, separator, minutes = text.replace(":", ".").partition(".")
    if hours.isdigit() and separator and minutes.isdigit() and len(minutes) == 2:
        if int(hours) < 24 and int(minutes) < 60:
            return time(int(hours), int(minutes))
        if (int(hours), int(minutes)) == (24, 0):
            return time.max.replace(second=0, microsecond=0)  # 24.00, open until midnight
    raise PydanticCustomError(
        "clock", '"{value}" is not a time of day; write it as 8.00 or 08:00 (24-hour clock)', {"value": text}
    )


Clock = Annotated[
    time,
    BeforeValidator(_clock),
    JsonSchema({"anyOf": [{"type": "string", "pattern": _CLOCK_JSON}, {"type": "number"}]}, replace=True),
]


def _closes_after_opens(opens: time | None, closes: time | None) -> None:
    if opens is not None and closes is not None and closes <= opens:
        raise located(
            "hours_order",
            "closes at {closes}, which is not after it opens at {opens}; check the times (24-hour clock: 15.00, not 3.00)",
            at=("closes",),
            opens=opens.strftime("%H:%M"),
            closes=closes.strftime("%H:%M"),
        )


class WeeklyHours(Strict):
    """Open (or answering the phone) on these weekdays between these times."""

    days: Annotated[list[Weekday], Field(min_length=1)]
    opens: Clock
    closes: Clock

    @model_validator(mode="after")
    def _order(self):
        _closes_after_opens(self.opens, self.closes)
        return self


class ExceptionHours(Strict):
    """Different hours, or closed, from valid_from to valid_to (one day if valid_to is left out)."""

    valid_from: date
    valid_to: date | None = None
    closed: bool = False
    opens: Clock | None = None
    closes: Clock | None = None
    reason: Localized | None = None

    @model_validator(mode="after")
    def _consistent(self):
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise located(
                "date_order",
                "valid_to {to} is before valid_from {start}; swap them or correct the date",
                at=("valid_to",),
                to=self.valid_to.isoformat(),
                start=self.valid_from.isoformat(),
            )
        has_hours = self.opens is not None or self.closes is not None
        if self.closed and has_hours:
            raise located(
                "closed_with_hours", "is marked closed but also has opening times; remove one of them", at=("closed",)
            )
        if not self.closed and (self.opens is None or self.closes is None):
            raise PydanticCustomError(
                "exception_hours", "needs both `opens` and `closes`, or `closed: true`; add what is missing"
            )
        _closes_after_opens(self.opens, self.closes)
        return self

    @property
    def last_day(self) -> date:
        return self.valid_to or self.valid_from


class OpeningHours(Strict):
    standard: list[WeeklyHours] = []
    exceptions: list[ExceptionHours] = []

    def current_exceptions(self, today: date) -> list[ExceptionHours]:
        """Exceptions not yet over, soonest first (pages show them before the weekly hours)."""
        return sorted((e for e in self.exceptions if e.last_day >= today), key=lambda e: e.valid_from)


# --- Rules across records ----------------------------------------------------------------


def _attribute(item: Any, path: str) -> Any:
    for part in path.split("."):
        item = item.get(part) if isinstance(item, dict) else getattr(item, part, None)
    return item


def unique_by(*keys: str | tuple[str, str, str]) -> AfterValidator:
    """Annotation for a list of records: no two items share a value of any of `keys`.

    A key is an attribute path ("id", "code", "name.fi"), or for a derived value such as a
    page name made from a name, (property, field to point at, what to call it):
    `Annotated[list[Municipality], unique_by("code", ("slug", "name.fi", "page name"))]`.
    Every copy is reported at its own line, with the line of the first one.
    """
    rules = [(key, key, key) if isinstance(key, str) else key for key in keys]

    def check(items: list) -> list:
        problems = []
        for key, shown, what in rules:
            at = tuple(shown.split("."))
            first: dict = {}
            for index, item in enumerate(items):
                value = _attribute(item, key)
                if value is None:
                    continue
                if value in first:
                    problems.append(InitErrorDetails(
                        type=PydanticCustomError(
                            "duplicate",
                            '"{value}" is used twice; give each one its own {what}',
                            {"value": value, "what": what, "see": (first[value], *at)},
                        ),
                        loc=(index, *at),
                        input=value,
                    ))
                else:
                    first[value] = index
        if problems:
            # Raised from a validator, a ValidationError keeps each problem's own location.
            raise ValidationError.from_exception_data("duplicates", problems)
        return items

    return AfterValidator(check)


@dataclass(frozen=True)
class Reference:
    """Annotation: the value names a record in another data file (checked in dataset.py)."""

    file: str  # "locations.yaml"
    collection: str  # the top-level list in it: "locations"
    key: str  # the field that identifies a record: "id"


LocationRef = Annotated[Slug, Reference("locations.yaml", "locations", "id")]
ExamRef = Annotated[Slug, Reference("exams.yaml", "exams", "id")]
MunicipalityRef = Annotated[MunicipalityCode, Reference("municipalities.yaml", "municipalities", "code")]


class MissingFact(Strict):
    """A fact looked for and not found, recorded as such: `feedback_email: {missing: "not published"}`.

    Pages say plainly that it is not known; `make report` lists every one.
    """

    missing: Text  # for editors: what was looked for, where, when


def _known_or_missing(value: Any) -> str:
    return "missing" if isinstance(value, dict) and "missing" in value else "known"


def known_or_missing(annotation: Any) -> Any:
    """`feedback_email: known_or_missing(Email)`: the fact, or a MissingFact saying it is not known."""
    return Annotated[
        Union[Annotated[annotation, Tag("known")], Annotated[MissingFact, Tag("missing")]],
        Discriminator(_known_or_missing),
    ]


META_DESCRIPTION_MAX = 160  # what search engines show under a result


def _fits_meta_description(value: dict[str, str]) -> dict[str, str]:
    for lang, text in value.items():
        if len(text) > META_DESCRIPTION_MAX:
            raise PydanticCustomError(
                "too_long",
                "the {lang} text has {length} characters; it is the page's description in search results, "
                "which shows at most {most}: shorten it",
                {"lang": lang, "length": len(text), "most": META_DESCRIPTION_MAX},
            )
    return value


# A Localized text that is also a page's meta description (search result snippet).
Summary = Annotated[LocalizedLine, AfterValidator(_fits_meta_description)]
