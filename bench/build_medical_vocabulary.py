"""Extract the public medical vocabularies the detector's keyword pass reads beside its hand-written lists:
``data/diagnoses_icd10cm.txt`` (condition titles and inclusion terms of ICD-10-CM) and
``data/medications_drugdict.txt`` (generic and brand names of a drug dictionary), each with its source,
version and licence in its header.

Not run by the build: its output is committed, and its sources are build-time tools only (never imported by the
layer). To refresh them, in a scratch environment::

    python -m venv /tmp/vocab && /tmp/vocab/bin/pip install simple-icd-10-cm==1.5.0 \
        drug-named-entity-recognition==2.0.9 wordfreq==3.1.1
    /tmp/vocab/bin/python bench/build_medical_vocabulary.py

Deterministic: the same package versions write the same bytes. What is kept is filtered so that common words,
units and lab analytes do not become terms: a single word that English text uses often (``wordfreq``'s Zipf
frequency of 4 or more: "fall", "burn", "iron", "gold", "pain"), a word of the detector's common-word, given-name,
surname, country, organisation or eponym lists, a term of three letters or fewer (abbreviations are ambiguous:
``data/diagnoses.txt`` keeps the few that are not), and in ICD-10-CM the chapters that are not conditions
(external causes V-Y, encounters and history Z) and qualifiers a writer leaves out (", unspecified", " NOS").
"""

from __future__ import annotations

import bz2
import os
import pickle
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "layers" / "privacykit" / "privacykit" / "domain" / "detection" / "data"
ICD_OUT = DATA / "diagnoses_icd10cm.txt"
DRUG_OUT = DATA / "medications_drugdict.txt"

#: A single word this frequent in English (Zipf scale: 4 is once per 100,000 words) is no term of its own.
COMMON_ZIPF = 4.0
MAX_WORDS = 5
MIN_LENGTH = 4

_DROP_LABELS = (
    "common_words.txt", "first_names.txt", "surnames.txt", "countries.txt", "organisations.txt", "eponyms.txt",
)  # fmt: skip
#: ICD-10-CM chapters by the first letter of their codes that name no condition of the person: symptoms, signs
#: and abnormal findings (R: "fatigue", "cough", "chest pain", which notes write of every visit and the corpora
#: label as no diagnosis), external causes (V-Y) and factors, encounters and history (Z).
_NOT_CONDITIONS = frozenset("RVWXYZ")
#: Qualifiers a writer leaves out of a condition's name.
_QUALIFIER = re.compile(
    r",? (?:unspecified|nos|not elsewhere classified|nec|initial encounter|subsequent encounter|sequela)\b.*$"
)
_LEADING = re.compile(r"^(?:unspecified|other specified|other|acute and chronic) ")
#: Words that make a title a category or a combination no writer names as such.
_REJECT = re.compile(
    r" (?:of|with|to|in|by|from|for|at|on|use)$|\bcomplications?\b|"
    r"\b(?:other|unspecified|and|or|not|without|specified|classified|elsewhere|code|codes|encounter|"
    r"personal|family|history|status|screening|examination|observation|type [a-z]\b|"
    r"left|right|bilateral|unilateral|sequela|episode|trimester|weeks|complicating|affecting|involving)\b"
    r"|[,;:()\[\]/&0-9]"
)
# (digits are rejected in ICD titles, but "type 2 diabetes" and the like are in data/diagnoses.txt already)
_DRUG_REJECT = re.compile(r"[,;:()\[\]/&+%]|\b(?:and|with|of|in|for|the|to)\b|^\d|\d$")


def _plain(term: str) -> str:
    term = unicodedata.normalize("NFC", term.lower().strip())
    term = term.replace("’", "'")
    return re.sub(r"\s+", " ", term)


def _excluded() -> set[str]:
    out: set[str] = set()
    for name in _DROP_LABELS:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                out.add(_plain(line.split("\t")[-1]))
    return out


