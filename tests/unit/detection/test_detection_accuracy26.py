"""Records whose patient is an animal, twelfth pass (issue 13, helper accuracy26).

A veterinary record's conditions and drugs are the pet's, not health data of a person; its owner's name and
contact data stay personal. The scope is the record: a human record beside an animal's keeps its terms, and a
human record that mentions an animal stays a human record. Each case is written for these rules, not taken
from an evaluation corpus.
"""

from __future__ import annotations

import pytest
from detection_helpers import found


def _of(text: str, kind: str) -> list[str]:
    return [v for t, v in found(text) if t == kind]


@pytest.mark.parametrize(
    "text",
    [
        # a species label with its animal, a chip and an owner
        "Patient: Biscuit   Species: canine   Breed: Border collie   Sex: FN\nClient: Morag Tulloch-Reid  "
        "Tel: 07700 914 552\nA: otitis externa; atopic dermatitis.\nP: prednisolone 5 mg SID for 5 days.\n",
        # German: a cat, neutered, its keeper
        "Tierarztpraxis am Park\nTier: Mia, Katze, weiblich kastriert\nTierhalterin: Annegret Vosskuhle, "
        "Tel. 0176 5528 3190\nDiagnose: Diabetes mellitus. Therapie: Insulin.\n",
        # a product licensed for animals only names its patient an animal
        "Dear Anneke,\n\nFrida had a dental today. Known conditions: hip dysplasia. Please give Caninsulin "
        "once daily and continue enrofloxacin and gabapentin.\nWe'll call you on 021 339 3576.\n",
        # an age and a species in a referral, an owner by name
        "Please see Kevin, 13y rabbit, with diabetes mellitus on gabapentin. Owner Jane Doe can be reached on "
        "+48 567 182 636.\n",
        # a table of animals: its header's species column and an animal in each row
        "pet_name,species,owner_name,owner_phone,reason,medication\nRocky,dog,Tomasz Wierzbicki,"
        "+48 601 223 987,epilepsy,phenobarbital\n",
    ],
)
def test_an_animals_conditions_and_drugs_are_no_ones(text: str) -> None:
    kinds = {t for t, _ in found(text)}
    assert "DIAGNOSIS" not in kinds and "MEDICATION" not in kinds


def test_an_animal_record_keeps_its_owners_contact_data() -> None:
    text = "Clinique vétérinaire\nAnimal : chien, mâle castré\nPropriétaire : Héloïse Marchetti, 06 12 34 56 78\n"
    assert _of(text, "PHONE")


def test_the_owners_own_drug_stays_theirs() -> None:
    text = (
        "Pet clinic chat\nGreta: Hi, my dog Boris was diagnosed with Cushing's disease and the vet put him on "
        "Vetoryl. Can I take his tablets if I'm on warfarin myself?\nGreta: Greta Lindqvist, 070-123 45 67\n"
    )
    assert _of(text, "MEDICATION") == ["warfarin"]
    assert _of(text, "DIAGNOSIS") == []


def test_a_human_record_after_an_animals_keeps_its_terms() -> None:
    text = (
        "Patient: Barney (dog, Labrador retriever, male neutered)   Owner: Colin Prestwich\n"
        "Diagnosis: osteoarthritis, both elbows; on meloxicam.\n\n"
        "Patient: Farida Haddad   DOB: 21/07/1990\nDiagnosis: frozen shoulder; on ibuprofen.\n"
    )
    assert _of(text, "DIAGNOSIS") == ["frozen shoulder"]
    assert _of(text, "MEDICATION") == ["ibuprofen"]


def test_a_mixed_export_scopes_each_row() -> None:
    text = (
        "record_type,name,species,date_of_birth,condition,medication\n"
        "human,Ingrid Solberg,,1972-04-18,asthma,salbutamol\n"
        "animal,Toffee,cat,2016-09-01,asthma,fluticasone\n"
        "human,Marco Ferrante,,1985-12-02,epilepsy,levetiracetam\n"
    )
    assert _of(text, "MEDICATION") == ["salbutamol", "levetiracetam"]
    assert _of(text, "DATE_OF_BIRTH") == ["1972-04-18", "1985-12-02"]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "ED NOTE\nPatient: Hamish Carruthers   MRN: ED-7730218\nHPI: 34-year-old bitten by a neighbour's dog; "
            "the dog's owner has given details to police.\nPMH: type 1 diabetes. Plan: co-amoxiclav.\n",
            "DIAGNOSIS",
            "type 1 diabetes",
        ),
        (
            "Patient: Yusuf Demirci   DOB: 14.05.1977\nUpper left canine: sound.\nMedical history: hypertension, "
            "on amlodipine.\n",
            "MEDICATION",
            "amlodipine",
        ),
        (
            "Dear Adaeze Okonjo,\nYour guide dog Hazel is welcome. Your glaucoma follow-up is on 4 June; keep using "
            "your latanoprost drops.\n",
            "DIAGNOSIS",
            "glaucoma",
        ),
    ],
)
def test_a_human_record_that_mentions_an_animal_stays_human(text: str, kind: str, value: str) -> None:
    assert value in _of(text, kind)


