"""Exam pages rendered by the generator alone, without MkDocs."""
from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from kys_rontgen.model.ptv import Ptv
from kys_rontgen.pages import render_pages


# The fixed section order of every exam page (issue 15), as the label keys of its headings.
SECTION_ORDER = ["exam_what_heading", "exam_where_heading", "exam_booking_heading", "exam_before_heading",
                 "exam_during_heading", "exam_after_heading", "exam_results_heading", "exam_travel_heading",
                 "exam_sources_heading"]
# The page's headings: the sections, then the urgent-help block every page type shares, then the sources.
PAGE_HEADINGS = [*SECTION_ORDER[:-1], "phone_heading", SECTION_ORDER[-1]]


def _plain(markdown: str) -> str:
    """The text without the span that lets paper leave out each source's sections and date."""
    return re.sub(r'</?span[^>]*>', "", markdown)


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
        headings = [line.removeprefix("## ").split(" { ")[0] for line in markdown.splitlines() if line.startswith("## ")]
        assert headings == [labels[key][lang] for key in PAGE_HEADINGS], exam.id
        review = markdown.index(labels["exam_last_reviewed"][lang])
        assert markdown.index(labels["exam_next_review"][lang]) > review > markdown.index("## " + labels["exam_sources_heading"][lang])


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_sources_list_names_every_source_page_with_its_sections_and_checked_date(dataset, pages, lang):
    labels = dataset.labels
    for exam in dataset.exams.exams:
        markdown = pages[f"{lang}/tutkimukset/{exam.id}.md"]
        listed = _plain(markdown.split("## " + labels["exam_sources_heading"][lang])[1])
        for section in SECTION_ORDER[:-1]:
            heading = labels[section][lang]
            assert f"{heading}," in listed or f"{heading};" in listed, (exam.id, section)
        for page, _ in dataset.exams.pages_of(exam, lang):  # of a page's language versions, the one in lang
            day = page.checked
            checked = f"{day.day}.{day.month}.{day.year}" if lang == "fi" else f"{day.day} {day.strftime('%B')} {day.year}"
            line = next(line for line in listed.splitlines() if f"]({page.url})" in line)
            assert line.startswith(f"- [{page.name[lang]}]") and line.endswith(f"{labels['exam_sources_checked'][lang]} {checked})")


def test_a_section_lists_only_the_pages_it_rests_on(dataset, pages):
    screening = pages["en/tutkimukset/mammography-screening.md"]
    listed = _plain(screening.split("## Sources")[1])
    kela = next(line for line in listed.splitlines() if "kela.fi/matkat" in line)
    assert kela.endswith("(Getting there; checked 2 December 2026)")
    assert "Kela does not reimburse trips to screening." in screening
    assert "Kela does not reimburse trips to screening." not in pages["en/tutkimukset/ct.md"]


def test_after_section_without_instructions_says_so_plainly(dataset, pages):
    after = dataset.labels["exam_after_none"]["fi"]
    assert after in pages["fi/tutkimukset/native-xray.md"]
    assert after not in pages["fi/tutkimukset/ct.md"]  # CT has an instruction: drink more after contrast


def test_review_dates_use_each_languages_date_format(dataset, pages):
    mri = next(exam for exam in dataset.exams.exams if exam.id == "mri")
    fi, en = pages["fi/tutkimukset/mri.md"], pages["en/tutkimukset/mri.md"]
    day = mri.last_reviewed
    assert f"Sivu tarkistettu: {day.day}.{day.month}.{day.year}" in fi
    assert f"Page last reviewed: {day.day} {day.strftime('%B')} {day.year}" in en


def test_other_names_and_base_form_keywords_reach_the_page(pages):
    fi = pages["fi/tutkimukset/mri.md"]
    assert "Muita nimiä: magneettitutkimus, MRI, MRI-tutkimus" in fi
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


