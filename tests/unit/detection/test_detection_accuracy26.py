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
