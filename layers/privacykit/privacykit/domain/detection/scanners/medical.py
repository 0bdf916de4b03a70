"""Diagnoses and medications: kept only when the text is about someone, since a drug list alone is not PHI.

The keyword scan (and HL7 fields) collect medical terms apart from other findings; once every scanner has run,
``admit_medical`` adds them if the text identifies a person or reads like a record, together with conditions
recognised by their word-formation near those terms.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import compress, pairwise
from operator import sub
from typing import cast

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.resolution import overlaps
from privacykit.domain.detection.scanners import medical_model
from privacykit.domain.detection.wordlists import load, words

__all__ = [
    "DIAGNOSES", "MEDICATIONS", "MED_DOSE_AFTER", "ONE_WORD_EXTRACTED", "ONE_WORD_SCORE", "admit_medical", "asserted",
    "name_blockers", "trial_subject",
]  # fmt: skip

# British spellings of US-spelled terms ("obstructive sleep apnoea", "Barrett's oesophagus", "anaemia"): each
# entry of the list is also looked for as British notes write it.
_BRITISH = (
    ("gastroesophag", "gastro-oesophag"), ("esophag", "oesophag"), ("edema", "oedema"), ("apnea", "apnoea"),
    ("ischemi", "ischaemi"), ("hemo", "haemo"),
    ("hema", "haema"), ("emia", "aemia"), ("diarrhea", "diarrhoea"), ("gonorrhea", "gonorrhoea"), ("tumor", "tumour"),
    ("pediatric", "paediatric"), ("ized", "ised"), ("estrogen", "oestrogen"), ("orthopedic", "orthopaedic"),
)  # fmt: skip


def _with_british(terms: frozenset[str]) -> frozenset[str]:
    out = set(terms)
    for term in terms:
        british = term
        for us, gb in _BRITISH:
            if us in british and gb not in british:
                british = british.replace(us, gb)
        out.add(british)
    return frozenset(out)


# The hand-written lists, and the public vocabularies bench/build_medical_vocabulary.py extracts beside them
# (ICD-10-CM's condition titles, a drug dictionary's generic and brand names; each file's header says which).
_HAND = _with_british(load("diagnoses.txt")) | load("medications.txt")
DIAGNOSES = _with_british(load("diagnoses.txt") | load("diagnoses_icd10cm.txt"))
MEDICATIONS = load("medications.txt") | (load("medications_drugdict.txt") - DIAGNOSES)
#: Single words only the extracted vocabularies hold: rarer names, more often a given name or a firm's too
#: ("Corwin", "Angelica", "Cambia"), so they are found with a score of their own (``ONE_WORD_SCORE``: the judge
#: reads it), do not take a person's name from the name scanners, and give way to one (``name_blockers``).
ONE_WORD_EXTRACTED = frozenset(t for t in (DIAGNOSES | MEDICATIONS) - _HAND if " " not in t)
#: The score a keyword hit is lowered by when its term is one of ``ONE_WORD_EXTRACTED``.
ONE_WORD_SCORE = 0.02
_ONE_WORD_SCORES = frozenset({0.8 - ONE_WORD_SCORE, 0.75 - ONE_WORD_SCORE, 0.9 - ONE_WORD_SCORE})


def name_blockers(medical: list[Finding]) -> list[Finding]:
    """The medical terms that take a person's name away where they overlap one ("Parkinson" of "Parkinson's
    disease"): all but the single words only the extracted vocabularies hold."""
    return [m for m in medical if m.score not in _ONE_WORD_SCORES]


# "lithium battery" is not a prescription; a dose or drug form after the name makes it surer.
MED_DOSE_AFTER = lazy(
    r"\s*(?:\d+(?:\.\d+)?\s*(?:(?:mg|mcg|g|ml|units?|iu)\b|%)|"
    r"(?:tab|cap|tablet|capsule|er|xr|sr|hcl|ointment|cream|inhaler|injection|eye drops|nasal spray)\b)",
    re.I,
)
# Cues that a text is a record of someone's care: labels of a chart ("Patient:", "HPI", "A/P", "Rx:"), first-person
# disclosures ("I was diagnosed", "my daughter"), an age ("45-year-old"), an MRN or birth-date label.
_RECORD_CUES = lazy(
    r"(?:patient|paciente|paziente|patientin|patiënt|doente|utente)\s*(?:name|initials)?\s*:|\bpt\s*:|chief complaint|"
    r"history of present illness|\bhpi\b|assessment and plan|\ba/p\b|\brx\s*[:=#]|"
    # a chart's "Diagnosis:" at a line's start (accuracy26: a dental chart whose patient's name went unread)
    r"\bsig\s*[:=]|\bdx\s*:|(?:^|\n)[ \t]*(?:working |provisional |clinical )?diagnosis[ \t]*:|"
    # a health log's key of its line's condition ("visit student=... cond=asthma med=...", "dx=migraine"): the
    # value a letter, not a network log's "cond=up" counter beside no medical term (accuracy29)
    r"(?<![\w-])(?:cond|condition|dx|diag|diagnosis)=(?=[a-z])(?!(?:up|down|ok|true|false|none|null|n/?a)\b)|"
    r"\bmy (?:son|daughter|wife|husband|mother|"
    r"father|mom|dad|brother|sister|partner|child|kid|baby|grandma|grandpa)\b|"
    r"\bi (?:was|have been|'ve been|am|got) diagnosed|"
    r"\bi(?:'m| am) (?:on|taking)\b|\bmy (?:doctor|diagnosis|meds|medication|prescription)\b|"
    r"\b(?:we|i) (?:were |was )?diagnosed\b|\b\d{1,3}[- ]?(?:y/?o|year[- ]old)\b|"
    # a chart's sentence about its patient ("Patient has diabetes."), not a guideline's ("When the patient...")
    r"(?:^|[.;:!?\n][ \t]*)(?:the |this )?(?:patient|pt\.?) (?:is|was|has|had|presents|presented|reports|"
    r"reported|denies|denied|states|stated|complains|returns|returned)\b",
    re.I,
)
# Words of care that a guideline, policy or article uses as much as a record ("Patients admitted with...",
# "before discharge", "the patient presents with"): they make a text a record only beside a name, e-mail,
# phone or address.
_CARE_CUES = lazy(
    # a birth-date or record-number label without its value ("[MRN]", "Date of birth and member ID are needed")
    r"\bmrn\b|date of birth|\bdob\b|"
    r"discharge|admitted|admission|\bdispens(?:e|ed|ing)\b|"
    r"\b(?:he|she) (?:was|is|has been) (?:diagnosed|started|prescribed|admitted|taking|on)\b|"
    r"was (?:started|prescribed|placed) on|\b(?:was|were) diagnosed\b|"
    r"\bstarted (?:her|him|them) on\b|\b(?:her|his) (?:a1c|bp|blood pressure|labs?|symptoms|pain|diagnosis|"
    r"medications?|meds|doctor|condition)\b|\b(?:the |this )?(?:patient|pt\.?) (?:is|was|has|had|presents|presented|"
    r"reports|reported|denies|denied|states|stated|complains|returns|returned)\b|"
    r"\b(?:he|she) (?:reports|denies|presents|states|complains)\b",
    re.I,
)
# Strings every match of ``_RECORD_CUES`` / ``_CARE_CUES`` holds in an ASCII text (ignoring case, a pattern also
# matches a few other letters: "ı" as "i"): an ASCII text holding none of them is not searched (each search tries
# ~20 alternatives at every character, 0.1-0.3 s a MiB of titles and names).
_RECORD_CUE_STEMS = (
    "patient", "paciente", "paziente", "doente", "utente", "pt", "chief complaint", "history of present illness",
    "hpi", "assessment and plan", "a/p", "rx", "sig", "dx", "my ", "diagnosed", "diagnosis:", "diagnosis :", "i'm ",
    "cond=", "condition=", "diag=", "diagnosis=",
    "i am ", "y/o", "yo", "year",
)  # fmt: skip
_CARE_CUE_STEMS = (
    "mrn", "date of birth", "dob", "discharge", "admitted", "admission", "dispens", "he ", "was ", "diagnosed",
    "started ", "her ", "his ", "patient", "pt",
)  # fmt: skip

# A pseudonymised trial subject identifies a person to whoever holds the key (GDPR Recital 26; ICH E6 calls the
# subject's code the link to their identity): a record about one, in whatever language its narrative is written,
# is a record. The subject's or participant's word with an id after it ("Subject 0087-1142", "Il soggetto SUBJ-...",
# "Proband Nr. 12-0419", "subject=044-0107", "Participant ID: 0312-019", "Pt. no. 0312-007"), a "SUBJ-" id, or a
# CDISC SDTM table keyed by its subject (USUBJID, SUBJID). An id has two digit groups or four digits at least
# ("makes subject 72 at screening" is an age). A text that says its data were de-identified or anonymised (a
# public-use file, a limited data set) holds no key to anyone.
_TRIAL_SUBJECT = lazy(
    r"\b(?:(?:subject|subj|participant|participante|partecipante|sujet|sujeto|sujeito|soggetto|probandi?n?|"
    r"studienteilnehmer(?:in)?|teilnehmer(?:in)?|uczestnik|deelnemer)"
    r"(?:[ \t._-]?(?:id|no|nr|num|number|n[°º]|#|número|numéro|numero|nummer|code))?|"
    r"(?:patient|paciente|paziente|pt)\.?[ \t]*(?:id|no|nr|number|n[°º.]|#|número|numéro|numero))"
    r"\.?(?:[ \t]*[:=#][ \t]*|[ \t]+(?:n[°º.]?[ \t]*)?)[\"']?"
    r"((?:[a-z]{1,6}-?)?\d+(?:[-/][a-z]*\d+){1,4}|(?:[a-z]{1,6}-?)?\d{4,})\b"
    r"|\bsubj-\d|\b(?:usubjid|subjid)\b"
)
_TRIAL_SUBJECT_STEMS = (
    "subj", "particip", "partecip", "sujet", "sujeto", "sujeito", "soggetto", "proband", "teilnehmer", "uczestnik",
    "deelnemer", "patient", "pazient", "pacient", "pt",
)  # fmt: skip
_DEIDENTIFIED = lazy(r"de-?identif|anonymi[sz]|anonimi[zs]|limited data set|safe harbou?r")


def trial_subject(low: str) -> bool:
    """Whether the lower-cased ``low`` is about a pseudonymised trial subject (``_TRIAL_SUBJECT``) and does not
    say its data were de-identified."""
    if not _may_match(low, _TRIAL_SUBJECT_STEMS):
        return False
    for m in _TRIAL_SUBJECT.finditer(low):
        # an e-mail's subject line ("Subject: 2026 budget") is no trial subject unless it names one
        if low.startswith("subject:", m.start()) and (m.start() == 0 or low[m.start() - 1] == "\n"):
            continue
        return _DEIDENTIFIED.search(low) is None
    return False


def _may_match(low: str, stems: tuple[str, ...]) -> bool:
    """Whether a pattern whose every match holds one of ``stems`` in an ASCII text may match in ``low``."""
    return not low.isascii() or any(stem in low for stem in stems)


