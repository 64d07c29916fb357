"""Exam pages as a resident reads them (issue 15, resident review #3, #4, #11)."""
from __future__ import annotations

import re


def _section(page: str, heading: str) -> str:
    """A level-2 section of a generated page, from its heading to the next one."""
    return page.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]


def test_what_to_tell_in_advance_comes_first_under_before_the_examination(pages, dataset):
    """A pacemaker is the one thing an MRI patient must not miss: it is not left after the lists."""
    for lang in ("fi", "en"):
        before = _section(pages[f"{lang}/tutkimukset/mri.md"], dataset.labels["exam_before_heading"][lang])
        tell = before.index(f"### {dataset.labels['exam_tell_title'][lang]}")
        assert tell < before.index(f"### {dataset.labels['exam_do_heading'][lang]}")
        assert tell < before.index(f"### {dataset.labels['exam_dont_heading'][lang]}")


def test_mri_keeps_devices_that_may_stop_the_scan_apart_from_joint_replacements(pages):
    """"proteesi … voivat estää" beside "Tekonivel … ei yleensä estä" told a hip patient both."""
    mri = pages["fi/tutkimukset/mri.md"]
    may_prevent = next(line for line in mri.splitlines() if "estää kuvauksen" in line)
    assert "sydämentahdistin" in may_prevent and "lääkepumppu" in may_prevent
    assert "proteesi" not in may_prevent and "tekonivel" not in may_prevent.lower()
    assert "Tekonivel tai luuhun kiinnitetty metalli ei yleensä estä kuvausta" in mri
    english = next(line for line in pages["en/tutkimukset/mri.md"].splitlines() if "prevent the scan" in line
                   and "pacemaker" in line)
    assert "prosthesis" not in english and "joint" not in english


def test_no_invitation_to_screening_says_whom_to_contact(pages, dataset):
    """The page used to end in "book yourself" with no one to book from."""
    fi = _section(pages["fi/tutkimukset/mammography-screening.md"], dataset.labels["exam_booking_heading"]["fi"])
    assert "Jos olet 50–69-vuotias etkä ole saanut kutsua yli 26 kuukauteen" in fi
    assert "hyvinvointialueeseen (Hyvinvointikeskus Aalto)" in fi and "Terveystaloon" in fi
    assert 'href="https://www.terveystalo.com/fi"' in fi
    assert "omalta terveysasemaltasi" not in pages["fi/tutkimukset/mammography-screening.md"]
    where = _section(pages["fi/tutkimukset/mammography-screening.md"], dataset.labels["exam_where_heading"]["fi"])
    assert "hyvinvointialue tekee seulonnat itse" in where
    en = _section(pages["en/tutkimukset/mammography-screening.md"], dataset.labels["exam_booking_heading"]["en"])
    assert "have had no invitation for more than 26 months" in en and "contact Terveystalo" in en


def test_source_names_carry_no_pair_of_brackets_after_the_title(dataset):
    """"Terveyskylä: X-ray examination (englanninkielinen sivu) (Mikä tutkimus on; …)" read as
    nested brackets: what the page is now comes before its title."""
    for page in dataset.exams.source_pages:
        for lang, name in page.name.items():
            assert not re.search(r"\((englanninkielinen|ruotsinkielinen) sivu|\(a page in", name), (page.id, lang, name)