@pytest.mark.parametrize(("lang", "single", "range_"), [
    ("fi", "Tutkimus kestää yleensä 30 minuuttia.", "Tutkimus kestää yleensä 30–60 minuuttia."),
    ("en", "It usually takes 30 minutes.", "It usually takes 30–60 minutes."),
])
def test_a_duration_of_one_length_is_one_number_not_a_range_of_it(dataset, pages, lang, single, range_):
    mri = next(exam for exam in dataset.exams.exams if exam.id == "mri")
    assert (mri.duration.min, mri.duration.max) == (30, 60) and range_ in pages[f"{lang}/tutkimukset/mri.md"]
    same = mri.model_copy(update={"duration": mri.duration.model_copy(update={"max": 30})})
    exams = dataset.exams.model_copy(update={"exams": [same if exam is mri else exam for exam in dataset.exams.exams]})
    markdown = render_pages(replace(dataset, exams=exams))[f"{lang}/tutkimukset/mri.md"]
    assert single in markdown and "30–30" not in markdown


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
    assert "- [Hyvinvointikeskus Aalto (Varkauden sosiaali- ja terveyskeskus)](../kunnat/varkaus.md#hyvinvointikeskus-aalto): Savontie 55, 78300 Varkaus" in where
    assert f"(../kunnat/iisalmi.md#terveystalo-iisalmi): {dataset.labels['exam_where_no_address_invitation']['fi']}" in where  # Terveystalo: no sourced address


def test_a_place_without_an_address_says_which_letter_gives_it_and_where_current_details_are(dataset, pages):
    # Terveystalo's screening sites have no sourced address: the reader is told that the invitation
    # letter has it, and where current details are (the county's page in the reader's language).
    county = dataset.municipalities.current_information[0]
    for lang, letter in (("fi", ": osoite on kutsukirjeessäsi"), ("en", ": the address is in your invitation letter")):
        where = _where(pages[f"{lang}/tutkimukset/mammography-screening.md"], lang, dataset)
        assert where.count(letter) == 2, lang  # Terveystalo Kuopio and Iisalmi
        assert "julkaistu" not in where and "not published" not in where
        assert f"]({county.page_for(lang)})" in where, lang
    # An exam one comes to with a referral names the appointment letter instead.
    ct = next(exam for exam in dataset.exams.exams if exam.id == "ct")
    place = dataset.locations.locations[0].model_copy(update={"id": "ct-place", "address": None, "exams": ["ct"]})
    locations = dataset.locations.model_copy(update={"locations": [*dataset.locations.locations, place]})
    where = _where(render_pages(replace(dataset, locations=locations))["fi/tutkimukset/ct.md"], "fi", dataset)
    assert ": osoite on ajanvarauskirjeessäsi" in where
    assert ct.booking != "invitation" and f"]({county.page_for('fi')})" in where
    # Where every place has its address, the page does not send the reader elsewhere for one.
    assert f"]({county.page_for('fi')})" not in _where(pages["fi/tutkimukset/ct.md"], "fi", dataset)


def test_plain_xray_is_listed_at_every_location_with_xray_and_nowhere_else(dataset, pages):
    markdown = pages["fi/tutkimukset/native-xray.md"]
    where = markdown.split("## " + dataset.labels["exam_where_heading"]["fi"])[1].split("\n## ")[0]
    for location in dataset.locations.locations:
        assert (f"- [{location.name['fi']}]" in where) == bool(location.xray), location.id


def test_child_patients_get_the_companion_rules_only_where_the_exam_says_so(dataset, pages):
    text = dataset.labels["exam_children"]["en"]  # plain text reaches the page as it is written
    for exam in dataset.exams.exams:
        markdown = pages[f"en/tutkimukset/{exam.id}.md"]
        before = markdown.split("## Before the examination")[1].split("\n## ")[0]
        assert (text in before) == exam.children, exam.id
        if exam.children:
            assert "terveyskyla-children" in exam.sources.before, exam.id
    assert "Very young children have their MRI scan under anaesthesia." in pages["en/tutkimukset/mri.md"]


def _ptv(dataset, *records):
    """The dataset with these PTV places imported (data/ptv.yaml is empty until an import)."""
    ptv = Ptv.model_validate({"locations": list(records)}, context={"languages": ["fi", "en"]})
    return replace(dataset, ptv=ptv)


def _ptv_place(**fields):
    return {"id": "leppavirran-testiasema", "name": {"fi": "Leppävirran testiasema", "en": "Leppävirta test station"},
            "municipality": "420", "address": {"street": "Testitie 1", "postal_code": "79100", "post_office": "Leppävirta"},
            "source": "https://www.suomi.fi/palvelut/testi", "checked": "2026-12-01",
            "ptv_id": "0b5ff4ee-79f9-4ab0-a6d3-6a9d2b1c4e55", "modified": "2026-11-30T10:00:00Z", **fields}


def _where(markdown: str, lang: str, dataset) -> str:
    return markdown.split("## " + dataset.labels["exam_where_heading"][lang])[1].split("\n## ")[0]


