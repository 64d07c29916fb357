"""How a resident reaches a place: phone numbers, e-mail addresses, web addresses, postal codes."""
from __future__ import annotations

import re
from typing import Annotated

import phonenumbers
from pydantic import AfterValidator, BeforeValidator
from pydantic_core import PydanticCustomError

from .base import JsonSchema, ascii_digits, checked_text
from .links import NOT_HTTPS


def _finnish_phone(value: str) -> str:
    ascii_digits(value)
    # phonenumbers reads letters as a keypad would (O is 6, I is 4): "017 I73 3OO" must not pass.
    if any(character.isalpha() for character in value):
        raise PydanticCustomError(
            "phone_letters",
            '"{value}" has letters in it; a phone number has only digits (is an O a zero, an I a one?): '
            "write it as 017 123 4567 or +358 17 123 4567",
            {"value": value},
        )
    if value.replace(" ", "") in SHORT_NUMBERS:
        return value
    try:
        number = phonenumbers.parse(value, "FI")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise PydanticCustomError(
            "phone",
            '"{value}" is not a valid Finnish phone number; write it as 017 123 4567 or +358 17 123 4567',
            {"value": value},
        )
    # Any country's number is "valid": a foreign one would be printed in its own national format
    # ("(202) 555-0143"), which a reader here dials as a Finnish number.
    if phonenumbers.region_code_for_number(number) not in FINNISH_REGIONS:
        from phonenumbers import geocoder

        raise PydanticCustomError(
            "phone_foreign",
            '"{value}" is a phone number of {country}, not a Finnish one; this site lists Finnish numbers only '
            "(+358 or a number starting with 0): check the number",
            {"value": value, "country": geocoder.country_name_for_number(number, "en") or "another country"},
        )
    # phonenumbers calls only 0600 and 0700 premium rate; 0100, 0200 and 0601–0609 are also
    # service numbers with an extra charge (it says "UAN" for them).
    premium = phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.PREMIUM_RATE
    if premium or str(number.national_number).startswith(CHARGED_PREFIXES):
        raise PydanticCustomError(
            "phone_premium",
            '"{value}" is a service number with an extra charge (0100, 0200, 060…, 070…), whose calls can cost '
            "several euros a minute; this site does not list such numbers: check the number",
            {"value": value},
        )
    return value


def _not_short(value: str) -> str:
    if value.replace(" ", "") in SHORT_NUMBERS:
        raise PydanticCustomError(
            "phone_short",
            '"{value}" is a national number for everyone ({what}); the site gives it once, from '
            "data/service.yaml: write this place's own number here",
            {"value": value, "what": SHORT_NUMBERS[value.replace(" ", "")]},
        )
    return value


def phone_problem(value: str) -> str | None:
    """Why `value` is not a number this site may list (a tel: link in a text), or None."""
    try:
        _finnish_phone(value)
    except PydanticCustomError as error:
        return error.message()
    return None


def dialled(number: str) -> str:
    """The number a tel: link dials: E.164 ("+358171234567"); short numbers as they are. Two
    spellings of one number ("017 173 311", "+358 17 173311") give the same."""
    if number.replace(" ", "") in SHORT_NUMBERS:
        return number.replace(" ", "")
    return phonenumbers.format_number(phonenumbers.parse(number, "FI"), phonenumbers.PhoneNumberFormat.E164)


# Finland and Åland share +358.
FINNISH_REGIONS = {"FI", "AX"}
# National numbers (without the leading 0) of the service numbers that cost the caller extra.
CHARGED_PREFIXES = ("100", "200", "60", "70")
# The short numbers the site lists in data/service.yaml, and only there.
SHORT_NUMBERS = {"112": "the emergency number", "116117": "the medical helpline"}


def _quoted_phone(value: object) -> object:
    # YAML reads 0401234567 as the integer 401234567: the leading zero is already lost.
    if isinstance(value, int) and not isinstance(value, bool):
        raise PydanticCustomError(
            "phone_not_text",
            'was read as the number {value}, which loses a leading zero; write a phone number in quotes, as it is '
            'dialled ("040 123 4567")',
            {"value": value},
        )
    return value


