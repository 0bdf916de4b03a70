"""Diagnoses and medications: kept only when the text is about someone, since a drug list alone is not PHI.

The keyword scan (and HL7 fields) collect medical terms apart from other findings; once every scanner has run,
``admit_medical`` adds them if the text identifies a person or reads like a record, together with conditions
recognised by their word-formation near those terms.
"""

from __future__ import annotations

import re

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.resolution import overlaps
from privacykit.domain.detection.wordlists import load, words

__all__ = ["DIAGNOSES", "MEDICATIONS", "MED_DOSE_AFTER", "admit_medical", "asserted"]

DIAGNOSES = load("diagnoses.txt")
MEDICATIONS = load("medications.txt")

# "lithium battery" is not a prescription; a dose or drug form after the name makes it surer.
MED_DOSE_AFTER = lazy(
    r"\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|units?|iu|%)\b|(?:tab|cap|tablet|capsule|er|xr|sr|hcl)\b)", re.I
)
_RECORD_CUES = lazy(
    r"patient\s*(?:name)?\s*:|\bpt\s*:|chief complaint|history of present illness|\bhpi\b|discharge|admitted|"
    r"admission|assessment and plan|\ba/p\b|\brx\s*:|\bsig\s*:|\bdx\s*:|\bmy (?:son|daughter|wife|husband|mother|"
    r"father|mom|dad|brother|sister|partner|child|kid|baby|grandma|grandpa)\b|"
    r"\bi (?:was|have been|'ve been|am|got) diagnosed|"
    r"\b(?:he|she) (?:was|is|has been) (?:diagnosed|started|prescribed|admitted|taking|on)\b|"
    r"\bi(?:'m| am) (?:on|taking)\b|\bmy (?:doctor|diagnosis|meds|medication|prescription)\b|"
    r"was (?:started|prescribed|placed) on|\bmrn\b|date of birth|\bdob\b|\b(?:we|i|was|were) diagnosed\b|"
    r"\bstarted (?:her|him|them) on\b|\b(?:her|his) (?:a1c|bp|blood pressure|labs?|symptoms|pain|diagnosis|"
    r"medications?|meds|doctor|condition)\b|\b(?:the |this )?(?:patient|pt\.?) (?:is|was|has|had|presents|presented|"
    r"reports|reported|denies|denied|states|stated|complains|returns|returned)\b|\b\d{1,3}[- ]?(?:y/?o|year[- ]old)\b|"
    r"\b(?:he|she) (?:reports|denies|presents|states|complains)\b",
    re.I,
)
# Condition names by their medical word-formation (-itis, -osis, -oma, ... "X syndrome"), used only in text
# already known to be about a patient, so the dictionary need not list every condition.
_DX_MORPH = lazy(
    r"\b(?:[a-z]+(?:ic|al|ive|ary|ous|ed|'s) )?[a-z]{3,}(?:itis|osis|oma|emia|aemia|pathy|plasia|algia|trophy)\b"
    r"|\b[a-z]+(?:ic|al|ive|ary|ous|'s) (?:syndrome|disease|disorder|insufficiency|deficiency)\b"
)
_DX_NOT = words(
    "diagnosis prognosis diploma aroma academia empathy sympathy telepathy nostalgia osmosis symbiosis hypnosis "
    "stoma soma coma trauma"
)
# Findings that tie a text to a person, and so make its medical terms PHI.
_IDENTIFYING = frozenset(
    {T.PERSON, T.MEDICAL_RECORD_NUMBER, T.DATE_OF_BIRTH, T.US_SSN, T.EMAIL, T.PHONE, T.ADDRESS}
    | {T.US_PASSPORT, T.DRIVER_LICENSE}
)


