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
import unicodedata
from urllib.parse import parse_qsl, unquote, unquote_to_bytes, urlsplit

import idna

LINK_SCHEMES = ("https", "http", "mailto", "tel")
# Data text holds words and links; a picture belongs in the site's own pages (docs/), not in data.
NO_IMAGES = "data text may hold no images: leave the image out"
# Every web address a resident is sent to from a field or a text link is https:// (a page over
# plain http:// can be rewritten on the way, e.g. on an open Wi-Fi). Sources may be http://.
NOT_HTTPS = '"{value}" is not a full https:// web address; write it as https://pshyvinvointialue.fi/…'
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
# Browsers drop these from a URL before reading its scheme ("java\tscript:").
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]")
# Host names that only mean something inside an organisation's own network.
_PRIVATE_SUFFIXES = (".local", ".localhost", ".internal", ".intranet", ".lan", ".home.arpa", ".corp", ".localdomain")
# A host browsers read as an IPv4 address in any of its spellings (0x7f.1, 2130706433, 127.1).
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]*))*$")
_MAIL_ADDRESS = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
# What a browser refuses in a host once it is decoded (WHATWG URL: forbidden domain code points).
_FORBIDDEN_IN_HOST = re.compile(r"[\x00-\x20\x7f#%/:<>?@\[\\\]^|]")
# Characters that end a link address inside a page's Markdown or HTML, so that the page links
# somewhere else than the text says and the rest of the sentence disappears into the address.
_ENDS_A_LINK = re.compile(r'[\s"<>\\`]')


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


def browser_host(host: str) -> str | None:
    """The host name a browser goes to for `host` as written (WHATWG URL host parsing:
    percent-decoded, then mapped by UTS #46, which lowercases, folds full-width and other
    compatibility forms by NFKC and reads the ideographic full stop "。" as a dot). None when
    no browser would open it. The private-network test must see this name, not the written
    one: "%31%32%37.0.0.1" and "１２７.０.０.１" are both 127.0.0.1."""
    try:
        mapped = idna.uts46_remap(unquote_to_bytes(host).decode("utf-8"), std3_rules=False, transitional=False)
    except (UnicodeDecodeError, idna.IDNAError):
        return None
    return None if _FORBIDDEN_IN_HOST.search(mapped) else mapped


def _shown_host(host: str) -> str:
    """The host with its "xn--" labels in letters, as the address bar shows it."""
    try:
        return idna.decode(host) if "xn--" in host else host
    except idna.IDNAError:
        return host


def web_host(url: str) -> str | None:
    """The host a browser opens for an http(s) `url` (None when there is none): the one rule
    for `link_problem` and for comparing a link's text with its address (model/texts.py)."""
    try:
        # Browsers read "\\" as "/" in a web address: "https://a.fi\\@b.fi/" goes to a.fi.
        netloc = urlsplit(_URL_IGNORED.sub("", url).replace("\\", "/")).netloc
    except ValueError:  # a wide "＠", "／" or "：" in the host, which a browser refuses as well
        return None
    host = netloc.rpartition("@")[2]
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    return browser_host(host.partition(":")[0])


def _web_problem(url: str, cleaned: str) -> str | None:
    try:
        split = urlsplit(cleaned.replace("\\", "/"))
    except ValueError:
        return f'"{url}" has a host name no browser can open; copy the address from the browser\'s address bar'
    try:
        port = split.port  # raises for a port that is not a number from 0 to 65535
    except ValueError:
        port = 0
    if "@" in split.netloc:
        return (f'"{url}" has a user name before the host (user@host), which makes the address look like '
                "another site's; write the address without it")
    written = split.netloc.partition("]")[0] + "]" if split.netloc.startswith("[") else split.netloc.partition(":")[0]
    if not written:
        return f'"{url}" has no host name; write the full address, e.g. https://pshyvinvointialue.fi/…'
    if port == 0:
        return (f'"{url}" has a port after the host name that is not a number from 1 to 65535; '
                "remove the \":…\" after the host name (public pages need no port)")
    host = web_host(url)
    if host is None:
        return f'"{url}" has a host name no browser can open ({written}); copy the address from the browser\'s address bar'
    if why := _private_host(host):
        return (f'"{url}" points to {why} ({host}), which residents cannot open from home; '
                "link to a public page instead")
    if host != written:
        # "%70shyvinvointialue.fi", "ｐｓｈｙｖｉｎｖｏｉｎｔｉａｌｕｅ.fi": whoever reads the data sees
        # another name than the one the browser opens.
        return (f'"{url}" writes the host name {written} in a disguised form that browsers read as {host}; '
                f"write {host} instead")
    from .texts import mixed_script

    if mixed := mixed_script(_shown_host(host)):
        return (f'"{url}" mixes alphabets in its host name ({mixed}), so it looks like another site\'s address; '
                "retype the host name in one alphabet")
    if _not_latin(_shown_host(host)):
        # "кела.fi" (all Cyrillic) reads as kela.fi and is another site.
        return (f'"{url}" has a host name in another alphabet than the Latin one ({_shown_host(host)}), which can '
                "look like a Latin address and be another site's; the pages this site links to (Finnish, Swedish "
                "and English) have host names in Latin letters (a–z, å, ä, ö, é, ü…): retype it in Latin letters")
    return None