def test_where_section_lists_ptv_places_with_address_municipality_link_and_source(dataset):
    pages = render_pages(_ptv(dataset, _ptv_place(xray=True, exams=["mri"])))
    line = "- [Leppävirran testiasema](../kunnat/leppavirta.md#leppavirran-testiasema): Testitie 1, 79100 Leppävirta"
    assert line in _where(pages["fi/tutkimukset/native-xray.md"], "fi", dataset)
    assert line in _where(pages["fi/tutkimukset/mri.md"], "fi", dataset)
    assert "Leppävirran testiasema" not in pages["fi/tutkimukset/ct.md"]  # PTV says nothing of CT there
    sources = _plain(pages["en/tutkimukset/mri.md"].split("## Sources")[1])
    assert ("- [suomi.fi: palvelut testi](https://www.suomi.fi/palvelut/testi) (Where it is done: Leppävirta test station; "
            "checked 1 December 2026)") in sources


def test_a_ptv_place_without_xray_is_not_an_xray_place(dataset):
    pages = render_pages(_ptv(dataset, _ptv_place()))
    assert "Leppävirran testiasema" not in pages["fi/tutkimukset/native-xray.md"]


def test_an_editors_location_linked_to_ptv_is_listed_once_with_ptvs_address(dataset):
    kys = dataset.locations.by_id["kys"]
    ptv_id = "0b5ff4ee-79f9-4ab0-a6d3-6a9d2b1c4e55"
    locations = dataset.locations.model_copy(update={"locations": [
        kys.model_copy(update={"ptv_id": ptv_id}) if location.id == "kys" else location
        for location in dataset.locations.locations]})
    linked = replace(_ptv(dataset, _ptv_place(name={"fi": "KYS (PTV)", "en": "KYS (PTV)"}, municipality="297",
                                              address={"street": "Puijonlaaksontie 2", "post_office": "Kuopio"})),
                     locations=locations)
    where = _where(render_pages(linked)["fi/tutkimukset/mri.md"], "fi", dataset)
    assert where.count("\n- [") == 1, where  # KYS does MRI (the editor's `exams`), shown once
    assert "- [KYS (PTV)](../kunnat/kuopio.md#kys): Puijonlaaksontie 2, Kuopio" in where


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_address_sources_say_what_kind_of_source_a_weak_one_is_and_which_place_it_backs(dataset, pages, lang):
    sources = _plain(pages[f"{lang}/tutkimukset/native-xray.md"].split("## " + dataset.labels["exam_sources_heading"][lang])[1])
    wikipedia = dataset.locations.source_notes["fi.m.wikipedia.org"][lang]
    kys = dataset.locations.by_id["kys"]
    line = next(line for line in sources.splitlines() if "wikipedia.org/wiki/Kuopion_yliopistollinen_sairaala" in line)
    in_finnish = {"fi": "", "en": "in Finnish; "}[lang]  # a Finnish page, told to English readers only
    assert line.startswith(f"- [fi.m.wikipedia.org: wiki Kuopion yliopistollinen sairaala](https://fi.m.wikipedia.org/wiki/Kuopion_yliopistollinen_sairaala): {in_finnish}{wikipedia} (")
    assert f": {kys.name[lang]};" in line


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_source_named_by_its_host_says_when_it_is_in_another_language(dataset, pages, lang):
    # Place cards, the home page's service texts and the urgent-help block name sources by host; a
    # reader of another language is told the page's language (locations.yaml source_languages, or a
    # source page's own lang), so that an English reader knows a Finnish page waits behind the link.
    kaavi = _plain(pages[f"{lang}/kunnat/kaavi.md"])
    newspaper = next(line for line in kaavi.splitlines() if "](https://kiuruvesilehti.fi/" in line)
    night = next(line for line in kaavi.splitlines() if "](https://116117.fi/fi/Varkaus)" in line)
    home = _plain(pages[f"{lang}/index.md"])
    county = next(line for line in home.splitlines() if "](https://pshyvinvointialue.fi/web/en/imaging-services)" in line)
    if lang == "en":
        assert "](https://kiuruvesilehti.fi/2025/05/07/" in newspaper and ") (in Finnish; a local newspaper's news item" in newspaper
        assert "](https://116117.fi/fi/Varkaus) (in Finnish)" in night
        assert "](https://pshyvinvointialue.fi/web/en/imaging-services) (" not in county  # English, as the page
    else:
        assert "(suomenkielinen sivu" not in newspaper + night
        assert "](https://pshyvinvointialue.fi/web/en/imaging-services) (englanninkielinen sivu)" in county


