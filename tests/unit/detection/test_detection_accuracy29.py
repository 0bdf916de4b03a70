"""Conditions as hospitality, school, events and incident records write them, thirteenth pass (issue 13, helper
accuracy29).

An allergy or intolerance named by its allergen is a condition of the person whose form, row, note or message
holds it, in English and the languages of European guest notes; a health log's ``cond=``/``dx=`` key makes its
line a record; an injury a first-aider can only suspect is still the injury written down; a currency code after
an amount's cell is no condition. Each case is written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


def _of(text: str, kind: str) -> list[str]:
    return [v for t, v in found(text) if t == kind]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a form's value, whatever its label
        (
            "Attendee: Ragnfrid Olawale-Berg\nE-mail: r.olawale@example.org\nDietary: sesame allergy (no tahini)\n",
            "sesame allergy",
        ),
        # a YAML note of a roster
        (
            'team:\n  - name: Ottilie Marchbanks-Oyelowo\n    mobile: "+44 7700 900 418"\n'
            "    notes: latex allergy - nitrile gloves only\n",
            "latex allergy",
        ),
        # a payload's note beside the customer
        (
            '{"customer":{"name":"Tobiah Marchetti-Sloan","phone":"+44 7700 913 584"},'
            '"note":"tree nut allergy, please no cashews"}',
            "tree nut allergy",
        ),
        # a parent's message
        ("[18:03] Ngozi Abernethy: my son has a kiwi allergy so please no fruit salad\n", "kiwi allergy"),
        # an intolerance in a guest's note
        ("Guest: Wolfram Eisenhardt-Ngata, tel. +49 171 4409 218. Notes: gluten intolerance.\n", "gluten intolerance"),
    ],
)
def test_an_allergy_named_by_its_allergen_is_someones_condition(text: str, term: str) -> None:
    assert any(term in v for v in _of(text, "DIAGNOSIS")), found(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Note CRM : Mme Gaëlle Vandenbroucke (gaelle.vdb@example.be) signale une allergie aux arachides.\n",
            "allergie aux arachides",
        ),
        (
            "Nota: la huésped Inmaculada Berrocal (tel. +34 612 480 377) tiene alergia al marisco.\n",
            "alergia al marisco",
        ),
        (
            "Richiesta di Ludovica Santangelo (+39 347 552 0918): il figlio ha un'allergia alle arachidi.\n",
            "allergia alle arachidi",
        ),
        ("Gastnotiz: Frau Wiebke Osterhaus (Tel. +49 171 4409 218) hat eine Erdnussallergie.\n", "Erdnussallergie"),
    ],
)
def test_an_allergy_in_other_languages(text: str, term: str) -> None:
    assert any(term in v for v in _of(text, "DIAGNOSIS")), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a menu's advice to anyone, beside the restaurant's booking line
        "AUTUMN MENU\nGuests with a nut allergy should speak to a manager before ordering.\n"
        "Bookings: bookings@lotus-bar.example.com\n",
        # an allergy asked about and answered no
        "Member: Fenella Dubrovski   DOB: 14/09/2014\nEgg allergy: no.\n",
    ],
)
def test_no_ones_allergy(text: str) -> None:
    assert not [v for v in _of(text, "DIAGNOSIS") if "allerg" in v.lower()], found(text)


def test_a_health_logs_condition_key_makes_its_line_a_record() -> None:
    text = (
        "2026-03-02T08:14:09Z sickbay-app[311]: visit crew=H. Mostyn cond=epilepsy med=levetiracetam out=rest\n"
        "2026-03-02T09:40:51Z sickbay-app[311]: visit crew=Y. Kettleborough dx=migraine med=sumatriptan out=duty\n"
    )
    assert "epilepsy" in _of(text, "DIAGNOSIS"), found(text)
    assert "sumatriptan" in _of(text, "MEDICATION"), found(text)


def test_a_network_logs_condition_key_is_no_record() -> None:
    text = "2026-03-02T08:14:09Z edge-gw[77]: if=wan0 rx=1840233 tx=99214 cond=up drops=0\n"
    assert not _of(text, "DIAGNOSIS")


def test_a_suspected_injury_is_the_injury_written_down() -> None:
    text = (
        "Incident report IR-2026-0418. A skater, Marisol Achebe-Grant (tel. 020 7946 0321), fell near the boards. "
        "She was taken to hospital with a suspected fractured left wrist.\n"
    )
    assert any("wrist" in v for v in _of(text, "DIAGNOSIS")), found(text)


def test_a_suspected_condition_is_still_not_asserted() -> None:
    text = "Patient: Idris Vantongeren  MRN 88120455\nA: suspected pneumonia, CXR requested.\n"
    assert "pneumonia" not in _of(text, "DIAGNOSIS")


def test_a_currency_code_after_an_amounts_cell() -> None:
    text = (
        "folio;guest;method;card;amount;currency\n"
        "F-20931;Reto Zimmerli-Haas;CC;4815 9941 8566 0017;1840,50;CHF\n"
        "F-20932;Anouk Berthoud;CC;5298 3864 4836 7824;612.00;CHF\n"
    )
    assert "CHF" not in _of(text, "DIAGNOSIS")


def test_a_heart_failure_abbreviation_in_a_problem_list_stays() -> None:
    text = "Patient: Idris Vantongeren  MRN 88120455\nPMH: HTN, DM2, CHF, CKD 3a.\n"
    assert "CHF" in _of(text, "DIAGNOSIS")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # the disease a certificate or a jab is against
        ("Traveller: Gwendolyn Achterhof-Sy  DOB 03/11/1984\nOH: fit; rabies certificate on file\n", "rabies"),
        # contact with a disease, a class's project on it
        ("From: p.oyelaran@example.net\nThe letter about chickenpox exposure in Year 3 was clear.\n", "chickenpox"),
        ("From: p.oyelaran@example.net\nRafferty loved the tuberculosis project in science.\n", "tuberculosis"),
        # a report's finding against it
        (
            "Claimant: Emrys Kowalczyk-Dunne  DOB 21/06/1971\nHead: brief daze; concussion is not supported.\n",
            "concussion",
        ),
        # a clinic of two specialties
        (
            "Patient: Emrys Kowalczyk-Dunne  DOB 21/06/1971\nFollow-up: fracture/plaster clinic in 2 weeks.\n",
            "fracture",
        ),
        # a condition as a form's label, answered no
        ("Driver: Emrys Kowalczyk-Dunne  DOB 21/06/1971\nAngina in the last 12 months: none\n", "Angina"),
    ],
)
def test_a_disease_that_is_no_ones_condition_here(text: str, term: str) -> None:
    assert term not in _of(text, "DIAGNOSIS"), found(text)


def test_a_conditions_heading_that_its_value_names_again() -> None:
    text = "Driver: Emrys Kowalczyk-Dunne  DOB 21/06/1971\nEpilepsy:   epilepsy diagnosed 2009, seizure-free.\n"
    assert _of(text, "DIAGNOSIS") == ["epilepsy"], found(text)


def test_someone_has_it() -> None:
    text = (
        "Night handover\n- Room 412: Teodoro Villanueva-Roth uses a walking frame and has Parkinson's disease.\n"
        "Duty manager: +44 20 7946 0112\n"
    )
    assert "Parkinson's disease" in _of(text, "DIAGNOSIS"), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reception: +44 20 7946 0112\nIf a guest has diabetes, the minibar snacks can be swapped on request.\n",
        "Reception: +44 20 7946 0112\nThe Health Department has confirmed 3 cases of tuberculosis in the town.\n",
    ],
)
def test_a_policy_or_a_population_has_it(text: str) -> None:
    assert not _of(text, "DIAGNOSIS"), found(text)


def test_a_parents_possessive_in_spanish() -> None:
    text = (
        "[07:41] Marisela Quintanar: Buenos días profesora, Iker no va hoy\n"
        "[07:42] Marisela Quintanar: ya le di su levetiracetam y está durmiendo\n"
    )
    assert "levetiracetam" in _of(text, "MEDICATION"), found(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Nota: el asegurado Baltasar Ezquerra Lomba (tel. +34 655 201 984) refiere fractura de muñeca.\n", "fractura"),
        ("Note : l'assurée Pernelle Grandjean (+33 6 44 81 27 90) signale une entorse de la cheville.\n", "entorse"),
        (
            "Re: Idunn Halvorsen-Mbatha (idunn.hm@example.org)\nIdunn attended today following a corneal abrasion.\n",
            "corneal abrasion",
        ),
        (
            "[07:50] Clémentine Fauchard: Bonjour Madame, Anatole ne viendra pas, crise d'asthme cette nuit.\n"
            "[07:51] Clémentine Fauchard: merci\n",
            "asthme",
        ),
    ],
)
def test_an_injury_or_an_attack_as_other_writers_write_it(text: str, term: str) -> None:
    assert any(term in v for v in _of(text, "DIAGNOSIS")), found(text)