def _hand_listed() -> set[str]:
    out: set[str] = set()
    for name in ("diagnoses.txt", "medications.txt"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.add(_plain(line))
    return out


def _common(term: str, zipf: object) -> bool:
    words = term.split()
    return len(words) == 1 and zipf(term, "en") >= COMMON_ZIPF  # type: ignore[operator]


#: A single word of a source's is a term only if it is this rare in English (Zipf; "atlas", "displaced", "scar"
#: and "fatigue" are more frequent), and of this many letters at least: shorter ones are as often given names
#: or abbreviations of something else ("Tobi", "Opio", "Fargo", "DOCA").
SINGLE_ZIPF = {"icd": 3.5, "drug": COMMON_ZIPF}
SINGLE_LENGTH = {"icd": 5, "drug": 6}
#: Substances a laboratory measures in the patient, which a drug dictionary lists as drugs too (a result row
#: names them: "Ferritin 18 ug/L"), in English and the Romance languages' spellings.
ANALYTES = frozenset(
    [
        "ferritin",
        "ferritina",
        "transferrin",
        "transferrina",
        "creatine",
        "creatin",
        "creatina",
        "creatinine",
        "creatinina",
        "glucose",
        "glucosa",
        "glicose",
        "glucosio",
        "albumin",
        "albumina",
        "bilirubin",
        "bilirubina",
        "urea",
        "cholesterol",
        "colesterol",
        "colesterolo",
        "triglycerides",
        "cortisol",
        "cortisolo",
        "estradiol",
        "testosterone",
        "testosterona",
        "progesterone",
        "prolactin",
        "prolactina",
        "folate",
        "folato",
        "thyroxine",
        "tiroxina",
        "triiodothyronine",
        "insulin",
        "insulina",
        "hemoglobin",
        "haemoglobin",
        "hemoglobina",
        "emoglobina",
        "troponin",
        "troponina",
        "lactate",
        "lactato",
        "bicarbonate",
        "chloride",
        "cloruro",
        "phosphate",
        "fosfato",
        "magnesium",
        "sodium",
        "potassium",
        "calcium",
        "calcio",
        "cobalamin",
        "homocysteine",
        "fibrinogen",
        "fibrinogeno",
        "heparin",
        "edta",
        "antibodies",
        "immunoglobulin",
        "ammonia",
        "ceruloplasmin",
        "haptoglobin",
        "myoglobin",
        "procalcitonin",
        "renin",
        "aldosterone",
        "parathormone",
        "calcitonin",
        "melatonin",
        "serotonin",
        "dopamine",
        "epinephrine",
        "norepinephrine",
        "adrenaline",
        "noradrenaline",
        "histamine",
        "uric",
    ]
)


def _kept(term: str, excluded: set[str], listed: set[str], zipf: object, source: str = "icd") -> bool:
    if len(term) < MIN_LENGTH or term in listed or term in excluded or term in ANALYTES:
        return False
    if " " not in term and (
        len(term) < SINGLE_LENGTH[source] or zipf(term, "en") >= SINGLE_ZIPF[source]  # type: ignore[operator]
    ):
        return False
    if source == "drug" and any(len(word) == 1 for word in re.split(r"[ -]", term)):
        return False  # "vitamin d" is an analyte as often, "plan b" a plan's name, "creatine-p" a lab's creatine
    if len(term.split()) > MAX_WORDS or not term[0].isalpha():
        return False
    return not _common(term, zipf)


def icd_terms(excluded: set[str], listed: set[str], zipf: object) -> list[str]:
    import simple_icd_10_cm as cm

    out: set[str] = set()
    for code in cm.get_all_codes(with_dots=True):
        if code[0] in _NOT_CONDITIONS or not code[0].isalpha() or cm.is_chapter_or_block(code):
            continue
        for title in (cm.get_description(code), *cm.get_inclusion_term(code)):
            term = _LEADING.sub("", _QUALIFIER.sub("", _plain(title)))
            if _REJECT.search(term) or not _kept(term, excluded, listed, zipf):
                continue
            out.add(term)
    return sorted(out)


def drug_terms(excluded: set[str], listed: set[str], zipf: object) -> list[str]:
    import drug_named_entity_recognition as dner

    path = os.path.join(os.path.dirname(dner.__file__), "drug_ner_dictionary.pkl.bz2")
    with bz2.open(path) as handle:
        dictionary = pickle.load(handle)  # noqa: S301 (the package's own data, read at build time)
    canonical = dictionary["drug_canonical_to_data"]
    out: set[str] = set()
    for variant, names in dictionary["drug_variant_to_canonical"].items():
        sources = set().union(*(canonical.get(n, {}) for n in names))
        if any("vaccin" in n for n in names):
            continue  # a vaccine given is a record of its own kind, which no corpus labels a medicine
        term = _plain(variant)
        if _DRUG_REJECT.search(term) or not re.fullmatch(r"[a-z][a-z0-9' -]*[a-z0-9]", term):
            continue
        # a marketed medicine (a MedlinePlus or NHS monograph): its generic and brand names of up to four words;
        # any other drug with a DrugBank or MeSH identifier: a single word that is not an enzyme's ("-ase").
        # Names known from Wikipedia alone are left out (its text is not public domain).
        if {"medline_plus_id", "nhs_url"} & sources:
            if len(term.split()) > 4:
                continue
        elif not ({"drugbank_id", "mesh_id"} & sources) or " " in term or term.endswith("ase"):
            continue
        # a class of drugs ("opioid", "antibiotics", "antihistamine", "anticholinergic") is no medicine a
        # patient takes
        if " " not in term and re.search(r"^anti|(?:ic|oid|[^iu]s)$", term):
            continue
        if _kept(term, excluded, listed, zipf, "drug"):
            out.add(term)
    return sorted(out)


ICD_HEADER = """\
# Condition names from ICD-10-CM (the April 2026 release, as shipped by simple-icd-10-cm 1.5.0, MIT; the
# classification itself is published by the US CDC/NCHS and is in the public domain): each code's title and
# inclusion terms, lower case, without the qualifiers a writer leaves out (", unspecified", " NOS"); not the
# chapters that name no condition (R symptoms and findings, V-Y external causes, Z encounters and history), nor
# titles of more than five words or with a digit, a comma, "other", "and"/"or", a side, an encounter, a
# complication or a history, single words of fewer than five letters or that English uses often (wordfreq Zipf
# >= 3.5), or words of the common-word and name lists. Written by bench/build_medical_vocabulary.py; do not edit
# by hand (data/diagnoses.txt is the hand-written list).
"""
DRUG_HEADER = """\
# Medicine names (generic and brand) from the drug dictionary of drug-named-entity-recognition 2.0.9 (MIT; its
# names come from DrugBank open data, CC0, MeSH and MedlinePlus, US NLM, public domain; names known from
# Wikipedia alone are left out): a marketed medicine's names (a MedlinePlus or NHS monograph) of up to four
# words, any other drug's single name; lower case, without vaccines, classes ("opioid", "antibiotics"), enzymes,
# laboratory analytes ("ferritin"), combinations ("and", "/", a comma), a one-letter word ("vitamin d"), single
# words of fewer than six letters or that English uses often (wordfreq Zipf >= 4), or words of the common-word
# and name lists. Written by bench/build_medical_vocabulary.py; do not edit by hand (data/medications.txt is the
# hand-written list).
"""


def main() -> None:
    from wordfreq import zipf_frequency

    excluded, listed = _excluded(), _hand_listed()
    icd = icd_terms(excluded, listed, zipf_frequency)
    drugs = [t for t in drug_terms(excluded, listed, zipf_frequency) if t not in set(icd)]
    ICD_OUT.write_text(ICD_HEADER + "".join(f"{t}\n" for t in icd), encoding="utf-8")
    DRUG_OUT.write_text(DRUG_HEADER + "".join(f"{t}\n" for t in drugs), encoding="utf-8")
    print(f"{len(icd)} conditions, {len(drugs)} medicines", file=sys.stderr)


if __name__ == "__main__":
    main()
