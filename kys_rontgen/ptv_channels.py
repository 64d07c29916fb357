"""PTV Open API v11 service channels -> location records shaped like data/ptv.yaml (pure).

Input is what the API returns for an organisation's channels
(GET /api/v11/ServiceChannel/list/organization?organizationId=…&page=N):
a paged response (V11VmOpenApiServiceChannelsWithPaging: pageNumber, pageCount, itemList),
a list of such pages (what `import-ptv ORG=` saves), or a plain list of channel objects.
Field names follow PTV's published OpenApi V11 models (vrk-kpa/ptv-releases,
src/PTV.Domain.Model/Models/OpenApi/V11; the generated client docs in
Tampere/ptv-php-client-v11/docs/Model); each mapping below names the model it reads.
Every problem in the input is collected, one line each naming the channel id and field.
"""
from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import phonenumbers

from .formatting import phone_e164
from .model.names import WEEKDAYS, slugify
from .model.texts import letter_script

# The public page of a service location on suomi.fi; the name part of the address is only
# for readers (suomi.fi finds the place by the id).
SUOMI_FI_PAGE = "https://www.suomi.fi/palvelut/palvelupiste/{slug}/{id}"

_WEEKDAY = dict(zip(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), WEEKDAYS))
# Values that only API version 7 and older use (V11VmOpenApiServiceHour, VmOpenApiArea,
# V4VmOpenApiPhoneWithType docs: "In version 7 and older: …").
_OLD_VERSION_VALUES = {
    "serviceHourType": {"Standard", "Exception", "Special"},
    "areaType": {"WholeCountry", "WholeCountryExceptAlandIslands", "AreaType"},
    "serviceChargeType": {"Charged", "Free"},
}
_CHANNEL_TYPES = {"EChannel", "WebPage", "PrintableForm", "Phone", "ServiceLocation"}