# Negation (after NegEx, Chapman et al. 2001): a cue before the term in the same clause, or after it.
_NEG_BEFORE = lazy(
    r"\b(?:no|not|denie[sd]|deny|negative for|neg for|without|free of|ruled out|rule out|r/o|absence of|"
    r"never (?:had|been diagnosed with)|no (?:known |prior |past |personal |family )?(?:history|hx|evidence|signs?|"
    r"symptoms?|sign or symptoms?) of|screen(?:ing|ed)?(?: [a-z]+){0,2} for|tested for|test for|"
    r"vaccinat(?:ed|ion) (?:against|for)|(?:denies|denied|deny) (?:any )?(?:(?:personal |past )?(?:history|hx) of)|"
    r"differential(?: diagnosis)? (?:includes?|of)|ddx(?: includes?)?|educat(?:ed|ion) (?:on|about)|"
    r"counsel(?:l?ed|l?ing) about|information (?:on|about)|"
    # Someone other than the patient: a relative named without "my" (family history in a note), or people in
    # general ("people with asthma should...", "studies show that diabetes...").
    r"(?<!my )(?:mother|father|sister|brother|aunt|uncle|grandmother|grandfather|sibling|parent|cousin)s?"
    r"(?: (?:had|has|with|died of|passed away from|was diagnosed with))|"
    r"(?:people|persons|individuals|adults|children|kids|patients|employees|staff|workers|those|anyone|"
    r"women|men|smokers|travell?ers|members|residents|students|customers) (?:with|who have|living with|"
    r"suffering from|at risk (?:of|for))|"
    r"(?:studies|research|data|evidence|trials?|researchers|experts) (?:show|shows|suggest|suggests|found|find|"
    r"indicate|indicates)(?: that)?|(?:found|concluded) that|(?:raises?|increases?|reduces?|lowers?) (?:the |your )?"
    r"risk of|"
    r"family history of|fh of|fhx of|risk of|at risk for|counsel(?:l?ed|l?ing) on|education on|"
    r"(?:not |in)consistent with|unlikely(?: to be)?|low (?:suspicion|concern|probability|likelihood) (?:for|of)|"
    r"immuni[sz](?:ed|ation) (?:against|for)|vaccine (?:against|for)|prevention of|prophylaxis (?:against|for)|"
    # A question about a drug is not a prescription: "is it ok with ibuprofen?", "can I take aspirin?"
    r"is it (?:ok|okay|safe|fine)(?: to take)?(?: with)?|can i (?:take|have)|should i (?:take|stop))(?![a-z0-9])"
    r"(?:[ \t]+(?:a|an|the|any|acute|active|prior|known|recent|current|chronic|severe|mild|moderate|early|"
    r"type [0-9i]+|stage [0-9iv]+))*[ \t]*"
    # The scope of a cue runs on over a list of terms ("no history of diabetes, hypertension or asthma").
    r"(?:[a-z0-9'/-]+(?:[ \t]+[a-z0-9'/-]+){0,3}"
    r"(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|nor|vs\.?|versus)[ \t]+)){0,5}$"
)
# A clause whose label says it is not the patient's condition or is negated ("Family history: ...",
# "Negative for: fever, chills, pneumonia", "ROS negative: ...").
_NEG_LABEL = lazy(
    r"(?:family (?:medical )?history|\bfhx?|negative for|neg for|denies|ruled out|rule out|r/o|screening|"
    r"immuni[sz]ations?|vaccinations?|vaccines?|ros negative|no history of|absent|negative|not present|"
    r"differential(?: diagnosis)?|ddx)[ \t]*$"
)
# "Diabetes: none", "Asthma: no", "HIV: negative" in a checklist.
_NEG_VALUE = lazy(r"[ \t]*[:=-][ \t]*(?:none|no|n|negative|neg|denied|denies|absent|not present|nil)\b")
_NEG_AFTER = lazy(
    r"[ \t]*(?:[a-z0-9/-]+[ \t]*:?[ \t]+){0,2}(?:ruled out|was ruled out|has been ruled out|excluded|negative|"
    r"not detected|non-?reactive|unlikely|screen(?:ing)?\b|antibod(?:y|ies)|ag/ab|test(?:ing)?\b|panel|vaccine|"
    r"vaccination|prevention|prophylaxis|awareness|education)"
    # A generic statement about the condition: "Hypertension is a common condition", "...is the leading cause".
    r"|[ \t]+(?:is|are)[ \t]+(?:a|an|the)[ \t]+(?:leading|common|chronic|serious|major|rare|frequent|"
    r"condition|disease|disorder)\b|[ \t]+(?:affects|often has|can cause|may cause|remains the)\b",
)
# Figures of speech and eponymous laws: "the depression in sales", "Great Depression", "Parkinson's law".
_FIGURE_AFTER = lazy(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:sales|traffic|revenue|demand|prices?|markets?|economy|orders|volumes?|activity|"
    r"numbers|growth|bookings|earnings|profits?|shares|stocks?|housing|output|spending|region|industry)\b"
    r"|['’]s[ \t]+(?:law|principle|rule|razor)\b"
)
_FIGURE_BEFORE = lazy(r"\bgreat[ \t]+$|\beconomic[ \t]+$|\bthe[ \t]+$")
# Antibiotic susceptibility panels name drugs tested against a culture, not given to the patient.
_SUSCEPTIBILITY = lazy(r"[ \t]*(?:[sri]|susceptible|resistant|intermediate|sensitive)\b(?:[ \t]*[,;.\n]|$)")


