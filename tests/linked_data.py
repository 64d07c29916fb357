"""The real data with links to this site's pages in the texts shown in each kind of place:
- a notice (the theme shows it on every page; the feeds carry it), one link to a place card (#kys);
- the page-not-found text (the 404 page, served at any address);
- a place's description (its municipality's page, the directory export);
- an exam's summary (its page, its meta description and structured data).
Shared by tests/unit/test_site_links.py and tests/site/test_site_links.py."""
from __future__ import annotations

from pathlib import Path

# Inside the notice's window: the clock a build test pins (KYS_NOW), the moment of tests/broken_data.py NOW.
KYS_NOW = "2026-12-04 12:00"
NOTICE = """notices:
  - id: mri-moved
    start: 2026-11-01 07:00
    end: 2026-12-31 16:00
    severity: info
    shows_on: all
    title: {fi: Magneettikuvaus muuttaa, en: MRI is moving}
    text:
      fi: "Lue [magneettikuvauksen ohje](/tutkimukset/mri/). Yhteystiedot: [KYS](/kunnat/kuopio/#kys)."
      en: "Read [the MRI instructions](/tutkimukset/mri/). Contact details: [KYS](/kunnat/kuopio/#kys)."
"""
# (file, old, new): each link text names the page in the text's own language.
EDITS = [
    ("notices.yaml", "notices: []\n", NOTICE),
    # A phone line's text is on every page and on the 404 page, which is served at any depth.
    # (Labels hold no links: many are headings and link texts.)
    ("service.yaml", "      fi: Soita, kun henki tai terveys on välittömässä vaarassa.",
     "      fi: Soita, kun henki tai terveys on välittömässä vaarassa. Katso [tutkimukset](/tutkimukset/)."),
    ("service.yaml", "      en: Call when life or health is in immediate danger.",
     "      en: Call when life or health is in immediate danger. See [the exams](/tutkimukset/)."),
    ("locations.yaml", "Alueen ainoa yöpäivystys on KYS:ssä.", "Alueen ainoa yöpäivystys on KYS:ssä. [Kunnat](/kunnat/)"),
    ("locations.yaml", "is at KYS.", "is at KYS. [Municipalities](/kunnat/)"),
    # An exam's summary is also its page's meta description and structured data: plain text there.
    ("exams.yaml", "Kestää yleensä 30–60 minuuttia.", "Kestää yleensä 30–60 minuuttia. Katso [kunnat](/kunnat/)."),
    ("exams.yaml", "It usually takes 30–60 minutes.", "It usually takes 30–60 minutes. See [municipalities](/kunnat/)."),
]


def add_site_links(data_dir: Path) -> None:
    for name, old, new in EDITS:
        path = data_dir / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