# Greek and Latin roots of organs and lesions as the condition names of European languages spell them before
# "-ite", "-ose" or "-osi" ("poliartrite", "Thrombose", "tubercolosi", "colecistite").
_MEDICAL_ROOTS = (
    "arthr", "artr", "thromb", "tromb", "fibr", "scler", "skler", "tubercul", "tuberkul", "tubercol", "steat",
    "sten", "neur", "nevr", "psych", "psic", "derm", "hepat", "epat", "gastr", "enter", "cyst", "cist", "zyst",
    "bronch", "bronqu", "sinus", "mening", "encephal", "enzephal", "encefal", "nephr", "nefr", "pancreat",
    "pankreat", "append", "tendin", "cellul", "conjonctiv", "conjuntiv", "congiuntiv", "konjunktiv", "vagin",
    "vulv", "spondyl", "spondil", "oste", "laryng", "laring", "pharyng", "faring", "rhin", "gingiv", "gengiv",
    "stomat", "diverticul", "divertikul", "endometri", "mastoid", "mast", "prostat", "salping", "tonsill",
    "vascul", "phleb", "fleb", "burs", "cervic", "esofag", "oesophag", "myel", "miel", "myos", "mios", "cirr",
    "necr", "nekr", "kerat", "cherat", "lord", "kyph", "scoli", "skoli", "toxoplasm", "candid", "sarcoid",
    "amyloid", "amiloid", "acid", "arter", "card", "periton", "capsul", "fasci", "epicondyl", "epicondil", "orch",
    "epidid", "uretr", "urethr", "gloss", "blephar", "blefar", "borreli", "brucell", "salmonell", "leptospir",
)  # fmt: skip
# Condition names by their medical word-formation (-itis, -osis, -oma, ... "X syndrome"), used only in text
# already known to be about a patient, so the dictionary need not list every condition.
_DX_MORPH = lazy(
    r"\b(?:[a-z]+(?:ic|al|ive|ary|ous|ed|'s) )?[a-z]{3,}(?:itis|osis|oma|emia|aemia|pathy|plasia|algia|trophy)\b"
    r"|\b[a-z]+(?:ic|al|ive|ary|ous|'s) (?:syndrome|disease|disorder|insufficiency|deficiency)\b"
    # the same formations as French, Italian, Portuguese, German and Dutch notes write them ("lombalgie",
    # "neuropathie"; "tendinite", "arthrose", "artrosi" from a medical root only: "-ite", "-ose" and "-osi" also
    # end participles, adjectives and verbs of those languages and English: "fornite", "numerosi", "conduite",
    # "permite", "Prognose", "expedite"); English words so formed are in _DX_NOT
    r"|\b[a-z]{4,}(?:algie|pathie)\b"
    r"|\b[a-z]{0,9}?(?:" + "|".join(_MEDICAL_ROOTS) + r")[a-z]{0,12}?(?:ite|ose|osi)\b"
    r"|\b(?:colite|otite|rinite|uveite|ileite|cifosi|cifose|micosi|micose|mycose|mykose)\b"
)
# What every match of _DX_MORPH ends in ("aemia" ends in "emia"): a window holding none is not searched for it
# (keep in step with its endings; tests/unit/detection/test_detection_fast_paths.py checks).
_DX_ENDS = (
    "itis", "osis", "oma", "emia", "pathy", "plasia", "algia", "trophy",
    "syndrome", "disease", "disorder", "insufficiency", "deficiency", "ite", "ose", "osi", "algie", "pathie",
)  # fmt: skip
_A_DIGIT = lazy(r"\d")
_A_YEAR = lazy(r"(?:19|20)\d\d")
# An injury as an incident report, a claim, an absence form or a note writes it, by its grammar: a participle
# of injury before a body part ("fractured left radius", "sprained right ankle", "crushed right index finger",
# "fractured neck of femur"), an injury's noun before the part it is to, on or above ("laceration to the left
# forearm", "second-degree burn to the right hand", "a laceration above the left eye"), or the part before the
# noun ("lumbar strain", "right wrist fracture", "left knee sprain"). A participle or noun alone is no
# injury ("broken link", "strain gauge", "burn rate"): the body part makes it one.
_BODY = (
    r"(?:(?:lower |upper |middle |distal |proximal |lumbar |thoracic |cervical |lumbosacral )?"
    r"(?:head|neck|back|shoulder|arm|elbow|forearm|wrist|hand|palm|"
    r"(?:index |middle |ring |little )?finger|thumb|knuckle|hip|pelvis|leg|thigh|knee|kneecap|shin|calf|ankle|"
    r"foot|feet|heel|(?:big )?toe|rib|chest|spine|skull|nose|jaw|eye|eyebrow|eyelid|face|scalp|forehead|cheek|"
    r"cheekbone|chin|lip|ear|collarbone|clavicle|shoulder blade|scapula|radius|ulna|humerus|femur|tibia|fibula|"
    r"patella|sternum|coccyx|tailbone|vertebra|vertebrae|hamstring|achilles(?: tendon)?|groin|abdomen|"
    r"metatarsal|metacarpal|ligament|tendon|meniscus|rotator cuff)(?:s|es)?)"
)
_SIDE = r"(?:(?:left|right|both|bilateral|his|her|their|my|your|the) ){0,3}"  # (bounded: no run is read twice)
_INJURY_DEGREE = (
    r"(?:(?:(?:first|second|third|1st|2nd|3rd)[- ]degree|minor|severe|deep|open|closed|compound|displaced|"
    r"undisplaced|non-displaced|hairline|stress|partial|complete|superficial) ){0,3}"
)
_INJURY_NOUN = (
    r"(?:fracture|sprain|strain|laceration|contusion|dislocation|burn|abrasion|bruise|bruising|"
    r"rupture|tear|wound|injury|graze|cut)(?:s|es)?"
)
_INJURY = lazy(
    r"\b" + _INJURY_DEGREE + r"(?:(?:fractured|broken|sprained|dislocated|strained|bruised|torn|twisted|crushed|"
    r"burned|burnt|lacerated|injured|cracked|ruptured) " + _SIDE + _BODY + r"(?: of " + _SIDE + _BODY + r")?"
    r"|" + _INJURY_NOUN + r" (?:to|on|of|above|below|over|across|in) " + _SIDE + _BODY + r")\b"
    r"|\b(?:(?:left|right) )?(?:" + _BODY + r"|lumbar|lumbosacral|cervical|thoracic|corneal|facial|soft tissue|muscle) "
    r"(?:fracture|sprain|strain|laceration|contusion|dislocation|burn|abrasion|rupture|tear|wound|injury)(?:s|es)?\b"
    # a fracture, sprain, dislocation or bruise of a part as Spanish, Portuguese, Italian and French write it, the
    # part after a preposition ("fractura de muñeca", "fratura do punho", "frattura del polso", "entorse de la
    # cheville") (accuracy29)
    r"|\b(?:fractura|fratura|frattura|fracture|esguince|entorse|distorsione|luxaci[óo]n|luxa[çc][ãa]o|lussazione|"
    r"contusi[óo]n|contus[ãa]o|contusione)[ \t]+(?:de la|de|do|da|del|della|dello|di|du|des)[ \t]+"
    r"(?:la |el |le |l')?[^\W\d_]{3,}"
)
# Every injury the grammar reads holds one of these stems: a window holding none is not searched for it.
_INJURY_STEMS = (
    "fractur", "broke", "sprain", "strain", "dislocat", "bruis", "torn", "tear", "twisted", "crush",
    "burn", "lacerat", "injur", "crack", "ruptur", "contusion", "abrasion", "wound", "graze", "cut",
    "fratur", "frattur", "esguince", "entorse", "distorsion", "luxa", "lussazion", "contusi", "contusã",
)  # fmt: skip
# Three-letter abbreviations of conditions that no common word or unit shares (data/diagnoses.txt lists the
# longer ones), looked for near medical words only.
_DX_ABBREVIATIONS = lazy(
    r"(?<![\w.-])(?:osa|aki|htn|hld|mdd|cva|tia|ibs|ibd|sle|ocd|dka|hhs|cll|cml|aml|nhl|pvd|ihd|t2d|dm[12])(?![\w-])"
)
_DX_NOT = words(
    "diagnosis prognosis diploma aroma academia empathy sympathy telepathy nostalgia osmosis symbiosis hypnosis "
    "stoma soma coma trauma "
    # places and words of other languages so formed ("Tacoma", "OKLAHOMA", Spanish "idioma" a language)
    "tacoma oklahoma sonoma pomona paloma idioma idiomas axioma "
    # English words ending as French/Italian condition names do ("-ite", "-ose")
    "appetite favorite favourite definite indefinite infinite opposite composite requisite prerequisite exquisite "
    "website satellite graphite granite parasite parasites termite dynamite ignite reunite excite recite "
    "erudite apposite marguerite kryptonite bauxite overwrite rewrite underwrite "
    "glucose sucrose fructose lactose maltose dextrose galactose cellulose purpose suppose propose compose "
    "expose oppose dispose impose diagnose overdose verbose comatose grandiose bellicose adipose varicose "
    "morose decompose transpose juxtapose interpose repurpose despite "
    # and words of those languages that are no condition: "Diagnosi:", "Prognosi:", "Glicose" (glucose)
    "diagnosi prognosi glicose glucosio glucosa glykose lactosio fruttosio "
    # and words so formed that name no condition: "Prognose" (German, Dutch), "sympathie" (French, German)
    "prognose sympathie empathie antipathie telepathie"
)
# English words a word so formed may end in ("testsuite", "errwrite", "enclose", "isfinite", "usersite", as code
# and prose compound them: found by running the formations over the Python standard library and these docs).
_DX_NOT_ENDS = ("write", "white", "suite", "site", "close", "finite", "pose", "verbose")
# Adjectives that make "X disease" a category, not a condition: "chronic disease management", "a rare disorder".
_DX_GENERIC = words(
    "chronic acute rare common serious infectious genetic medical clinical specific general physical mental "
    "critical terminal underlying typical several original historical potential additional"
)
_DX_CATEGORY = words("syndrome disease disorder insufficiency deficiency")
# Findings that tie a text to a person, and so make its medical terms PHI. A name, e-mail, phone or address
# alone (a press release quoting a doctor, a newsletter's author, a study's investigator) makes only the terms
# said of someone PHI (``_PERSONAL``); a record identifier (MRN, birth date, SSN...) makes every term PHI.
_WEAKLY_IDENTIFYING = frozenset({T.PERSON, T.EMAIL, T.PHONE, T.ADDRESS, T.IP_ADDRESS})
_IDENTIFYING_RECORD = frozenset(t for t in T if t not in _WEAKLY_IDENTIFYING | {T.DIAGNOSIS, T.MEDICATION})
# Words before a term, in its sentence, that say it is someone's: a pronoun, a relative, a clinical verb.
_PERSONAL = lazy(
    r"\b(?:i|i'm|i've|i'd|me|my|mine|we|our|us|you|your|he|she|his|her|him|they|their|them|patient|pt|"
    r"mr|mrs|ms|miss|son|daughter|wife|husband|mother|father|mom|mum|dad|brother|sister|child|baby|"
    r"diagnosed|diagnosis|dx|suffer(?:s|ed|ing)?|on|taking|takes|took|started|prescribed|refill|history|"
    r"hx|known|presents|presented|presenting|admitted|"
    r"fit note|sick note|signed off|off sick|treated|continue|start|starting|stop|due|since|"
    r"tolerating|tolerated|allergic|allergy|"
    # a household member, and what a register, a ticket or a travel form says its subject has: "account
    # holder's partner relies on a suction machine (...)", "Traveller reports epilepsy; carries ...", "was
    # assessed with ... and given ...", "sustained a ..."
    r"partner|spouse|reports|reported|carries|carrying|relies|sustained|sustaining|assessed (?:with|as)|"
    r"(?:was|were|and|been) given|"
    # the same said in the other languages of the lists: "o médico diagnosticou ... e receitou", "ich habe"
    r"diagnosticou|diagnosticad[oa]|diagnosticó|diagnostiqu[ée]e?|diagnosticat[oa]|diagnostiziert|"
    r"gediagnosticeerd|vastgesteld|receitou|receitad[oa]|recetó|prescrit|prescrito|prescritto|verschrieben|"
    r"voorgeschreven|ich|mein|meine|meinen|ik|mijn|je|j'ai|mon|mes|eu|meu|minha|yo|mis|io|mio|mia|"
    # suffering from it, as Spanish, Portuguese, Italian, French, German and Romanian say it ("Padezco ...",
    # "Soffro di ...", "Soția mea are ...": Romanian "mea", my)
    r"padezco|padece|padecía|sufro|sufre|sufría|sofro|sofre|soffro|soffre|souffre|souffrait|leide|leidet|"
    r"mea|sufăr|suferă|tomando|prendo|"
    # a note's visit and an attack of a condition, as English, French, Spanish, Portuguese, Italian and German
    # write it ("X attended today following ankle sprain", "crise d'épilepsie", "crisis de asma") (accuracy29)
    r"attended|crise|crisis|attacco|anfall|"
    # his, her or their, as a Spanish, Portuguese, Italian, French or German parent or note writes it ("le di su
    # salbutamol", "ha preso la sua insulina", "seine Tabletten") (accuracy29)
    r"su|sus|seu|sua|seus|suas|suo|sein|seine|seinen|ihr|ihre|ihren|sa|ses)\b"
)


