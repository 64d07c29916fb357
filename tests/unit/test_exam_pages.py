"""Exam pages rendered by the generator alone, without MkDocs."""
from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from kys_rontgen.pages import render_pages


# The fixed section order of every exam page, as label keys.
SECTION_ORDER = ["exam_booking_heading", "exam_before_heading", "exam_tell_heading", "exam_on_the_day_heading",
                 "exam_during_heading", "exam_where_heading", "exam_last_reviewed", "exam_next_review"]


def _json_ld(markdown: str) -> dict:
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', markdown, re.S)
    return json.loads(block)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_exam_page_has_every_section_in_the_fixed_order(dataset, pages, lang):
    labels = dataset.labels
    for exam in dataset.exams.exams:
        markdown = pages[f"{lang}/tutkimukset/{exam.id}.md"]
        assert f"\n# {exam.name[lang]}\n" in markdown
        assert exam.summary[lang] in markdown
        positions = [markdown.find(labels[key][lang]) for key in SECTION_ORDER]
        assert -1 not in positions, (exam.id, [k for k, p in zip(SECTION_ORDER, positions) if p < 0])
        assert positions == sorted(positions), exam.id


def test_review_dates_use_each_languages_date_format(dataset, pages):
    mri = next(exam for exam in dataset.exams.exams if exam.id == "mri")
    fi, en = pages["fi/tutkimukset/mri.md"], pages["en/tutkimukset/mri.md"]
    day = mri.last_reviewed
    assert f"Sivu tarkistettu: {day.day}.{day.month}.{day.year}" in fi
    assert f"Page last reviewed: {day.day} {day.strftime('%B')} {day.year}" in en


def test_other_names_and_base_form_keywords_reach_the_page(pages):
    fi = pages["fi/tutkimukset/mri.md"]
    assert "Magneettitutkimus" in fi and "MRI" in fi
    front_matter = fi.split("---")[1]
    assert '- "magneettikuvaus"' in front_matter and '- "paasto"' in front_matter
    assert '- "ultraääni"' in pages["fi/tutkimukset/ultrasound.md"].split("---")[1]


def test_common_items_come_from_labels_and_exam_items_from_the_exam(dataset, pages):
    ct = pages["en/tutkimukset/ct.md"]
    assert dataset.labels["exam_tell_contrast_allergy"]["en"] in ct
    assert dataset.labels["exam_bring_earlier_images"]["en"] in ct
    ultrasound = pages["en/tutkimukset/ultrasound.md"]
    assert dataset.labels["exam_tell_contrast_allergy"]["en"] not in ultrasound
    assert "It usually takes 10–30 minutes." in ultrasound


def test_screening_page_tells_who_must_book_and_has_no_referring_doctor(dataset, pages):
    screening = pages["fi/tutkimukset/mammography-screening.md"]
    assert dataset.labels["exam_booking_invitation"]["fi"] in screening
    assert "turvakielto" in screening and "varaa silloin aika itse" in screening.lower()
    assert dataset.labels["exam_results"]["fi"] not in screening
    assert dataset.labels["exam_results"]["fi"] in pages["fi/tutkimukset/ct.md"]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_json_ld_describes_the_exam_from_its_data(dataset, pages, lang):
    for exam in dataset.exams.exams:
        data = _json_ld(pages[f"{lang}/tutkimukset/{exam.id}.md"])
        assert data["@type"] == "MedicalWebPage"
        assert data["lastReviewed"] == exam.last_reviewed.isoformat()
        about = data["mainEntity"]
        assert about["@type"] == ("MedicalProcedure" if exam.kind == "procedure" else "ImagingTest")
        assert about["name"] == exam.name[lang]
        assert exam.before.do[0][lang] in about["preparation"]
        assert exam.during[0][lang] in about["howPerformed"]
    assert _json_ld(pages[f"{lang}/tutkimukset/procedural-radiology.md"])["mainEntity"]["@type"] == "MedicalProcedure"


def test_json_ld_cannot_end_its_script_element_early(dataset):
    mri = next(exam for exam in dataset.exams.exams if exam.id == "mri")
    hostile = mri.model_copy(update={"during": [{"fi": "a </script> b", "en": "a </script> b"}]})
    exams = dataset.exams.model_copy(update={"exams": [hostile]})
    markdown = render_pages(replace(dataset, exams=exams))["fi/tutkimukset/mri.md"]
    script = markdown.split('<script type="application/ld+json">')[1]
    assert script.count("</script>") == 1  # only the element's own end tag
    assert _json_ld(markdown)["mainEntity"]["howPerformed"] == "a </script> b"


def test_index_and_home_link_every_exam_page(dataset, pages):
    for lang in ("fi", "en"):
        for exam in dataset.exams.exams:
            assert f"[{exam.name[lang]}]({exam.id}.md)**: {exam.summary[lang]}" in pages[f"{lang}/tutkimukset/index.md"]
            assert f"[{exam.name[lang]}](tutkimukset/{exam.id}.md)" in pages[f"{lang}/index.md"]


def test_a_ninth_exam_gets_its_page_and_index_entry_from_data_alone(dataset):
    ninth = dataset.exams.exams[0].model_copy(
        update={"id": "bone-density", "name": {"fi": "Luuntiheysmittaus", "en": "Bone density scan"}}
    )
    exams = dataset.exams.model_copy(update={"exams": [*dataset.exams.exams, ninth]})
    pages = render_pages(replace(dataset, exams=exams))
    assert "\n# Luuntiheysmittaus\n" in pages["fi/tutkimukset/bone-density.md"]
    assert "[Bone density scan](bone-density.md)" in pages["en/tutkimukset/index.md"]


def test_where_section_lists_the_locations_whose_data_names_the_exam(dataset, pages):
    doing_screening = [loc for loc in dataset.locations.locations if "mammography-screening" in loc.exams]
    assert doing_screening  # the screening sites are in data/locations.yaml
    screening = pages["fi/tutkimukset/mammography-screening.md"]
    where = screening[screening.index("## " + dataset.labels["exam_where_heading"]["fi"]):]
    for location in doing_screening:
        assert f"- [{location.name['fi']}](../kunnat/" in where
    assert "(../kunnat/index.md)" in where  # the directory, for the resident's own health centre
    assert dataset.labels["exam_where_locations"]["fi"] not in pages["fi/tutkimukset/ct.md"]