class PtvInputError(Exception):
    """Every problem found in the input, one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class _Problems:
    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # left out on purpose, printed as "skipped"

    def add(self, channel: str, where: str, what: str) -> None:
        self.lines.append(f"channel {channel}: {where}: {what}")


# --- Reading the input -------------------------------------------------------------------


def channels_from_json(data: object) -> list[dict]:
    """The channel objects of a paged response, a list of pages or a plain list of channels."""
    pages = data if isinstance(data, list) and data and all(_is_page(p) for p in data) else [data]
    channels: list = []
    for number, page in enumerate(pages, 1):
        if _is_page(page):
            items = page.get("itemList")
            if not isinstance(items, list):
                raise PtvInputError([f"page {number}: itemList: is not a list of channels; export the v11 list again"])
            channels += items
        elif isinstance(page, list):
            channels += page
        else:
            raise PtvInputError([
                "input: is neither a paged response (pageNumber, pageCount, itemList) nor a list of channels; "
                "give the JSON the PTV Open API v11 returned"
            ])
    bad = [i for i, c in enumerate(channels) if not isinstance(c, dict) or "id" not in c]
    if bad:
        raise PtvInputError([f"item {i + 1}: is not a service channel (no id); give the v11 channel list" for i in bad])
    return channels


def _is_page(value: object) -> bool:
    return isinstance(value, dict) and "itemList" in value


def read_export(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PtvInputError([f"{path}: no such file; give the path of the saved API response"]) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise PtvInputError([f"{path}: is not JSON ({error}); give the file the PTV API returned"]) from None
    except RecursionError:  # thousands of nested brackets: no PTV answer is shaped like that
        raise PtvInputError([f"{path}:1:1: is nested too deeply to be a PTV answer; give the file the PTV API returned"]) from None
    return channels_from_json(data)


# --- Mapping one channel ----------------------------------------------------------------


def _by_language(items: list | None, languages: list[str], kind: str | None = None) -> dict[str, str]:
    """VmOpenApiLocalizedListItem / VmOpenApiLanguageItem lists -> {lang: value} (site languages only)."""
    texts = {}
    for item in items or []:
        if kind is not None and item.get("type") != kind:
            continue
        value = (item.get("value") or "").strip()
        if item.get("language") in languages and value and item["language"] not in texts:
            texts[item["language"]] = value
    return texts


def _clock(text: str | None) -> str | None:
    """PTV "08:00:00" or "08:00" -> "8.00" as the data files write it."""
    if not text:
        return None
    hours, minutes = text.split(":")[:2]
    return f"{int(hours)}.{minutes}"


def _weekly(openings: list[dict], over_midnight: bool, channel: str, where: str, problems: _Problems) -> list[dict]:
    """V8VmOpenApiDailyOpeningTime list of one DaysOfTheWeek / OverMidnight hour -> weekly ranges.

    Over midnight (Fri 22.00 – Sat 6.00) becomes two ranges, Fri 22.00–24.00 and Sat 0.00–6.00,
    which is how a reader checks one day. A DaysOfTheWeek entry with dayTo covers those days.
    """
    ranges = []
    for index, opening in enumerate(openings):
        at = f"{where}.openingHour[{index}]"
        first = _WEEKDAY.get(opening.get("dayFrom"))
        if first is None:
            problems.add(channel, f"{at}.dayFrom", f'"{opening.get("dayFrom")}" is not a weekday name (Monday…Sunday)')
            continue
        last = _WEEKDAY.get(opening.get("dayTo") or opening["dayFrom"], first)
        opens, closes = _clock(opening.get("from")), _clock(opening.get("to"))
        if opens is None or closes is None:
            problems.add(channel, at, "has no from/to time")
            continue
        if over_midnight or _minutes(closes) <= _minutes(opens):
            following = last if last != first else WEEKDAYS[(WEEKDAYS.index(first) + 1) % 7]
            ranges.append({"days": [first], "opens": opens, "closes": "24.00"})
            if closes != "0.00":
                ranges.append({"days": [following], "opens": "0.00", "closes": closes})
        else:
            days = list(WEEKDAYS[WEEKDAYS.index(first):WEEKDAYS.index(last) + 1]) or [first]
            ranges.append({"days": days, "opens": opens, "closes": closes})
    return ranges


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(".")
    return int(hours) * 60 + int(minutes)


def _merge_days(ranges: list[dict]) -> list[dict]:
    """Days with the same times into one range, in weekday order: ma–pe 8.00–16.00."""
    merged: dict[tuple, list[str]] = {}
    for item in ranges:
        merged.setdefault((item["opens"], item["closes"]), []).extend(item["days"])
    result = [{"days": sorted(set(days), key=WEEKDAYS.index), "opens": o, "closes": c} for (o, c), days in merged.items()]
    return sorted(result, key=lambda r: (WEEKDAYS.index(r["days"][0]), _minutes(r["opens"])))


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def opening_hours(hours: list | None, channel: str, languages: list[str], problems: _Problems) -> dict | None:
    """V11VmOpenApiServiceHour list -> {standard: [...], exceptions: [...]}."""
    standard, exceptions = [], []
    for index, hour in enumerate(hours or []):
        where = f"serviceHours[{index}]"
        kind = hour.get("serviceHourType")
        if kind in ("DaysOfTheWeek", "OverMidnight"):
            if hour.get("validForNow") is False:  # seasonal hours (summer): not the ones in force now
                period = f"{_day(hour.get('validFrom')) or '?'}–{_day(hour.get('validTo')) or '?'}"
                problems.notes.append(f"{channel}: {where}: weekly hours for {period} are not in force now; "
                                      "import again when they are")
            elif hour.get("isAlwaysOpen"):
                standard.append({"days": list(WEEKDAYS), "opens": "0.00", "closes": "24.00"})
            elif not hour.get("isClosed"):
                standard += _weekly(hour.get("openingHour") or [], kind == "OverMidnight", channel, where, problems)
        elif kind == "Exceptional":
            first = _day(hour.get("validFrom"))
            if first is None:
                problems.add(channel, f"{where}.validFrom", "an exceptional hour needs the day it starts")
                continue
            exception: dict = {"valid_from": first}
            last = _day(hour.get("validTo"))
            if last and last != first:
                exception["valid_to"] = last
            times = (hour.get("openingHour") or [{}])[0]
            if hour.get("isClosed") or not times.get("from"):
                exception["closed"] = True
            else:
                exception["opens"], exception["closes"] = _clock(times.get("from")), _clock(times.get("to"))
            reason = _by_language(hour.get("additionalInformation"), languages)
            if reason:
                exception["reason"] = reason
            exceptions.append(exception)
        else:
            problems.add(channel, f"{where}.serviceHourType", f'"{kind}" is not DaysOfTheWeek, Exceptional or OverMidnight')
    if not standard and not exceptions:
        return None
    result: dict = {}
    if standard:
        result["standard"] = _merge_days(standard)
    if exceptions:
        result["exceptions"] = sorted(exceptions, key=lambda e: e["valid_from"])
    return result


def _number(phone: dict) -> str:
    """V4VmOpenApiPhoneWithType: prefixNumber + number, or a Finnish service number as it is."""
    number = (phone.get("number") or "").strip()
    prefix = (phone.get("prefixNumber") or "").strip()
    if prefix and not phone.get("isFinnishServiceNumber") and not number.startswith(("+", "0")):
        number = prefix + number
    return number


def phone_lines(phones: list | None, channel: str, languages: list[str], problems: _Problems) -> list[dict]:
    """V4VmOpenApiPhoneWithType list (one entry per number and language) -> one line per number.

    Fax numbers are left out: residents cannot use them.
    """
    lines: dict[str, dict] = {}
    for index, phone in enumerate(phones or []):
        if phone.get("type", "Phone") == "Fax":
            continue
        raw = _number(phone)
        try:
            parsed = phonenumbers.parse(raw, "FI")
            valid = phonenumbers.is_valid_number(parsed) or raw.replace(" ", "") in ("112", "116117")
        except phonenumbers.NumberParseException:
            valid = False
        if not valid:
            problems.add(channel, f"phoneNumbers[{index}].number", f'"{raw}" is not a phone number; correct it in PTV')
            continue
        if parsed.country_code != 358:  # the pages show Finnish numbers only (and dial them as such)
            problems.add(channel, f"phoneNumbers[{index}].number",
                         f'"{raw}" is not a Finnish number (+{parsed.country_code}); the site shows only Finnish '
                         "numbers: correct it in PTV")
            continue
        shown = phone_e164(raw)  # ptv.yaml keeps E.164 (+358…); pages write it as Finns do
        line = lines.setdefault(shown, {"number": shown})
        language = phone.get("language")
        info = (phone.get("additionalInformation") or "").strip()
        if info and language in languages:
            line.setdefault("name", {}).setdefault(language, info)
        charge = phone.get("serviceChargeType")
        if charge:
            line["charge"] = charge
        description = (phone.get("chargeDescription") or "").strip()
        if description and language in languages:
            line.setdefault("charge_description", {}).setdefault(language, description)
    return list(lines.values())


def _address(channel: dict, channel_id: str, languages: list[str], county: set[str], problems: _Problems):
    """V9VmOpenApiAddressLocation (type Location) -> (address, municipality code, coordinates)."""
    for index, address in enumerate(channel.get("addresses") or []):
        street = address.get("streetAddress")
        if address.get("type") != "Location" or not street:
            continue
        where = f"addresses[{index}].streetAddress"  # VmOpenApiAddressStreetWithCoordinates
        code = (street.get("municipality") or {}).get("code")
        if code not in county:
            problems.add(channel_id, f"{where}.municipality.code",
                         f'"{code}" is not a municipality of the county (data/municipalities.yaml); check the address in PTV')
            return None, None, None
        name = _by_language(street.get("street"), ["fi", *languages]).get("fi")
        post_office = _by_language(street.get("postOffice"), ["fi", *languages]).get("fi")
        result: dict = {}
        if name:
            number = (street.get("streetNumber") or "").strip()
            result["street"] = f"{name} {number}".strip()
        if street.get("postalCode"):
            result["postal_code"] = street["postalCode"]
        if post_office:
            result["post_office"] = post_office.capitalize() if post_office.isupper() else post_office
        coordinates = None
        try:
            if street.get("latitude") and street.get("longitude"):
                coordinates = {"north": float(street["latitude"]), "east": float(street["longitude"])}
        except ValueError:
            problems.add(channel_id, f"{where}.latitude", "is not a number (ETRS-TM35FIN metres)")
        complete = "street" in result and "post_office" in result
        return (result if complete else None), code, coordinates
    return None, None, None


def _service_area(channel: dict, county: set[str]) -> list[str]:
    """VmOpenApiMunicipality list (areaMunicipalities) and VmOpenApiArea of type Municipality."""
    codes = [m.get("code") for m in channel.get("areaMunicipalities") or []]
    codes += [a.get("code") for a in channel.get("areas") or [] if a.get("type") == "Municipality"]
    for area in channel.get("areas") or []:
        codes += [m.get("code") for m in area.get("municipalities") or []]
    return sorted({code for code in codes if code in county})


def _offers_xray(channel: dict) -> bool:
    """PTV says so: a service linked to the channel (V11VmOpenApiServiceChannelService.service,
    a VmOpenApiItem) is named for X-ray. Otherwise X-ray stays an editor's fact."""
    names = [((link.get("service") or {}).get("name") or "") for link in channel.get("services") or []]
    return any("röntgen" in name.casefold() for name in names)