# Negation (after NegEx, Chapman et al. 2001): a cue before the term in the same clause, or after it.
_NEG_BEFORE = lazy(
    r"\b(?:"
    # NegEx's cues of more than one word, before the single "no" and "not" (accuracy31): "no features of sepsis",
    # "not a case of measles", "not currently taking warfarin", "a viral illness rather than pneumonia"
    r"(?:no|not)(?: a| an| any)?(?: clinical| radiological)? (?:features?|suggestion|indication|case|diagnosis|"
    r"picture) of|not (?:currently |yet |regularly |now )?(?:on|taking|using|receiving|prescribed)|"
    r"rather than(?: any| a| an)?|"
    r"no|not|denie[sd]|deny|negative for|neg for|without|free of|ruled out|rule out|r/o|absence of|"
    r"never (?:had|been diagnosed with)|no (?:known |prior |past |personal |family )?(?:history|hx|evidence|signs?|"
    r"symptoms?|sign or symptoms?) of|screen(?:ing|ed)?(?: [a-z]+){0,2} for|tested for|test for|"
    r"vaccinat(?:ed|ion) (?:against|for)|"
    r"(?:denies|denied|deny) (?:any )?(?:(?:personal|past|prior|previous) )?(?:history|hx|diagnosis|dx) of|"
    # a condition weighed and set aside, or named for a talk or a trial, not found in the patient
    r"(?:initially |was |were )?considered|to (?:exclude|rule out)|"
    r"(?:talk|webinar|seminar|session|workshop|course|class|lecture|training|article|leaflet|handout|guide|tips|"
    r"awareness|campaign|program(?:me)?|module) (?:on|about|for)(?: (?:managing|living with|coping with|preventing))?|"
    r"(?:mortality |clinical |no |any )?(?:benefits?|efficacy|effectiveness|safety|role|routine use) of(?: routine)?|"
    r"(?:trial|study) (?:of|comparing)|"
    r"differential(?: diagnosis)? (?:includes?|of)|ddx(?: includes?)?|educat(?:ed|ion) (?:on|about)|"
    r"counsel(?:l?ed|l?ing) about|information (?:on|about)|"
    # Someone other than the patient: a relative named without "my" (family history in a note), or people in
    # general ("people with asthma should...", "studies show that diabetes...").
    r"(?<!my )(?:mother|father|sister|brother|aunt|uncle|grandmother|grandfather|sibling|parent|cousin)s?"
    r"(?: (?:had|has|with|died of|passed away from|was diagnosed with))|"
    # the same in Spanish, Portuguese, French, Italian and German notes ("Madre con diabetes", "Pai com ...")
    r"(?<!mi )(?<!minha )(?<!meu )(?<!ma )(?<!mon )(?<!mia )(?<!mio )(?<!meine )(?<!mein )"
    r"(?:madre|padre|hermana|hermano|abuela|abuelo|t[íi]a|t[íi]o|m[ãa]e|pai|irm[ãa]o?|av[óô]|m[èe]re|p[èe]re|"
    r"s[œo]e?ur|fr[èe]re|nonna|nonno|sorella|fratello|zia|zio|mutter|vater|schwester|bruder|gro(?:ß|ss)(?:mutter|vater))"
    r"(?: (?:con|com|tiene|tenía|tuvo|tem|tinha|teve|avec|a eu|mit|hat|hatte|ha|aveva|falleció de|morreu de|"
    r"décédée? d['’]un[e]?|starb an))|"
    # someone around the patient, not the patient: "Colleague in same floor had dengue last month"
    r"(?:colleague|co-?worker|classmate|roommate|flatmate|housemate|neighbou?r|friend)s?(?: [a-z]+){0,4} "
    r"(?:had|has|have|with|got|caught|tested positive for|was diagnosed with)|"
    # a drug the patient is told to keep away from: "avoid ibuprofen and other NSAIDs"
    r"avoid(?:ing)?|do not take|don'?t take|evitar|[ée]viter|evitare|vermeiden|"
    # a condition said not to be it, in Portuguese, Spanish, French and Italian: "não é COVID", "no es dengue"
    r"n[ãa]o (?:[ée]|foi|tem|teve|h[áa]|apresenta)|no (?:es|fue|tiene|tuvo|hay|presenta)|"
    r"(?:ce )?n['’]est pas|non (?:[èe]|ha)|"
    # people counted for it, not anyone's record: "our clinic treated 1309 children for pneumonia last year"
    r"(?:treated|vaccinated|screened|tested|reached|helped|served|saw|cared for) (?:over |more than |nearly |"
    r"almost |some |about )?(?:[\d,.]+|hundreds of|thousands of|many|dozens of) (?:people|children|kids|patients|"
    r"adults|women|men|families|babies|infants|residents|cases|students|workers) (?:for|with|against|of)|"
    r"(?:people|persons|individuals|adults|children|kids|patients|employees|staff|workers|those|anyone|"
    r"women|men|smokers|travell?ers|members|residents|students|customers) (?:with|who have|living with|"
    r"suffering from|at risk (?:of|for)|on|taking|receiving|prescribed)|"
    # a system's or a service's artefact about a condition: "New BPA for sepsis", "order set for DKA"
    r"(?:alert|alerts|bpa|order set|order sets|protocol|pathway|guideline|guidance|policy|calculator|bundle|"
    # (not criteria someone meets: "she meets criteria for generalised anxiety disorder", accuracy31)
    r"checklist|template|algorithm|(?<!met )(?<!meets )(?<!meet )(?<!fulfils )(?<!fulfills )(?<!fulfilled )"
    r"(?<!satisfies )(?<!satisfied )criteria|dashboard|registry|report|reports|module) (?:for|on)|"
    # a cohort's or the literature's statement, no one's record (accuracy31): "a recent cohort study suggested that
    # psoriasis ...", "in published cohorts most whiplash ...", "the literature on migraine in ..."
    r"(?:a|the|one|another)(?: recent| large| new| small| national| multicent(?:re|er))?(?: cohort| observational|"
    r" prospective| retrospective| randomi[sz]ed| population-based| case-control| cross-sectional)? (?:study|review|"
    r"meta-analysis|analysis|paper|trial|survey) (?:suggested|showed|found|reported|concluded|indicated)(?: that)?|"
    r"(?:published|reported|observational|large|prospective|retrospective) (?:cohorts?|series|studies|trials|data)"
    r"(?: most| many| some| the majority of)?|literature (?:on|about|regarding|in)|"
    r"(?:studies|research|data|evidence|trials?|researchers|experts) (?:show|shows|suggest|suggests|found|find|"
    r"indicate|indicates)(?: that)?|"
    # research about a condition in general: "research on mindfulness apps for insomnia is inconclusive"
    r"(?:research|studies|trials?|evidence|data|a (?:study|trial|review)) (?:on|into|about|of|in)"
    r"(?: [a-z'-]+){0,4} (?:for|on|of|in|with|against)|"
    r"(?:found|concluded) that|(?:raises?|increases?|reduces?|lowers?) (?:the |your )?"
    r"risk of|"
    r"family history of|fh of|fhx of|family hx(?: of)?|risk of|at risk for|counsel(?:l?ed|l?ing) on|education on|"
    r"(?:not |in)consistent with|unlikely(?: to be)?|low (?:suspicion|concern|probability|likelihood) (?:for|of)|"
    r"immuni[sz](?:ed|ation) (?:against|for)|vaccine (?:against|for)|prevention of|prophylaxis (?:against|for)|"
    # A question about a drug is not a prescription: "is it ok with ibuprofen?", "can I take aspirin?"
    r"is it (?:ok|okay|safe|fine)(?: to take)?(?: with)?|can i (?:take|have)|should i (?:take|stop)|"
    # Negation in French, Spanish, Portuguese, Italian and German notes ("Pas d'antécédent d'embolie pulmonaire").
    r"(?:pas|aucun|aucune) d['’]ant[ée]c[ée]dents? (?:de |d['’])|pas de|sans|absence (?:de |d['’])|"
    r"niega|sin(?: antecedentes? de)?|no refiere|nega|sem(?: hist[óo]ria de)?|nessun(?:a)?(?: storia di)?|"
    r"assenza di|kein(?:e|en)?|ohne|"
    # excluded, as a finding that set it aside ("Esclusa embolia polmonare", "Se descartó neumonía")
    r"excluded|esclus[aoei]|descartad[oa]s?|se descart[óo]|descartou-se|exclue?s?|ausgeschlossen|"
    # no sign or evidence of it, as German, Dutch, French, Spanish, Italian and Portuguese notes write it
    r"kein(?:e|en)? (?:hinweis|anhalt|anzeichen|nachweis)(?:e|en)? (?:auf|für)|"
    r"geen (?:aanwijzing(?:en)?|tekenen|teken|bewijs) (?:voor|van)|pas de signes? d['’e]|"
    r"sin (?:signos|evidencia|datos) de|nessun segno di|sem (?:sinais|evid[êe]ncia) de)(?![a-z0-9])"
    r"(?:[ \t]+(?:a|an|the|any|acute|active|prior|known|recent|current|chronic|severe|mild|moderate|early|"
    r"type [0-9i]+|stage [0-9iv]+))*[ \t]*"
    # an adjective of the term the list does not have ("no history of gestational diabetes")
    r"(?:[a-z]{3,}(?:al|ic|ive|ous|ary|ory|ile|ar)[ \t]+)?"
    # The scope of a cue runs on over a list of terms ("no history of diabetes, hypertension or asthma").
    r"(?:[a-z0-9'/-]+(?:[ \t]+[a-z0-9'/-]+){0,3}"
    r"(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|nor|vs\.?|versus)[ \t]+)){0,5}$",
    # (~100 cues tried in turn at each word of a clause: grouped by first letter, a word tries its letter's; speed16)
    by_first_character=True,
)
# A clause whose label says it is not the patient's condition or is negated ("Family history: ...",
# "Negative for: fever, chills, pneumonia", "ROS negative: ...").
_NEG_LABEL = lazy(
    r"(?:family (?:medical )?history|\bfhx?|negative for|neg for|denies|ruled out|rule out|r/o|screening|"
    r"immuni[sz]ations?|vaccinations?|vaccines?|ros negative|no history of|absent|negative|not present|"
    r"differential(?: diagnosis)?|ddx|ausschluss|ausgeschlossen|uitgesloten|exclu|excluded|descartado|escluso|"
    r"(?:vaccines?|vaccinations?|immuni[sz]ations?) (?:given|administered|received|due|recommended|offered)|"
    # "Ruled out on previous admission:", "Excluded during this stay:"
    r"(?:ruled out|excluded)(?:[ \t]+[a-z]+){1,4}|"
    # a list a label calls anyone's, not a record's (accuracy31): "Common conditions we see on race day: ...",
    # "Typical injuries this season: ...", "Examples: ..."
    r"(?<![\w@.-])(?:common|typical|frequent|examples?)\b[^:\n@/]{0,40})"
    r"[ \t]*$"
)
# A string each of ``_NEG_LABEL``'s forms holds: a label without one of them is not searched (a record of a
# megabyte that puts a term after every "MRN:" asked the search at each term, ~10 us of 40 a term; speed16).
_NEG_LABEL_WORDS = (
    "family",
    "fh",
    "neg",
    "denies",
    "rule",
    "r/o",
    "screening",
    "immuni",
    "vaccin",
    "no history of",
    "absent",
    "not present",
    "differential",
    "ddx",
    "ausschluss",
    "ausgeschlossen",
    "uitgesloten",
    "exclu",
    "descartado",
    "escluso",
    "common",
    "typical",
    "frequent",
    "example",
)
_NEG_LABEL_GATE = lazy("|".join(re.escape(w) for w in _NEG_LABEL_WORDS))
# A family-history line says nothing of the patient's own conditions ("Family history: mother had breast
# cancer at 52; father with coronary artery disease"); nor does a relative's condition in a note ("Mother had
# breast cancer"), unless the writer discloses it ("my mother was diagnosed with...": the corpus labels that).
_FH_LINE = lazy(
    r"[ \t\-*]*(?:family (?:medical )?history|fhx?|family hx|antecedentes (?:heredo-?)?familiares|"
    r"antecedentes familiares|ant[ée]c[ée]dents familiaux|hist[óo]ri(?:a|co) familiar|anamnesi familiare|"
    r"familienanamnese|familieanamnese)\b[^:\n]{0,20}:"
)
_RELATIVE = lazy(
    r"(?<!my )(?<!our )\b(?:mother|father|mom|dad|sister|brother|sibling|grandmother|grandfather|aunt|uncle|"
    r"cousin|parents?)(?:'s)?(?:[ \t]+(?:had|has|with|died of|passed away from|diagnosed with|was diagnosed with|"
    r"history of|hx of|-))+[ \t]+(?:[a-z0-9'-]+[ \t]+){0,3}$"
)
# "Diabetes: none", "Asthma: no", "HIV: negative" in a checklist.
_NEG_VALUE = lazy(r"[ \t]*[:=-][ \t]*(?:none|no|n|negative|neg|denied|denies|absent|not present|nil)\b")
_NEG_AFTER = lazy(
    r"[ \t]*(?:[–—-][ \t]*)?(?:[a-z0-9/-]+[ \t]*:?[ \t]+){0,2}"
    r"(?:ruled out|was ruled out|has been ruled out|excluded|negative|"
    r"(?:was |were )?considered (?:and|but) (?:ruled out|excluded)|"
    # ruled out, as French, German, Spanish, Portuguese, Italian, Dutch and Polish notes write it after the term
    r"[ée]cart[ée]e?s?|exclue?s?|ausgeschlossen|descartad[oa]s?|exclu[ií]d[oa]s?|esclus[oa]|escluse|escluso|"
    r"uitgesloten|wykluczon[aeyo]|"
    r"not detected|non-?reactive|unlikely|screen(?:ing)?\b|antibod(?:y|ies)|ag/ab|test(?:ing)?\b|panel|vaccine|"
    # a laboratory test named after the condition: "Dengue NS1 Ag  Reactive", "Malaria smear", "Typhoid IgM"
    r"ns1\b|ig[mg]\b|antigen|pcr\b|serology|smear|rapid (?:test|diagnostic)|rdt\b|"
    # a vaccine's dose named after the disease: "Rabies dose 1 of 3", "Hepatitis B booster"
    r"dose\b|booster\b|"
    r"vaccination|prevention|prophylaxis|awareness|education|"
    # the disease a certificate, a jab or a shot is against, a contact with it, a class's project on it, and a
    # report's finding that it is not supported (accuracy29: "yellow fever certificate on file", "measles exposure
    # follow-up", "the measles project he did in history", "concussion is not supported")
    r"certificates?\b|cert\b|jabs?\b|shots?\b|exposures?\b|outbreaks?\b|projects?\b|not supported)"
    # A generic statement about the condition: "Hypertension is a common condition", "...is the leading cause".
    r"|[ \t]+(?:is|are)[ \t]+(?:a|an|the)[ \t]+(?:leading|common|chronic|serious|major|rare|frequent|"
    r"condition|disease|disorder)\b|[ \t]+(?:affects|often has|can cause|may cause|remains the)\b",
)
# Figures of speech and eponymous laws: "the depression in sales", "Great Depression", "Parkinson's law".
_FIGURE_AFTER = lazy(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:sales|traffic|revenue|demand|prices?|markets?|economy|orders|volumes?|activity|"
    r"numbers|growth|bookings|earnings|profits?|shares|stocks?|housing|output|spending|region|industry)\b"
    r"|['’]s[ \t]+(?:law|principle|rule|razor)\b"
    r"|['’\"”]?[ \t]+of[ \t]+(?:luck|genius|midnight|fortune|inspiration|good luck|bad luck|the pen)\b"
    r"|[ \t]+im[ \t]+(?:geschäft|handel|markt|verkauf|umsatz)\b|[ \t]+en[ \t]+(?:las[ \t]+ventas|el[ \t]+mercado)\b"
)
_FIGURE_BEFORE = lazy(r"\bgreat[ \t]+$|\beconomic[ \t]+$|\bthe[ \t]+$")
# A condition that is a cited paper's topic, no one's (accuracy31): "Oyelowo et al. (2019) on lupus", "Brandt &
# Sorensen 2021 on chronic kidney disease", "Achebe et al., 2022 on", "Lefebvre et al. (2017) sur la ...": authors
# (one with "et al.", or two joined), a year, a preposition, at most two words before the term.
_CITED_BEFORE = lazy(
    r"(?:\bet al\.?|\b[a-z][a-z'-]+,?[ \t]+(?:&|and|und|et|y|e)[ \t]+[a-z][a-z'-]+)[ \t]*,?[ \t]*\(?"
    r"(?:19|20)\d\d[a-z]?\)?[ \t]*,?[ \t]+(?:on|about|into|regarding|of|in|zu|über|sur|sobre|su|sul|sulla)"
    r"(?:[ \t]+(?:la|le|les|el|los|las|the|der|die|das|den|dem))?(?:[ \t]+[a-z'-]+){0,2}[ \t]+$"
)
_CITED_REACH = 90
# A drug measured as a laboratory analyte, not given (accuracy31): a result and a concentration's unit after it on
# its row ("Lithium  0.7  mmol/L  0.4-1.0", "Tacrolimus trough  8.2  ug/L", "Vancomycin,14.2,mg/L"). Per litre or
# decilitre only, and ng/mL: a formulation's strength is written per mL ("morphine 10 mg/ml").
_ANALYTE_AFTER = lazy(
    r"(?:[ \t]+(?:trough|peak|level|random|pre-?dose|serum|plasma|conc\.?|concentration))?"
    r"(?:[ \t]*[,\t|;][ \t]*|[ \t]+)[<>]?[ \t]?\d+(?:[.,]\d+)?[ \t]*(?:[ \t]*[,\t|;][ \t]*)?"
    r"(?:(?:mmol|umol|µmol|μmol|nmol|pmol|mg|ug|µg|μg|mcg|ng)/(?:l|dl)|ng/ml)\b"
)
# Antibiotic susceptibility panels name drugs tested against a culture, not given to the patient.
_SUSCEPTIBILITY = lazy(r"[ \t]*(?:[sri]|susceptible|resistant|intermediate|sensitive)\b(?:[ \t]*[,;.\n]|$)")