# Words that send the reader to someone, and what tells them how to reach that someone.
CONTACT = {"fi": re.compile(r"ota yhteyttä|yhteyttä kuvausyksikköön|kuvausyksikölle|\bsoita\b|\bkysy\b", re.I),
           "en": re.compile(r"\bcontact\b|\bcall the\b|\bask\b|imaging unit named", re.I)}
ROUTE = {"fi": re.compile(r"ajanvarauskirje|kirjee|kutsukirje|numero|\]\(|<a href=|116117|terveysasema|kuvaushenkilökunna|vastaanotolla|ajan varatessasi|kuvauspaikalla"),
         "en": re.compile(r"appointment letter|letter|number|\]\(|<a href=|116117|health centre|imaging staff|call button|results appointment|[Ww]hen you book|at the imaging place")}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_no_exam_page_sends_the_reader_to_someone_without_saying_how(dataset, pages, lang):
    for exam in dataset.exams.exams:
        markdown = pages[f"{lang}/tutkimukset/{exam.id}.md"]
        body = markdown.split("\n# ", 1)[1].split("## " + dataset.labels["exam_sources_heading"][lang])[0]
        for line in body.splitlines():
            if CONTACT[lang].search(line):
                assert ROUTE[lang].search(line), (exam.id, line)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_tell_us_box_says_how_to_reach_the_imaging_unit(dataset, pages, lang):
    route = dataset.labels["exam_contact_imaging_unit"][lang]
    for exam in dataset.exams.exams:
        markdown = pages[f"{lang}/tutkimukset/{exam.id}.md"]
        title = f"### {dataset.labels['exam_tell_title'][lang]} {{ .kys-tell-us }}\n"
        box = markdown.split(title)[1].split("\n### ")[0] if title in markdown else ""
        if exam.booking != "referring_unit":  # screening, a self-booked X-ray: no appointment letter
            assert route not in markdown
        else:
            assert f"\n{route} [{dataset.labels['exam_health_centre_link'][lang]}](../kunnat/index.md)." in box, exam.id


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_hospital_exams_say_how_to_get_an_interpreter_and_arrive_and_screening_does_not(dataset, pages, lang):
    labels = dataset.labels
    for exam in dataset.exams.exams:
        markdown = pages[f"{lang}/tutkimukset/{exam.id}.md"]
        before = markdown.split("## " + labels["exam_before_heading"][lang])[1].split("\n## ")[0]
        travel = markdown.split("## " + labels["exam_travel_heading"][lang])[1].split("\n## ")[0]
        hospital = exam.travel == "kela"
        assert (labels["exam_interpreter"][lang] in before) == hospital, exam.id
        assert (hospital and labels[f"exam_travel_arrival_{exam.booking}"][lang] in travel) == hospital, exam.id
        if hospital:
            assert {"psshp-interpreting", "eu-healthcare-interpreting"} <= set(exam.sources.before), exam.id
            assert "terveyskyla-visit-steps" in exam.sources.travel, exam.id
            # The links under "on Kela's pages" are Kela's pages only.
            links = travel.split(labels["exam_travel_links_kela"][lang])[1]
            assert re.findall(r"\]\((https://[^/)]+)", links) == ["https://www.kela.fi"] * 2, exam.id


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_page_with_language_versions_is_cited_in_the_readers_language(dataset, pages, lang):
    # Kela's taxi page in Finnish and in English (version_of): a Finnish page cites the Finnish one,
    # an English page the English one, in the travel section and in the sources list.
    other = {"fi": "https://www.kela.fi/web/en/how-to-book-a-taxi",
             "en": "https://www.kela.fi/ajankohtaista-henkiloasiakkaat/-/asset_publisher/kg5xtoqDw6Wf/content/"
                   "tilaa-kelan-korvaama-taksimatka-aina-alueellisesta-tilausnumerosta"}
    own = other["en" if lang == "fi" else "fi"]
    for exam in dataset.exams.exams:
        if exam.travel != "kela":
            continue
        markdown = pages[f"{lang}/tutkimukset/{exam.id}.md"]
        assert f"]({other[lang]})" not in markdown, exam.id
        assert markdown.count(f"]({own})") == 2, exam.id  # under "Getting there" and in the sources


