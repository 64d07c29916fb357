"""How a resident reaches a place: phone numbers, e-mail addresses, web addresses, postal codes."""
from __future__ import annotations

from typing import Annotated

import phonenumbers
from pydantic import AfterValidator, BeforeValidator
from pydantic_core import PydanticCustomError

from .base import JsonSchema, checked_text


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

HttpsUrl = checked_text(
    r"https://[^\s/]+\.[^\s]+",
    "https_url",
    '"{value}" is not a full https:// web address; write it as https://pshyvinvointialue.fi/…',
)

PostalCode = checked_text(
    r"[0-9]{5}",
    "postal_code",
    '"{value}" is not a postal code; write the five digits in quotes, e.g. "70100"',
)