# The last clause break (or sentence end) in a span, as the greedy run before it finds it from the span's end: one
# match in C where the largest of nine ``rfind`` calls was a generator in Python, ~4 of a term's ~40 us (speed16).
_CLAUSE_BREAK = lazy(r"(?s:.*)([.;\n:!?—(]| but )")
_SENTENCE_END = lazy(r"(?s:.*)([.!?\n])")


def _after_last(brk: re.Pattern[str], low: str, lo: int, end: int) -> int:
    """Where the text after the last ``brk`` in ``low[lo:end]`` starts (the break's first character + 1), else 0."""
    m = brk.match(low, lo, end)
    return m.start(1) + 1 if m is not None else 0


def _clause_before(low: str, start: int) -> str:
    """The text of the clause before ``start``: back to a sentence or clause break, at most 80 characters.

    A word broken over a line end by a hyphen ("con-\nsidered") does not break the clause.
    """
    lo = max(0, start - 80)
    cut = _after_last(_CLAUSE_BREAK, low, lo, start)
    if cut >= 3 and low[cut - 1] == "\n" and low[cut - 2] == "-" and low[cut - 3].isalpha():
        cut = _after_last(_CLAUSE_BREAK, low, lo, cut - 1)
        return low[max(lo, cut) : start].replace("-\n", "")
    if cut >= 1 and low[cut - 1] == "(" and low.find(")", cut, start) != -1:
        # an aside closed before the term does not end its clause: "RULED OUT: embolism (CTPA negative), ACS"
        cut = _after_last(_CLAUSE_BREAK, low, lo, cut - 1)
    return low[max(lo, cut) : start]


# Examples on a form are no one's condition: "Medical Conditions (e.g. Diabetes, Asthma, Epilepsy): ____".
_EXAMPLE_CUE = lazy(r"\be\.g\.|\bi\.e\.|\bfor example|\bfor instance|\bsuch as")
# What may stand between the cue and the term: other examples, each ending with a comma, "and" or "or".
_EXAMPLE_ITEMS = lazy(
    r"[a-z0-9'/-]+(?:[ \t]+[a-z0-9'/-]+){0,3}(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
)
_EXAMPLE_OPEN = lazy(r"[,:]?[ \t]+")


def _examples_only(low: str, pos: int, end: int) -> bool:
    """Whether [pos, end) holds only a few listed examples, each closed by a comma, "and" or "or" (linear)."""
    g = _EXAMPLE_OPEN.match(low, pos, end)
    if not g:
        return False
    pos = g.end()
    for _ in range(7):
        if pos == end:
            return True
        m = _EXAMPLE_ITEMS.match(low, pos, end)
        if not m:
            return False
        pos = m.end()
    return pos == end


# An allergy or intolerance named by its allergen ("sesame allergy", "tree nut allergy", "lactose intolerance",
# "penicillin allergy"), as French, Spanish, Portuguese and Italian write it with the allergen after a preposition
# ("allergie aux arachides", "alergia al marisco", "alergia a amendoim", "allergia alle arachidi") and German as one
# word ("Erdnussallergie", "Laktoseintoleranz"). Every tune set that has one labels it a condition (holdout7, 11, 17,
# 24, 27, 28). An English compound's words before "allergy" must name allergens (the EU's fourteen major food
# allergens and the common others, ``_ALLERGENS``, or a listed drug): "a severe allergy", "your allergy" are not one.
_ALLERGY = lazy(
    r"\b((?:[a-z]+(?:'s)?[ -]){1,3})(?:allerg(?:y|ies)|intolerances?)\b"
    r"|\b(?:allergie|alergia|allergia)[ \t]+(?:(?:aux?|à la|à|al|a la|a los|a las|ao|aos|às|alle|alla|agli|ai|ad|a|"
    r"gegen|de|do|da)[ \t]+|à l['’]|all['’])[^\W\d_]{3,}"
    r"|\b[^\W\d_]{3,}(?:allergie|intoleranz)\b"
)
_ALLERGY_STEMS = ("allerg", "alerg", "intoleran")
# How many allergies the grammar reads in one text: a guest list or a school's register has a few hundred; a megabyte
# of allergy rows stops here (each costs what a listed term's assertion costs, ~60 µs).
_ALLERGIES_PER_TEXT = 2000
_ALLERGENS = words(
    "peanut peanuts nut nuts tree shellfish fish egg eggs milk cow's dairy lactose soy soya wheat gluten sesame celery "
    "mustard lupin mollusc molluscs crustacean crustaceans sulphite sulphites sulfite sulfites latex pollen dust mite "
    "mites bee wasp sting stings insect venom cat dog grass mould mold nickel seasonal food drug kiwi strawberry "
    "seafood fruit citrus tomato corn coconut cashew almond hazelnut walnut pistachio pecan garlic onion chocolate "
    "histamine fructose yeast avocado banana apple peach shrimp prawn lobster crab oyster mussel squid plaster "
    "adhesive contrast iodine sulfa sulpha nsaid animal horse pet feather feathers house hay"
)
# Where an allergy is someone's without a word of theirs before it: a form's value after its label ("Dietary: ...",
# "notes: ..."), at most this far after the colon within one sentence, or a cell of a structured line.
_ALLERGY_VALUE_REACH = 40
# ... or a sentence saying someone has or reports it, in the languages of ``_ALLERGY`` ("Hat eine Erdnussallergie",
# "tiene alergia al marisco", "signale une allergie aux arachides"), not a policy's condition ("If a guest has ...").
_HAS_BEFORE = lazy(
    r"\b(?:has|hat|hatte|tiene|tenía|tuvo|tem|tinha|teve|ha|aveva|ebbe|avait|heeft|signale|signalé|meldet|gemeldet|"
    r"reports|reported|declared|indique|informe|refiere|refere|riferisce)\b"
)
# (nor a population's: "the Health Department has confirmed 19 cases of tuberculosis")
_CONDITIONAL = lazy(
    r"\b(?:if|when|whenever|any|anyone|si|wenn|falls|se|als|quando|cuando|lorsque|cases|people|patients|guests|"
    r"customers|pupils|students|residents|staff|employees|members|children)\b"
)


