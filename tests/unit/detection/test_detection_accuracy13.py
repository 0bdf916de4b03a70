"""People's names in semi-structured and free text (issue 13, helper accuracy13).

Each case is a form real data takes, written for these rules, not taken from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from cpu_bound import assert_detect_within_bound
from detection_helpers import found


def people(text: str) -> list[str]:
    return [v for t, v in found(text) if t == "PERSON"]


# ----------------------------------------------------------- keys and columns that name a person
def test_debtor_name_column_holds_people() -> None:
    text = "ref,debtor_name,balance\nCL-1,Marguerite Ostrowska-Lind,12.00\nCL-2,TOBIASSEN HALVARD,8.10\n"
    assert people(text) == ["Marguerite Ostrowska-Lind", "TOBIASSEN HALVARD"]


def test_user_name_key_with_two_name_words_is_a_person_a_login_is_not() -> None:
    text = 'event=login user_id=kvidal07 user_name="Kalinda Vidal" ip=10.0.0.1\n'
    assert people(text) == ["Kalinda Vidal"]
    assert people('event=login user_name=tbrenner\nevent=export user_name="SVC EXPORT"\n') == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('parcel=PX-1 released_by="Ingeborg Saltnes" counter=3', "Ingeborg Saltnes"),
        ('{"evt": "refund", "approved_by": "Oyelaran Bamgbose", "amount": 4}', "Oyelaran Bamgbose"),
        ('parcel=PX-2 collected_by="Rafferty St. Clair" id=yes', "Rafferty St. Clair"),
    ],
)
def test_key_of_who_did_something_names_a_person(text: str, name: str) -> None:
    assert people(text) == [name]


def test_key_of_a_sort_order_or_a_scheduler_names_no_one() -> None:
    assert people('{"created_by": "Nightly Scheduler", "order_by": "Due Date", "sort_by": "Last Name"}') == []


def test_saint_particle_of_a_surname() -> None:
    assert people("Dear Dr. St. Amand,\n\nThank you.") == ["St. Amand"]
    assert people("Dr. Odile St. Amand\nRiverside Oncology Group\n") == ["Odile St. Amand"]


# ----------------------------------------------------------- a role or a relative before a bare name
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"note": "Customer Ayelet called from +972 52 418 3307; router replaced"', "Ayelet"),
        ('"note": "Caller Tamsin Oyelowo-Reyes verified w/ postcode"', "Tamsin Oyelowo-Reyes"),
        ("Social: widowed, son Teodoro is POA and visits daily.", "Teodoro"),
        ("Caller said: my wife Aiyana will bring the forms.", "Aiyana"),
        ("Hi, this is Amaru's dad, is the clinic open?", "Amaru"),
        ("Good morning, you're speaking with Brynhild. Who am I talking to?", "Brynhild"),
        ("AGENT (Brynhild): Good morning.", "Brynhild"),
        ("Subject Leontyne Abara-Fiske (DOB 14/02/1979) received four transfers.", "Leontyne Abara-Fiske"),
    ],
)
def test_a_role_or_a_relative_before_a_name_that_acts(text: str, name: str) -> None:
    assert name in people(text)


def test_a_role_before_a_product_names_no_one() -> None:
    assert people('"note": "Customer Portal was down for ten minutes"') == []
    assert people("AGENT (PT): escalated") == []


# ----------------------------------------------------------- salutations and sign-offs
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sehr geehrte Frau Wiebke Ohlendorf,\n\nvielen Dank.", "Wiebke Ohlendorf"),
        ("Chère Maëlle Tournier,\n\nnous avons bien reçu votre courrier.", "Maëlle Tournier"),
        ("Geachte heer Jochem Pieterse,\n\nHartelijk dank.", "Jochem Pieterse"),
    ],
)
def test_salutations_of_other_languages(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_department_greeted_is_no_person_and_a_name_alone_signs_the_letter() -> None:
    text = "Subject: Overtime\n\nHi HR,\n\nCould you check my overtime for March?\n\nSjoukje\n"
    assert people(text) == ["Sjoukje"]


def test_a_last_line_of_vocabulary_is_no_signature() -> None:
    assert people("Hi all,\n\nThe build is green again.\n\nThanks\n") == []


# ----------------------------------------------------------- what is not a person
@pytest.mark.parametrize(
    "text",
    [
        "Present: Chair, CEO, CFO, two independent directors.",
        "From: Estates Committee\nTo: All Ward Managers\nSubject: Heating works\n",
        "Heating is off on Saturday. Contact: Clinical Governance, Tower B.",
        "¿Cerráis el Día de Reyes?",
        "Resultados del Laboratorio Dr. Quintanilla",
        "I was charged twice at Dr. Oetker Welt.",
        "Address: 88 QUARRY HILL DR APT 4 MERIDEN, CT 06451",
    ],
)
def test_roles_departments_firms_and_feasts_are_not_people(text: str) -> None:
    assert people(text) == []


def test_a_form_label_after_a_title_is_no_name() -> None:
    assert people("Title: MS   Forename(s): ISOLDE   Surname: VANTERPOOL\n") == ["ISOLDE", "VANTERPOOL"]


def test_salutations_cost_little_on_a_mebibyte() -> None:
    for unit in ("Hi,\n\n x\n--\n", "Dear Ann,\n\nok\n\nBo\n", "Hi HR,\n\n"):
        assert_detect_within_bound((unit * (1 << 20))[: 1 << 20], repr(unit))


# ----------------------------------------------------------- labels of forms, cards and reports
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Applicant 1: Wendeline Okonkwo-Baird | DOB 03/11/1988\n", "Wendeline Okonkwo-Baird"),
        ("PATIENT QUIGLEY, ROSALEEN      MRN 55012877\n", "QUIGLEY, ROSALEEN"),
        ("Ordering: Hallvard Nakamura NPI 1588667638\n", "Hallvard Nakamura"),
        ("Follow-up: PCP Ondine Farraday in 2 weeks.", "Ondine Farraday"),
        ("HARBORLINE HEALTH PLAN\nMEMBER SEVERINE ACHTERBERG\nID 4471\n", "SEVERINE ACHTERBERG"),
        ("Civilité : Madame\nNom de naissance : QUÉMÉNEUR\n", "QUÉMÉNEUR"),
        ("The Chair noted apologies from Radomir Vasquez-Lund.", "Radomir Vasquez-Lund"),
        ("The account ending 4471 held by Ilse Brandvold, a director, was discussed.", "Ilse Brandvold"),
        ("Company secretary: Van Heerden.\n", "Van Heerden"),
    ],
)
def test_labels_of_forms_cards_and_reports(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "PATIENT EDUCATION HANDOUT ENCLOSED\nMEMBER SERVICES 1-800-555-0142\n",
        "Sponsor: Chief Operating Officer.",
        "The next meeting follows the Ada Lovelace memorial lecture.",
        "PCP $25  SPEC $50",
    ],
)
def test_headings_job_titles_and_eponymous_events_are_not_people(text: str) -> None:
    assert people(text) == []


# ----------------------------------------------------------- whom a case is about, a signature's role
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Subject: RE: New starter - Wojciech Brzęczek\n\nHi all,\n", "Wojciech Brzęczek"),
        ("Subject: Absence – Hendrikje Voskuil\n", "Hendrikje Voskuil"),
        ("Outcome: fit for modified duties.\nMarisol Achebe-Strand, OH physician\n", "Marisol Achebe-Strand"),
    ],
)
def test_whom_a_case_is_about_and_a_signature_with_its_role(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "TRAVEL NURSE ONBOARDING — Human Resources\n",
        "We saw a drop in absence – Monday Morning\n",
        "Provider: St. Brendan Community Clinic. Amount you may owe: $40.00.",
    ],
)
def test_headings_and_institutions_are_not_whom_a_case_is_about(text: str) -> None:
    assert people(text) == []


def test_met_with_a_name_following_and_a_title_for_either_gender() -> None:
    assert people("Met with Thoại Minh following the grievance.") == ["Thoại Minh"]
    assert people("Met with Legal following the review.") == []
    assert people("Recife, 3 de junho.\nDr(a). Anselmo Vasconcelos-Pitta — CRM-PE 44120\n") == [
        "Anselmo Vasconcelos-Pitta"
    ]


def test_a_role_in_brackets_after_each_name_of_a_list() -> None:
    text = "Present: Wanjiru Otieno-Lamb (Chair), Ezekiel Marangoni (Treasurer), Saoirse Tallon (Secretary)\n"
    assert people(text) == ["Wanjiru Otieno-Lamb", "Ezekiel Marangoni", "Saoirse Tallon"]


def test_a_name_field_with_its_order_in_brackets_and_first_names_after_two_spaces() -> None:
    assert people("2. PATIENT'S NAME (Last, First, MI)  FAIRWEATHER, ODALYS\n") == ["FAIRWEATHER, ODALYS"]
    assert people("Surname  Okorafor\nFirst names  Ifeyinwa\n") == ["Okorafor", "Ifeyinwa"]


def test_the_next_column_after_a_title_and_a_wide_gap_is_no_name() -> None:
    assert people("  Employer: Harrow Biscuits   Position: RN   Gross monthly: $5100\n") == []
    assert people("Bill to: Accounts Payable, Harrow Biscuits\n") == []


def test_a_table_row_of_label_and_value_cells() -> None:
    slip = (
        '<table><tr><th colspan="4">Payslip March</th></tr>\n'
        "<tr><td>Name</td><td>Oluwadamilare Fenwick-Ade</td><td>Emp. No.</td><td>HB-20417</td></tr></table>"
    )
    assert people(slip) == ["Oluwadamilare Fenwick-Ade"]
    spec = "<table><tr><th>Spec</th><th>Value</th></tr>\n<tr><td>Name</td><td>Ergonomic Task Chair</td></tr></table>"
    assert people(spec) == []


def test_a_pharmacy_labels_patient_above_the_drug() -> None:
    label = "Rx# 4410982    Filled: 02/03/2025\nTEMPERANCE OYEWOLE\nLISINOPRIL 10MG TABLETS\nTAKE ONE TABLET DAILY\n"
    assert people(label) == ["TEMPERANCE OYEWOLE"]
    assert people("ASPIRIN EC\nMETFORMIN 500 MG TABLETS\n") == []


def test_names_above_drugs_cost_little_on_a_mebibyte() -> None:
    assert_detect_within_bound(("ABC DEF\nMETFORMIN 500 MG\n" * 60000)[: 1 << 20], "drug lines")
