"""The Open data page: what the directory files (JSON, CSV) and the notice feeds hold, and on
what terms. Linked from the directory page and from every footer."""
from __future__ import annotations

from ..published_files import CSV_PATH, EXPORT_PATH, csv_fields
from ..feeds import ATOM_FILE, ICALENDAR_FILE
from .page import Page

PATH = "avoin-data.md"


def pages(dataset) -> list[Page]:
    return [Page(PATH, "open_data.md.j2", {
        "json_path": EXPORT_PATH, "csv_path": CSV_PATH, "csv_fields": csv_fields(dataset.languages),
        "feed_files": (ATOM_FILE, ICALENDAR_FILE),
        # No licence is decided in any source: the page says so and names whom to ask, the
        # county that publishes the site (the first place for current information).
        "publisher": dataset.municipalities.current_information[0],
    })]