def _allergen_start(m: re.Match[str]) -> int | None:
    """Where the allergy matched by ``_ALLERGY`` starts: its first allergen word, or None if it names none."""
    if m.group(1) is None:
        return m.start()
    start = None
    lead = m.group(1).rstrip(" -")
    pos = m.start(1) + len(lead)
    for w in reversed(re.split(r"([ -])", lead)):
        if w in (" ", "-"):
            pos -= 1
            continue
        if w not in _ALLERGENS and w not in MEDICATIONS:
            break
        pos -= len(w)
        start = pos
    return start


# A form's label after a condition opening its line ("Diabetes:", "Hypoglycaemia in last 12 months:"), and a
# value that answers it no.
_FIELD_LABEL = lazy(r"[^:\n.;]{0,40}?:[ \t]*")
_NEG_FIELD_VALUE = lazy(r"(?:none|no|nil|negative|neg|denied|denies|absent|not present|n)\b")
# A reaction on an allergy line ("Allergies: peanuts (anaphylaxis)") is what an allergen would cause.
_ALLERGY_LINE = lazy(
    r"[ \t\-*]*(?:\d{1,2}[.)][ \t]*)?(?:allerg(?:ies|y)|adverse reactions?|intolerances?)\b[^:\n]{0,20}:"
)
# A product's line of a till, a stock list or a catalogue ("sale sku=700786986000 qty=3 desc=...").
# ... or a stock check of a health office's, a sick bay's or a pharmacy's store ("stock check epinephrine
# auto-injector (spare) lot 209477", "stocktake: salbutamol inhalers x6"): the store's, nobody's (accuracy29)
_PRODUCT_LINE = lazy(r"\b(?:sku|upc|ean|gtin|barcode|item_?no|product_?id|stock[ -]?(?:check|take|count)|inventory)\b")
_PRODUCT_HINTS = ("sku", "upc", "ean", "gtin", "barcode", "item", "product", "stock", "inventory")
_PATIENT_ON_LINE = lazy(r"\b(?:patient|pt|rx|prescription|member|customer_?name)\b")
# "my sister had lupus but i don't": a relative's condition set against the writer's own.
_RELATIVE_CONTRAST = lazy(r"[ \t]*,?[ \t]*but (?:i|we) (?:don'?t|do not|never|haven'?t|have not)\b")
_MY_RELATIVE = lazy(r"\bmy (?:mother|father|mom|mum|dad|sister|brother|aunt|uncle|cousin|grand\w+) (?:had|has)\b")
# A clause that is only these words before a condition is a leaflet's title, not a patient's history.
_LEAFLET_TITLES = frozenset({"living with", "coping with", "life with", "managing", "understanding", "about"})
# A FHIR Condition recorded as refuted or entered in error.
# (a coded concept's code, its text or display alone: "verificationStatus": {"text": "refuted"}, or a
# resource whose own status says it was entered in error: a MedicationRequest, an Observation)
_FHIR_REFUTED = lazy(
    r'"(?:code|text|display)"\s*:\s*"(?:refuted|entered-in-error|entered in error)"'
    r'|"status"\s*:\s*"entered-in-error"'
)


def _refuted_resource(low: str, f: Finding) -> bool:
    """Whether ``f`` sits in a FHIR resource whose verification status is refuted or entered in error."""
    rs = low.rfind('"resourcetype"', max(0, f.start - 3000), f.start)
    if rs == -1:
        return False
    nxt = low.find('"resourcetype"', f.end, f.end + 3000)
    return _FHIR_REFUTED.search(low, rs, nxt if nxt != -1 else min(len(low), f.end + 3000)) is not None


# What a plan or policy covers, excludes or makes eligible is a list of conditions and drugs, not anyone's:
# "Your plan covers diabetes supplies, inhalers for asthma...", "Covered conditions include...", "Exclusions:".
_COVERAGE = lazy(
    r"\b(?:(?:plan|policy|benefits?|coverage|insurance|program(?:me)?|formulary)\b[^.;:!?\n]{0,30}?"
    r"\b(?:covers?|includes?|pays? for|excludes?)\b|covered (?:conditions?|services|benefits|diagnoses|drugs|"
    r"medications|items)|(?:conditions?|diagnoses|services|drugs|medications) (?:covered|eligible|excluded)|"
    # (one person's "Qualifying condition: ..." on a certificate is theirs: a list of them is the plan's)
    r"eligible (?:conditions?|diagnoses)|qualifying (?:conditions|diagnoses|condition(?![ \t]*:))|exclusions?|"
    r"not covered|excluded)\b"
)


def _sentence_before(low: str, start: int) -> str:
    """The sentence before ``start``: back to a sentence end or a line break, at most 200 characters."""
    lo = max(0, start - 200)
    return low[max(lo, _after_last(_SENTENCE_END, low, lo, start)) : start]


# A condition queried or held as likely, not found: "?appendicitis", "Likely AKI on CKD", "query sepsis".
_UNCERTAIN_BEFORE = lazy(
    r"(?:\?|\b(?:likely|probable|probably|possible|possibly|suspected|suspect|query|querying|questionable|"
    r"presumed|cannot exclude|can't exclude)[ \t]+(?:[a-z0-9'/-]+[ \t]+(?:on|with|and|or|vs\.?)[ \t]+)?)$"
)
# An injury as a first-aider, a steward, a witness or the police write it down can only be suspected ("taken to
# hospital with a suspected fractured sternum", "Suspected wrist fracture"): the report's wording of the injury, which
# every tune set that has one labels (holdout26, holdout27), where a clinician's "suspected pneumonia" is a query.
_SUSPECTED_INJURY = lazy(r"\bsuspected[ \t]+$")
# An unticked box before a condition ("[ ] Stroke"), or a question left unticked after it ("heart failure? [ ]").
_UNTICKED_BEFORE = lazy(r"(?:\[[ \t]?\]|☐|□)[ \t]*$")
# ... or an unticked box a few words before on its line, no other box between: "[ ] Bisphosphonates (Fosamax)"
_UNTICKED_ITEM = lazy(r"(?:\[[ \t]?\]|☐|□)[^\[\]☐□☒☑■\n]{0,40}$")
# A drug named as part of an adjective describes a condition: "DM2 (insulin-requiring)", "steroid-induced". A drug
# a screen tested for, its result after it ("Cocaine metabolite   NEGATIVE   300 ng/mL", "Opiates: not detected"),
# and a drug naming a device or a store ("insulin pump", "insulin fridge"), are nobody's medication either.
# (one pattern, one match a drug: a MiB of drugs in a record asks it some 35,000 times)
_NOT_TAKEN_AFTER = lazy(
    r"-(?:requiring|dependent|independent|induced|resistant|refractory|responsive|naive|naïve|treated|related|"
    r"associated|sensitive|free|like|controlled|exposed|experienced)\b"
    r"|[ \t]+(?:pumps?|fridge|refrigerator|cooler|cool[ \t]?bags?|cooling (?:pouch|case|wallet))\b"
    r"|(?:[ \t]+metabolites?)?(?:[ \t]*\([^)\n]{0,20}\))?[ \t]*[:=]?[ \t]*"
    r"(?:negative|neg|positive|pos|not detected|none detected|detected|non-?reactive|presumptive)\b"
)
_UNTICKED_AFTER = lazy(r"[ \t]*\?[ \t]*(?:\[[ \t]?\]|☐|□)")
# A condition naming a service, a team or a place of care: "Fracture clinic", "our Parkinson's disease nurse
# specialists", "the asthma helpline".
_SERVICE_AFTER = lazy(
    # (a clinic of two: "fracture/burns clinic")
    r"(?:/[a-z]+)?[ \t]+(?:clinic|clinics|nurses?|specialists?|service|services|unit|units|team|teams|ward|wards|"
    r"helpline|society|association|foundation|charity|research|network|pathway|centre|center|support group|month|week|"
    r"day|walk|fundraiser|registry)\b"
)
# Figures of speech: "this shift is a migraine", "a 'migraine' of a quarter", "her annual migraine".
_FIGURE_OF_SPEECH_BEFORE = lazy(
    r"\b(?:is|was|'s|be|been|what) (?:a|an|such a|a total|a real|an absolute) $|\bannual $|"
    # an intensifier makes a condition a figure wherever it stands: "the numbers gave me a total migraine"
    r"\b(?:a total|an absolute|a bit of a|a complete and utter|an utter) $|"
    # what something does to the speaker or a group: "the whole thing is giving me a migraine", "gives me a heart
    # attack", "will give everyone a headache" (never labelled in the tune sets: holdout8, 12, 14, 20, 21)
    r"\b(?:giv(?:e|es|ing|en)|gave) (?:me|us|him|her|them|you|everyone|everybody) (?:a|an) (?:real |massive )?$"
)
_QUOTED = frozenset("'‘’“”")
_SINGLE_QUOTES = frozenset("'‘’")
# A short phrase in single quotes standing in a sentence (words go on after it: not a SQL value or a list item).
_QUOTED_PHRASE = lazy(r"(?:^|[ \t(])['‘][a-z][a-z -]{0,20} [a-z -]{2,30}['’](?= [a-z])")
# A German vaccination status is no one's disease: "Impfstatus Hepatitis B: vollständig".
_VACCINATION_DE = lazy(r"\b(?:impfstatus|impfung|geimpft gegen|impfschutz)\b[^.\n]{0,20}$")
# Three capitals that are also a currency code: "currency: CAD", "134 CAD".
# (or after an amount's cell of a ledger: "3258,27;CHF", "612.00,CHF"; a problem list's "DM2, CHF" is no amount)
_CURRENCY_NEAR = lazy(r"currency|\bccy\b|\bcur\b|\d[ \t]*$|\d[.,]\d\d[ \t]*[;,\t|][ \t]*$")
# Condition abbreviations that are also ISO 4217 currency codes, before an amount: "CHF 1,250.00", "CAD 40".
_CURRENCY_CODES = frozenset({"chf", "cad", "all"})
_AMOUNT_AFTER = lazy(r"[ \t]?\d")
# A condition queried by a "?" standing apart from the word before it ("routine screening, ? anaemia"): a "?" that
# ends a question follows its last word directly.
_TRIAL_PHASE_BEFORE = lazy(r"\bphase[ \t]+(?:i{1,3}|iv|[0-4])[ab]?(?:/(?:i{1,3}|iv|[0-4])[ab]?)?[ \t]+$")
_QUERY_MARK = lazy(r"(?:^|[\s,;:(])\?[ \t]*$")


# The last line start ``_line_start`` found: (text, position, line start). Terms come in order, so the next one
# reads back only to the last: a record of a megabyte on one line read back to its start at each of ~56,000 terms
# (~0.4 s; speed16). ``admit_medical`` empties it when it returns: no text is held after a scan.
_LINE_MEMO: list[object] = [None, 0, 0]


def _line_start(low: str, pos: int) -> int:
    """Where the line holding ``pos`` starts: ``low.rfind("\n", 0, pos) + 1``."""
    memo = _LINE_MEMO
    if memo[0] is low and cast("int", memo[1]) <= pos:
        nl = low.rfind("\n", cast("int", memo[1]), pos)
        line = cast("int", memo[2]) if nl == -1 else nl + 1
    else:
        line = low.rfind("\n", 0, pos) + 1
    memo[0], memo[1], memo[2] = low, pos, line
    return line