def _not_latin(host: str) -> bool:
    return not host.isascii() and any(c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in host)


def mail_host_problem(address: str) -> str | None:
    """Why the e-mail address `address` goes to a host no resident's mail reaches (the web
    addresses' rules: intranet names, private networks, another alphabet), or None."""
    host = browser_host(address.rpartition("@")[2]) if "@" in address else None
    if host is None:
        return None  # not an address at all: the caller says so
    if why := _private_host(host):
        return (f"is at {why} ({host}), which mail from residents' homes cannot reach; "
                "write a public e-mail address")
    if _not_latin(_shown_host(host)):
        return (f"is at a host name in another alphabet than the Latin one ({_shown_host(host)}), which can look "
                "like a Latin address and be another's; retype it in Latin letters")
    return None


def _mail_problem(url: str) -> str | None:
    address, _, query = url.partition(":")[2].partition("?")
    if "%" in address:  # "a%40evil.fi": the mail program decodes it into another address than the page shows
        return (f'"{url}" writes the e-mail address with %… codes, which the mail program turns into another '
                "address than the page shows; write the address itself: mailto:name@example.fi")
    if why := mail_host_problem(address):
        return f'"{url}" {why}'
    if not _MAIL_ADDRESS.fullmatch(address):
        return f'"{url}" has no valid e-mail address after mailto:; write it as mailto:name@example.fi'
    fields = parse_qsl(query, keep_blank_values=True) if query else []
    if any(name.lower() != "subject" for name, _ in fields) or len(fields) > 1 or any(
        "\n" in value or "\r" in value for _, value in fields
    ):
        return (f'"{url}" adds more to the e-mail than one subject (cc, bcc, body or a line break); '
                "write only mailto:name@example.fi, or mailto:name@example.fi?subject=…")
    from .texts import invisible_character

    for _, subject in fields:  # percent-encoded, the subject could carry what a text may not
        hidden = invisible_character(subject) or next((c for c in subject if unicodedata.category(c) == "Cc"), None)
        if hidden:
            return (f'"{url}" puts the invisible character U+{ord(hidden):04X} into the e-mail\'s subject, which '
                    "changes the subject without showing; remove it (the %… code for it) from the address")
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
            return f'loads "{url}" from outside the site, which would tell a third party who reads the page; {NO_IMAGES}'

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
                "links may start with https://, mailto: or tel:, or point to a page of this site")
    if name in {"http", "https"} and not cleaned.startswith(f"{name}://"):
        return f'"{url}" has no host name; write the full address, e.g. https://pshyvinvointialue.fi/…'
    if found := _ENDS_A_LINK.search(url.strip()):
        shown = "a space" if found.group().isspace() else f"the character {found.group()}"
        return (f'"{url}" has {shown}, which a link address cannot hold (the page would end the link there, or '
                f'the browser read it as something else); write it percent-encoded (%{ord(found.group()):02X}), '
                "as the browser's address bar shows it when you copy it")
    if name in {"http", "https"}:
        return _web_problem(url, cleaned)
    if name == "mailto":
        return _mail_problem(_URL_IGNORED.sub("", url))
    return _phone_problem(_URL_IGNORED.sub("", url))


def text_link_problem(url: str, embedded: bool = False) -> str | None:
    """`link_problem` for a link in data text (validation and the sanitiser): a web page only
    over https://, like every address field."""
    if problem := link_problem(url, embedded):
        return problem
    scheme = _SCHEME.match(_URL_IGNORED.sub("", url).lower())
    if not embedded and scheme and scheme.group(1) == "http":
        return NOT_HTTPS.format(value=url)
    return None


# What a link's text shows, found anywhere among its words: the reader trusts an address, number
# or e-mail address in it and does not look where the link goes ("[Soita 112](tel:+358…)" calls
# another number). The text is read as the reader reads it: NFKC first ("１１２" is 112), the
# ideographic full stop "。" as a dot (as browser_host reads it in a host name; NFKC makes the
# full-width "．" a dot and the half-width "｡" that stop), and an address written apart to hide it
# from programs ("kirjaamo(at)…", "kirjaamo @ …", "… . fi") is joined again.
_WEB_TEXT = re.compile(r"(?:https?://)?((?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,})(?![\w-])(?::\d+)?([/?#][^\s)]*)?",
                       re.IGNORECASE)