def test_the_keyword_file_lists_every_word_of_an_animals_record() -> None:
    # The keyword automaton finds them (kind "animal"); animals.py judges the cue each gives.
    from privacykit.domain.detection.scanners import animals
    from privacykit.domain.detection.wordlists import data_file

    with open(data_file("keywords.tsv"), encoding="utf-8") as handle:
        listed = {line.rstrip("\n").split("\t")[1] for line in handle if line.startswith("animal\t")}
    assert listed == set(animals.KEYS)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the one person a ticket or a visit note is about, by their role, as the sentence's subject
        (
            "REPAIR REQUEST — boiler\nContact: Bronwen Tegid-Price, 01248 600 713\nResident has Parkinson's disease "
            "and cannot manage the stairs.\n",
            "Parkinson's disease",
        ),
        (
            'job:\n  tenant:\n    name: Oluwa Smith\n    phone: "+44 7700 900123"\n  notes: >\n    Tenant is a '
            "wheelchair user with spinal cord injury; allow extra time at door.\n",
            "spinal cord injury",
        ),
        # a chart's "Diagnosis:" label makes it a record, its patient's name unread or not
        (
            "PERIODONTAL REVIEW\nAnneliese Vogtländer  |  chart 5521\nDiagnosis: chronic periodontitis.\n",
            "chronic periodontitis",
        ),
    ],
)
def test_a_condition_said_of_the_person_a_file_is_about(text: str, value: str) -> None:
    assert value in _of(text, "DIAGNOSIS")


@pytest.mark.parametrize(
    "text",
    [
        "Hi team, the scaffolding noise is giving me a migraine. Call me on 07700 900 461.\nRavi Menon\n",
        "The site gives everyone a migraine by noon. Ravi Menon, 07700 900 461\n",
        # a policy's condition said of no one in particular
        "Priority services. If a customer has epilepsy, offer a callback. Queries: 0800 046 1122.\n",
    ],
)
def test_a_figure_or_a_policy_is_no_ones_condition(text: str) -> None:
    assert _of(text, "DIAGNOSIS") == []


def test_aids_in_lower_case_are_devices_and_the_syndrome_is_written_in_capitals() -> None:
    assert _of("Patient: Dolores Vance  DOB 04/05/1950\nHearing benefit: 2 aids every 3 years.\n", "DIAGNOSIS") == []
    assert _of("Patient: Dolores Vance  DOB 04/05/1950\nPMH: AIDS, on antiretrovirals.\n", "DIAGNOSIS") == ["AIDS"]


def test_a_row_of_a_product_table_is_nobodys_medication() -> None:
    text = (
        "sku,description,manufacturer,lot,qty\nMW-1102,Chlorhexidine 0.2% mouthwash 300 ml,Gerhard Vollmer GmbH,"
        "L7781,24\nGL-2210,Nitrile gloves M,Gerhard Vollmer GmbH,L7790,200\n"
    )
    assert _of(text, "MEDICATION") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # conditions and drugs of dental and eye care the lists lacked
        (
            "Patient: Rhian Probert  DOB 03/03/1980\nRemarks: pt has bruxism; night guard fitted.\n",
            "DIAGNOSIS",
            "bruxism",
        ),
        (
            "Patient: Rhian Probert  DOB 03/03/1980\nFindings: retinal detachment, left eye.\n",
            "DIAGNOSIS",
            "retinal detachment",
        ),
        ("Patient: Rhian Probert  DOB 03/03/1980\nDrops instilled: tropicamide 1%.\n", "MEDICATION", "tropicamide"),
        (
            "Patient: Rhian Probert  DOB 03/03/1980\nRinse: chlorhexidine 0.2% twice daily.\n",
            "MEDICATION",
            "chlorhexidine",
        ),
    ],
)
def test_dental_and_eye_care_terms(text: str, kind: str, value: str) -> None:
    assert value in _of(text, kind)