def asserted(low: str, f: Finding, *, suspected: bool = False) -> bool:
    """Whether the medical term ``f`` is asserted of someone: not negated, ruled out, screened for or a figure.

    ``suspected``: the term is an injury, which "suspected" does not make uncertain (``_SUSPECTED_INJURY``)."""
    before = _clause_before(low, f.start)
    if _NEG_BEFORE.search(before) or _RELATIVE.search(before):
        return False
    if (
        (f.start and low[f.start - 1] == "?")
        or (_UNCERTAIN_BEFORE.search(before) and not (suspected and _SUSPECTED_INJURY.search(before)))
        or _UNTICKED_BEFORE.search(before)
        or ("[" in low[max(0, f.start - 45) : f.start] and _UNTICKED_ITEM.search(low, max(0, f.start - 45), f.start))
        or _VACCINATION_DE.search(before)
    ):
        return False
    if _UNTICKED_AFTER.match(low, f.end) or _SERVICE_AFTER.match(low, f.end):
        return False
    if (
        f.start
        and low[f.start - 1] in _QUOTED
        and low[f.end : f.end + 1] in _QUOTED
        and low.endswith((" a ", " an "), max(0, f.start - 5), f.start - 1)
    ):
        return False  # a word in scare quotes, as a figure: "a 'migraine' of a quarter"
    if _FIGURE_OF_SPEECH_BEFORE.search(low, max(0, f.start - 24), f.start):
        return False
    if low[f.end : f.end + 1] in _SINGLE_QUOTES and _QUOTED_PHRASE.search(low, max(0, f.start - 24), f.end + 3):
        return False  # a phrase in scare quotes: "the team's 'Monday migraine' of back-to-back meetings"
    if f.end - f.start == 3 and (
        _CURRENCY_NEAR.search(low, max(0, f.start - 20), f.start)
        or (low[f.start : f.end] in _CURRENCY_CODES and _AMOUNT_AFTER.match(low, f.end))
    ):
        return False
    if low.find("?", max(0, f.start - 3), f.start) != -1 and _QUERY_MARK.search(low, max(0, f.start - 4), f.start):
        return False
    if _COVERAGE.search(_sentence_before(low, f.start)) is not None:
        return False
    if "phase" in before and _TRIAL_PHASE_BEFORE.search(before):
        return False  # a trial named by its indication: "Phase III psoriasis trial" in an investigator's CV
    if before.strip() in _LEAFLET_TITLES:  # "PATIENT EDUCATION HANDOUT — Living with asthma"
        return False
    line = _line_start(low, f.start)
    if _FH_LINE.match(low, line, f.start):
        return False
    lo = f.start - len(before)
    if (
        lo > 0
        and low[lo - 1] == ":"
        and _NEG_LABEL_GATE.search(low, max(0, lo - 41), lo - 1)
        and _NEG_LABEL.search(low, max(0, lo - 41), lo - 1)
    ):
        return False
    if _NEG_VALUE.match(low, f.end):
        return False
    back = max(0, f.start - 120)
    if (
        low.find("e.g.", back, f.start) != -1
        or low.find("i.e.", back, f.start) != -1
        or "such as" in before
        or "for example" in before
        or "for instance" in before
    ):
        ex = _EXAMPLE_CUE.search(low, back, f.start)
        if ex and _examples_only(low, ex.end(), f.start):
            return False
    if _A_YEAR.search(low, max(0, f.start - _CITED_REACH), f.start) and _CITED_BEFORE.search(
        low, max(0, f.start - _CITED_REACH), f.start
    ):
        return False
    if f.type is T.MEDICATION:
        if _NOT_TAKEN_AFTER.match(low, f.end, f.end + 60) or _ANALYTE_AFTER.match(low, f.end, f.end + 60):
            return False
        seg = max(line, f.start - 160)  # (the line, at most 160 characters of it: a megabyte may be one line)
        if (
            any(w in low[seg : f.start] for w in _PRODUCT_HINTS)
            and _PRODUCT_LINE.search(low, seg, f.start)
            and not _PATIENT_ON_LINE.search(low, seg, f.start)
        ):
            return False  # a till's or a catalogue's line: a product sold, nobody's medication
        head = low.find("\n", 0, 2000)
        if (
            0 < head < line
            and _PRODUCT_LINE.search(low, 0, head)
            and _STRUCTURED_LINE.search(low, 0, head) is not None
            and not _PATIENT_ON_LINE.search(low, line, min(len(low), f.end + 160))
        ):
            return False  # a row of a table whose header names a product column ("sku,description,...")
        return not _SUSCEPTIBILITY.match(low, f.end)
    if _NEG_AFTER.match(low, f.end, f.end + 40) or _ALLERGY_LINE.match(low, line, f.start):
        return False
    # (an indent of at most 40 characters: a megabyte may be one line, and a term in it is read once, not its line)
    if f.start - line <= 40 and not low[line : f.start].strip() and (field := _FIELD_LABEL.match(low, f.end)):
        # a condition opening its line as a form's label: answered no ("Hypoglycaemia in last 12 months: none
        # reported"), or a heading its value names again ("Diabetes:  Type 2 diabetes since 2015")
        eol = low.find("\n", field.end(), field.end() + 200)
        value = low[field.end() : eol if eol != -1 else min(len(low), field.end() + 200)]
        if _NEG_FIELD_VALUE.match(value) or low[f.start : f.end] in value:
            return False
    if "my " in before and _MY_RELATIVE.search(before) and _RELATIVE_CONTRAST.match(low, f.end):
        return False
    if _FIGURE_AFTER.match(low, f.end):
        return False
    return not (_FIGURE_BEFORE.search(before) and low.startswith("depression", f.start))


# International nonproprietary names share stems by drug class (WHO INN stems): a word ending in one, in text
# about a patient, is a drug even when no list has it ("ticagrelor", "pertuzumab", "lisdexamfetamine").
# Only stems no common word ends in; a word must be 7 letters at least.
_DRUG_STEMS = tuple(
    words(
        "statin vastatin pril sartan olol alol ilol azole mab tinib anib fenib ciclib parib cillin mycin micin "
        "floxacin oxacin tidine dipine gliptin gliflozin glitazone glutide paratide reotide clotide parin xaban gatran "
        "grel grelor vir vudine lukast cycline fungin oxetine faxine traline opram pramine triptyline triptan gepant "
        "setron pitant semide tanide thiazide tiazide afil dronate azepam azolam barbital profen coxib oxicam fenac "
        "codone morphone orphine azosin olone asone isone sonide tropium buterol meterol moterol aterol anterol "
        "phylline plase platin rubicin taxel tecan trexate citabine mustine relix relin lutamide olimus sporine "
        "thioprine kinra leukin ercept acept apine idone peridol azodone pidem iclone pezil mantine giline dopa "
        "quine pressin glinide formin thyroxine ferol fetamine phetamine phenidate caine thazine perazine oxyzine "
        "izine ytoin trigine azepine iracetam pentin gabalin piramate pirone darone cainide goxin lactone renone "
        "gestrel penem bactam oxifen mectin prost"
    )
)


def _inn_variant(word: str) -> bool:
    """Whether ``word`` is a listed drug as another language writes its INN: a final vowel added or dropped
    ("prednison", "furosemid", "metformina", "paracetamolo", "omeprazolo")."""
    if word + "e" in MEDICATIONS:
        return True
    return word[-1] in "aoe" and (word[:-1] in MEDICATIONS or word[:-1].endswith(_DRUG_STEMS))


_DRUG_NOT = words("peptide nucleotide polypeptide cholesterol homocysteine equine bovine canine feline")
_WORD = lazy(r"[a-z][a-z]{6,}")
# A word followed by a dose and a route, frequency or form: "Keppra 500 mg PO BID", "Xyzal 5mg daily". A unit
# with "/" after it is a lab value ("glucose 110 mg/dL"), not a dose.
# (Every match holds a digit: admit_medical searches only windows that hold one.)
_DOSED = lazy(
    r"(?<![\w-])([a-z][a-z-]{3,})[ \t]+\d+(?:[.,]\d+)?(?:/\d+(?:[.,]\d+)?)?[ \t]*"
    r"(?:mg|mcg|µg|ug|g|ml|units?|iu|meq|sprays?|puffs?|drops?|sachets?)(?![a-z/])"
    r"(?:[ \t]*(?:tab(?:let)?s?|caps?(?:ule)?s?|er|xr|sr|xl|dr|pen|patch|inh|puffs?)\b)?[ \t]*"
    # (a count dose may name where it goes: "1 spray each nostril BD", "2 drops into each eye")
    r"(?:(?:each|in each|into each|to each|per|in the|into the)[ \t]+[a-z]+[ \t]*)?"
    r"(?:po|iv|im|sc|sq|subcut|sl|pr|inh|oral(?:ly)?|by mouth|topical|bid|tid|qid|qd|od|bd|tds|qds|qhs|qam|qpm|"
    r"q\d{1,2}h|prn|daily|nightly|weekly|once|twice|every|tab(?:let)?s?|caps?(?:ule)?s?|pen|patch|cada|1-0-|0-0-1|"
    r"1x|x[ \t]*\d)(?![a-z])"
)
# The words a dose may follow that are not drug names; salts and forms are part of the drug before them.
_DOSE_NOT = words(
    "dose doses total daily take takes taking took given give gave then with plus tablet tablets capsule capsules "
    "increase increased decrease decreased reduce reduced continue continued start started switch switched "
    "weight glucose creatinine sodium hemoglobin haemoglobin bolus load loading maximum max units unit each "
    "inject injection infusion drip oral route dosage strength every about approximately than from prescribed "
    "solution suspension syrup cream ointment drops spray inhaler morning evening night bedtime"
)
_SALTS = words(
    "succinate tartrate hcl hydrochloride sodium potassium calcium magnesium maleate mesylate besylate citrate "
    "fumarate sulfate sulphate acetate phosphate bromide chloride carbonate er xr sr xl cr dr la odt"
)
# A FHIR resource about a patient's care: the medication or condition in it is the subject's.
_FHIR_PATIENT = lazy(
    r'"resourcetype"\s*:\s*"(?:medicationstatement|medicationrequest|medicationadministration|'
    r'medicationdispense|condition|encounter|allergyintolerance)"|"subject"\s*:\s*\{\s*"reference"\s*:\s*"patient/'
)


def admit_medical(items: list[Finding], found: Findings, low: str) -> None:
    """Extend ``items`` with the medical terms of ``found`` if the text (lower-cased: ``low``) is about someone.

    A record (an identifier of a patient, record cues such as "Patient:", "HPI", "Rx:", a FHIR resource about a
    patient, or words of care beside a name) admits every asserted term; a name, e-mail or phone alone admits
    only the terms said of someone; words of care alone (a guideline, a policy) admit nothing.
    """
    try:
        _admit_medical(items, found, low)
    finally:
        _LINE_MEMO[0] = None


