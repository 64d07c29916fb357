"""data/municipalities.yaml: the municipalities of the county, and which locations serve each."""
from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from .base import JsonSchema, Strict, located
from .contact import HttpsUrl
from .identifiers import LocationRef, MunicipalityCode, listed_once, unique_by
from .provenance import Sourced
from .texts import Localized, LocalizedLine, Name
from .names import fold, slugify

LocationId = LocationRef  # an `id` in data/locations.yaml (checked across files in dataset.py)


class OfficialNames(Strict):
    """Official names are not translations: English uses the Finnish name."""

    fi: Name
    sv: Name
    en: Name


# Kuopio, the most, names 6; a municipality with many villages fits, a pasted list does not.
LOCALITIES_MAX = 40


def _few_localities(value: list[str]) -> list[str]:
    if len(value) > LOCALITIES_MAX:
        raise PydanticCustomError(
            "too_many_localities",
            "lists {count} localities; a municipality has at most {most} (former municipalities and villages that "
            "name a health station): keep those and remove the others",
            {"count": len(value), "most": LOCALITIES_MAX},
        )
    return value


_NOT_WRITTEN = object()  # the municipalities list, when the file has none


def _one_or_more(value: object) -> object:
    return [value] if isinstance(value, str) else value


_ONE_ID = {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}
_ONE_OR_MORE_IDS = JsonSchema({"anyOf": [_ONE_ID, {"type": "array", "items": _ONE_ID}]}, replace=True)


class Municipality(Sourced):
    code: MunicipalityCode
    name: OfficialNames
    # "In the municipality" as a sentence says it (Kuopiossa, Kaavilla; in Kuopio): Finnish
    # inflects the name by its own rules, so it is written, not derived.
    in_name: LocalizedLine
    health_centres: Annotated[list[LocationId], listed_once("id")] = []  # left empty when no public source names them
    # Former municipalities and villages inside it that still name health stations (Nilsiä for
    # Kuopio): the finder finds the municipality by them too. Their source goes in `source`.
    # At most LOCALITIES_MAX: each is a word in the finder's search key on the directory page.
    localities: Annotated[list[Name], AfterValidator(_few_localities), listed_once("locality", key=fold),
                          JsonSchema({"maxItems": LOCALITIES_MAX})] = []
    # One location, or several when the invitation letter decides which (Kuopio or Iisalmi).
    screening_location: Annotated[list[LocationId], BeforeValidator(_one_or_more), listed_once("id"), _ONE_OR_MORE_IDS] = []

    @property
    def slug(self) -> str:
        """Page name: kunnat/<slug>.md, ASCII from the Finnish name (leppavirta)."""
        return slugify(self.name.fi)

    @model_validator(mode="after")
    def _own_page(self):
        # kunnat/index.md is the directory itself; a name with no letters would make kunnat/.md.
        if self.slug in {"", "index"}:
            raise located(
                "page_name",
                'makes the page name "{slug}", which is {what}; check the Finnish name',
                at=("name", "fi"), slug=self.slug,
                what="the address of the municipality directory (kunnat/index.md)" if self.slug else "empty",
            )
        return self


class InformationSource(Strict):
    """Where a resident finds current contact details that this site does not hold."""

    name: Localized
    web_page: HttpsUrl
    # The same publisher's page in another language, where it has one ({en: …}): an English
    # reader is sent to the county's English page, not to its Finnish front page.
    web_page_in: dict[str, HttpsUrl] = {}

    @model_validator(mode="after")
    def _known_languages(self, info: ValidationInfo):
        languages = (info.context or {}).get("languages")
        if languages:  # empty when translations are not checked (the report reads unfinished data)
            for lang in self.web_page_in:
                if lang not in languages:
                    raise located("unknown_language", '"{lang}" is not a language of the site ({known}); '
                                  "write the page under one of them or remove it",
                                  at=("web_page_in", lang), lang=lang, known=", ".join(languages))
        return self

    def page_for(self, lang: str) -> str:
        """The page a reader of `lang` is sent to."""
        return self.web_page_in.get(lang, self.web_page)


