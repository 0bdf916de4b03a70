"""Clinical assertion outside clinical records, tenth pass (issue 13, helper accuracy20).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found, types


def _of(text: str, kind: str) -> list[str]:
    return [v for t, v in found(text) if t == kind]


# ------------------------------------------------------ a condition said of someone outside a clinical record
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "Account holder: Marguerite Oyelaran  Tel: 07700 914 337\n"
            "Note: account holder's partner relies on a suction machine (motor neurone disease).\n",
            "DIAGNOSIS",
            "motor neurone disease",
        ),
        (
            "Traveller: Hollis Ferreira-Banks\nTraveller reports epilepsy; carries levetiracetam in hand luggage.\n",
            "MEDICATION",
            "levetiracetam",
        ),
        ("Resident: Bernadette Kwiatkowska\nReason: vascular dementia\n", "DIAGNOSIS", "vascular dementia"),
        (
            "De: Renata Villalobos <renata.villalobos@correo-andino.co>\n\nSufro de diabetes y tuve que comprar "
            "metformina en destino.\n",
            "MEDICATION",
            "metformina",
        ),
        (
            "Da: Ottavio Scarpellini <o.scarpellini@postaweb.it>\n\nSoffro di BPCO e non avevo ossigeno.\n",
            "DIAGNOSIS",
            "BPCO",
        ),
        (
            "De la: Dorin Margineanu <dorin.margineanu@postmail.ro>\n\nSoțul meu are BPOC și folosește oxigen.\n",
            "DIAGNOSIS",
            "BPOC",
        ),
        ("Cormac Tierney, 01632 960 441, nebuliser, condition: bronchiectasis\n", "DIAGNOSIS", "bronchiectasis"),
    ],
)
def test_condition_said_of_someone(text: str, kind: str, value: str) -> None:
    assert value in _of(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Guest: Laszlo Perenyi  Room 411\nReason: noise from the lift shaft\n",
        "Customer care guideline (v3)\nCustomers who rely on oxygen concentrators, for example for COPD, are added.\n",
    ],
)
def test_no_condition_of_anyone(text: str) -> None:
    assert not types(text) & {"DIAGNOSIS", "MEDICATION"}


# ---------------------------------------------------------------- injuries, as incident reports and claims write them
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Dear Mr Okonkwo-Hale, the notes record that you suffered a fractured left collarbone on the ramp.\n",
            "fractured left collarbone",
        ),
        (
            "Dear Mr Okonkwo-Hale, you suffered a laceration above the right eyebrow, closed with stitches.\n",
            "laceration above the right eyebrow",
        ),
        (
            "Name: Ruairi Blackwood  Tel: 0161 496 0732\nInjury: second-degree burn to the left forearm\n",
            "second-degree burn to the left forearm",
        ),
        ("Patient: Ilario Benvenuti\nReason for referral: lumbar strain\n", "lumbar strain"),
        ("Patient: Ilario Benvenuti\nAssessment: right wrist fracture, cast applied\n", "right wrist fracture"),
    ],
)
def test_injury_of_someone(text: str, value: str) -> None:
    assert value in _of(text, "DIAGNOSIS")


@pytest.mark.parametrize(
    "text",
    [
        # a toolbox talk about injuries in general, with nobody named
        "Falls from ladders cause fractured wrists and sprained ankles on our sites.\n",
        # the words of injuries used of things
        "Release notes by Ilka Brandstetter: fixed a broken link in the footer and a burn-rate chart.\n"
        "The strain gauge on the left arm of crane 2 was recalibrated.\n",
        # negated
        "Patient: Ilario Benvenuti\nX-ray: no fractured left radius; soft tissue only.\n",
    ],
)
def test_no_injury(text: str) -> None:
    assert "DIAGNOSIS" not in types(text)


def test_every_injury_word_holds_a_stem_the_window_is_searched_for() -> None:
    from privacykit.domain.detection.scanners import medical

    words = [
        "fractured",
        "broken",
        "sprained",
        "dislocated",
        "strained",
        "bruised",
        "torn",
        "twisted",
        "crushed",
        "burned",
        "burnt",
        "lacerated",
        "injured",
        "cracked",
        "ruptured",
        "fracture",
        "sprain",
        "strain",
        "laceration",
        "contusion",
        "dislocation",
        "burn",
        "abrasion",
        "bruise",
        "bruising",
        "rupture",
        "tear",
        "wound",
        "injury",
        "graze",
        "cut",
    ]
    for word in words:
        assert any(stem in word for stem in medical._INJURY_STEMS), word
        assert word in medical._INJURY.pattern, word


# ------------------------------------------------------------ the dotted capital I keeps every offset after it
def test_dotted_capital_i_keeps_offsets() -> None:
    from privacykit.domain.detection.shapes import same_length_lower

    assert same_length_lower("Konak/İzmir") == "konak/izmir"
    text = "DOB: 02/11/1961\nHome: Üsküdar/İSTANBUL\nSecondary: migraine with aura\n"
    assert ("DIAGNOSIS", "migraine with aura") in found(text)


# ------------------------------------------------------------------------------- health plan ids and other plans
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Benefits: enrolled in Aetna HMO, member ID K448190273 (group 55120).\n", "K448190273"),
        ("Plan: Blue Cross PPO  Member ID: XJQ730018822 (group no. 4471)\n", "XJQ730018822"),
    ],
)
def test_member_id_beside_its_group_number(text: str, value: str) -> None:
    assert ("HEALTH_PLAN_ID", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Policy No.: GHI-55012 (corporate)\nPatient: Ines Ortolani, asthma\n",
        "HARBOUR TRAVEL PROTECT — MEDICAL EXPENSES CLAIM\nPolicy number: HTP-55312876\nDiagnosis: asthma\n",
        "Skyway Miles member no.: 736158204\nDate of birth: 03/04/1977\nPrescription: ramipril\n",
    ],
)
def test_other_plans_number_is_no_health_plan_id(text: str) -> None:
    assert "HEALTH_PLAN_ID" not in types(text)


# ------------------------------------------------------------- a drug screened for or naming a device; joined terms
@pytest.mark.parametrize(
    "text",
    [
        "Name: Tobiah Krall  DOB 04/05/1980\nCocaine metabolite     NEGATIVE    300 ng/mL\n",
        "Name: Tobiah Krall  DOB 04/05/1980\nMorphine (urine): not detected\n",
        "Name: Tobiah Krall  DOB 04/05/1980\nEquipment: insulin fridge, nebuliser\n",
    ],
)
def test_drug_screened_for_or_a_device_is_no_medication(text: str) -> None:
    assert "MEDICATION" not in types(text)


def test_condition_with_condition_is_one_finding() -> None:
    text = "Patient: Tobiah Krall\nDiagnosis: COPD with chronic hypoxaemia\n"
    assert [v for t, v in found(text) if t == "DIAGNOSIS"] == ["COPD with chronic hypoxaemia"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Patient: Tobiah Krall  DOB 04/05/1980\nQualifying condition: motor neurone disease\n",
            "motor neurone disease",
        ),
        ("Passenger: Tobiah Krall  Seat 14C\nAssessment: panic attack. Settled.\n", "panic attack"),
    ],
)
def test_one_persons_label(text: str, value: str) -> None:
    assert value in [v for t, v in found(text) if t == "DIAGNOSIS"]


def test_qualifying_conditions_of_a_scheme_stay_unlabelled() -> None:
    text = "Priority services (contact: Ada Brennan, 0161 496 0199)\nQualifying conditions include COPD and asthma.\n"
    assert "DIAGNOSIS" not in types(text)


# ------------------------------------------------------------- common conditions the lists lacked, in any language
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "Employee: Wilhelmina Achterberg  DOB 17/09/1981\nReason for referral: frozen shoulder\n",
            "DIAGNOSIS",
            "frozen shoulder",
        ),
        ("Employee: Wilhelmina Achterberg  DOB 17/09/1981\nHistory of burn-out in 2022.\n", "DIAGNOSIS", "burn-out"),
        (
            "De: Joaquim Albuquerque <joaquim.albuquerque@correio-norte.com.br>\nEstou tomando nimesulida.\n",
            "MEDICATION",
            "nimesulida",
        ),
        (
            "De: Joaquim Albuquerque <joaquim.albuquerque@correio-norte.com.br>\n"
            "O médico me deu atestado por hérnia de disco.\n",
            "DIAGNOSIS",
            "hérnia de disco",
        ),
    ],
)
def test_common_condition_or_drug_of_someone(text: str, kind: str, value: str) -> None:
    assert value in _of(text, kind)


def test_a_vaccine_by_its_cvx_code_is_no_medication() -> None:
    text = (
        "MSH|^~\\&|CLINIC|NORTHSIDE|IIS|STATE|202501150930||VXU^V04^VXU_V04|88120|P|2.5.1\r"
        "PID|1||NS-4471902^^^NORTHSIDE^MR||QUILLFEATHER^ROSALIND||20190304|F\r"
        "RXA|0|1|20250115||08^Hep B, adolescent or pediatric^CVX|0.5|mL^^UCUM\r"
        "RXE|^^^20250115|amoxicillin^250 MG^RXNORM|250|mg\r"
    )
    assert _of(text, "MEDICATION") == ["amoxicillin"]