def _check_version(channel: dict, channel_id: str, problems: _Problems) -> bool:
    values = {
        "serviceHourType": [h.get("serviceHourType") for h in channel.get("serviceHours") or []],
        "areaType": [channel.get("areaType")],
        "serviceChargeType": [p.get("serviceChargeType") for p in channel.get("phoneNumbers") or []],
    }
    for name, found in values.items():
        old = [v for v in found if v in _OLD_VERSION_VALUES[name]]
        if old:
            problems.add(channel_id, name, f'"{old[0]}" is from PTV API version 7 or older; fetch the channels from /api/v11/')
            return False
    if channel.get("serviceChannelType") not in _CHANNEL_TYPES:
        problems.add(channel_id, "serviceChannelType",
                     f'"{channel.get("serviceChannelType")}" is not a v11 channel type ({", ".join(sorted(_CHANNEL_TYPES))})')
        return False
    return True


def _latin_names(names: dict[str, str], channel_id: str, problems: _Problems) -> bool:
    """A name in Cyrillic (or Greek…) letters, or mixing them with Latin ones: one line naming
    the place, not the id error its empty page address would give later."""
    good = True
    for lang, name in names.items():
        scripts = sorted({script for script in map(letter_script, name) if script} - {"LATIN"})
        if scripts:
            mixed = "mixes Latin and " if any(letter_script(c) == "LATIN" for c in name) else "is written in "
            problems.add(channel_id, f"serviceChannelNames ({lang})",
                         f'the name "{name}" {mixed}{", ".join(s.title() for s in scripts)} letters; the site writes '
                         "names in the Latin alphabet (a page address is made from it): correct the name in PTV")
            good = False
    return good