_PHONE_SCHEMA = JsonSchema({"pattern": r"^\+?[0-9][0-9 ()-]{1,20}$"})
# The emergency number and the medical helpline (service.yaml), or any Finnish number.
ServiceNumber = Annotated[str, BeforeValidator(_quoted_phone), AfterValidator(_finnish_phone), _PHONE_SCHEMA]
# A place's or a person's own number: not 112 or 116117.
PhoneNumber = Annotated[str, BeforeValidator(_quoted_phone), AfterValidator(_finnish_phone),
                        AfterValidator(_not_short), _PHONE_SCHEMA]


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
    # The standard allows * { } = ' in an address; on a page they would be read as Markdown.
    if found := _EMAIL_UNSAFE.search(value):
        raise PydanticCustomError(
            "email_characters",
            '"{value}" has "{found}", which an e-mail address on a page cannot hold; '
            "use letters, digits and . _ - + only, as in name@example.fi",
            {"value": value, "found": found.group()},
        )
    domain = value.rpartition("@")[2].lower()
    if domain in _RESERVED_DOMAINS or domain.endswith(_RESERVED_SUFFIXES):
        raise PydanticCustomError(
            "email_reserved",
            '"{value}" is at {domain}, a name reserved for examples that no one can receive mail at; '
            "write the real address",
            {"value": value, "domain": domain},
        )
    from .links import mail_host_problem

    if why := mail_host_problem(value):  # the web addresses' host rules (intra.corp, 10.0.0.1, кела.fi)
        raise PydanticCustomError("email_host", '"{value}" {why}', {"value": value, "why": why})
    return value


# Names no mail reaches (RFC 2606, RFC 6761): an example copied from a manual.
_RESERVED_DOMAINS = {"example.com", "example.net", "example.org"}
_RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")


# No %: a mail program percent-decodes a mailto: link, so "a%40ev.il@x.fi" would write to another address.
_EMAIL_UNSAFE = re.compile(r"[^A-Za-z0-9._+\-@]")
# Characters a web address shown on a page may hold. The others (spaces, ( ) [ ] { } < > " ' ` \ ^ |)
# would end the link or start Markdown (an attribute list, an image) on the page: percent-encode them.
_URL_UNSAFE = re.compile(r"[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]")


def url_characters(value: str) -> str:
    if found := _URL_UNSAFE.search(value):
        shown = "a space" if found.group().isspace() else f'"{found.group()}"'
        raise PydanticCustomError(
            "url_characters",
            '"{value}" has {found}, which a web address on a page cannot hold; write it percent-encoded '
            "(%{code}), as the browser's address bar shows it when you copy it",
            {"value": value, "found": shown, "code": f"{ord(found.group()):02X}" if ord(found.group()) < 128 else "…"},
        )
    return value  # a user name before the host: public_host (the rule of every link)


def lower_case_scheme(value: object) -> object:
    """HTTPS://… is a full address, but the site writes (and compares) addresses with https:// in lower case."""
    if isinstance(value, str) and (match := re.match(r"(https?)://", value, re.IGNORECASE)) and not match.group().islower():
        raise PydanticCustomError(
            "url_scheme_case",
            '"{value}" starts with "{scheme}"; write {lower} in lower case: {fixed}',
            {"value": value, "scheme": match.group(), "lower": match.group().lower(),
             "fixed": match.group().lower() + value[match.end():]},
        )
    return value


# No address a resident is sent to is that long (the longest in the data has under 200 characters);
# a longer one is a paste gone wrong, and the page prints it for screen readers.
URL_MAX = 2000


def url_length(value: str) -> str:
    if len(value) > URL_MAX:
        raise PydanticCustomError(
            "url_too_long",
            "is a web address of {length} characters; an address has at most {most}: copy the address of the page again",
            {"length": len(value), "most": URL_MAX},
        )
    return value


def public_host(value: str) -> str:
    """A web address residents are sent to must be on the public internet, with no user name
    before its host nor a disguised or mixed-alphabet host name (model/links.py)."""
    from .links import link_problem

    if value.lower().startswith(("http://", "https://")) and (problem := link_problem(value)):
        raise PydanticCustomError("web_address", "{problem}", {"problem": problem})
    return value


Email = Annotated[str, AfterValidator(_email), JsonSchema({"format": "email"})]

HttpsUrl = Annotated[checked_text(
    r"https://[^\s/]+\.[^\s]+",
    "https_url",
    NOT_HTTPS,
), AfterValidator(public_host), AfterValidator(url_characters), BeforeValidator(lower_case_scheme),
   AfterValidator(url_length), JsonSchema({"maxLength": URL_MAX})]

PostalCode = checked_text(
    r"[0-9]{5}",
    "postal_code",
    '"{value}" is not a postal code; write the five digits in quotes, e.g. "70100"',
)