def test_of_two_language_versions_a_third_language_gets_the_first_listed_with_both_sections(dataset):
    # The rule is the data's, not Kela's: any page with version_of, in any section.
    versions = {page.id: page for page in dataset.exams.source_pages}
    english = versions["terveyskyla-ct"]
    finnish = english.model_copy(update={"id": "terveyskyla-ct-fi", "lang": "fi", "title": None,
                                         "url": "https://www.terveyskyla.fi/tt", "version_of": "terveyskyla-ct",
                                         "name": {"fi": "Terveyskylä: TT", "en": "Terveyskylä, in Finnish: CT"}})
    ct = next(exam for exam in dataset.exams.exams if exam.id == "ct")
    ct = ct.model_copy(update={"sources": ct.sources.model_copy(update={"after": ["terveyskyla-ct-fi"]})})
    exams = dataset.exams.model_copy(update={
        "source_pages": [*dataset.exams.source_pages, finnish],
        "exams": [ct if exam.id == "ct" else exam for exam in dataset.exams.exams]})
    shown = {lang: {page.id: sections for page, sections in exams.pages_of(ct, lang)} for lang in ("fi", "en", "sv")}
    assert "terveyskyla-ct" not in shown["fi"] and "terveyskyla-ct-fi" not in shown["en"]
    assert "after" in shown["fi"]["terveyskyla-ct-fi"] and "after" in shown["en"]["terveyskyla-ct"]
    assert set(shown["fi"]["terveyskyla-ct-fi"]) == set(shown["en"]["terveyskyla-ct"])  # both rest on the pair
    assert "terveyskyla-ct" in shown["sv"] and "terveyskyla-ct-fi" not in shown["sv"]  # first listed
    pages = render_pages(replace(dataset, exams=exams))
    assert "](https://www.terveyskyla.fi/tt)" in pages["fi/tutkimukset/ct.md"]
    assert "](https://www.terveyskyla.fi/tt)" not in pages["en/tutkimukset/ct.md"]


def test_results_say_how_they_come_where_a_source_does(dataset, pages):
    assert dataset.labels["exam_results_instruction_referring_unit"]["fi"] in pages["fi/tutkimukset/ct.md"]
    screening = pages["en/tutkimukset/mammography-screening.md"]
    assert "The screening result is sent to you by letter" in screening
    assert "terveyskyla-mammography" in next(e for e in dataset.exams.exams if e.id == "mammography-screening").sources.results


def test_the_child_text_speaks_of_radiation_dose_only_on_exams_that_use_x_rays(dataset, pages):
    dose = dataset.labels["exam_children_radiation"]["fi"]
    for exam in dataset.exams.exams:
        if exam.children:
            assert (dose in pages[f"fi/tutkimukset/{exam.id}.md"]) == exam.radiation, exam.id
    radiation_free = {exam.id for exam in dataset.exams.exams if not exam.radiation}
    assert radiation_free == {"mri", "ultrasound"}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_results_say_whether_they_show_in_my_kanta_with_its_sources(dataset, pages, lang):
    omakanta = dataset.labels["exam_results_omakanta"][lang]
    for exam in dataset.exams.exams:
        results = pages[f"{lang}/tutkimukset/{exam.id}.md"].split("## " + dataset.labels["exam_results_heading"][lang])[1]
        results = results.split("\n## ")[0]
        assert (omakanta in results) == exam.results_from_referrer, exam.id
        if exam.results_from_referrer:
            assert "kanta-faq" in exam.sources.results, exam.id


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_known_places_read_right_for_one_place_and_each_name_leads_to_its_card(dataset, pages, lang):
    """Resident review 3, finding 5: "ainakin näissä paikoissa … Linkki vie kunnan sivulle:" over
    one place; the link text now says where it goes (the place's own card)."""
    labels = dataset.labels
    one, many = labels["exam_where_locations_one"][lang], labels["exam_where_locations_many"][lang]
    counts = {}
    for exam in dataset.exams.exams:
        where = pages[f"{lang}/tutkimukset/{exam.id}.md"].split("{ #where }")[1].split("\n## ")[0]
        places = re.findall(r"^- \[(.+?)\]\(\.\./kunnat/([a-z-]+)\.md#([a-z0-9-]+)\)", where, re.M)
        counts[exam.id] = len(places)
        if places:
            assert (one in where, many in where) == (len(places) == 1, len(places) > 1), exam.id
        for _, municipality, anchor in places:
            assert f'<div class="kys-place" markdown>\n\n### ' in pages[f"{lang}/kunnat/{municipality}.md"]
            assert re.search(rf"^### .* {{ #{anchor} }}$", pages[f"{lang}/kunnat/{municipality}.md"], re.M), (exam.id, anchor)
        assert "Linkki vie" not in where and "Each link leads" not in where
    assert counts["mri"] == 1 and counts["native-xray"] == 3