def location_record(channel: dict, languages: list[str], county: set[str], today: date, problems: _Problems) -> dict | None:
    """V11VmOpenApiServiceLocationChannel -> a data/ptv.yaml location (model: kys_rontgen.model.ptv)."""
    channel_id = channel["id"]
    names = _by_language(channel.get("serviceChannelNames"), languages, "Name")
    if "fi" not in names:
        problems.add(channel_id, "serviceChannelNames", "has no Finnish Name; add it in PTV")
        return None
    if not _latin_names(names, channel_id, problems):
        return None
    untranslated = []
    for lang in languages:
        if lang not in names:  # a proper name: the Finnish one stands in (and make report lists it)
            names[lang] = names["fi"]
            untranslated.append(f"name.{lang}")
    address, code, coordinates = _address(channel, channel_id, languages, county, problems)
    area = _service_area(channel, county)
    municipality = code or (area[0] if area else None)
    if municipality is None:
        problems.add(channel_id, "addresses", "has no visiting address or service area in a municipality of the county")
        return None
    record: dict = {"id": slugify(names["fi"]), "ptv_id": channel_id, "name": names, "municipality": municipality}
    description = _by_language(channel.get("serviceChannelDescriptions"), languages, "Description")
    if description:
        record["description"] = description
    if address:
        record["address"] = address
    if coordinates:
        record["coordinates"] = coordinates
    phones = phone_lines(channel.get("phoneNumbers"), channel_id, languages, problems)
    if phones:
        record["phones"] = phones
    hours = opening_hours(channel.get("serviceHours"), channel_id, languages, problems)
    if hours:
        record["opening_hours"] = hours
    pages = [p.get("url") for p in sorted(channel.get("webPages") or [], key=lambda p: p.get("language") != "fi")]
    https = [url for url in pages if url and url.startswith("https://")]
    if https:
        record["web_page"] = https[0]
    emails = _by_language(channel.get("supportEmails"), ["fi", *languages])
    if emails:
        record["email"] = emails.get("fi") or next(iter(emails.values()))
    if _offers_xray(channel):
        record["xray"] = True
    if [c for c in area if c != municipality]:
        record["service_area"] = area
    if untranslated:
        record["untranslated"] = untranslated
    record["modified"] = channel.get("modified") or today.isoformat()
    record["source"] = SUOMI_FI_PAGE.format(slug=slugify(names["fi"]), id=channel_id)
    record["checked"] = today.isoformat()
    return record