def _admit_medical(items: list[Finding], found: Findings, low: str) -> None:
    if any(m.score in _ONE_WORD_SCORES for m in found.medical):
        people = sorted((e.start, e.end) for e in items if e.type is T.PERSON)
        if people:  # a single extracted word inside a person's name is the name ("Member: Corwin Ashby")
            longest = max(b - a for a, b in people)
            found.medical = [
                m
                for m in found.medical
                if m.score not in _ONE_WORD_SCORES or not overlaps(people, m.start, m.end, longest)
            ]
    med_terms = found.medical
    if not (med_terms or found.medical_hints):
        return
    weakly = any(e.type in _WEAKLY_IDENTIFYING for e in items)
    # Whether the text is a record is asked only where the answer changes what is admitted: its cues are searched
    # over the whole text (two searches of ~20 alternatives at every character, 0.5 s a MiB), and a text of
    # names and one "patient" word with nothing to admit need not pay them.
    answer: list[bool] = []

    def is_record() -> bool:
        if not answer:
            answer.append(
                any(e.type in _IDENTIFYING_RECORD for e in items)
                or (_may_match(low, _RECORD_CUE_STEMS) and _RECORD_CUES.search(low) is not None)
                or ('"resourcetype"' in low and _FHIR_PATIENT.search(low) is not None)
                or (weakly and _may_match(low, _CARE_CUE_STEMS) and _CARE_CUES.search(low) is not None)
                or trial_subject(low)
            )
        return answer[0]

    if not (weakly or is_record()):
        # (the judge may admit a term here; it drops none: the rules admitted none)
        items.extend(medical_model.judge(low, items, med_terms, [], False))
        return
    known = sorted((m.start, m.end) for m in med_terms)
    known_set = set(known)
    terms = [m for m in med_terms if asserted(low, m)]
    allergens: list[tuple[int, int]] = []  # where an allergy names its allergen (``_ALLERGY``)
    # Conditions by word-formation and drugs by their stem or dose are looked for only near medical words,
    # not across a whole log.
    anchors = sorted([m.start for m in med_terms] + found.medical_hints)
    for a, b in _windows(anchors, 600, len(low)):
        # Every condition by word-formation ends in one of _DX_ENDS, and every dose holds a digit: a window
        # without either (a page of "Patient:" cues) is not searched for them (searching cost 90 ms a MiB).
        morph = any(low.find(end, a, b) != -1 for end in _DX_ENDS)
        for m in _DX_MORPH.finditer(low, a, b) if morph else ():
            parts = m.group().split()
            generic = len(parts) == 2 and parts[0] in _DX_GENERIC and parts[1] in _DX_CATEGORY
            if (
                parts[-1] not in _DX_NOT
                and not parts[-1].endswith(_DX_NOT_ENDS)
                and not generic
                and (
                    not overlaps(known, m.start(), m.end())
                    # an adjective before a listed condition names it more fully: "diabetic nephropathy"
                    or (len(parts) == 2 and (m.end() - len(parts[1]), m.end()) in known_set)
                )
            ):
                ms = m.start()
                if low.startswith("-\n", ms - 2) and " " in m.group():  # "con-\nsidered meningitis": a broken word
                    ms += m.group().index(" ") + 1
                dx = Finding(ms, m.end(), T.DIAGNOSIS, 0.6)
                if asserted(low, dx):
                    terms.append(dx)
        for m in _INJURY.finditer(low, a, b) if any(low.find(w, a, b) != -1 for w in _INJURY_STEMS) else ():
            # (a dictionary term inside the injury, "fracture" of "right wrist fracture", merges with it)
            dx = Finding(m.start(), m.end(), T.DIAGNOSIS, 0.6)
            if asserted(low, dx, suspected=True):
                terms.append(dx)
        for m in _ALLERGY.finditer(low, a, b) if any(low.find(w, a, b) != -1 for w in _ALLERGY_STEMS) else ():
            if len(allergens) == _ALLERGIES_PER_TEXT:
                break
            s = _allergen_start(m)
            if s is None:
                continue
            allergens.append((s, m.end()))
            if not overlaps(known, s, m.end()):
                dx = Finding(s, m.end(), T.DIAGNOSIS, 0.6)
                if asserted(low, dx):
                    terms.append(dx)
        for m in _DX_ABBREVIATIONS.finditer(low, a, b):
            if not overlaps(known, m.start(), m.end()):
                dx = Finding(m.start(), m.end(), T.DIAGNOSIS, 0.6)
                if asserted(low, dx):
                    terms.append(dx)
        for m in _WORD.finditer(low, a, b):
            word = m.group()
            if (
                (word.endswith(_DRUG_STEMS) or _inn_variant(word))
                and word not in _DRUG_NOT
                and not overlaps(known, m.start(), m.end())
            ):
                drug = Finding(m.start(), m.end(), T.MEDICATION, 0.65)
                if asserted(low, drug):
                    terms.append(drug)
        for m in _DOSED.finditer(low, a, b) if _A_DIGIT.search(low, a, b) else ():
            s, e = m.span(1)
            if m.group(1) in _SALTS:
                prev = _PREV_WORD.search(low, max(0, s - 40), s)
                if prev is None:
                    continue
                s = prev.start(1)
            if low[s:e] in _DOSE_NOT or low[s:e].split()[0] in _DOSE_NOT or overlaps(known, s, e):
                continue
            drug = Finding(s, e, T.MEDICATION, 0.7)
            if asserted(low, drug):
                terms.append(drug)
    if allergens:  # a drug named as an allergen is nobody's medication ("penicillin allergy", "... allergy: none")
        starts = [a for a, _ in allergens]  # (found window by window, in order)
        terms = [t for t in terms if t.type is not T.MEDICATION or not _within(allergens, starts, t.start)]
    # (when the question is still open, windows without a labelled item would add nothing here, record or not)
    if (
        is_record()
        if answer
        else (any(next(_labelled_items(low, a, b), None) for a, b in _windows(anchors, 600, len(low))) and is_record())
    ):
        # A record's labels name what follows them ("Meds: ...", "Provisional diagnosis: ...", drug="..."): the
        # items after them are drugs or conditions even when no list has them.
        taken = sorted((t.start, t.end) for t in terms)
        budget = _LABELLED_ITEMS_PER_TEXT
        for a, b in _windows(anchors, 600, len(low)):
            for s, e, kind in _labelled_items(low, a, b):
                budget -= 1
                if budget < 0:
                    break
                if not overlaps(known, s, e) and not overlaps(taken, s, e):
                    item = Finding(s, e, kind, 0.6)
                    if asserted(low, item):
                        terms.append(item)
            if budget < 0:
                break
    if terms and not is_record():
        people = sorted((e.start, e.end) for e in items if e.type is T.PERSON)
        terms = [t for t in terms if _personal(low, t, people)]
        # A dose makes a drug someone's prescription; a row or key=value line holds one person's data.
    if '"resourcetype"' in low and is_record():
        taken = sorted([(t.start, t.end) for t in terms] + known)
        terms += [t for t in _fhir_coded_text(low) if not overlaps(taken, t.start, t.end)]
    if '"resourcetype"' in low:  # a FHIR Condition may be recorded as refuted
        terms = [m for m in terms if not _refuted_resource(low, m)]
    if found.unasserted:  # entries a structured format records as not so (scanners/interchange.py)
        starts = [a for a, _ in found.unasserted]
        terms = [m for m in terms if not _within(found.unasserted, starts, m.start)]
    # Last, the statistical judge reads each term with the rules' verdict (scanners/medical_model.py).
    terms = medical_model.judge(low, items, med_terms, terms, answer[0] if answer else None)
    items.extend(_combinations(low, terms))


# What joins two parts of one term: drugs of a fixed-dose combination ("buprenorphine-naloxone",
# "amoxicillin/clavulanate"), a condition's words found apart ("Alzheimer's dementia").
_JOINS = {T.MEDICATION: frozenset({"-", "/"}), T.DIAGNOSIS: frozenset({" ", "'s ", "’s ", " with "})}


def _combinations(low: str, terms: list[Finding]) -> list[Finding]:
    """``terms`` with the parts of one drug combination or one condition made one finding."""
    if len(terms) < 2:
        return terms
    joined: dict[Finding, Finding] = {}
    for kind in (T.MEDICATION, T.DIAGNOSIS):
        found = sorted(t for t in terms if t.type is kind)
        for first, second in pairwise(found):
            head = joined.get(first, first)
            gap = low[first.end : second.start]
            if gap in _JOINS[kind]:
                joined[first] = joined[second] = Finding(head.start, second.end, kind, max(head.score, second.score))
    if not joined:
        return terms
    out: list[Finding] = []
    for t in terms:
        merged = joined.get(t)
        if merged is None:
            out.append(t)
        elif merged.end == t.end:  # the last part stands for the whole
            out.append(merged)
    return out


def _within(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos)
    return i > 0 and pos < spans[i - 1][1]


# The text of a FHIR resource's coded concept: a Condition's "code", a medication statement's or request's
# "medicationCodeableConcept" (in any language: "sciatique", "sindrome ansioso-depressiva", a brand name).
_FHIR_CODED_TEXT = lazy(
    r'"(code|medicationcodeableconcept)"\s*:\s*\{\s*(?:"coding"\s*:\s*\[[^\]]{0,800}\]\s*,\s*)?'
    r'"text"\s*:\s*"([^"\\\n]{3,80})"'
)
_RESOURCE_TYPE = lazy(r'"resourcetype"\s*:\s*"([a-z]+)"')
_FHIR_CODED_PER_TEXT = 500


def _fhir_coded_text(low: str) -> list[Finding]:
    """Conditions and medications named by the text of a FHIR resource's coded concept."""
    out: list[Finding] = []
    for n, m in enumerate(_FHIR_CODED_TEXT.finditer(low)):
        if n == _FHIR_CODED_PER_TEXT:
            break
        if m.group(1) == "medicationcodeableconcept":
            kind = T.MEDICATION
        else:
            rs = low.rfind('"resourcetype"', max(0, m.start() - 3000), m.start())
            rt = _RESOURCE_TYPE.match(low, rs) if rs != -1 else None
            if rt is None or rt.group(1) != "condition":
                continue  # an Observation's or a Procedure's code names a test, not a condition
            kind = T.DIAGNOSIS
        f = Finding(m.start(2), m.end(2), kind, 0.7)
        if asserted(low, f):
            out.append(f)
    return out


_PREV_WORD = lazy(r"(?<![\w-])([a-z][a-z-]{3,})[ \t]+$")

# Labels of a record whose items are drugs or conditions. A label opens a line (or a numbered item of one, or a
# key of a log line or JSON object); its items run to the line's or sentence's end, separated by commas,
# semicolons or "and".
_MED_LABEL = lazy(
    r"(?:^|(?<=[\n|>])|(?<=[.;] ))[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*(?:current |home |regular |discharge |new )?"
    r"(?:meds|medications?|medicines|drugs?|rx|allerg(?:y|ies)|malaria prophylaxis|"
    # what a pharmacovigilance report suspects ("Suspect drug(s):", "Suspected product:")
    r"suspect(?:ed)? (?:drugs?|products?|medicines?|medications?)(?:\(s\))?|"
    # as German, French, Spanish, Portuguese, Italian, Dutch and Polish notes label them
    r"medikation|medikamente|m[ée]dicaments?|traitement|m[ée]dication|medicaci[óo]n|medicamentos?|medica[çc][ãa]o|"
    r"tratamiento|tratamento|terapia|farmaci|medicatie|medicijnen|leki)"
    r"(?:[ \t]+(?:bei|at|on|a|al|à|de|der|du|la|le|zur|in|van|bij|w|na)[ \t]+[^\W\d_]{3,15})?"
    r"[ \t]*(?:/[^:\n]{0,30})?:[ \t]*"
    r"|(?<![\w-])(?:drug|drug_?name|medication|med_name|rx_name)[\"']?[ \t]*[:=][ \t]*[\"']",
    re.M,
)
_DX_LABEL = lazy(
    r"(?:^|(?<=[\n|>])|(?<=[.;] ))[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*"
    r"(?:provisional |working |primary |final |discharge |admitting |pre-?operative |post-?operative |principal |"
    r"secondary |local |clinical |main |referral |underlying |presenting |additional |other )?"
    r"(?:diagnos[ie]s|dx|problem list|pmh|relevant history|past (?:medical )?history|medical history|"
    r"condition(?: per referral)?|conditions|health issues|problems|"
    r"diagn[óo]stico|diagnosi|diagnostic|diagnose|diagnoza|rozpoznanie|[ée]l[ée]ments? d['’]ordre m[ée]dical)"
    r"[ \t]*(?:\([^)\n]{0,30}\))?:[ \t]*"
    r"|\b(?:past history includes|h/o|hx of|background of|background)[ \t]+"
    # what a fitness-for-work note certifies: "fit note: ...", "signed off with ..."
    r"|\b(?:signed off (?:sick )?with|off sick with|(?:fit|sick) note:)[ \t]+"
    r"|(?<![\w-])(?:diagnosis|condition|problem)[\"']?[ \t]*[:=][ \t]*[\"']",
    re.M,
)
# How many items labels may name in one text: a record has a few dozen; a megabyte of labels stops here.
_LABELLED_ITEMS_PER_TEXT = 2000
# Where a label's items end, and how they are separated.
_ITEMS_END = lazy(r"[\n\"'<]|\.(?:[ \t]|$)|[ \t]—|[ \t]-[ \t]|\|")
_ITEM_SPLIT = lazy(r"[ \t]*(?:[,;]|\band\b|\bw/)[ \t]*")
# An item's words: a drug's name before its dose or form ("Diamicron MR 30 mg", "Panadol Osteo (intolerance)"),
# a condition's words before a date, an aside or a qualifier.
_MED_ITEM = lazy(
    r"[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*(?<=\w{4})(?:[ \t]+(?:mr|xr|sr|xl|er|cr|[a-z]{4,}))?"
    r"(?=[ \t]*(?:$|[\d(]|[^\W\d_]+\b))"
)
_DX_ITEM = lazy(r"[^\W\d_](?:[^\W\d_]|['-]){2,}(?:[ \t]+(?:[^\W\d_](?:[^\W\d_]|['-])*|i{1,3}|iv|[0-9]{1,2}[ab]?)){0,5}")
_ITEM_NOT = words(
    "none nil nkda nkfa nka unknown n/a na see above below normal negative stable unremarkable denies denied "
    "no yes not noted reviewed pending other otc as per same nothing good fair poor improving unchanged "
    "satisfactory guarded critical serious mild moderate severe continue continued stop stopped start started "
    "take taking the a an with without of for on in at to from new old dose tablet tablets capsule daily "
    "patient pt code codes icd rule ruled confirmed query possible likely "
    # smoking and drinking status, which no author labels a condition ("Relevant history: ...; ex-smoker")
    "smoker ex-smoker non-smoker nonsmoker smoking tobacco alcohol former never current vaping "
    # allergens that are not drugs (the EU's fourteen major food allergens and common others)
    "peanut peanuts nut nuts tree shellfish fish egg eggs milk dairy lactose soy soya wheat gluten sesame celery "
    "mustard lupin molluscs mollusc crustaceans crustacean sulphites sulfites latex pollen pollens dust mites bee "
    "bees wasp wasps stings cat cats dog dogs grass mould mold nickel seasonal hay food foods strawberries kiwi"
)


