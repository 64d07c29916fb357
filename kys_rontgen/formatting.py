"""Pure formatting helpers: how phone numbers, times, dates and names look in each language.

Finnish follows Finnish editorial style (24.6.2026, 8.00–15.00 with an en dash); English
uses British style (24 June 2026, 08:00–15:00). Babel holds the locale rules and
phonenumbers the numbering plan, so neither is hand-written here. Both are slow per call and
pages repeat the same numbers, dates and hours thousands of times: each pure function here
remembers its answers (lru_cache).
"""
from __future__ import annotations

from datetime import date, time
from functools import lru_cache

import phonenumbers
from babel.dates import format_date, format_interval, get_day_names

from .model.contact import dialled
from .model.names import WEEKDAYS, fold

# Babel locale per site language (English in British style, as in the EU and Finland).
_LOCALES = {"fi": "fi", "en": "en_GB", "sv": "sv"}
# Short service numbers (112, 116117) are dialled as they are: no area code, no +358.
_SHORT_NUMBERS = {"112", "116117"}
# Finnish alphabetical order: å, ä and ö come after z (w is sorted as v, ü as y).
_FINNISH_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäö"
_FINNISH_EQUIVALENTS = str.maketrans({"w": "v", "ü": "y", "é": "e", "æ": "ä", "ø": "ö"})


def _locale(lang: str) -> str:
    return _LOCALES.get(lang, lang)


def _parse_phone(number: str) -> phonenumbers.PhoneNumber:
    return phonenumbers.parse(number, "FI")


@lru_cache(maxsize=4096)
def phone_display(number: str) -> str:
    """How a Finnish reader writes a number: area code, then the rest in groups ("017 123 4567").

    phonenumbers gives the area code ("017 1234567"); the grouping of the rest (3 + 4 digits,
    3 + 3, 4 + 4) is the Finnish habit, which its metadata does not hold.
    """
    if number.replace(" ", "") in _SHORT_NUMBERS:
        return number.replace(" ", "")
    national = phonenumbers.format_number(_parse_phone(number), phonenumbers.PhoneNumberFormat.NATIONAL)
    area, _, rest = national.partition(" ")
    if rest.isdigit() and 6 <= len(rest) <= 8:
        split = len(rest) - 4 if len(rest) > 6 else 3
        rest = f"{rest[:split]} {rest[split:]}"
    return f"{area} {rest}" if rest else area


@lru_cache(maxsize=4096)
def phone_e164(number: str) -> str:
    """The number for a `tel:` link: E.164 ("+358171234567"); short numbers as dialled."""
    return dialled(number)


@lru_cache(maxsize=4096)
def time_range(opens: time, closes: time, lang: str) -> str:
    """8.00–15.00 in Finnish, 08:00–15:00 in English (always an en dash).

    The data model reads 24.00 (open until midnight) as 23:59; it is shown as 24.00 again.
    """
    if closes == time(23, 59):
        start = format_interval(opens, time(23, 0), "Hm", locale=_locale(lang)).replace("-", "–").rpartition("–")[0]
        return f"{start}–{'24.00' if lang == 'fi' else '24:00'}"
    return format_interval(opens, closes, "Hm", locale=_locale(lang)).replace("-", "–")


@lru_cache(maxsize=4096)
def day_date(day: date, lang: str) -> str:
    """24.6.2026 in Finnish, 24 June 2026 in English."""
    return format_date(day, "short" if lang == "fi" else "long", locale=_locale(lang))


def day_range(days: list[str], lang: str) -> str:
    """["mo", "tu", "we", "th", "fr"] -> "ma–pe" / "Mon–Fri"; gaps are listed: "ma, ke"."""
    return _day_range(tuple(days), lang)


@lru_cache(maxsize=1024)
def _day_range(days: tuple[str, ...], lang: str) -> str:
    names = get_day_names("abbreviated", locale=_locale(lang))
    indexes = sorted(WEEKDAYS.index(day) for day in days)
    runs: list[list[int]] = []
    for index in indexes:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts = [names[run[0]] if len(run) == 1 else f"{names[run[0]]}–{names[run[-1]]}" for run in runs]
    return ", ".join(parts)


def finnish_sort_key(name: str) -> tuple:
    """Sort key for Finnish alphabetical order: ... x, y, z, å, ä, ö."""
    letters = name.casefold().translate(_FINNISH_EQUIVALENTS)
    return tuple(_letter_rank(c) for c in letters), name


def _letter_rank(letter: str) -> tuple[int, int]:
    if letter in _FINNISH_ALPHABET:
        return (1, _FINNISH_ALPHABET.index(letter))
    base = fold(letter)[:1]
    if base in _FINNISH_ALPHABET:  # an accented letter sorts as its base letter (é as e)
        return (1, _FINNISH_ALPHABET.index(base))
    return (0, ord(letter))  # spaces, hyphens and digits come before letters