class Municipalities(Strict):
    # The area's municipalities, each code with its official Finnish name (Statistics Finland's
    # classification): each has exactly one entry below, under that name. A page address, the
    # directory and the finder are made from the name, so a typo or a look-alike there would move or
    # hide a municipality's page. A larger variant lists its own.
    county_codes: dict[MunicipalityCode, Name] | None = None
    # The pages send readers here for what the site does not hold (the open data page names the first as publisher).
    current_information: Annotated[list[InformationSource], Field(min_length=1)]
    # Two spellings can make the same page address (kunnat/kaavi.md): the slug is unique too.
    municipalities: Annotated[
        list[Municipality], unique_by("code", ("slug", "name.fi", "page name (made from the Finnish name)"))
    ]

    @model_validator(mode="before")
    @classmethod
    def _list_written(cls, data: object) -> object:
        # A file without the list is told as an empty one, by the check below, at the top of the file.
        if isinstance(data, dict) and "municipalities" not in data:
            return {**data, "municipalities": _NOT_WRITTEN}
        return data

    @field_validator("municipalities", mode="before")
    @classmethod
    def _not_empty(cls, value: object, info: ValidationInfo) -> object:
        # Every page, place and reference hangs on this list: emptied or removed, it is one error
        # here, not one for each county code and each reference to a municipality elsewhere.
        if value is _NOT_WRITTEN or value is None or value == []:
            county = info.data.get("county_codes")
            raise PydanticCustomError("no_municipalities", (
                "{area}; the list is {state}: {fix}"), {
                "area": f"the county has {len(county)} municipalities (county_codes)" if county
                else "the area has municipalities",
                "state": "missing" if value is _NOT_WRITTEN else "empty",
                "fix": "write an entry for each of them under `municipalities:`, or restore the list from git",
            })
        return value

    @model_validator(mode="after")
    def _the_county(self):
        if self.county_codes is None:
            return self
        county, listed = set(self.county_codes), {m.code for m in self.municipalities}
        problems = [
            InitErrorDetails(type=PydanticCustomError(
                "not_in_county",
                '"{code}" is not one of the municipalities listed in county_codes; correct the code, '
                "or add it to county_codes if the area really has grown", {"code": m.code}),
                loc=("municipalities", index, "code"), input=m.code)
            for index, m in enumerate(self.municipalities) if m.code not in county
        ] + [
            InitErrorDetails(type=PydanticCustomError(
                "missing_municipality",
                '"{code}" is in county_codes but has no entry in municipalities; add the municipality '
                "or remove its code", {"code": code}),
                loc=("county_codes", code), input=code)
            for code in self.county_codes if code not in listed
        ] + [
            InitErrorDetails(type=PydanticCustomError(
                "official_name",
                '"{name}" is not the official name of the municipality {code}; write "{official}" (its name in '
                "county_codes, from Statistics Finland's classification of municipalities)",
                {"name": m.name.fi, "code": m.code, "official": self.county_codes[m.code]}),
                loc=("municipalities", index, "name", "fi"), input=m.name.fi)
            for index, m in enumerate(self.municipalities)
            if m.code in county and m.name.fi != self.county_codes[m.code]
        ]
        if problems:
            raise ValidationError.from_exception_data("county", problems)
        return self

    @model_validator(mode="after")
    def _one_name_one_municipality(self):
        # Two municipalities with one name in a language make two "Kuopio" in that language's
        # directory and finder. The Finnish name is tied to its code (county_codes) and makes the
        # page address (unique); a Swedish or English name may not be any name of another one.
        # The copy is the one to correct: a name that is not the municipality's own Finnish name,
        # and of two such names the later one.
        holders: dict[str, list[tuple[int, bool]]] = {}  # name -> (index, the holder's own Finnish name?)
        for index, municipality in enumerate(self.municipalities):
            own = fold(municipality.name.fi)
            for name in set(map(fold, municipality.name.model_dump().values())):
                holders.setdefault(name, []).append((index, name == own))
        problems = []
        for index, municipality in enumerate(self.municipalities):
            for lang in ("sv", "en"):
                name = getattr(municipality.name, lang)
                if fold(name) == fold(municipality.name.fi):
                    continue  # its own official name: the other municipality is the one to correct
                other = next((j for j, official in holders[fold(name)] if j != index and (official or j < index)), None)
                if other is None:
                    continue  # the other one is the later copy, told there
                other = self.municipalities[other]
                problems.append(InitErrorDetails(type=PydanticCustomError("shared_name", (
                    '"{name}" is also a name of the municipality {other} ({code}); two municipalities cannot share '
                    "a name in one language (a reader could not tell them apart): write {fix}"), {
                    "name": name, "other": other.name.fi, "code": other.code,
                    "fix": f'the Finnish name "{municipality.name.fi}" (English uses the official Finnish name)'
                    if lang == "en" else f'its Swedish name, or the Finnish name "{municipality.name.fi}" where it '
                    "has no Swedish one",
                }), loc=("municipalities", index, "name", lang), input=name))
        if problems:
            raise ValidationError.from_exception_data("names", problems)
        return self

    @model_validator(mode="after")
    def _localities_are_not_municipalities(self):
        # The finder sends a reader who types a locality to its municipality: a municipality's own
        # name there, or a locality under two municipalities, sends them to the wrong page.
        names = {fold(name): m.name.fi for m in self.municipalities for name in m.name.model_dump().values()}
        owner: dict[str, str] = {}
        problems = []
        for index, municipality in enumerate(self.municipalities):
            for position, locality in enumerate(municipality.localities):
                key, message = fold(locality), None
                if key in names:
                    message = ('"{locality}" is the name of the municipality {other}, not a locality of {here}; '
                               "remove it from localities")
                elif key in owner:
                    message = ('"{locality}" is also a locality of {other}; a place belongs to one municipality: '
                               "remove it from one of them")
                if message:
                    problems.append(InitErrorDetails(type=PydanticCustomError("locality", message, {
                        "locality": locality, "other": names.get(key) or owner[key], "here": municipality.name.fi,
                    }), loc=("municipalities", index, "localities", position), input=locality))
                owner.setdefault(key, municipality.name.fi)
        if problems:
            raise ValidationError.from_exception_data("localities", problems)
        return self