# A qualifier standing as a list item after a condition ("Dx: major depressive disorder, recurrent, moderate").
_QUALIFIERS = (
    _ITEM_NOT
    | words(
        "recurrent chronic acute unspecified controlled uncontrolled resolved resolving remission active inactive "
        "bilateral left right primary secondary complicated uncomplicated worsening ongoing recent remote longstanding "
        "provisional suspected episodic persistent intermittent refractory"
    )
    | {"in remission", "single episode", "well controlled", "poorly controlled", "early onset", "late onset"}
)


# Strings every match of ``_MED_LABEL`` / ``_DX_LABEL`` holds: a window holding none of them holds no label, and
# a few ``str.find`` calls tell so where the patterns, tried at every position, took ~0.4 s a MiB of form lines.
_MED_LABEL_STEMS = (
    "med", "méd", "drug", "rx", "allerg", "malaria", "traitement", "tratam", "terapia", "farmaci", "leki", "suspect",
)  # fmt: skip
_DX_LABEL_STEMS = (
    "diagn", "dx", "problem", "pmh", "history", "condition", "health issues", "rozpoznanie", "ordre m", "h/o",
    "hx of", "background", "signed off", "off sick", "note:",
)  # fmt: skip


def _labelled_items(low: str, a: int, b: int) -> Iterator[tuple[int, int, T]]:
    """(start, end, type) of each item after a medication or condition label in [a, b)."""
    for label, stems, kind, item in (
        (_MED_LABEL, _MED_LABEL_STEMS, T.MEDICATION, _MED_ITEM),
        (_DX_LABEL, _DX_LABEL_STEMS, T.DIAGNOSIS, _DX_ITEM),
    ):
        if all(low.find(stem, a, b) == -1 for stem in stems):
            continue
        for m in label.finditer(low, a, b):
            end = _ITEMS_END.search(low, m.end(), min(len(low), m.end() + 200))
            stop = end.start() if end else min(len(low), m.end() + 200)
            pos = m.end()
            for _ in range(8):
                if pos >= stop:
                    break
                sep = _ITEM_SPLIT.search(low, pos, stop)
                cut = sep.start() if sep else stop
                im = item.match(low, pos, cut)
                if im and im.group().split()[0] not in _ITEM_NOT and im.group() not in _QUALIFIERS:
                    yield im.start(), im.end(), kind
                if sep is None:
                    break
                pos = sep.end()


# A line of structured data (a CSV row, key=value fields, JSON members): its values are one record's.
_STRUCTURED_LINE = lazy(r"[,\t|;][^ ][^,\t|;\n]*[,\t|;][^ ]|\w=[\"'\w]|\":[ \t]*[\"\[{]")


# The writer saying what a drug or condition does to them, a few words on in its sentence.
_FIRST_PERSON_AFTER = lazy(
    r"[^.!?\n]{0,30}?\b(?:is|are|was|has been|keeps?) (?:making|giving|keeping|causing) (?:me|my)\b"
)


# A form's field about its subject's health, opening the line: its label names conditions or medicines
# ("Documented condition(s):", "Medical conditions:", "Regular medication:", "Current medications affecting
# exams:"), and its value lists them. A label saying the list is of anyone's ("Common conditions:", "Examples
# of eligible conditions:") or of allergies (authors disagree on whether an allergen is a medication) does not.
_HEALTH_FIELD = lazy(
    r"[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*([^\W\d_][^:\n]{0,50}?)[ \t]*:[ \t]*(?:[^\W\d_][^.!?:\n,;/]*[,;/][ \t]*)*"
    # (the item's own first words the list lacks: "Reason: advanced Parkinson's disease", "vascular dementia")
    r"(?:[^\W\d_]+[ \t]+){0,2}$"
)
_HEALTH_FIELD_WORD = lazy(
    r"\b(?:condition|conditions|condition\(s\)|diagnos[ie]s|illness(?:es)?|disorders?|medications?|medicines?|"
    r"medication\(s\)|meds|prescriptions?|prescribed|treatment|"
    # a form's reason for its request and an accident report's injury ("Reason: ...", "Reason for absence:
    # ...", "Injury: ...")
    r"reason|injury|injuries|assessment|impression)\b"
)
_HEALTH_FIELD_NOT = lazy(
    r"\b(?:common|typical|examples?|e\.g|eligible|qualifying|covered|such|frequent|other people|list of|allerg\w*)\b"
)


# A payload's key whose value the term opens (accuracy31): JSON ``"reason_detail": "..."``, YAML ``sickness_reason:
# ...``, ``medical_condition=...``; the key's words are read as a label's (``_`` and ``-`` as spaces).
_HEALTH_KEY_BEFORE = lazy(r"[\"']?([a-z][a-z0-9_ -]{0,40}?)[\"']?[ \t]*[:=][ \t]*[\"']?$")


def _form_field(low: str, line: int, pos: int) -> bool:
    """Whether the term at ``pos`` is an item of a health field opening its line (``_HEALTH_FIELD``), or a
    payload key's value (``_HEALTH_KEY_BEFORE``)."""
    key = _HEALTH_KEY_BEFORE.search(low, max(line, pos - 48), pos)
    if key is not None and ("_" in key.group(1) or key.group().startswith(('"', "'")) or key.start() == line):
        label = key.group(1).replace("_", " ").replace("-", " ")
        if _HEALTH_FIELD_WORD.search(label) is not None and _HEALTH_FIELD_NOT.search(label) is None:
            return True
    if pos - line > 200:
        return False
    m = _HEALTH_FIELD.match(low, line, pos)
    if m is None:
        return False
    label = m.group(1)
    return _HEALTH_FIELD_WORD.search(label) is not None and _HEALTH_FIELD_NOT.search(label) is None


_QUESTION_TO_READER = frozenset({"you", "your"})


def _question(low: str, end: int) -> bool:
    """Whether the sentence going on at ``end`` ends with a question mark."""
    stops = [i for i in (low.find(c, end, end + 200) for c in ".!?\n") if i != -1]
    return bool(stops) and low[min(stops)] == "?"


# A sentence whose subject is the one person a register, a job sheet or a case file is about, by their role, with
# what they have ("Tenant is a wheelchair user with ...", "Client has ...", "Applicant's son has ..."): not a
# policy's "If a customer has ..." nor a plural ("Tenants with asthma should ...").
_ROLE_SUBJECT = lazy(
    r"[ \t*•-]*(?:the )?(?:tenant|resident|customer|occupant|client|passenger|guest|applicant|claimant|caller|"
    r"householder|homeowner|traveller|traveler|pupil|student|employee)(?:'s (?:son|daughter|wife|husband|partner|"
    r"spouse|child|mother|father))? (?:is|has|had|uses|needs|requires|relies on|lives with)\b"
)


def _personal(low: str, f: Finding, people: list[tuple[int, int]]) -> bool:
    """Whether ``f`` is said of someone: words before it in its sentence (a pronoun, relative, clinical verb),
    a dose after a drug, or a line of structured data holding it and one of ``people`` (a catalogue row with a
    supplier's e-mail is not about anyone)."""
    if f.type is T.MEDICATION and (MED_DOSE_AFTER.match(low, f.end) or _DOSED.match(low, f.start)):
        return True
    lo = max(0, f.start - 120)
    cut = _after_last(_SENTENCE_END, low, lo, f.start)
    said = [m.group() for m in _PERSONAL.finditer(low, max(lo, cut), f.start)]
    if not said and _ROLE_SUBJECT.match(low, max(lo, cut), f.start) is not None:
        return True  # "Tenant is a wheelchair user with motor neurone disease", "Client has COPD"
    if said and (f.type is not T.DIAGNOSIS or _QUESTION_TO_READER.isdisjoint(said) or not _question(low, f.end)):
        # (a condition asked of the reader is no disclosure: "Do you live with asthma?", "Have you been diagnosed
        # with psoriasis?" on a recruitment page or a leaflet; a drug asked about, "are you still taking your
        # metformin?", is known to be theirs)
        return True
    if f.type is T.DIAGNOSIS:
        sentence = low[max(lo, cut) : f.start]
        if _HAS_BEFORE.search(sentence) is not None and _CONDITIONAL.search(sentence) is None:
            # someone has or reports it, not a policy's "If a guest has ...": "Room 118 Name uses a wheelchair and
            # has spina bifida", "Frau X hat eine Erdnussallergie", "la huésped tiene alergia al marisco"
            return True
    if _FIRST_PERSON_AFTER.match(low, f.end) is not None:
        return True  # "the new pantoprazole is making me dizzy"
    line = _line_start(low, f.start)
    if _form_field(low, line, f.start):
        return True  # "Medical conditions: asthma", "Current medications affecting exams: sertraline"
    end = low.find("\n", f.end)
    end = end if end != -1 else len(low)
    if f.type is T.DIAGNOSIS and any(low.find(w, f.start, f.end) != -1 for w in _ALLERGY_STEMS):
        colon = low.rfind(":", max(line, f.start - _ALLERGY_VALUE_REACH), f.start)
        if colon != -1 and not any(c in low[colon + 1 : f.start] for c in ".!?"):
            return True  # a form's value: "Dietary: peanut allergy", "notes: latex allergy"
        if _STRUCTURED_LINE.search(low, max(line, f.start - 200), min(end, f.end + 200)) is not None:
            return True  # a cell of a row, a payload's note: "T39\t7\tName\t232\tSF\tshellfish allergy"

    return overlaps(people, line, end) and _STRUCTURED_LINE.search(low, line, end) is not None


def _windows(anchors: list[int], radius: int, limit: int) -> list[tuple[int, int]]:
    """Merged ``[a - radius, a + radius)`` windows around sorted anchor positions (each in ``[0, limit)``),
    clipped to ``[0, limit)``.

    Neighbours at most ``2 * radius`` apart share a window: the breaks between windows are found in C, not by
    a Python step per anchor (a page of "Patient:" cues has a hundred thousand of them).
    """
    if not anchors:
        return []
    breaks = list(compress(range(1, len(anchors)), map((2 * radius).__lt__, map(sub, anchors[1:], anchors))))
    firsts = [0, *breaks]
    lasts = [b - 1 for b in breaks] + [len(anchors) - 1]
    return [
        (max(0, anchors[f] - radius), min(limit, anchors[last] + radius)) for f, last in zip(firsts, lasts, strict=True)
    ]
