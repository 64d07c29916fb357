"""Which link targets data may hold: a public web page, one e-mail address, a phone number,
or a page of this site (issue 13). One rule, used by validation (the editor's message) and by
the sanitiser (data_text: whatever slips past validation loses its address).

A public site must not send residents to an intranet host they cannot open (10.x, 192.168.x,
localhost, .local, a name without a dot), nor open a mail program with hidden recipients
(mailto:?bcc=…) or a dialler with a number that is not one.
"""
from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import parse_qsl, unquote, urlsplit

LINK_SCHEMES = ("https", "http", "mailto", "tel")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
# Browsers drop these from a URL before reading its scheme ("java\tscript:").
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]")
# Host names that only mean something inside an organisation's own network.
_PRIVATE_SUFFIXES = (".local", ".localhost", ".internal", ".intranet", ".lan", ".home.arpa", ".corp", ".localdomain")
# A host browsers read as an IPv4 address in any of its spellings (0x7f.1, 2130706433, 127.1).
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]*))*$")
_MAIL_ADDRESS = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


def _private_host(host: str) -> str | None:
    """Why `host` is not a public internet host (None when it is)."""
    host = host.rstrip(".")
    address = None
    if host.startswith("[") and host.endswith("]"):
        try:
            address = ipaddress.ip_address(host[1:-1].split("%")[0])
        except ValueError:
            return "an address that is not valid"
    elif _NUMERIC_HOST.fullmatch(host):
        try:
            address = ipaddress.ip_address(socket.inet_aton(host))
        except (OSError, ValueError):
            return "an address that is not valid"
    if address is not None:
        return None if address.is_global else "a private or local network address"
    if host == "localhost" or host.endswith(_PRIVATE_SUFFIXES):
        return "an intranet host name"
    if "." not in host:
        return "a host name without a domain"
    return None


def _web_problem(url: str, cleaned: str) -> str | None:
    host = urlsplit(cleaned).netloc.rpartition("@")[2]
    if not host.startswith("["):
        host = host.partition(":")[0]
    if not host:
        return f'"{url}" has no host name; write the full address, e.g. https://pshyvinvointialue.fi/…'
    try:
        port = urlsplit(cleaned).port  # raises for a port that is not a number from 0 to 65535
    except ValueError:
        port = 0
    if port == 0:
        return (f'"{url}" has a port after the host name that is not a number from 1 to 65535; '
                "remove the \":…\" after the host name (public pages need no port)")
    if why := _private_host(host):
        return (f'"{url}" points to {why} ({host}), which residents cannot open from home; '
                "link to a public page instead")
    return None


def _mail_problem(url: str) -> str | None:
    address, _, query = url.partition(":")[2].partition("?")
    address = unquote(address)
    if not _MAIL_ADDRESS.fullmatch(address):
        return f'"{url}" has no valid e-mail address after mailto:; write it as mailto:name@example.fi'
    fields = parse_qsl(query, keep_blank_values=True) if query else []
    if any(name.lower() != "subject" for name, _ in fields) or len(fields) > 1 or any(
        "\n" in value or "\r" in value for _, value in fields
    ):
        return (f'"{url}" adds more to the e-mail than one subject (cc, bcc, body or a line break); '
                "write only mailto:name@example.fi, or mailto:name@example.fi?subject=…")
    return None


def _phone_problem(url: str) -> str | None:
    from .contact import phone_problem

    number = unquote(url.partition(":")[2])
    if phone_problem(number):
        return f'"{url}" is not a valid phone number; write it as tel:+358171234567'
    return None


# /segment/segment/ with lowercase slug segments (letters, digits, single hyphens) and the
# trailing slash of a directory address, at most with a place on that page in the same form
# (#kys): no "..", "%", "\\", "?" or control can pass. That the page has the address and the
# place is checked where every page is known (kys_rontgen.site_links.unknown_links).
SITE_ADDRESS = re.compile(r"/(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?")
EXAMPLE = "/tutkimukset/mri/"
PLACE_EXAMPLE = "/kunnat/kuopio/#kys"


def address_problem(url: str) -> str | None:
    """Why `url` (starting with one "/") is not a site address an editor may write; None if it is."""
    if SITE_ADDRESS.fullmatch(url):
        return None
    page, hash_, place = url.partition("#")
    if hash_ and SITE_ADDRESS.fullmatch(page):
        return (f'"{url}" points to a place inside a page (#…) that the site cannot check; link a place by '
                f'its id, as in "{PLACE_EXAMPLE}", or remove the # and what follows it and link the page')
    if "?" in url:
        return f'"{url}" has a query (?…), which no page of this site takes; remove the ? and what follows it'
    if page.rstrip("/") and not page.endswith("/") and SITE_ADDRESS.fullmatch(page + "/" + hash_ + place):
        return f'"{url}" has no "/" at the end; write it as "{page}/{hash_}{place}"'
    return (f'"{url}" is not the address of a page of this site; write the Finnish page\'s address from the '
            f'site root in lowercase, e.g. "{EXAMPLE}" (no "..", "%", "\\" or spaces)')


def link_problem(url: str, embedded: bool = False) -> str | None:
    """Why a link (or, when `embedded`, an image source) from data is not allowed; None if it is."""
    cleaned = _URL_IGNORED.sub("", url).lower()
    scheme = _SCHEME.match(cleaned)
    off_site = bool(scheme) or cleaned.startswith(("//", "\\", "/\\"))
    if embedded:
        if off_site:
            return (f'loads "{url}" from outside the site, which would tell a third party who reads the page; '
                    "put the image in docs/ and link it with a relative path")
        return None
    if not scheme:
        if cleaned.startswith(("//", "\\", "/\\")):
            return f'"{url}" has no scheme; write the full address, starting with https://'
        if url.lstrip(" ").startswith("/"):
            return address_problem(url)  # a page of this site, by its address
        return None  # a relative address: data text refuses it (model/texts.py)
    name = scheme.group(1)
    if name not in LINK_SCHEMES:
        return (f'links to "{url}", which is not a web page, e-mail address or phone number; '
                "links may start with https://, http://, mailto: or tel:, or point to a page of this site")
    if name in {"http", "https"}:
        if not cleaned.startswith(f"{name}://"):
            return f'"{url}" has no host name; write the full address, e.g. https://pshyvinvointialue.fi/…'
        return _web_problem(url, cleaned)
    if name == "mailto":
        return _mail_problem(_URL_IGNORED.sub("", url))
    return _phone_problem(_URL_IGNORED.sub("", url))
