"""The address search service: OS Places' API shape when ADDRESS_LOOKUP_URL is set (`{url}/find?query=` and
`{url}/uprn?uprn=`, each with `key=` ADDRESS_LOOKUP_KEY), otherwise the offline demo addresses."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from logs_service.domain.addresses import (
    Address,
    AddressLookup,
    AddressLookupUnavailable,
    OfflineAddressLookup,
    address_from_os_places,
)

logger = logging.getLogger(__name__)

HTTP_TIMEOUT_SECONDS = 3.0
MAX_RESULTS = 10
MIN_MATCH = 0.2  # as the live service's search box asks


class HttpAddressLookup:
    def __init__(self, base_url: str, key: str, timeout: float = HTTP_TIMEOUT_SECONDS) -> None:
        self._base_url = base_url.rstrip("/")
        self._key = key
        self._timeout = timeout

    def search(self, query: str) -> list[Address]:
        try:
            return self._records("find", {"query": query, "maxresults": MAX_RESULTS, "minmatch": MIN_MATCH})
        except AddressLookupUnavailable:
            return []  # the search page then offers manual entry only

    def find_uprn(self, uprn: str) -> Address | None:
        found = self._records("uprn", {"uprn": uprn})
        return found[0] if found else None

    def _records(self, path: str, params: dict[str, Any]) -> list[Address]:
        url = f"{self._base_url}/{path}?{urllib.parse.urlencode({**params, 'key': self._key})}"
        try:
            with urllib.request.urlopen(url, timeout=self._timeout) as response:  # noqa: S310 (configured URL)
                body = json.load(response)
        except urllib.error.HTTPError as exc:
            if exc.code in (400, 404):  # not found, or a query the service cannot read
                return []
            raise AddressLookupUnavailable(str(exc.code)) from exc
        except (OSError, ValueError) as exc:
            # Service down, slow or answering nonsense; the query is personal data, so it is not logged.
            logger.info("address lookup failed: %s", type(exc).__name__)
            raise AddressLookupUnavailable(type(exc).__name__) from exc
        results = body.get("results") or [] if isinstance(body, dict) else []
        return [address_from_os_places(r["DPA"]) for r in results if isinstance(r, dict) and r.get("DPA")]


def address_lookup(base_url: str, key: str) -> AddressLookup:
    return HttpAddressLookup(base_url, key) if base_url else OfflineAddressLookup()