_MAIL_TEXT = re.compile(r"[\w.+\-]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}")
# A text that is nothing but a number ("017 173 31", "2026"): on a tel: link it must be the number called.
_PHONE_TEXT = re.compile(r"\+?[0-9][0-9 ()\-–]*[0-9]")
_SPELLED_AT = re.compile(r"\s*(?:[(\[]\s*(?:at|ät)\s*[)\]]|@)\s*", re.IGNORECASE)
_SPELLED_DOT = re.compile(r"\s*[(\[]\s*(?:dot|piste)\s*[)\]]\s*|(?<=\w)\s+\.\s*(?=\w)", re.IGNORECASE)


def _shown_text(name: str) -> str:
    name = " ".join(unicodedata.normalize("NFKC", name).replace("\u3002", ".").split())
    return _SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", name))


def _numbers_in(text: str, whole: bool = False) -> list[str]:
    """The phone numbers a reader sees in `text`, each as dialled: valid Finnish numbers as the
    phonenumbers library finds them in running text and the short numbers (112, 116 117); when
    `whole`, a text that is only digits ("017 173 31") as it stands."""
    import phonenumbers

    from .contact import SHORT_NUMBERS, dialled

    found = [dialled(match.raw_string) for match in phonenumbers.PhoneNumberMatcher(text, "FI")]
    found += [number.replace(" ", "") for number in re.findall(r"(?<![\d+])\d(?: ?\d)*(?!\d)", text)
              if number.replace(" ", "") in SHORT_NUMBERS]
    if whole and not found and _PHONE_TEXT.fullmatch(text) and sum(character.isdigit() for character in text) >= 3:
        try:
            found = [dialled(text)]
        except phonenumbers.NumberParseException:
            found = [re.sub(r"[^0-9+]", "", text)]
    return found


def _without_www(host: str | None) -> str | None:
    return host.rstrip(".").removeprefix("www.") if host else host


def link_text_problem(name: str, url: str) -> str | None:
    """Why a link's text `name` (what the reader sees, without formatting) does not fit its
    address `url`: the text shows nothing to read, holds another link, or shows another
    address, number or e-mail address than the one the link opens. None when it fits."""
    name = " ".join(name.split())
    if not any(character.isalnum() for character in name):
        return (f'the link to "{url}" has no words in its text ("{name}"), so the page shows nothing to click and '
                "a screen reader cannot name it; write between the brackets what it opens, "
                "e.g. [Hyvinvointialueen sivut](https://pshyvinvointialue.fi/)")
    if "](" in name:  # [[x](/kunnat/kuopio/)](https://evil.fi/): the page shows "[x](…)" and opens evil.fi
        return (f'the link to "{url}" has another link written in its text ("{name}"); a link\'s text is words '
                "only: write the links one after the other, e.g. [Kuopio](/kunnat/kuopio/) ja [KYS](/kunnat/kuopio/#kys)")
    scheme, _, rest = url.strip().partition(":")
    scheme = scheme.lower()
    target = unquote(rest.partition("?")[0]).lower() if scheme == "mailto" else None
    text = _shown_text(name)
    for address in _MAIL_TEXT.findall(text):
        if address.lower() != target:
            return (f'the link [{name}] opens "{url}", not the e-mail address its text shows; '
                    f"link the address itself: [{name}](mailto:{address})")
    text = _MAIL_TEXT.sub(" ", text)
    host = web_host(url) if scheme in {"http", "https"} else target.rpartition("@")[2] if target else None
    path = urlsplit(url.strip().replace("\\", "/")) if scheme in {"http", "https"} else None
    for shown in _WEB_TEXT.finditer(text):
        wanted = unquote((shown.group(2) or "").rstrip("/")).lower()
        opened = unquote(path.path + ("?" + path.query if path.query else "")).lower() if path else ""
        if _without_www(host) != _without_www(browser_host(shown.group(1))) or not opened.startswith(wanted):
            return (f'the link [{name}] opens "{url}", not the address its text shows; link that address itself, '
                    "or say in words what the link opens")
    calls = (_numbers_in(unquote(rest), whole=True) or [unquote(rest)])[0] if scheme == "tel" else None
    for number in _numbers_in(_WEB_TEXT.sub(" ", text), whole=scheme == "tel"):  # not the digits of "112.fi"
        if number != calls:
            return (f'the link [{name}] opens "{url}", not the phone number its text shows; '
                    f"link the number itself: [{name}](tel:{number})")
    return None