# Resident review 3, finding 21: the county's page says a plain X-ray can be *booked* at any
# X-ray place; nothing says one can walk in. The page says it once, as booking.
ANY_PLACE = {"fi": "voit varata sen mihin tahansa röntgenkuvauspaikkaan", "en": "book the appointment yourself, at any place that takes X-rays"}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_plain_xray_page_says_once_that_you_book_at_any_place_and_never_that_you_just_go(dataset, pages, lang):
    markdown = pages[f"{lang}/tutkimukset/native-xray.md"]
    page = re.sub(r"\s+", " ", markdown.split("## " + dataset.labels["exam_sources_heading"][lang])[0])
    assert page.count(ANY_PLACE[lang]) == 1
    assert "mihin tahansa" not in page.replace(ANY_PLACE["fi"], "") and "any place" not in page.replace(ANY_PLACE["en"], "")
    assert "mennä mihin" not in page and "go to any" not in page
    # No appointment letter comes for an exam the reader books: none is said to tell where.
    where = page.split("## " + dataset.labels["exam_where_heading"][lang])[1].split("## ")[0]
    assert dataset.labels["exam_where_common"][lang] not in where


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_other_names_are_written_in_lower_case_except_abbreviations(dataset, pages, lang):
    for exam in dataset.exams.exams:
        line = next(line for line in pages[f"{lang}/tutkimukset/{exam.id}.md"].splitlines() if "kys-other-names" in line)
        names = re.sub(r"<[^>]+>", "", line).split(": ", 1)[1].split(", ")
        for name in names:
            first = name.split()[0].split("-")[0]
            assert not first[0].isupper() or first.isupper() or first == "X", (exam.id, name)


def test_the_missed_appointment_fee_uses_the_verb_the_page_asks_for(pages):
    # Resident review 3, finding 18: "peru" two lines earlier, then "peruuttamatta jätetystä ajasta".
    for exam in ("mri", "native-xray", "ct"):
        booking = pages[f"fi/tutkimukset/{exam}.md"].split("## Ajanvaraus ja peruminen")[1].split("\n## ")[0]
        assert "Jos et tule etkä ole perunut aikaa, sinulta voidaan periä maksu." in booking
        assert "peruuttamatta" not in booking


def test_a_taxi_booked_another_way_is_not_said_to_be_reimbursed_later(pages):
    # Finding 20: "not reimbursed ... straight away" read as "reimbursed later, slowly".
    travel = pages["en/tutkimukset/mri.md"].split("## Getting there")[1]
    assert "If you book a taxi any other way, Kela does not pay the fare directly." in travel
    assert "straight away" not in travel


@pytest.mark.parametrize("lang, name", [("fi", "Muut sivut"), ("en", "Other pages")])
def test_the_links_to_other_pages_are_a_navigation_landmark_with_its_own_name(dataset, pages, lang, name):
    # Resident review 3, finding 11: a screen reader lists every navigation by name.
    for exam in dataset.exams.exams:
        markdown = pages[f"{lang}/tutkimukset/{exam.id}.md"]
        navs = re.findall(r"<nav\b[^>]*>", markdown)
        assert len(navs) == 2 and all("aria-label" in nav for nav in navs), (exam.id, navs)
        block = markdown.split(f'<nav class="kys-page-links" aria-label="{name}" markdown>')[1].split("</nav>")[0]
        assert dataset.labels["directory_link"][lang] in block and dataset.labels["exam_where_home_link"][lang] in block


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_what_to_bring_says_whether_the_kela_card_is_needed_with_kelas_own_word(dataset, pages, lang):
    # Resident review 3, finding 24: the reader asks whether to bring a Kela card. Kela says
    # public healthcare does not need one, though it may be asked for to identify you.
    kela = {page.id: page for page in dataset.exams.source_pages}["kela-card-public-healthcare"]
    for exam in dataset.exams.exams:
        markdown = pages[f"{lang}/tutkimukset/{exam.id}.md"]
        bring = markdown.split("### " + dataset.labels["exam_bring_heading"][lang])[1].split("\n## ")[0]
        assert "- " + dataset.labels["exam_bring_kela_card"][lang] in bring, exam.id
        sources = _plain(markdown.split("## " + dataset.labels["exam_sources_heading"][lang])[1])
        line = next(line for line in sources.splitlines() if f"]({kela.url})" in line)
        assert dataset.labels["exam_before_heading"][lang] in line, exam.id
