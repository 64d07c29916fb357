"""`make import-ptv ORG=<id>`: every page of an organisation's channels from the PTV Open API v11.

GET {base}/api/v11/ServiceChannel/list/organization?organizationId=<id>&page=N returns
V11VmOpenApiServiceChannelsWithPaging (pageNumber, pageCount, itemList of full channels;
Tampere/ptv-php-client-v11 docs/Api/ServiceChannelApi.md). The API is open: no key.
Each request has a timeout; a failed or timed-out request is retried (urllib3's Retry).
"""
from __future__ import annotations

import json
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

API_BASE = "https://api.palvelutietovaranto.suomi.fi"
LIST_PATH = "/api/v11/ServiceChannel/list/organization"
# Where the raw responses are saved for review (git-ignored); `import-ptv FILE=` reads it again.
RESPONSES_FILE = "ptv-responses.json"


_RETRIED = (429, 500, 502, 503, 504)  # worth another try; any other error is not


class FetchError(Exception):
    pass


def _session(retries: int) -> requests.Session:
    retry = Retry(
        total=retries, connect=retries, read=retries, status=retries,
        status_forcelist=_RETRIED, allowed_methods=("GET",),
        backoff_factor=0.5, backoff_max=10, respect_retry_after_header=True, raise_on_status=False,
    )
    session = requests.Session()
    session.mount("http://", HTTPAdapter(max_retries=retry))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def fetch_pages(organization_id: str, base: str | None = None, timeout: float = 30, retries: int = 3) -> list[dict]:
    """Every page of the organisation's channels, in order (a list of paged responses)."""
    base = base or API_BASE
    session = _session(retries)
    pages, number, count = [], 1, 1
    while number <= count:
        url = base.rstrip("/") + LIST_PATH
        try:
            response = session.get(url, params={"organizationId": organization_id, "page": number}, timeout=timeout)
        except requests.RequestException as error:
            raise FetchError(f"page {number} of {url}: no answer after {retries} retries ({type(error).__name__}); try again later") from None
        if response.status_code in _RETRIED:
            raise FetchError(f"page {number} of {url}: HTTP {response.status_code} after {retries} retries; try again later")
        if response.status_code != 200:
            raise FetchError(f"page {number} of {url}: HTTP {response.status_code}; check the organisation id")
        try:
            page = response.json()
        except (ValueError, RecursionError):  # not JSON, or nested too deeply to be a PTV answer
            raise FetchError(f"page {number} of {url}: the answer is not JSON; try again later") from None
        pages.append(page)
        count = int(page.get("pageCount") or 0) if isinstance(page, dict) else 0
        number += 1
    return pages


def save_pages(pages: list[dict], path: Path) -> None:
    path.write_text(json.dumps(pages, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