def _attach_phone_channel(channel: dict, records: list[dict], languages: list[str], problems: _Problems) -> bool:
    """V11VmOpenApiPhoneChannel belonging to a location (its Finnish name starts with the
    location's name): its numbers become the location's phone lines, its service hours their call hours."""
    name = _by_language(channel.get("serviceChannelNames"), ["fi"], "Name").get("fi", "")
    owner = next((r for r in records if name.casefold().startswith(r["name"]["fi"].casefold())), None)
    if owner is None:
        return False
    lines = phone_lines(channel.get("phoneNumbers"), channel["id"], languages, problems)
    hours = opening_hours(channel.get("serviceHours"), channel["id"], languages, problems) or {}
    for line in lines:
        if hours.get("standard"):
            line["call_hours"] = hours["standard"]
        if line["number"] not in [p["number"] for p in owner.get("phones", [])]:
            owner.setdefault("phones", []).append(line)
    return True


@dataclass
class Mapped:
    locations: list[dict]
    skipped: list[str]  # channels not imported, and why (for the printed summary)


@contextlib.contextmanager
def _shape_checked(channel: dict, problems: _Problems):
    """A field of another shape than the v11 models give (a text where a list belongs) is one
    problem of that channel, not a crash."""
    try:
        yield
    except (AttributeError, TypeError, ValueError, KeyError, IndexError) as error:
        problems.add(channel["id"], "shape", f"a field is not shaped as in PTV Open API v11 ({type(error).__name__}: "
                     f"{error}); export the channels from /api/v11/ again")


def map_channels(channels: list[dict], languages: list[str], county: set[str], taken_ids: set[str], today: date) -> Mapped:
    """Every published service location (and the phone channels that belong to one) -> records."""
    problems = _Problems()
    records, phone_channels, skipped = [], [], []
    for channel in sorted(channels, key=lambda c: str(c["id"])):
        with _shape_checked(channel, problems):
            if not _check_version(channel, channel["id"], problems):
                continue
            if channel.get("publishingStatus", "Published") != "Published":
                skipped.append(f"{channel['id']}: not published ({channel.get('publishingStatus')})")
            elif channel["serviceChannelType"] == "ServiceLocation":
                record = location_record(channel, languages, county, today, problems)
                if record:
                    records.append(record)
            elif channel["serviceChannelType"] == "Phone":
                phone_channels.append(channel)
            else:
                skipped.append(f"{channel['id']}: a {channel['serviceChannelType']} channel, not a place")
    for channel in phone_channels:
        with _shape_checked(channel, problems):
            if not _attach_phone_channel(channel, records, languages, problems):
                skipped.append(f"{channel['id']}: a phone channel of no imported location")
    if problems.lines:
        raise PtvInputError(problems.lines)
    skipped += problems.notes
    used = set(taken_ids)
    for record in records:  # ids unique across data/locations.yaml and data/ptv.yaml
        base = record["id"]
        if base in used:
            base = f"{base}-ptv"
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        record["id"] = candidate
        used.add(candidate)
    return Mapped(sorted(records, key=lambda r: r["id"]), skipped)