def _clause_before(low: str, start: int) -> str:
    """The text of the clause before ``start``: back to a sentence or clause break, at most 80 characters."""
    lo = max(0, start - 80)
    cut = max(low.rfind(c, lo, start) for c in (".", ";", "\n", ":", "!", "?", "—", " but ", "(")) + 1
    return low[max(lo, cut) : start]


def asserted(low: str, f: Finding) -> bool:
    """Whether the medical term ``f`` is asserted of someone: not negated, ruled out, screened for or a figure."""
    before = _clause_before(low, f.start)
    if _NEG_BEFORE.search(before):
        return False
    lo = f.start - len(before)
    if lo > 0 and low[lo - 1] == ":" and _NEG_LABEL.search(low, max(0, lo - 41), lo - 1):
        return False
    if _NEG_VALUE.match(low, f.end):
        return False
    if f.type is T.MEDICATION:
        return not _SUSCEPTIBILITY.match(low, f.end)
    if _NEG_AFTER.match(low, f.end, f.end + 40):
        return False
    if _FIGURE_AFTER.match(low, f.end):
        return False
    return not (_FIGURE_BEFORE.search(before) and low.startswith("depression", f.start))


def admit_medical(items: list[Finding], found: Findings, low: str) -> None:
    """Extend ``items`` with the medical terms of ``found`` if the text (lower-cased: ``low``) is about someone."""
    med_terms = found.medical
    if not (med_terms or found.medical_hints):
        return
    about_someone = any(e.type in _IDENTIFYING for e in items) or _RECORD_CUES.search(low) is not None
    if not about_someone:
        return
    known = sorted((m.start, m.end) for m in med_terms)
    items.extend(m for m in med_terms if asserted(low, m))
    # Conditions by word-formation are looked for only near medical words, not across a whole log.
    anchors = sorted([m.start for m in med_terms] + found.medical_hints)
    for a, b in _windows(anchors, 600, len(low)):
        for m in _DX_MORPH.finditer(low, a, b):
            if m.group().split()[-1] not in _DX_NOT and not overlaps(known, m.start(), m.end()):
                dx = Finding(m.start(), m.end(), T.DIAGNOSIS, 0.6)
                if asserted(low, dx):
                    items.append(dx)


def _windows(anchors: list[int], radius: int, limit: int) -> list[tuple[int, int]]:
    """Merged ``[a - radius, a + radius)`` windows around sorted anchor positions."""
    out: list[tuple[int, int]] = []
    for a in anchors:
        lo, hi = max(0, a - radius), min(limit, a + radius)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out
