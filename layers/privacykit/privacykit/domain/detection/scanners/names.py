"""People's names: after a cue (a label, title, greeting, signature or self-introduction) and in free text.

A cue decides how much evidence a name needs: after a strong one ("Patient:", "Dr") any capitalised
tokens outside the vocabulary will do; elsewhere a listed given name or surname must be among them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import itemgetter

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection import validators as v
from privacykit.domain.detection.findings import Finding, Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.addresses import labelled_address, street_address
from privacykit.domain.detection.scanners.medical import DIAGNOSES, MEDICATIONS
from privacykit.domain.detection.shapes import free_before
from privacykit.domain.detection.wordlists import fold, load, load_pairs, words

__all__ = [
    "CAPS_TOKEN",
    "FIRST",
    "SURNAMES",
    "COMMON",
    "ORGS",
    "EPONYMS",
    "is_given",
    "name_after_cue",
    "reads_again",
    "Read",
    "scan_name_sequences",
    "scan_inverted_names",
    "drop_named_places",
    "find_mentions",
    "MENTION_LIMIT",
    "CUE_NAME",
    "DISPLAY_NAME",
    "looks_like_person",
    "name_tokens",
    "trim_name",
    "person_header",
    "names_above_addresses",
    "scan_html_tables",
    "scan_cards",
]

FIRST = load("first_names.txt")
SURNAMES = load("surnames.txt")
# The vocabulary and its plurals ("Issues", "Steps"): no name of either list is made a word by this.
COMMON = (
    load("common_words.txt")
    | {w + ("es" if w.endswith(("s", "x", "ch", "sh")) else "s") for w in load("common_words.txt") if w.isalpha()}
    - FIRST
    - SURNAMES
)
ORGS = load("organisations.txt")
EPONYMS = load("eponyms.txt")

_UP = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_LO = "a-zß-öø-ÿĀ-ɏḀ-ỿ"
# One capitalised name token: Mc/Mac/O'/D' prefixes, hyphens and apostrophes inside (Jean-Luc, O'Brien).
# ... and names with a capital inside after a short prefix ("DeShawn", "LaToya", "JoAnne").
# (Alternatives of a prefix or a particle are grouped by their first letter, each group in the order they were
# written: re tries a group's branches in that order, and no branch of another group can match there, so the
# patterns match what the flat lists matched, with a fraction of the failed tries at every word.)
_TOK = rf"(?:M(?:c|ac)|O['’]|D(?:['’]|e|i|a)|L(?:a|e)|Jo)?[{_UP}][{_LO}]+(?:[-'’][{_UP}]?[{_LO}]+)*"
CAPS_TOKEN = rf"(?:[OD]['’])?[{_UP}]{{2,}}(?:[-'’][{_UP}]+)*"  # (O'BRIEN, D'SOUZA)
_PARTICLE = (
    # van der, van den, van de, van het, van 't, von der, von dem, van, von
    r"(?:v(?:an der|an den|an de|an het|an 't|on der|on dem|an|on)"
    # de las, dela, de la, de los, del, de, da, dos, du, di, della, dei
    r"|d(?:e las|ela|e la|e los|el|e|a|os|u|i|ella|ei)"
    r"|l(?:e|a)|b(?:in|inti|en)|a(?:l|p)|el|t(?:er|en)|zu"
    # Catalan and Spanish join two surnames with "i"/"y" ("Puig i Ferrer", "Ortega y Gasset")
    r"|i(?:bn|)|Ó|N(?:í|ic)|Uí|y"
    # a saint's name made a surname ("St. Germain", "Ste. Marie")
    r"|St(?:\.|e\.))"
)
_INITIAL = rf"[{_UP}]\."
_NAME_WORD = rf"(?:{_TOK}|{_INITIAL})"
# A name after a cue: one to four tokens, initials and particles allowed inside; or an all-caps name.
CUE_NAME = lazy(
    # One space between the words of a name: a wider gap or a tab separates fields ("Client: Thảo Nguyễn   Record").
    # A name in capitals first when it stands whole ("RŪTA": Latin Extended-A mixes cases, so "RŪ" reads as a token).
    # Up to four words in capitals ("AHMAD FAIZAL BIN ISMAIL"), and a surname in capitals before given names in
    # title case, as French, Vietnamese and Chinese records write it ("HUỲNH Lan Chi", "TELO Noura").
    rf"{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN}){{0,3}}(?:[ ]{_TOK}){{0,2}}(?![\w'’-])"
    rf"|(?:{_INITIAL}[ \t]*){{0,2}}(?:{_PARTICLE}[ ](?=[{_UP}]))?{_TOK}(?:[ ](?:{_PARTICLE}[ ])?{_NAME_WORD}){{0,3}}"
    rf"|{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN}){{0,3}}"
)
# A mailbox's display name, as a pattern for others to embed: two to four name words, or "Last, First".
DISPLAY_NAME = rf"{_TOK}(?:,?[ ](?:{_PARTICLE}[ ])?{_NAME_WORD}){{1,3}}|{CAPS_TOKEN}(?:,?[ ]{CAPS_TOKEN}){{1,2}}"
# Free-text candidate: two to four capitalised tokens in a row (a middle initial allowed).
# Spaces only: a tab separates TSV cells ("João<TAB>Choi" is two names), not the words of one name.
_SEQ = lazy(rf"{_TOK}(?:[ ](?:{_PARTICLE}[ ])?{_NAME_WORD}){{1,3}}(?![\w@-])")
# Its shape (see shapes.py): "Sanne de Vries" too; and a word before ", " and a capital ("Bakker, Lieke"), which
# _SEQ never matches: a hit for the tagger only (person_tagger.py), read up to the comma so the next one is found.
# Also, for the tagger only, a title-case word after a capital and a space, a dot or a comma: a surname after an
# initial ("J Okafor", "M. Lindahl") or a given name after a surname in capitals ("KOWALCZYK Irena", "SHALA,
# Valon"). Looked behind from the "Aa" the search already stops at, so its literal prefix still leads it; such a
# hit is one title-case word, which _SEQ (two words or more) never matches: the rules read nothing new there.
_S_SEQ = lazy(rb"Aa(?:[Aa'-]*+(?:[ ](?:a{1,3}[ ]){0,2}A|(?=,[ ]A))|(?<=A[ ]Aa)|(?<=A[.,][ ]Aa))")
_PARTICLE_LEAD = lazy(rf"{_PARTICLE}[ ]")
_TOKEN_SPLIT = lazy(rf"{CAPS_TOKEN}(?![\w'’-])|{_TOK}|{_INITIAL}|{CAPS_TOKEN}")
# A surname in capitals may open with a particle in capitals too ("Ó SÚILLEABHÁIN, DONNCHA", "DE LA CRUZ, ANA").
_CAPS_PARTICLE = (
    r"(?:Ó|O'|NÍ|NIC|MAC|MC|DE LA|DE LOS|DEL|DELA|DE|DA|DI|DOS|DU|VAN DER|VAN DEN|VAN|VON|LE|LA|AL|EL|BIN|ST\.?)"
)
_LASTFIRST = lazy(
    rf"((?:{_PARTICLE}[ ])?{_TOK}|(?:{_CAPS_PARTICLE}[ ])?{CAPS_TOKEN}),[ \t]*({_TOK}|{CAPS_TOKEN})(?: {_NAME_WORD})?"
)

_STREET_SUFFIX = words(
    "street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl terrace ter circle "
    "cir parkway pkwy highway hwy square sq trail trl crescent close row plaza loop alley pike "
    # (accuracy24) the thoroughfares and developments of British and Irish addresses named after a person
    # ("Victoria Wharf", "Albert Quay", "Florence Mews")
    "wharf quay mews marina"
)
_ORG_SUFFIX = words(
    "inc llc ltd limited incorporated corp corporation co company group holdings partners associates bank foundation "
    "university lettings "
    "college hospital clinic center centre institute school library bridge airport station "
    "building tower memorial stadium capital securities insurance motors industries brothers sons "
    "pharmacy pharmaceuticals labs laboratories medical health healthcare systems solutions technologies "
    "consulting services international global trust fund county city state river lake mountain island "
    "award prize lecture fellowship scholarship act syndrome disease lymphoma palsy sign test score scale "
    "procedure maneuver manoeuvre reflex ward wing unit street avenue road boulevard lane drive "
    # holidays ("Labor Day", "Presidents' Day") and the words companies are named with
    "day eve express logistics freight bakery bakeries analytics outfitters transport shipping trading foods ventures "
    "media studios studio software electronics airlines realty properties construction engineering energy "
    "supplies imports exports textiles apparel pharma gmbh ag sa sarl bv nv srl spa lda plc llp kg oy ab "
    "restaurant cafe café bistro hotel motel inn salon boutique garage dental law legal accounting "
    "agency network networks records publishing press news "
    # a group of people that sends mail ("From: Facilities Team")
    "team department dept desk office committee board council helpdesk mailer "
    # firms, charities and pages named after people or places ("Ronald McDonald House", "Quest Diagnostics",
    # "Gomez Family Practice", "Vendor Status Page"), and festivals named after people ("Ambedkar Jayanti")
    "travel tours airways diagnostics practice house page communications information registration "
    "jayanti purnima chaturthi navami "
    # (accuracy11) more words firms are named with: a law firm, a hospital group, a store, a maker
    "lawyers solicitors attorneys barristers chambers hospitals clinics mart stores store products staffing "
    "recruitment payroll insurers assurance "
    # (accuracy13) a department that signs or is contacted ("Contact: Clinical Informatics"), a brand's world
    "informatics operations compliance finance procurement facilities radiology cardiology oncology pathology "
    "nursing marketing governance resources welt world "
    # (accuracy24) a brokerage, and the Polish limited company "Sp. z o.o." whose "Sp" ends a name read before it
    "brokerage sp"
)
# Words that open the name of a place or a firm: "Hotel Costa Brava", "Banco Sabadell", "Kale Nagusia".
_ORG_LEAD = words(
    "hotel hostal hostel motel restaurant restaurante café cafe banco bank hospital clínica clinica clinic colegio "
    "escuela universidad university museo museum farmacia pharmacy iglesia church kale calle rue via "
    # a saint's name is a place's, a feast's or a church's ("San Martín", "São João", "Santa Cruz")
    "san são sao saint sainte "
    # a feast's day ("Día de Reyes", "Fête de ...", "Festa di San ...")
    "día dia fiesta festa fête jour giorno dzień"
)


def _commemorated(text: str, s: int) -> bool:
    """Whether a holiday's words stand right before the name at ``s`` (their stems looked for first, in C)."""
    window = text[max(0, s - 60) : s]
    return (
        "atal" in window or "mortal" in window or "nivers" in window or "memora" in window
    ) and _COMMEMORATED_BEFORE.search(window) is not None


_SAINTS = words("san são sao saint sainte santa santo st")
# A person commemorated by a holiday or a monument, not a person in the record: "Natalicio de Benito Juárez",
# "Paso a la Inmortalidad del Gral. ...", "Natalício de ...", "Aniversário de ...".
_COMMEMORATED_BEFORE = lazy(
    r"(?i:natalicio|natalício|inmortalidad|imortalidade|aniversario|aniversário|conmemoración|comemoração)"
    r"[ \t]+(?:de[l]?[ \t]+|do[ \t]+|da[ \t]+)?(?:(?:Gral|General|Gen|Pdte|Presidente|Libertador|Prócer)\.?[ \t]+)?$"
)
# A name joined to another by "&" is a firm ("Morgan & Reyes Freight", "Ben & Jerry's").
_AMPERSAND_BEFORE = lazy(r"&[ \t]*$")
_AMPERSAND_AFTER = lazy(r"[ \t]*&[ \t]*[A-Z]")
# (accuracy18) One space, or a line's wrap, between the name and its word: a wide gap or a tab ends a form's field,
# and the next field's label is not the name's ("Patient: Name    Hospital no:", "Nurse: Name    Sign:").
_DISEASE_AFTER = lazy(
    # (the words grouped by their first letter: re tries an alternation's branches one by one, and every name a
    # cue or a run finds is asked; the same words, the same matches, in about half the time)
    r"['’]?s?(?:[ ]|[ ]?\n[ \t]*)(?:d(?:isease|isorder)|s(?:yndrome|arcoma|ign|core|cale)|l(?:ymphoma|aw)|"
    r"p(?:alsy|henomenon|rocedure|rinciple)|t(?:umou?r|hyroiditis|est|heorem)|chorea|ulcer|maneuver|reflex|"
    r"e(?:quation|ffect))\b"
    # a holiday or a street named after a person: "Martin Luther King Jr. Day", "... King Jr. Blvd"
    r"|(?:[ ]King)?(?:[ ]Jr\.?)?[ ](?:D(?:ay|rive)|B(?:lvd|oulevard|ridge)|A(?:venue|ve|irport)|"
    r"S(?:treet|chool|tation|tadium)|Way|R(?:oad|d)|P(?:arkway|kwy|ark)|H(?:ighway|wy|ospital|igh|all)|"
    r"M(?:emorial|useum)|C(?:enter|entre|ollege)|Library|Elementary|University|Institute|Foundation)\b",
    re.I,
)
_GREETING_STOP = COMMON | words(
    "all team everyone everybody folks guys there sir madam customer colleagues friends both you again world "
    "support sales admin y'all gang crew people ladies gentlemen valued "
    # a letter to a role, not a person ("Dear Colleague,", "Dear Doctor", "Dear Applicant")
    "colleague doctor dr applicant candidate member patient parent parents guardian client resident tenant "
    "supporter donor partner partners hiring manager reader "
    # (accuracy16) the roles public bodies and courts write to ("Dear Requester", "Dear Constituent")
    "requester requestor constituent student students resident residents citizen petitioner respondent landlord "
    "claimant homeowner ratepayer taxpayer voter neighbour neighbor "
    # (accuracy27) the guests, travellers and users a hotel's, an airline's or a system's mail writes to ("Dear Guest")
    "guest guests traveller traveler passenger passengers visitor visitors user subscriber participant delegate "
    "attendee"
)
_STRONG_LABELS = words(
    "patient pt attending provider physician pcp guarantor cardholder insured subscriber surgeon "
    "anesthesiologist therapist counselor beneficiary policyholder borrower co-borrower witness"
) | {
    "patient name", "pt name", "attending physician", "signed by", "electronically signed by",
    "referring physician", "emergency contact", "next of kin", "account holder", "dictated by", "prepared by",
    "full name", "legal name", "resident physician", "pcp name", "name on card", "cardholder name",
    "beneficiary name", "policy holder", "primary care", "approved by", "reported by", "submitted by", "/s/",
    "e-signed", "e-signed by", "esigned by", "digitally signed by", "prescriber", "caregiver",
}  # fmt: skip

# Between a label or key and its value: ": ", "=", a JSON list opening over lines ('"given": [\n  "'), or
# the rest of an HTML field ('name="full_name" value="').
_CUE_GAP = lazy(
    r"[ \t]*(?:[:=][ \t]*)?(?:\[\s*)?[\"']?[ \t]*"
    r"(?:[^<>\n]{0,40}?value=[\"']|(?:<(?:strong|b|em|i|span|a)\b[^<>\n]{0,40}>[ \t]*){1,2})?"
    # a label in markup of its own: "<b>Guest:</b> Name", "<dt>Attending:</dt><dd>Name"
    r"(?:</(?:strong|b|em|i|span|label|dt|th)>[ \t]*(?:<(?:dd|td)\b[^<>\n]{0,40}>[ \t]*)?)?"
)
# The gap's plain part, and what its markup parts need within their reach (``cue_gap_end``).
_CUE_GAP_PLAIN = lazy(r"[ \t]*(?:[:=][ \t]*)?(?:\[\s*)?[\"']?[ \t]*")


def cue_gap_end(text: str, end: int) -> int:
    """Where the value after a label or key ending at ``end`` starts: the end of ``_CUE_GAP`` there.

    Its markup parts are optional after a plain part that always matches, so the pattern never gives the plain
    part back: they are tried only when one could match, an HTML field's ``value=`` within its 40 characters or
    a tag right there (the lazy search for ``value=`` cost ~1 us a key).
    """
    plain = _CUE_GAP_PLAIN.match(text, end)  # (every part of both is optional: they always match)
    pos = plain.end() if plain else end
    if text[pos : pos + 1] == "<" or "value=" in text[pos : pos + 46]:
        g = _CUE_GAP.match(text, end)
        return g.end() if g else end
    return pos


# The characters the surname of a "Last, First" name cannot hold, and how far to look for its comma before asking
# the pattern anyway (``_comma_may_follow``).
_TO_COMMA = lazy(r"[^,\n\t<>=:;0-9]{0,80}")


def _comma_may_follow(text: str, pos: int) -> bool:
    """Whether ``_LASTFIRST`` may match at ``pos``: its surname (particles, letters, apostrophes, hyphens, spaces,
    dots) runs up to a comma; when none follows within 80 such characters, the pattern is asked all the same."""
    run = _TO_COMMA.match(text, pos)
    stop = run.end() if run else pos
    return stop - pos == 80 or text[stop : stop + 1] == ","


# What may end a name that fills its field: the line, a quote, a comma, markup, a bracket, a wide gap.
_CLOSES_FIELD = lazy(
    r"[ \t]*(?:\r?\n|$|[,;<|\"'(]|[ \t]{2,}|\.(?=\s|$))"
    r"|[ \t]+(?:MD|RN|DO|PhD|LCSW|NP|PA|BDS|DDS|DMD|MBBS|MBChB|FRCP|RGN)\b"
    r"|[ \t]+(?:at|from|on|in)[ \t]+[a-z]|[ \t]+(?:re|Re|RE):|[ \t]+[—–][ \t]"
    # a log line's next field: "name=Ines Okoro ssn=..."
    r"|[ \t]+[a-z][a-z_]{1,20}="
    # an identifier's label after the name: "Ordering: Name NPI 1234567893", "Attending: Name  DEA ..."
    r"|[ \t]+(?:NPI|DEA|UPIN|GMC|NMC|AHPRA|MRN|DOB|D\.O\.B\.?|SSN|NHS|Lic|License|Licence)\b"
)
# Keys and labels that say a person is named: beside them a "name" field holds a person, not a product. Found
# by str.find in a lower-cased window: as one case-insensitive pattern (no literal to skip to) they took
# ~150 us a window, and a megabyte of name fields searched around each name took 8 s of CPU.
_FIELD_WORDS = (
    "email", "e-mail", "phone", "mobile", "birth", "address", "patient", "customer", "applicant", "member",
    "gender", "nationality", "passport", "licence", "license",
    # the same fields on forms in other languages, and a surname field beside a given-name one
    "nacimiento", "naissance", "geburt", "nascita", "nascimento", "geboorte", "urodzenia", "apellido", "cognome",
    "nachname", "surname", "sobrenome", "achternaam", "nazwisko", "prénom", "prenom", "vorname", "voornaam",
    "given name", "sexo", "sexe", "geschlecht", "sesso",
    # (accuracy13) an employee's number beside the name ("Emp. No.", "Staff No")
    "employee", "emp. no", "emp no", "staff no",
)  # fmt: skip
# Those that count only as a whole word.
_BOUNDED_FIELD_WORDS = ("dob", "d.o.b", "ssn", "mrn", "user", "nric", "dni", "cpf", "aadhaar", "nino")


#: The text whose person-field words were last found, and their starts and ends (sorted; see below).
_FIELDS_FOUND: tuple[str, list[int], list[int]] = ("", [], [])


def _person_field_within(text: str, lo: int, hi: int) -> bool:
    """Whether a word of a person's fields (e-mail, birth date, MRN...) lies whole on [lo, hi) of ``text``.

    The words are found once per text (``str.find`` over its lower case, one word at a time), and each
    window is a bisection: a megabyte of name fields asked about 50,000 overlapping windows.
    """
    global _FIELDS_FOUND
    if _FIELDS_FOUND[0] is not text:
        _FIELDS_FOUND = (text, *_field_words_in(text))
    _, starts, ends = _FIELDS_FOUND
    i = bisect_left(starts, lo)
    while i < len(starts) and starts[i] < hi:
        if ends[i] <= hi:
            return True
        i += 1
    return False


def _field_words_in(text: str) -> tuple[list[int], list[int]]:
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: positions would shift
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    spans: list[tuple[int, int]] = []
    for word in _FIELD_WORDS + _BOUNDED_FIELD_WORDS:
        bounded = word in _BOUNDED_FIELD_WORDS
        i = low.find(word)
        while i != -1:
            j = i + len(word)
            if not bounded or (not _word_char(low, i - 1) and not _word_char(low, j)):
                spans.append((i, j))
            i = low.find(word, i + 1)
    spans.sort()
    return [a for a, _ in spans], [e for _, e in spans]


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


_BORN_AFTER = lazy(
    r"[ \t]*(?:\(|,)?[ \t]*(?:born|b\.|née|né|née?\(e\)|geb\.|geboren|nacid[oa]|nat[oa]|nascid[oa]|urodzon[ya]|ur\.)"
    r"(?=[\s,.:]|$)"
)
_GREET_GAP = lazy(r"[ \t]*,?[ \t]*")
_SIGN_GAP = lazy(r"[ \t]*(?:\r?\n[ \t]*|</?[A-Za-z][^<>\n]{0,30}>[ \t]*)+")
# (with the titles of letters in other languages: "Sehr geehrte Frau Dr. ...", "Chère Madame ...", "Geachte mevrouw")
_TITLE_AFTER_GREET = lazy(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mx|Frau|Herr|Mme|Mlle|Madame|Monsieur|Sra|Srta|Sr|Señora|Señor|Signora|Signor|"
    r"Sig\.ra|Sig|Dott\.ssa|Dott|Mevrouw|Meneer|Mevr|Dhr|Heer|heer|mevrouw|meneer|Pani|Pan)\.?[ \t]+){1,2}"
)
_CLOSES_GREETING = lazy(r"[ \t]*(?:[,!.:;\n\r\"-]|$)")
_CLOSES_LINE = lazy(r"[ \t]*(?:\r?\n|$|,|<|\|)")
# The end of a by-line in parentheses: a rule of dashes, a colon or the line's end ("(Kashavek) ---").
_PAREN_CLOSE = lazy(r"(?:,[ \t]*[A-Z][\w&/ -]{1,30})?\)[ \t]*(?:-{2,}|=+|:|\r?\n|$)")  # "(Inês, Service Desk):"
_FHIR_PERSON_REF = lazy(r'"reference"\s*:\s*"(?:Patient|Practitioner|RelatedPerson|Person)/[^"\n]{1,64}"')
_LINE_END = lazy(r"[ \t]*(?:\r?\n|$)")
_SIGN_PIPE = lazy(r"[ \t]*\|[ \t]*[^\W\d_]")


# A column or key that names a person: a role followed by a part of a name ("driver_name", "member_first",
# "insured_last_name", "vaccinator"); the role alone for roles that only people fill.
_HEADER_ROLES = words(
    "patient pt member insured subscriber employee emp staff driver customer cust client guest passenger pax traveler "
    "traveller applicant policyholder holder cardholder accountholder beneficiary tenant renter student parent "
    "guardian "
    "spouse partner contact emergencycontact nok kin physician doctor dr provider nurse clinician prescriber surgeon "
    "vaccinator approver requester requestor assignee reporter owner manager supervisor agent rep borrower cosigner "
    "guarantor payee recipient sender witness resident participant candidate volunteer donor caller visitor author "
    "signer signatory referrer attending ordering referring rendering billing treating primary legal preferred maiden "
    "claimant respondent decedent deceased victim child infant mother father cosigner "
    # (accuracy13) the debtor of a direct debit or a collection ("debtor_name"; a "payer" is a health plan as often)
    "debtor remitter "
    # (accuracy16) the parties of courts, police and public registers ("defendant_last", "juror_name", "patron_first")
    "defendant plaintiff petitioner appellant appellee complainant suspect arrestee offender inmate juror patron "
    "constituent litigant"
)
_HEADER_PARTS = (
    "fullname", "firstname", "lastname", "givenname", "givennames", "familyname", "middlename", "surname", "forename",
    "forenames", "first", "last", "given", "family", "name",
)  # fmt: skip
_BARE_ROLE_HEADERS = words(
    "employee vaccinator approver assignee requester requestor renter candidate attendee borrower cosigner coborrower "
    "policyholder claimant decedent"
)


def person_header(key: str) -> bool:
    """Whether a table header ``key`` (lower case, letters and digits only) names a person's name column."""
    if key in _BARE_ROLE_HEADERS:
        return True
    for part in _HEADER_PARTS:
        if key.endswith(part) and len(key) > len(part):
            role = key[: -len(part)]
            return role in _HEADER_ROLES or (part.endswith("name") and role in ("first", "last", "given", "family"))
    return False


def is_given(f: str) -> bool:
    """A listed given name, or a hyphenated one with a listed part (Jean-Luc, Anne-Marie)."""
    return f in FIRST or ("-" in f and any(p in FIRST for p in f.split("-")))


def name_tokens(span: str) -> list[str]:
    """The name-like tokens of ``span`` (kept per string: a page of the same names splits each once; callers
    only read the list)."""
    known = _TOKENS.get(span)
    if known is None:
        if len(_TOKENS) >= 4096:
            _TOKENS.clear()
        # "St." of a surname ("Earl St. Germain") is a particle, not a street
        words_of = _SAINT_PARTICLE.sub("", span) if "St" in span else span
        known = _TOKENS[span] = [t for t in _TOKEN_SPLIT.findall(words_of) if len(t) > 1 and not t.endswith(".")]
    return known


_TOKENS: dict[str, list[str]] = {}
_SAINT_PARTICLE = lazy(rf"\bSte?\.[ ](?=[{_UP}])")


def looks_like_person(tokens: list[str], strong: bool) -> bool:
    """Whether capitalised tokens name a person; after a strong cue any non-vocabulary tokens do.

    The answer depends on the tokens alone: it is kept per tokens (a page of the same names is judged once).
    """
    memo = (tuple(tokens), strong)
    known = _PERSON_TOKENS.get(memo)
    if known is None:
        if len(_PERSON_TOKENS) >= 4096:
            _PERSON_TOKENS.clear()
        known = _PERSON_TOKENS[memo] = _looks_like_person(tokens, strong)
    return known


_PERSON_TOKENS: dict[tuple[tuple[str, ...], bool], bool] = {}


def _looks_like_person(tokens: list[str], strong: bool) -> bool:
    if not tokens:
        return False
    folded = [fold(t) for t in tokens]
    if len(folded) > 1 and folded[0] in _WEEKDAYS and all(f in _CALENDAR for f in folded):
        return False  # "Thu Dec" of a log's or git's date line, "Monday June"
    listed = any(f in SURNAMES or is_given(f) for f in folded)
    if all(f in COMMON and f not in FIRST for f in folded) and not (strong and listed):
        return False
    if any(f in _STREET_SUFFIX or f in _ORG_SUFFIX for f in folded[1:]):
        return False
    if " ".join(folded) in ORGS:
        return False
    if strong:
        return True
    return any(f in FIRST or f in SURNAMES for f in folded)


_WEEKDAYS = words(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday"
)
_CALENDAR = _WEEKDAYS | words(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december"
)


def trim_name(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop trailing vocabulary words a greedy name match took in ("John Smith Called").

    The answer depends on ``text[s:e]`` alone (no pattern here looks outside it), so it is kept per string:
    a page of the same label and name ("Patient: Patient: ...") is trimmed once.
    """
    span = text[s:e]
    known = _TRIMMED.get(span)
    if known is None:
        if len(_TRIMMED) >= 4096:
            _TRIMMED.clear()
        known = _TRIMMED[span] = _trim(span)
    return s + known[0], s + known[1]


_TRIMMED: dict[str, tuple[int, int]] = {}


def _trim(text: str) -> tuple[int, int]:
    """:func:`trim_name` on the whole of ``text``, offsets into it."""
    s, e = 0, len(text)
    toks = list(_TOKEN_SPLIT.finditer(text, s, e))
    while toks and fold(toks[-1].group()) in COMMON and fold(toks[-1].group()) not in SURNAMES:
        toks.pop()
    if not toks:
        return s, s
    # A surname's leading particle stays with it ("de Vries", "van der Berg"), lower case as it is written.
    lead = toks[0].start()
    if lead > s and _PARTICLE_LEAD.fullmatch(text, s, lead):
        lead = s
    return lead, toks[-1].end()


#: What :func:`name_after_cue` last read (``Findings.last_read``), with the facts it was judged by. After a label or
#: a key: the end it read from, the kind it judged the value as (a ``keyend`` becomes a ``strongkey``), the label,
#: and whether a person's field stood in the 300 characters before the key (``None`` when that was not asked).
#: After a title (``_title_read``): the title's start, ``"title"``, where its name starts, and what decides how
#: strongly it names (the title and its start decide ``_eponym_before``).
Read = tuple[int, str, str, bool | None] | tuple[int, str, int, bool, bool, bool, bool]
# The kinds whose reading another key ending at the same place may stand for (no key of these kinds starts
# another of its kind, so skipping one never changes which longer key the keyword loop skips after it).
_READ_AGAIN_KINDS = frozenset({"strongkey", "namekey", "keyend"})


def reads_again(text: str, start: int, end: int, kind: str, key: str, read: Read) -> bool:
    """Whether the cue at [start, end) would read what ``read`` (the last cue's reading) read, judged the same
    way, so that its findings could only repeat that cue's (a mebibyte of ``name=`` keys, each also found as
    ``" name="``, read every name twice; "Dr." is found as "dr" and as "dr.").

    A value after a strong key is judged by itself alone; after another key, by the key's label and by the
    person's fields before it, which :func:`name_after_cue` asks of the 300 characters before the key; a title's
    name by the facts ``_title_read`` gathers.
    """
    if kind == "title":
        return read[0] == start and read[1] == "title" and _title_read(text, start, end, key) == read
    if read[0] != end or kind not in _READ_AGAIN_KINDS or read[1] == "title":
        return False
    _, read_kind, label, fields_before = read  # type: ignore[misc]
    if read_kind == "strongkey":
        return kind != "namekey" and key.strip("\"':= \t") not in _MAIL_LABELS
    return (
        kind == read_kind
        and key.strip("\"':= \t") == label
        and (fields_before is None or _person_field_within(text, max(0, start - 300), start) == fields_before)
    )


def name_after_cue(text: str, start: int, end: int, kind: str, key: str, out: Findings) -> None:
    """The name a cue keyword at [start, end) introduces; ``kind`` is its kind in keywords.tsv."""
    if kind == "keyend":
        # A compound key ending in a name part ("subject_name", "holderName", "insured_first"): it names a person
        # when its first words are a role only people fill (person_header, as for a CSV column). First here: every
        # "name" key of a JSON text ends so.
        if text[start - 1] in "\"'":
            return
        if key.startswith("_by"):
            # A key of who did something ("pickup_by", "approved_by", "dispensed_by"): a person's name or a
            # user id; a name of two words or more, none of the vocabulary, is a person's.
            if not _actor_key_before(text, start):
                return
            kind = "actorkey"
        elif _user_key_before(text, start):
            kind = "actorkey"  # "user_name": a login as often as a name; two name words are a person's
        elif not _person_key_before(text, start, end):
            return
        else:
            kind = "strongkey"
    strong = True
    if kind == "title":
        read = _title_read(text, start, end, key)
        if read is None:
            return
        # "Dr." is found as "dr" and as "dr.": the keyword loop skips the second (``reads_again``)
        out.last_read = read
        pos = read[2]
        if _eponym_before(text, start, end):
            return  # "Labor Dr. ...": a firm's name
        m = CUE_NAME.match(text, pos)
        if m and fold(m.group().split()[0]) in _NAME_PART_KEYS:
            return
        # A capitalised honorific ("Officer Haile", "Dr Okafor") introduces a name; a role word in capitals
        # before more capitals is a heading ("PATIENT EDUCATION HANDOUT") unless a listed name follows. A role's
        # acronym ("PCP", "RN") before two words in title case introduces them ("Follow-up: PCP Name Surname").
        strong = (
            key in _HONORIFICS
            or not text[start:end].isupper()
            or bool(m and len(key) <= 3 and not m.group().isupper() and len(name_tokens(m.group())) >= 2)
        )
    elif kind == "field":
        _name_in_field(text, start, end, key, out)
        return
    elif kind == "fhirdisplay":
        # A FHIR Reference's display names whom it refers to: a person when the reference is to one.
        ref = _FHIR_PERSON_REF.search(text, max(0, start - 120), start)
        if ref is None or "}" in text[ref.end() : start]:
            return
        g = _CUE_GAP.match(text, end)
        m = CUE_NAME.match(text, g.end() if g else end)
        if not m or text[m.end() : m.end() + 1] != '"':
            return
    elif kind == "paren":
        # "--- Internal note (Kashavek) ---": the whole parenthesis is the writer's name.
        m = CUE_NAME.match(text, end)
        if not m or not _PAREN_CLOSE.match(text, m.end()):
            return
        if m.group().isupper() and " " not in m.group():
            return  # "Progress Note (SOAP)": an acronym, not a writer
    elif kind == "sign":
        # A bare "--" is a signature separator only on a line of its own ("--\nAna Lima | Partner").
        if key == "--" and (text[start - 1 : start] not in ("", "\n") or text[end : end + 1] not in ("\n", "\r")):
            return
        # After a bare "--" a line of title-case words is as likely a heading: a name-list hit or a signature's
        # "| Role | Firm" makes it a name.
        g = _SIGN_GAP.match(text, end)
        if not g:
            return
        m = CUE_NAME.match(text, g.end())
        if m and not _CLOSES_LINE.match(text, m.end()):
            m = None
        strong = key != "--" or bool(m and _SIGN_PIPE.match(text, m.end()))
        if m and key != "--":
            # "Viele Grüße\nWiebke\n089-7823765": a number alone on the line under the signer's name is theirs.
            p = _PHONE_UNDER_NAME.match(text, m.end())
            if p and v.labelled_phone_ok(p.group(1)):
                out.add(T.PHONE, p.start(1), p.end(1), 0.75)
    elif kind == "intro":
        # "my name is Oluwaseun" names its speaker whatever the origin; "this is"/"I'm" need a list hit.
        g = _GREET_GAP.match(text, end)
        pos = g.end() if g else end
        t = _TITLE_AFTER_GREET.match(text, pos)
        m = CUE_NAME.match(text, t.end() if t else pos)
        if m and fold(m.group().split()[0]) in _GREETING_STOP:
            return
        # "I am Jane Doe of 12 High Street": a witness statement's opening names its maker.
        strong = key.startswith(_STRONG_INTROS) or t is not None or bool(m and _INTRO_OF.match(text, m.end()))
        # "Hola Ioana, soy Kavar.", "Hi Nemtor, this is Lusine.": an introduction after a greeting names its speaker.
        strong = strong or bool(m and _greeted_before(text, start))
        # "this is Amaru's dad": a speaker named by whose relative they are
        strong = strong or bool(m and _KIN_AFTER_POSSESSIVE.match(text, m.end()))
    elif kind == "relation":
        # "his wife, Lakshmi," / "my colleague Tomasz": a listed given name right after a relation word.
        g = _GREET_GAP.match(text, end)
        m = CUE_NAME.match(text, g.end() if g else end)
        # "Son Georges is the main carer", "daughter Ruairí on +44 ...": what follows says a person is named.
        strong = bool(m and (_RELATIVE_REACHED.match(text, m.end()) or _KIN_ACTS.match(text, m.end())))
        # (accuracy21) A relative named in full after the kinship word, in any language ("lives with mother Name
        # Surname", "Husband Name Surname worked ...", "vive con su madre Name Surname"): two name words or more in
        # title case, none of the vocabulary.
        # A kinship word that ends a title ("People Partner, Firm Name", "Account Manager Name") is a job's.
        strong = strong or bool(
            m
            and not m.group().isupper()
            and len(name_tokens(m.group())) >= 2
            and _no_vocabulary(m.group())
            and not (text[start].isupper() and _TITLE_WORD_BEFORE.search(text, max(0, start - 30), start))
        )
    elif kind == "greet":
        if key not in _WEAK_GREETINGS and (start == 0 or text[start - 1] == "\n") and _OPENS_LETTER.match(text, end):
            _lone_signoff(text, end, out)  # "Hi HR,\n\n...\n\nZeynep": a letter signed with a name alone
        g = _GREET_GAP.match(text, end)
        pos = g.end() if g else end
        t = _TITLE_AFTER_GREET.match(text, pos)
        if t:
            pos = t.end()
        m = CUE_NAME.match(text, pos)
        if m and fold(m.group().split()[0]) in _GREETING_STOP:
            return
        if m and m.group().isupper() and len(m.group()) <= 4 and not is_given(fold(m.group())):
            return  # "Hi HR,", "Dear IT": a department's acronym
        # "Hello World Cup fans" is not a salutation; without closing punctuation demand a name-list hit. Words
        # that are greetings only sometimes ("No,Surname,Pay", "No PAN redacted") always demand one.
        strong = bool(m and _CLOSES_GREETING.match(text, m.end())) and key not in _WEAK_GREETINGS
        if key in _WEAK_GREETINGS and m and m.group().isupper() and " " not in m.group():
            return  # "No PAN redacted": an acronym after a word of answer
        if key in _WEAK_GREETINGS and not any(c in " \t" for c in text[end : m.start() if m else end]):
            return  # "Account No,Gross Pay": a table's header cells, not an answer and a name
    elif kind == "cue":
        _name_after_free_cue(text, start, end, out)
        return
    elif kind == "cvhead":
        _name_by_cv_heading(text, start, end, out)
        return
    elif kind == "case":
        _name_of_case(text, start, end, out)
        return
    elif kind == "recname":
        _record_name(text, end, key, out)
        return
    elif kind == "role":
        _name_after_role(text, start, end, key, out)
        return
    elif kind == "list":
        _name_list(text, end, key, out)
        return
    else:  # label / strongkey / namekey / keyend
        if kind != "label" and start and text[start - 1] in "-.":
            return  # the end of a longer key: "font-family:", "meta.name="
        label = key.strip("\"':= \t")
        if _in_code_element(text, start):
            return
        # What is read from here depends on ``start`` only through the fields before the key (recorded below):
        # another key ending here reads the same (``reads_again``).
        out.last_read = (end, kind, label, None) if label not in _MAIL_LABELS else None
        pos = cue_gap_end(text, end)
        cred = _CREDENTIAL_LEAD.match(text, pos)
        if cred:
            pos = cred.end()  # "Verified by: MLS M. Gill", "Seen by: RN Okafor": the credential is not the name
        pnr = _PNR_NAME.match(text, pos)
        titled = pnr and _PNR_TITLE_END.search(pnr.group())
        if pnr and not (kind == "strongkey" or titled or _PNR_TITLE.match(text, pnr.end())):
            out.last_read = None  # the travel words before the key decide
            pnr = pnr if _passenger_near(text, end) else None  # (the key too: "Passenger:")
        if pnr:
            out.add(T.PERSON, pnr.start(), pnr.start() + titled.start() if titled else pnr.end(), 0.8)
            return
        lf = _LASTFIRST.match(text, pos) if _comma_may_follow(text, pos) else None
        # "Last, First" after a strong label, or filling its line after any ("Client: OUELLET, Annick"; not
        # "Cc: Finance, Legal").
        if lf and (
            kind == "strongkey"
            or label in _STRONG_LABELS
            or label == "name"
            or (_LINE_END.match(text, lf.end()) and _no_vocabulary(lf.group(1), lf.group(2)))
            # "Prescriber: Liu, Zhiqiang MD  NPI ...": a credential after it says a person is named
            or (_CREDENTIAL_AFTER.match(text, lf.end()) and _no_vocabulary(lf.group(1), lf.group(2)))
        ):
            out.add(T.PERSON, lf.start(), lf.end(), 0.8)
            return
        m = CUE_NAME.match(text, pos)
        strong = kind == "strongkey" or label in _STRONG_LABELS
        if kind == "actorkey":
            if m and _CLOSES_FIELD.match(text, m.end()) and _no_vocabulary(m.group()):
                tokens = name_tokens(m.group())
                # in capitals a service account's words ("SVC BATCH") as often: a listed name must be among them
                if len(tokens) >= 2 and (
                    not m.group().isupper() or any(is_given(f) or f in SURNAMES for f in map(fold, tokens))
                ):
                    out.add(T.PERSON, m.start(), m.end(), 0.8)
            return
        if m and kind == "label" and len(m.group()) <= 3 and m.group().isupper():
            return  # an acronym after a label ("as prescribed by GP", "Referred by: ED")
        if not strong and m and _CLOSES_FIELD.match(text, m.end()):
            # A role label whose value is the whole field names a person whatever the name's origin; a bare
            # "name" field does so when the fields around it are about a person (e-mail, birth date, MRN...).
            bare = label in _BARE_NAME_LABELS
            # One unlisted word after a role label ("Client: Firefox", "Customer: ACME") may be a product or a
            # firm: it counts when the fields around it are about a person, as after a bare "name".
            # An initial and a surname ("R. Villaseñor") is a person's shape: two words.
            one = (
                label not in _NAME_PART_KEYS
                and len(name_tokens(m.group())) < 2
                and not _INITIAL_FIRST.match(m.group())
                and not any(is_given(f) or f in SURNAMES for f in map(fold, name_tokens(m.group())))
            )
            near_before = _person_field_within(text, max(0, start - 300), start)
            if out.last_read is not None:
                out.last_read = (end, kind, label, near_before)
            near = near_before or _person_field_within(text, end, end + 300)
            strong = (not bare and not one) or near
        if label in _MAIL_LABELS and start > 1 and text[start - 1] == " " and text[start - 2].isalpha():
            return  # "Ships from: Rotterdam", "Sent to: Accounts": a word before it, not a mail header
        if label in ("from", "to", "cc") and m and text[m.end() : m.end() + 3].lstrip(" \t")[:1] == "<":
            strong = True
        if label in _MAIL_LABELS and m and trim_name(text, m.start(), m.end())[1] < m.end():
            return  # "From: Crest Wellness <...>", "From: Carrier Updates": a team or a product, not a person
    if not m or text[m.end() : m.end() + 1].isdigit():
        return  # letters glued to digits are a code ("rph=RPH5397"), not a name
    # What the words read may name is judged once per string (``_cue_name_plan``); what surrounds them, here.
    memo = (m.group(), strong)
    plan = _CUE_NAME_PLANS.get(memo, _UNJUDGED)
    if plan is _UNJUDGED:  # (None is an answer: the words name no one)
        if len(_CUE_NAME_PLANS) >= 4096:
            _CUE_NAME_PLANS.clear()
        plan = _CUE_NAME_PLANS[memo] = _cue_name_plan(*memo)
    if not plan:
        return
    s, e = m.start() + plan[0], m.start() + plan[1]
    if plan[2] and text.startswith(("St. ", "Ste. "), s):
        return  # "St. Jude Family Medicine", "St. Mary's Hospital": a saint's name opens an institution's
    if not _DISEASE_AFTER.match(text, e) and not _firm(text, s, e):
        out.add(T.PERSON, s, e, 0.85 if strong else 0.7)


_CUE_NAME_PLANS: dict[tuple[str, bool], tuple[int, int, bool] | None] = {}
_UNJUDGED = (-1, -1, False)  # what ``_CUE_NAME_PLANS`` gives for words not judged yet


def _cue_name_plan(words_read: str, strong: bool) -> tuple[int, int, bool] | None:
    """The person a cue's ``words_read`` (a ``CUE_NAME`` match) names, from the words alone: its offsets in them
    and whether it has two words or more (a saint's name before it then opens an institution's), or None."""
    s, e = trim_name(words_read, 0, len(words_read))
    several = len(name_tokens(words_read[s:e])) >= 2
    if e - 2 > s and words_read[e - 2 : e] in ("'s", "’s"):
        e -= 2  # "this is Amaru's dad": the name without its possessive
    if e <= s or _org_word_after(words_read, e, len(words_read)):
        return None
    if e < len(words_read) and " " not in words_read[s:e] and words_read[s:e].isupper():
        return None  # an acronym before words of the vocabulary: "Referred by: HR Business Partner"
    tokens = name_tokens(words_read[s:e])
    if tokens and fold(tokens[0]) in _GROUP_LEAD:
        return None  # "Prepared by: Team Logistik", "Erstellt von: Abteilung Einkauf": a group, not a person
    if not looks_like_person(tokens, strong):
        return None
    return s, e, several


def _title_read(text: str, start: int, end: int, key: str) -> tuple[int, str, int, bool, bool, bool, bool] | None:
    """Where the name after the title at [start, end) starts, with what decides how it is read (a ``Read``), or
    None when no name follows it."""
    after = text[end : end + 1]
    if not text[start].isupper() or (key[-1] != "." and after not in (" ", "\t", ".")):
        return None
    pos = end + 1 if after == "." else end
    # (a gap of three or more blanks is too wide however long it is: three characters tell)
    head = text[pos : pos + 3]
    gap = len(head) - len(head.lstrip(" \t"))
    pos += gap
    if pos - end > 2 or "\t" in head[:gap]:
        return None  # "Title: MR   Forename(s):": the next field, not a name
    title = text[start:end]
    return start, "title", pos, title == "DR", key in _HONORIFICS, title.isupper(), len(key) <= 3


# Words before a title that make the titled name a firm's or an institution's ("Labor Dr. ...", "Apotheke Dr. ...").
_EPONYM_LEAD = words(
    "labor laboratorium laboratoire laboratorio laboratori lab labs apotheke pharmacie farmacia klinik clinique "
    "institut institute praxisklinik"
)


def _eponym_before(text: str, start: int, end: int) -> bool:
    """Whether the title at [start, end) is part of a firm's or an address's name: an institution's word before it
    ("Labor Dr. ..."), or a street's "DR" after a word in capitals ("CHIEF JOSEPH DR LOT 7")."""
    if not start or text[start - 1] not in " \t":
        return False
    # the last word of the 30 characters before (in C: a search from each position of the window took 4 s on a
    # mebibyte of "Dr. ")
    words_before = text[max(0, start - 30) : start].rsplit(None, 1)
    if not words_before:
        return False
    word = words_before[-1]
    if not word.isalpha():
        return False
    return fold(word) in _EPONYM_LEAD or (text[start:end] == "DR" and word.isupper())


# Words that open the name of a group of people in several languages.
_GROUP_LEAD = words(
    "team abteilung bereich gruppe referat équipe equipe service département departement equipo departamento grupo "
    "squadra ufficio reparto divisione afdeling groep dział dzial zespół zespol department dept unit division "
    # a mailing to everyone of a kind ("To: All Prescribers", "An: Alle Mitarbeitenden")
    "all alle tous toutes todos todas tutti tutte"
)
_MAIL_LABELS = words("from to cc reply-to sender")
_CREDENTIAL_AFTER = lazy(r",?[ \t]+(?:MD|DO|NP|PA-C|PA|RN|PharmD|RPh|DDS|DMD|APRN|FNP|CNM|LCSW|PhD)\b")
# A professional credential or title written between a role label and the name ("Verified by: MLS M. Gill").
_CREDENTIAL_LEAD = lazy(
    r"(?:MLS|MLT|BMS|CLS|MT|RN|RGN|LPN|NP|PA|MD|CNA|EMT|RPh|PharmD|Dr|Prof|Mr|Mrs|Ms|Mx)\.?[ \t]+(?=[A-Z])"
)
_INITIAL_FIRST = lazy(rf"{_INITIAL}[ \t]*{_TOK}")
# The characters of a structured key ("subject_name", "holderName", "nom-titulaire").
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
# Roles written before a name part in payload keys (with _HEADER_ROLES): the subject of a screening or a record.
_KEY_ROLES = words("subject person individual party")


def _person_key_before(text: str, start: int, end: int) -> bool:
    """Whether the key that ends at the name part found at [start, end) names a person's name."""
    lo = start
    while lo > 0 and start - lo < 40 and text[lo - 1] in _KEY_CHARS:
        lo -= 1
    if lo > 0 and text[lo - 1] not in " \t\n\"'{,;&?(|[":
        return False  # inside a longer token ("font-family:", a path, a URL's query)
    key = "".join(c for c in text[lo:end].lower() if c.isalnum())
    if len(key) <= 5:
        return False  # a bare "name", "first", "last" (read as such by their own keys)
    return person_header(key) or any(
        key.endswith(p) and key[: -len(p)] in _KEY_ROLES for p in ("name", "first", "last")
    )


# The verbs and nouns of who did something to a record, before "_by" in a key ("pickup_by", "approved_by").
_ACTOR_KEYS = words(
    "created updated modified edited approved reviewed verified signed submitted requested reported assigned entered "
    "recorded collected dispensed pickup picked pickedup received delivered performed administered witnessed "
    "authorized authorised completed prepared issued ordered referred accepted rejected cancelled canceled closed "
    "opened handled escalated attended seen triaged released filed processed amended initiated validated confirmed "
    "registered cosigned countersigned transcribed dictated booked paid changed deleted removed added uploaded "
    "scanned checked inspected counted witness called interpreted accompanied"
)
_ACTOR_ENDS = tuple(sorted(_ACTOR_KEYS))


def _key_before(text: str, start: int) -> str | None:
    """The key (letters and digits, lower case) that ends at ``start``, or None inside a longer token."""
    lo = start
    while lo > 0 and start - lo < 40 and text[lo - 1] in _KEY_CHARS:
        lo -= 1
    if lo > 0 and text[lo - 1] not in " \t\n\"'{,;&?(|[":
        return None
    return "".join(c for c in text[lo:start].lower() if c.isalnum())


def _actor_key_before(text: str, start: int) -> bool:
    """Whether the key before "_by" at ``start`` says who did something to a record ("pickup_by")."""
    key = _key_before(text, start)
    return key is not None and key != "" and (key in _ACTOR_KEYS or key.endswith(_ACTOR_ENDS))


def _user_key_before(text: str, start: int) -> bool:
    """Whether the key that ends in "_name" at ``start`` is a user's ("user_name", "username")."""
    return _key_before(text, start) in ("user", "enduser", "portaluser", "staffuser")


# An XML element that holds a code and its text (CDA "<code code=... displayName=...>", "<value xsi:type="CD" ...>").
_CODE_TAG = lazy(r"<(?:[\w-]+:)?(?:code|value|translation|qualifier|[a-z]\w*Code)\b[^<>]*$")


def _in_code_element(text: str, at: int) -> bool:
    """Whether ``at`` lies inside the start tag of an XML element holding a code: its display names no one."""
    lt = text.rfind("<", max(0, at - 200), at)
    return lt != -1 and _CODE_TAG.match(text, lt, at) is not None


# A verb of speaking or contacting after a name ("Customer Ayelet called from ..."), in the languages of notes.
_SPEECH_VERBS = (
    r"called|phoned|rang|emailed|e-mailed|wrote|texted|messaged|said|says|asked|asks|verified|confirmed|reported|"
    r"requested|complained|disputed|disputes|stated|explained|agreed|declined|refused|wants|wanted|visited|"
    r"llamó|llama|ligou|appelle|a appelé|rief|ruft|belde|chiama|ha chiamato|zadzwonił|zadzwoniła"
)
_CUE_ACTS = lazy(rf"[ \t]+(?:{_SPEECH_VERBS})\b")
# ... and after a relative's name, what a relative does or is ("daughter Ngaio is HCPOA", "my wife Aiyana can confirm")
_KIN_ACTS = lazy(rf"[ \t]+(?:{_SPEECH_VERBS}|is|was|can|could|will|would|has|had|does|did)\b")
_KIN_AFTER_POSSESSIVE = lazy(
    r"(?<=['’]s)[ \t]+(?:mom|mum|mother|dad|father|wife|husband|son|daughter|brother|sister|partner|"
    r"grandmother|grandfather|grandma|grandpa|aunt|uncle|carer|caregiver|guardian)\b"
)
# (accuracy21) The kinship words of keywords.tsv (kind "relation"), for a list's item opened by one ("Present: mother
# Name Surname, father Name Surname"), and a lower-case word before a capital that may be one.
_TITLE_WORD_BEFORE = lazy(r"[A-Z][\w&'’-]*[ \t]+$")
_KIN_WORDS = frozenset(w for k, w in load_pairs("keywords.tsv") if k == "relation")
_KIN_LEAD = lazy(rf"([a-zäöüéèçñ-]{{2,20}})[ \t]+(?=[{_UP}])")
_RELATIVE_REACHED = lazy(
    r"[ \t]+(?:is[ \t]+(?:the|her|his|their|our|my)[ \t]+(?:main|primary|next|carer|caregiver|contact|guardian)"
    r"|on[ \t]+[+(]?\d|\([^()\n]{0,20}\d"
    # "(my father Gurmeet Grewal)", "Neighbor Ruaridh helps with groceries": a relative who does something
    r"|(?:helps|visits|drives|brings|lives|stays|looks after|cares for|checks on)\b)|[ \t]*\)"
)
# Names records write in HL7's terms outside its segments (data/keywords.tsv, kind "recname"): an interface
# log's "PID-5=DOE^JANE" (and "PID-7=" its birth date), a DICOM dump's person-name element
# ("(0010,0010) PN [DOE^JANE]"), a CDA header's <given>/<family>, any schema's <GivenName>, <last_name>...
_RECORD_VALUE = lazy(r"([^\s|^][^\s|]*)")
_RECORD_DOB = lazy(r"((?:18|19|20)\d{6})(?!\d)")
_DICOM_VALUE = lazy(r"[ \t]*\[([^\]\n]{2,64})\]")
# (accuracy18) and any schema's name-part element: the value up to a closing tag ("<GivenName>Ana</GivenName>")
_XML_NAME_VALUE = lazy(r"[ \t]*([^<>\n]{1,60}?)[ \t]*</[A-Za-z_][\w.:-]{0,40}>")


_NO_VALUE = frozenset({"n/a", "na", "none", "null", "nil", "unknown", "redacted", "withheld", "test"})


def _record_name(text: str, end: int, key: str, out: Findings) -> None:
    if key.endswith("="):
        if key[4] == "7" or key[4:] == "8=":  # PID-7, GT1-8: a birth date, yyyymmdd
            d = _RECORD_DOB.match(text, end)
            if d and v.calendar_date_ok(int(d.group(1)[:4]), int(d.group(1)[4:6]), int(d.group(1)[6:])):
                out.add(T.DATE_OF_BIRTH, d.start(1), d.end(1), 0.9)
            return
        m = _RECORD_VALUE.match(text, end)
    elif key.endswith("["):
        m = _DICOM_VALUE.match(text, end - 1)
    else:
        m = _XML_NAME_VALUE.match(text, end)
        if m is not None and (not m.group(1)[0].isalpha() or m.group(1).lower() in _NO_VALUE):
            return  # "<LastName>{{last}}</LastName>", "<FirstName>N/A</FirstName>"
    if m is not None and any(ch.isalpha() for ch in m.group(1)):
        out.add(T.PERSON, m.start(1), m.end(1), 0.9)


# Introductions that name their speaker whatever the name's origin ("you're chatting with Yui", "me llamo ...").
_STRONG_INTROS = (
    "you're speaking with", "you are speaking with", "you’re speaking with", "you're talking to", "you are talking to",
    "my name", "chatting with", "you're chatting", "you are chatting", "your agent is", "mi nombre es", "me llamo",
    "je m'appelle", "mein name ist", "il mio nome è", "mi chiamo", "meu nome é", "ik heet", "mijn naam is",
)  # fmt: skip
_PHONE_UNDER_NAME = lazy(r"[ \t]*\r?\n[ \t>]*(\+?\(?\d[\d ().\-/]{5,18}\d)[ \t]*(?:\r?\n|$)")
# A greeting opening the sentence or message an introduction ends, then a comma: "Ciao Arbër, sono ...".
_GREETING_LEAD = lazy(
    r"(?i:hi|hello|hey|hola|buenas|buenos días|ciao|buongiorno|buonasera|salve|olá|ola|bom dia|boa tarde|hoi|hallo|"
    r"dag|goedemorgen|goedemiddag|bonjour|bonsoir|salut|guten tag|moin|servus|cześć|dzień dobry|witam)(?![\w-])"
)
_NO_SENTENCE_MARK = lazy(r"[^\n:.!?;>\]]*")


def _greeted_before(text: str, start: int) -> bool:
    """Whether a greeting opens the sentence (or chat message) whose comma stands just before ``start``."""
    comma = start - 1
    while comma > 0 and text[comma] in " \t":
        comma -= 1
    if text[comma] != ",":
        return False
    # the sentence's opening: the run before the comma without a sentence mark, read on the reversed window
    run = _NO_SENTENCE_MARK.match(text[max(0, comma - 50) : comma][::-1])
    opening = comma - (run.end() if run else 0)
    while opening < comma and text[opening] in " \t>\"'(*_":
        opening += 1
    return _GREETING_LEAD.match(text, opening, comma) is not None


_INTRO_OF = lazy(
    r",?[ \t]+(?:of|from)[ \t]+(?:\d|[A-Z][a-z]+[ \t]+[A-Z\d])|,[ \t]+(?:aged|born)\b"
    # (accuracy16) the maker of a sworn statement: "I, Name, being duly sworn", "Yo, Name, mayor de edad", "Je
    # soussignée, Name, demeurant à", "Ich, Name, geboren am", "Eu, Name, portador"
    r"|,[ \t]+(?:being|declare|hereby|do|state|certify|swear|solemnly|affirm|authori[sz]e|residing|the undersigned|"
    r"mayor de edad|con DNI|vecin[oa] de|declaro|demeurant|domicilié|domiciliée|né|née|geboren|wohnhaft|nato|nata|"
    r"residente|portador|portadora|nascid[oa])(?![\w-])"
)
_WEAK_GREETINGS = words("no yes ok okay sorry morning love cc ping bye")
# A salutation that opens a letter: the greeting's words, then a comma or the line's end, then a blank line.
_OPENS_LETTER = lazy(r"[ \t]*,?[ \t]*(?:[^\W\d_][\w'’. -]{0,40})?,?[ \t]*\r?\n[ \t]*\r?\n")
# Where a message's own text ends: a quoted reply, a rule, a forwarded or replied-to header.
_MESSAGE_END = lazy(r"\n(?:>|--|__|On |From:|Am |Le |El |Op |Il )")
_LONE_NAME = lazy(rf"[ \t]*({_TOK}(?:[ ]{_TOK})?)[ \t]*\r?")


#: The text whose letters were last read for a signature, and how far (a page of salutations is read once).
_SIGNOFF_READ: tuple[str, int] = ("", 0)


def _lone_signoff(text: str, end: int, out: Findings) -> None:
    """The name alone on the last line of a letter that opens with a salutation, after a blank line."""
    global _SIGNOFF_READ
    if _SIGNOFF_READ[0] is text and end < _SIGNOFF_READ[1]:
        return
    stop = min(len(text), end + 3000)
    cut = _MESSAGE_END.search(text, end, stop)
    _SIGNOFF_READ = (text, cut.start() if cut else stop)  # (each stretch of text read once)
    if cut is None and stop < len(text):
        return  # a message longer than a note's, or no end in sight
    body_end = cut.start() if cut else stop
    while body_end > end and text[body_end - 1] in " \t\r\n":
        body_end -= 1
    line = text.rfind("\n", end, body_end)
    prev = text.rfind("\n", end, line) if line != -1 else -1
    if prev == -1 or text[prev + 1 : line].strip():
        return  # the last line must stand after a blank one
    m = _LONE_NAME.fullmatch(text, line + 1, body_end)
    if m is None:
        return
    folded = [fold(t) for t in name_tokens(m.group(1))]
    if folded and not any(f in COMMON or f in ORGS or f in _GREETING_STOP for f in folded):
        out.add(T.PERSON, m.start(1), m.end(1), 0.7)


_HONORIFICS = words("mr mr. mrs mrs. ms ms. miss dr dr. prof. mx. sr. sra sra. srta. rev. mme mme. mlle herr frau rn")
# Labels that say "name" without saying whose: a product, a place or a host has one too.
_BARE_NAME_LABELS = words("name nombre nome naam nom navn namn nimi imię")
# What a person named after a free-text cue goes on to do, or where the sentence goes next.
_CUE_CLOSE = lazy(
    r"[ \t]*(?:$|[\n\r,;:.!?()<|\"]|[ \t]+(?:about|for|on|at|from|in|and|to|who|regarding|re|said|says|called|"
    r"asked|was|is|has|had|will|would|confirmed|reported|requested|agreed|explained|mentioned|emailed|phoned|came|"
    r"arrived|signed|verified|following|ruft|rief|hat|möchte|bittet|meldet|schreibt|llamó|llama|pide|ligou|pediu|appelle|demande|"
    # what follows a name in notes of other languages: "Llamó X para ...", "X belt over ...", "X chiama per ..."
    r"para|por|pour|au|sur|wegen|für|belt|belde|chiama|ha|per|om|over|telefonou|quer)\b)"
)


# A line that holds a name and nothing else, and the line of a heading with nothing after it.
_NAME_LINE = lazy(rf"[ \t]*({DISPLAY_NAME}|{_TOK}(?:[ ](?:{_PARTICLE}[ ])?{_NAME_WORD}){{1,3}})[ \t]*\r?$")
_HEADING_END = lazy(r"[ \t]*(?:\r?\n|$)")
_CV_HEAD_WITHIN = 2000


_CASE_GAP = lazy(r"[ \t]*[–—:-][ \t]*")
# What may open a subject line before the case's kind: "Subject: ", "Re: ", "Betreff: AW: ", "[HR] ".
_SUBJECT_LEAD = lazy(
    r"[ \t]*(?:(?i:subject|betreff|objet|asunto|assunto|oggetto|onderwerp|temat|re|aw|fw|fwd|wg|tr|rv)[ \t]*:[ \t]*"
    r"|\[[^\]\n]{1,20}\][ \t]*)*"
)


def _name_of_case(text: str, start: int, end: int, out: Findings) -> None:
    """The person an HR or a claims case is about, after its kind in a subject line ("Absence – Name",
    "New starter: Name", "Grievance - Name"): the kind opens the line or its subject, the name ends it."""
    line = text.rfind("\n", max(0, start - 60), start) + 1
    if (line == 0 and start > 60) or not _SUBJECT_LEAD.fullmatch(text, line, start):
        return
    g = _CASE_GAP.match(text, end)
    if g is None:
        return
    m = CUE_NAME.match(text, g.end())
    if m is None or not _LINE_END.match(text, m.end()):
        return
    tokens = name_tokens(m.group())
    folded = [fold(t) for t in tokens]
    named = (len(tokens) >= 2 and _no_vocabulary(m.group())) or (len(tokens) == 1 and is_given(folded[0]))
    if named and not any(f in ORGS for f in folded) and not _firm(text, m.start(), m.end()):
        out.add(T.PERSON, m.start(), m.end(), 0.75)


def _name_by_cv_heading(text: str, start: int, end: int, out: Findings) -> None:
    """A CV's owner: the name alone on the line above (or below) a heading "Lebenslauf", "Curriculum Vitae"...
    A CV opens with it: only a heading near the start of the text counts."""
    if start > _CV_HEAD_WITHIN or (start and text[start - 1] != "\n") or not _HEADING_END.match(text, end):
        return
    above_end = start - 1
    while above_end > 0 and text[above_end - 1] in " \t\r\n" and start - above_end < 8:
        above_end -= 1
    above = text.rfind("\n", max(0, above_end - 80), above_end) + 1 if above_end > 0 else 0
    below = text.find("\n", end)
    if below == -1:
        below = len(text)
    while below < len(text) and text[below] in " \t\r\n" and below - end < 8:
        below += 1
    below_end = text.find("\n", below, below + 81)
    for lo, hi in ((above, above_end), (below, below_end if below_end != -1 else min(len(text), below + 80))):
        m = _NAME_LINE.fullmatch(text, lo, hi) if hi > lo else None
        if m is None:
            continue
        tokens = name_tokens(m.group(1))
        if len(tokens) >= 2 and not any(fold(t) in COMMON or fold(t) in ORGS for t in tokens):
            out.add(T.PERSON, m.start(1), m.end(1), 0.8)
            return


def _name_after_role(text: str, start: int, end: int, key: str, out: Findings) -> None:
    """(accuracy24) A role only a person fills (keywords.tsv kind ``role``: an examiner, a donor, a courier, a
    purchaser, in the tune sets' languages) names the person after it in whichever layout it is written: a
    payload's or a log's key (``"courier": "..."``, ``inspector="..."``: read as a party's key, two name words of no
    vocabulary), a form's label (``Purchaser 1:``, ``Occupier(s):``, ``Donor     :``, after a wide gap or a
    sentence's end too: read as a role's field), or a noun in running text (``the courier Name Surname reported``:
    read as a free-text cue)."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if after == "," and text[end + 1 : end + 2] == " ":
        # in apposition, between commas: "The seller, Name Surname, has agreed ..."
        m = CUE_NAME.match(text, end + 2)
        if m and text[m.end() : m.end() + 1] == "," and not text[start:end].isupper():
            s, e = trim_name(text, m.start(), m.end())
            if (
                e == m.end()
                and len(name_tokens(text[s:e])) >= 2
                and _no_vocabulary(text[s:e])
                and looks_like_person(name_tokens(text[s:e]), True)
                and not _firm(text, s, e)
            ):
                out.add(T.PERSON, s, e, 0.75)
    elif before in ('"', "'") and after == before:
        name_after_cue(text, start - 1, end + 1, "actorkey", before + key + before, out)
    elif after == "=":
        if before not in (".", "-", "/"):
            name_after_cue(text, start, end + 1, "actorkey", key + "=", out)
    elif after in (" ", "\t") and not _FIELD_GAP.match(text, end):
        if not text[start:end].isupper():  # (a heading's words in capitals: "DRIVER BACKGROUND CHECK")
            _name_after_free_cue(text, start, end, out, role=True)
    else:
        _name_in_field(text, start, end, key, out, role=True)


# (accuracy24) After a role noun the name is the subject or the object of its sentence: a word in lower case after
# it goes on with the sentence in any language ("Die Fahrerin Name Surname meldete", "le livreur Name a laissé").
_ROLE_CLOSE = lazy(rf"[ \t]+[{_LO}]")


def _name_after_free_cue(text: str, start: int, end: int, out: Findings, role: bool = False) -> None:
    """A name after a free-text cue ("spoke with", "according to", "customer"): two or more capitalised words
    outside the vocabulary, or a listed given name or surname, ending where the sentence goes on."""
    if start and text[start - 1].isalnum():
        return
    if text[start].isupper() and start and text[start - 1] not in " \t\n\r\"'(":
        return
    pos = end
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if pos == end or pos - end > 2:
        return
    t = _TITLE_AFTER_GREET.match(text, pos)
    m = CUE_NAME.match(text, t.end() if t else pos)
    if not m or not (_CUE_CLOSE.match(text, m.end()) or (role and _ROLE_CLOSE.match(text, m.end()))):
        return
    if role and text[m.end() : m.end() + 1] == ":":
        return  # a label's words after the role ("Driver Licence Number:"), not a name
    s, e = trim_name(text, m.start(), m.end())
    if e <= s or _firm(text, s, e) or _DISEASE_AFTER.match(text, e) or _org_word_next(text, m.end()):
        return
    if _org_word_after(text, e, m.end()):
        return
    tokens = name_tokens(text[s:e])
    folded = [fold(x) for x in tokens]
    if folded and folded[0] in _ORG_LEAD:
        return  # "el cliente Banco Andino para ...": a firm
    unknown_pair = len(tokens) >= 2 and not any(f in COMMON or f in ORGS for f in folded)
    # "Resolution note by Keoni: ..." - an attribution's one word before a colon is its writer.
    by_line = text[start:end].endswith(" by") and text[e : e + 1] == ":" and not any(f in COMMON for f in folded)
    # "Customer Ayelet called from ...": one word of no list that goes on to act as a person does
    acts = (
        len(tokens) == 1
        and not tokens[0].isupper()
        and folded[0] not in COMMON
        and folded[0] not in ORGS
        and _CUE_ACTS.match(text, e) is not None
    )
    if looks_like_person(tokens, strong=unknown_pair or by_line or acts or t is not None):
        out.add(T.PERSON, s, e, 0.75)


# A label that is the first field of its line ("Primary renter ........ WAFULA, Wanjiru", "Patient : NASSAR,
# Rasha", "2.  PATIENT'S NAME (Last, First, MI): ZÚÑIGA, BRITUVATH R", "Vorname(n): Bohdan"): what may stand
# before it on the line (a number or bullet, up to two qualifying words) and between it and its value.
# (accuracy27) a record's number in brackets opens its first line too: "(1) Soyadı: ...", "[2] Prezime: ..."
_FIELD_LEAD = lazy(
    # (accuracy32) or a checkbox ticked or not: "[x] Full name as in ID:", "☑ Surname:"
    r"[ \t]*(?:[-*•>#]+[ \t]*|(?:\d{1,2}[.)]|\(\d{1,2}\)|\[\d{1,2}\]|\[[ xX✓✔]?\]|[☐☑☒])[ \t]*)?"
    r"(?:[^\W\d_][\w'’]*[ \t/]+){0,2}"
)
_FIELD_GAP = lazy(
    # (accuracy27) a party's number or letter before its note: "Driver 1 (Proposer):", "Driver B:"
    r"(?:\((?:s|n|e|es|in)\))?[ \t]*(?:(?:\d|[A-Z](?=[ \t]*[:(]))[ \t]*(?=[:(]))?"
    r"(?:\([^()\n]{1,40}\)[ \t]*)?(?:\d[ \t]*)?"
    # (accuracy32) the document the value is copied from: "Full name as shown on passport:", "Name as it appears on
    # your card:", "Surname as per ID:", "Nombre según pasaporte:", "Name laut Ausweis:", "Nom tel qu'il figure sur
    # la pièce d'identité :"
    r"(?P<copied>[ \t]+(?i:as[ \t]+(?:it[ \t]+appears[ \t]+|shown[ \t]+|printed[ \t]+|written[ \t]+|stated[ \t]+)?"
    r"(?:in|on|per)"
    r"|según|como[ \t]+(?:aparece|figura)[ \t]+en|laut|lt\.|wie[ \t]+(?:im|auf[ \t]+dem)"
    r"|tel(?:le)?[ \t]+qu['’](?:il|elle)[ \t]+(?:figure|appara[iî]t)[ \t]+sur|comme[ \t]+sur)"
    r"(?:[ \t]+[^\W\d_][\w'’-]{0,15}){1,4}[ \t]*)?"
    # a second language's label after a slash: "Vorname(n) / Given name(s):"
    r"(?:/[ \t]*[^\W\d_][^\W\d]{0,20}(?:[ \t][^\W\d_]{1,20}){0,2}(?:\((?:s|n|e|es)\)|/[a-z]{1,2}\b)?[ \t]*)?"
    # (accuracy16) or a bar: "Patient name  | Value", a two-column table written without its outer bars
    r"(?:[:=|][ \t]*|\.{2,}[ \t]*|…+[ \t]*)"
)
# After a key that says "name", one space will do when the value is a whole field ("Last name CHAUDHARY   First").
# ... and after a hint of the order in brackets ("PATIENT'S NAME (Last, First, MI)  DOE, JANE").
_FIELD_GAP_NAME = lazy(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?=[^\W\d_])")
_FIELD_GAP_WIDE = lazy(r"(?:[ ]{3}|[ ]?\t)[ \t]{0,40}(?=[^\W\d_])")
_FIELD_CLOSE = lazy(r"[ \t]+[—–-][ \t]|,[ \t]*(?:MD|DO|RN|NP|PA|PhD)\b")
_LASTFIRST_FIELD = lazy(
    rf"((?:{_PARTICLE}[ ])?{_TOK}(?:[ ]{_TOK})?|{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN})?),[ \t]*({_TOK}|{CAPS_TOKEN})"
    rf"(?:[ ](?:{_NAME_WORD}|[{_UP}]\b))?"
)
# "SAPOLU/MALIA": the airline (PNR) order, SURNAME/GIVEN, after a passenger-name key.
_PNR_NAME = lazy(
    rf"{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN})?/{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN})?(?=[ \t]+(?:MRS?|MS|MISS|MSTR|DR)\b|[\"',\n]"
    # (accuracy18) or the field ends at a wide gap or a tab ("Pax name: DOE/JANE    PNR: ABC123") or the text's end
    r"|[ ]{2}|\t|\r|$)"
)


_PNR_TITLE = lazy(r"[ \t]+(?:MRS?|MS|MISS|MSTR|DR)\b")
_PNR_TITLE_END = lazy(r"[ ](?:MRS?|MS|MISS|MSTR|DR)$")
_PASSENGER_WORDS = ("pax", "passenger", "traveler", "traveller", "booking", "pnr", "apis", "manifest", "flight")


def _passenger_near(text: str, at: int) -> bool:
    """Whether a word of air travel (a passenger, a booking) stands in the 300 characters before ``at``."""
    window = text[max(0, at - 300) : at].lower()
    return any(w in window for w in _PASSENGER_WORDS)


# vCard (RFC 6350) and iCalendar (RFC 5545) properties: a contact card's structured name (N: family;given;
# additional;prefixes;suffixes), formatted name (FN:) and address (ADR: box;extended;street;locality;region;code;
# country), and a calendar event's location (LOCATION:). Read only inside BEGIN:VCARD / BEGIN:VEVENT blocks.
_CARD_PROPERTY = lazy(r"^(?:[\w-]+\.)?(N|FN|ADR|LOCATION)(?:;[^:\r\n]*)?:([^\r\n]*)", re.M)
_UNESCAPED_SEMICOLON = lazy(r"(?<!\\);")


def scan_cards(text: str, out: Findings) -> None:
    """The people and addresses of vCards and the locations of iCalendar events."""
    # A value's findings depend on the value alone (its ends are a property's ":" and ";" or a line break): each
    # distinct (property, value) is judged once, a file of the same card repeated costs one judgement.
    judged: dict[tuple[str, str], list[tuple[T, int, int]]] = {}
    at = text.find("BEGIN:V")
    while at != -1:
        kind = text[at + 7 : at + 12]
        stop = text.find("END:V", at)
        stop = len(text) if stop == -1 else stop
        if kind in ("CARD\n", "CARD\r", "EVENT"):
            event = kind == "EVENT"
            for m in _CARD_PROPERTY.finditer(text, at, stop):
                prop = m.group(1)
                if event and prop != "LOCATION":
                    continue
                value = m.group(2)
                found = judged.get((prop, value))
                if found is None:
                    found = judged[(prop, value)] = _card_value(prop, value)
                base = m.start(2)
                for kind_, s, e in found:
                    out.add(kind_, base + s, base + e, 0.8)
        at = text.find("BEGIN:V", stop)


def _card_value(prop: str, value: str) -> list[tuple[T, int, int]]:
    """What a card property's ``value`` holds, as (type, start, end) within the value."""
    found: list[tuple[T, int, int]] = []
    if prop in ("LOCATION", "ADR"):
        parts = [(a, b) for a, b in _card_parts(0, value) if value[a:b].strip()]
        if parts:
            s, e = parts[0][0], parts[-1][1]
            joined = value[s:e].replace("\\,", ",").replace(";", ", ")
            if street_address(joined) or (prop == "ADR" and len(parts) >= 2 and _HAS_DIGIT.search(joined)):
                found.append((T.ADDRESS, s, e))
        return found
    parts = _card_parts(0, value)
    for s, e in parts[:3] if prop == "N" else parts[:1]:
        while s < e and value[s] in " \t":
            s += 1
        while e > s and value[e - 1] in " \t":
            e -= 1
        name = value[s:e]
        if not name or "@" in name or _HAS_DIGIT.search(name):
            continue
        tokens = name_tokens(name)
        if tokens and looks_like_person(tokens, True) and not _firm(value, s, e):
            found.append((T.PERSON, s, e))
    return found


def _card_parts(base: int, value: str) -> list[tuple[int, int]]:
    """The spans of a property value's ";"-separated components (an escaped "\\;" is inside one)."""
    spans = []
    lo = 0
    if "\\" not in value:  # no escapes: a plain split
        for part in value.split(";"):
            spans.append((base + lo, base + lo + len(part)))
            lo += len(part) + 1
        return spans
    for sep in _UNESCAPED_SEMICOLON.finditer(value):
        spans.append((base + lo, base + sep.start()))
        lo = sep.end()
    spans.append((base + lo, base + len(value)))
    return spans


_HAS_DIGIT = lazy(r"\d")


def _name_in_field(text: str, start: int, end: int, key: str, out: Findings, role: bool = False) -> None:
    """The value of a form field whose label names a role or a name part, at the start of its line; after a
    ``role`` only a person fills (accuracy24), a word of capitals beside title case is a firm's ("DPD Pickup")."""
    lo = max(0, start - 31)
    line = text.rfind("\n", lo, start) + 1 or lo  # bounded: a megabyte on one line costs no more
    # (accuracy24) a field opens after a sentence's end on its line too ("Result: negative. Examiner: Name")
    sentence = text.rfind(". ", line, start)
    if sentence >= 0:
        line = sentence + 2
    # the line's first field, or a field after a wide gap ("Last name CHAUDHARY   First name Vikram")
    wide = text[start - 3 : start] == "   " or text[start - 1 : start] == "\t"
    if wide and key in _PARTY_KEYS and _LINE_END.match(text, end):
        _party_before(text, start, out)  # "BETWEEN / NAME      Claimant / and / NAME      Defendant"
        return
    if not wide and ((line == lo and lo > 0) or not _FIELD_LEAD.fullmatch(text, line, start)):
        return
    g = _FIELD_GAP.match(text, end)
    if not g and text[end : end + 1] == " " and text[start:end].isupper():
        # a card's or a report's label in capitals, a space, then a name in capitals filling the field
        # ("MEMBER JANE Q DOE", "PATIENT DOE, JANE      MRN ...")
        c = _CAPS_FIELD_NAME.match(text, end + 1)
        if c and _CLOSES_FIELD.match(text, c.end()):
            if (
                _no_vocabulary(c.group())
                and len(name_tokens(c.group())) >= 2
                and looks_like_person(name_tokens(c.group()), True)
                and not _firm(text, c.start(), c.end())
            ):
                out.add(T.PERSON, c.start(), c.end(), 0.8)
            return
    if not g and key.endswith(("name", "names")):
        g = _FIELD_GAP_NAME.match(text, end)
    if not g and key in _NAME_PART_KEYS:
        # a report's aligned fields without a colon: "Nazwisko      WIŚNIEWSKA", "Apellidos\tDELA CRUZ"
        g = _FIELD_GAP_WIDE.match(text, end)
    if not g:
        return
    pos = g.end()
    lf = _LASTFIRST_FIELD.match(text, pos)
    m = lf if lf and (_CLOSES_FIELD.match(text, lf.end()) or _FIELD_CLOSE.match(text, lf.end())) else None
    if m is None:
        m = CUE_NAME.match(text, pos)
        if not m or not (_CLOSES_FIELD.match(text, m.end()) or _FIELD_CLOSE.match(text, m.end())):
            return
    s, e = (m.start(), m.end()) if m is lf else trim_name(text, m.start(), m.end())
    if e <= s:
        return
    tokens = name_tokens(text[s:e])
    if role and not text[s:e].isupper() and any(len(t) <= 4 and t.isupper() for t in tokens):
        return
    # A role ("Driver", "Partner") may label a thing; one word after it must be a listed name to count. A bare
    # "FIRST:"/"Last:" is a name part on a form's line of name fields (after a wide gap, or in capitals).
    part = key in _NAME_PART_KEYS or (key in ("first", "last") and (wide or text[start:end].isupper()))
    if len(tokens) < 2 and not part and not any(is_given(fold(t)) for t in tokens):
        return
    # A bare "Name ....." field names a person when the fields next to it are a person's (birth date, e-mail...).
    if key in _BARE_NAME_LABELS and not (
        g.groupdict().get("copied")  # a name as an identity document gives it: a person's
        or _person_field_within(text, max(0, start - 80), start)
        or _person_field_within(text, end, end + 120)
    ):
        return
    if looks_like_person(tokens, True) and not _DISEASE_AFTER.match(text, e) and not _firm(text, s, e):
        out.add(T.PERSON, s, e, 0.8)


_CAPS_FIELD_NAME = lazy(rf"{CAPS_TOKEN}(?:,?[ ](?:{CAPS_TOKEN}|[{_UP}]\b)){{1,3}}")
_PARTY_KEYS = words("claimant defendant plaintiff respondent applicant appellant petitioner")
_NAME_BEFORE_PARTY = lazy(
    rf"[ \t]*((?:{_PARTICLE}[ ])?{_TOK}(?:[ ](?:{_PARTICLE}[ ])?{_NAME_WORD}){{1,3}}"
    rf"|{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN}){{1,3}})[ \t]{{3,}}"
)


def _party_before(text: str, start: int, out: Findings) -> None:
    """The party a pleading's heading names on the line before its role ("JANE DOE       Claimant")."""
    line = text.rfind("\n", max(0, start - 120), start) + 1
    if line == 0 and start > 120:
        return
    m = _NAME_BEFORE_PARTY.fullmatch(text, line, start)
    if m is None or _firm(text, m.start(1), m.end(1)):
        return
    tokens = name_tokens(m.group(1))
    if not any(fold(t) in COMMON for t in tokens) and looks_like_person(tokens, True):
        out.add(T.PERSON, m.start(1), m.end(1), 0.8)


# Field keys that name a part of a name: one word after them is a name of any origin ("Vorname(n): Bohdan").
_NAME_PART_KEYS = words(
    "surname forename forenames prénom prenom vorname nachname familienname nombre apellido apellidos nome cognome "
    "sobrenome voornaam achternaam patient nom etunimi sukunimi imię nazwisko apelido apelidos imiona voornamen "
    "prénoms nombres "
    # (accuracy27) more languages' forms: South Slavic, Czech, Slovak, Hungarian, Turkish, Romanian, Baltic, Nordic
    "ime prezime priimek jméno příjmení meno priezvisko vezetéknév keresztnév utónév soyadı soyadi nume prenume "
    "vardas pavardė vārds uzvārds eesnimi perekonnanimi förnamn efternamn fornavn etternavn efternavn"
) | {"other names used", "nome próprio", "nomes próprios", "primer apellido", "segundo apellido",
     "other names", "other name", "given name", "given names", "first name", "last name", "family name",
     "middle name", "patient's name", "patient’s name", "patient name", "first names", "last names used",
     "applicant name", "member name",
     # (accuracy21) the UK model Gift Aid declaration's given-name field (HMRC)
     "first name or initial", "first name or initials",
     # a name given at birth or by marriage: "Nom de naissance : TAZI", "Geburtsname: KRÜGER"
     "nom de naissance", "nom d'usage", "nom marital", "nom de famille", "geburtsname", "birth name", "maiden name",
     "apellido de soltera", "nome de solteira", "nazwisko rodowe"}  # fmt: skip


# (a role in brackets may follow each name: "Present: Name (Chair), Name (Treasurer)")
_LIST_SEP = lazy(
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:,(?:[ \t]*(?:and\b|&))?|;|\band\b|&)[ \t]*"
    r"(?:(?:apologies|absent|regrets|cc)[ \t]*:[ \t]*)?"
)


# (accuracy21) Headings over a list of people that are no label before a list on their line ("References",
# "Household members"): only the items on the lines under them are read.
_HEADING_LISTS = words(
    "references references: referees referees: household members household members: family composition "
    "family composition: household composition household composition: composición familiar composición familiar: "
    "referencias personales referencias personales: composition familiale composition familiale: "
    "composition du foyer composition du foyer: haushaltsmitglieder haushaltsmitglieder: gezinssamenstelling "
    "gezinssamenstelling: composição familiar composição familiar:"
)
_LIST_NOTE = lazy(r"[ \t]*\([^()\n]{1,40}\)[ \t]*:?")  # "Referees (not family members)"


def _name_list(text: str, end: int, key: str, out: Findings) -> None:
    """The names listed after "Attendees:", "Present:" or "Apologies:", each a person, up to the line's end."""
    g = _CUE_GAP.match(text, end)
    pos = g.end() if g else end
    note = _LIST_NOTE.match(text, pos)
    if _LINE_END.match(text, note.end() if note else pos):
        _bulleted_names(text, pos, out)
        return
    if key in _HEADING_LISTS:
        return
    for _ in range(40):
        # "Present: mother Name Surname, father Name Surname, and Name (date)": a relation word opens an item
        kin = _KIN_LEAD.match(text, pos)
        if kin and fold(kin.group(1)) in _KIN_WORDS:
            pos = kin.end()
        m = CUE_NAME.match(text, pos)
        if not m:
            return
        s, e = trim_name(text, m.start(), m.end())
        acronym = text[s:e].isupper() and len(text[s:e]) <= 4 and not is_given(fold(text[s:e]))
        if acronym:
            pass  # "Present: Chair, CRO, CFO": a role's acronym, not a person
        elif e > s and looks_like_person(name_tokens(text[s:e]), True) and not _firm(text, s, e):
            out.add(T.PERSON, s, e, 0.8)
        sep = _LIST_SEP.match(text, m.end())
        if not sep or sep.end() == m.end():
            return
        pos = sep.end()


# A list's items on the lines under its label: "Present:\n- Name\n- Name" (accuracy16); (accuracy21) an item after
# a number ("1. Name, pastor", "2) Name") or indented without a bullet ("Attendees:\n  Name — Chair"), its name
# alone on the line or followed by the item's role or note (" — Chair", " (son), DOB ...", ", neighbour").
_ITEM_OPEN = r"\r?\n(?:[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+|[ ]{2,}|\t)"
_BULLET_NAME = lazy(rf"{_ITEM_OPEN}({CUE_NAME.pattern})(?:[ \t]*(?=\r?\n|$)|(?=[ \t]+[—–-][ \t]|[ \t]*\(|,[ \t]))")
_BULLET_ITEM = lazy(rf"{_ITEM_OPEN}[^\n]*")


def _bulleted_names(text: str, pos: int, out: Findings) -> None:
    """The names of a list written one item a line, each after a bullet, under a list's label ending at ``pos``."""
    pos = text.find("\n", pos)
    for _ in range(40):
        if pos < 0:
            return
        m = _BULLET_NAME.match(text, pos)
        if m:
            s, e = trim_name(text, m.start(1), m.end(1))
            alone = _LINE_END.match(text, m.end(1)) is not None
            if (
                e > s
                and looks_like_person(name_tokens(text[s:e]), True)
                and not _firm(text, s, e)
                # an item that goes on after its name ("Finance Committee — apologies") names a person by two
                # name words (an initial counts: "R. Surname — Chair") of no vocabulary
                and (alone or (len(text[s:e].split()) >= 2 and _no_vocabulary(text[s:e])))
            ):
                out.add(T.PERSON, s, e, 0.8)
            item = _BULLET_ITEM.match(text, pos)
            pos = item.end() if item else m.end()
            continue
        item = _BULLET_ITEM.match(text, pos)
        if item is None:
            return
        pos = item.end()


def _no_vocabulary(*parts: str) -> bool:
    """Whether no word of ``parts`` is a vocabulary, firm or street word."""
    folded = [fold(t) for p in parts for t in name_tokens(p)]
    return bool(folded) and not any(
        (f in COMMON and f not in SURNAMES) or f in _ORG_SUFFIX or f in _STREET_SUFFIX for f in folded
    )


def _org_word_after(text: str, e: int, end: int) -> bool:
    """Whether the words a trim dropped from a name ([e, end)) name a firm or a street ("Northwind Health")."""
    return any(f in _ORG_SUFFIX or f in _STREET_SUFFIX for f in map(fold, name_tokens(text[e:end])))


_NEXT_WORD = lazy(r"[ \t]+([A-Z][\w'’-]*)")


def _org_word_next(text: str, e: int) -> bool:
    """Whether the capitalised word right after a name at ``e`` names a firm ("Godrej Consumer Products")."""
    m = _NEXT_WORD.match(text, e, e + 40)
    return m is not None and fold(m.group(1)) in _ORG_SUFFIX


# (accuracy18) Places named after people (airports), their words, and the words that make a name before them an
# airport's ("Allama Iqbal International", "George Bush Intercontinental").
_NAMED_PLACES = load("eponymous_places.txt")
_PLACE_WORDS = frozenset(w for entry in _NAMED_PLACES for w in entry.split())
_AIRPORT_AFTER = words("international intercontinental airport aeropuerto aeroporto aéroport aeroport flughafen")
_PLACE_NEXT = lazy(r"[ ]([A-Z][\w'-]*)")


def drop_named_places(items: list[Finding], text: str) -> list[Finding]:
    """``items`` without the people that are a place named after a person ("Venice Marco Polo",
    "Mohammed V International"), whichever scanner found them (a flight display's quote, a table's cell, a key),
    and (accuracy27) without the names that stand for anyone (``_PLACEHOLDER_NAMES``)."""
    return [
        f
        for f in items
        if f.type is not T.PERSON
        or not (_named_place(text, f.start, f.end) or text[f.start : f.end].lower() in _PLACEHOLDER_NAMES)
    ]


# (accuracy27) The names languages use for anyone on a form's example, a template or test data ("John Doe", "Joe
# Bloggs", German "Max Mustermann", Norwegian "Ola Nordmann", Spanish "Fulano de Tal"): no tune set labels one (25
# of 25 left in six corpora). Names that are common real names too ("John Smith", "Mario Rossi") are not listed.
_PLACEHOLDER_NAMES = frozenset(
    (
        "john doe", "jane doe", "john q. public", "joe public", "joe bloggs", "jane bloggs", "a. n. other",
        "max mustermann", "erika mustermann", "ola nordmann", "kari nordmann", "fulano de tal", "jan modaal",
        "john doe jr", "baby doe", "richard roe", "jane roe",
    )
)  # fmt: skip


# (accuracy21) Institutions named after people, in any language: the institution's noun after the name, straight
# or after one or two of its qualifiers ("Desmond Tutu Primary", "... Women's Shelter", "... Family Center"), or its
# word before the name ("Casa Dolores Huerta", "Centro Óscar Arnulfo Romero", "Colegio Gabriela Mistral").
_INSTITUTION_AFTER = words(
    "primary elementary academy school college university institute hospital clinic centre center library "
    "shelter refuge wing hall museum stadium arena foundation memorial campus nursery kindergarten gymnasium "
    "lyceum hostel"
)
_INSTITUTION_QUALIFIERS = words(
    "women's womens women men's men children's children community learning family resource youth memorial high "
    "middle secondary junior senior public academic recreation leisure cultural arts sports research teaching "
    "day care medical "
    "health education"
)
_INSTITUTION_BEFORE = words(
    "casa centro maison escola escuela colegio liceo lycée école collège instituto istituto fundación fundação "
    "fondation fondazione stichting biblioteca bibliothèque hogar albergue refugio residencia hospital hôpital "
    "ospedale clínica clinique scuola academia parque praça plaza "
    # (accuracy27) a hall or a room named after a person, its word first ("Hall Ernest Hemingway", "Sala Frida Kahlo")
    "hall sala salle saal aula salón "
    # and a restaurant or a hotel named after one, its word first ("Brasserie Les Halles", "Hotel Maria Cristina")
    "brasserie bistro restaurant restaurante ristorante trattoria hotel hôtel "
    # (accuracy34) a stadium or an airport named after a person, its word first ("Estadio Santiago Bernabéu",
    # "Aeroporto Marco Polo", "Flughafen Franz Josef Strauß")
    "estadio estádio stade stadio stadion aeropuerto aeroporto aéroport flughafen"
)
# Of those, the words no one is named ("Hall", "Plaza", "Sala" are surnames too): read into a name's span, they make
# it an institution's (accuracy34).
_INSTITUTION_FIRST = words(
    "estadio estádio stade stadio stadion aeropuerto aeroporto aéroport flughafen escola escuela colegio liceo "
    "lycée école collège instituto istituto fundación fundação fondation fondazione stichting biblioteca "
    "bibliothèque hôpital ospedale clínica clinique scuola hospital casa centro maison hogar albergue refugio "
    "residencia academia parque brasserie bistro restaurant restaurante ristorante trattoria hotel hôtel"
)
_FIRST_PREFIXES = frozenset(w[:3] for w in _INSTITUTION_FIRST)
_BEFORE_ENDS = frozenset(w[-1] for w in _INSTITUTION_BEFORE)  # the last letters of those words
_QUALIFIED_NEXT = lazy(r"[ ]([A-Z][\w'’-]*)(?:[ ]([A-Z][\w'’-]*))?")


def _institution_before(text: str, s: int) -> bool:
    """Whether the word before the name at ``s``, in title case, or one before given names left out of its span,
    opens an institution's name ("Casa ...", "Centro Óscar ..." before "Arnulfo Romero")."""
    e = s - 1
    for _ in range(3):
        j = text.rfind(" ", max(0, e - 20), e)
        word = text[j + 1 : e]
        if "\n" in word:  # a line's first word: the last one looked at
            word, j = word.rsplit("\n", 1)[1], e - 1
        word = word.lstrip("(\"'“")
        if not word[:1].isupper():
            return False
        if word.lower() in _INSTITUTION_BEFORE:
            return True
        if j < 0 or j == e - 1 or word.lower() in SURNAMES:
            return False  # further back only over a given name the span left out ("Óscar"), not another's surname
        e = j
    return False


# (accuracy24) Streets named after people in the languages that put the street's word first ("rue Victor Hugo",
# "Avenida Getúlio Vargas", "Calle Rafael Alberti", "ulica Jana Pawła"), in either case; the words that are
# other words too only in title case ("Via Garibaldi", "Place Bellecour", "Largo ...", "Corso ...").
_STREET_BEFORE = words(
    "rue avenue boulevard bd allée chemin quai impasse calle avenida av. avda. paseo carrera rua travessa praça "
    "viale piazza piazzale vicolo ulica ul. aleja al. plac straat laan"
)
_STREET_BEFORE_TITLED = words("via place largo corso")
_STREET_BEFORE_ENDS = frozenset(w[-1] for w in _STREET_BEFORE | _STREET_BEFORE_TITLED)


def _street_before(text: str, s: int) -> bool:
    """Whether the word before the name at ``s`` is a street's that stands before the street's name."""
    j = text.rfind(" ", max(0, s - 12), s - 1)
    word = text[j + 1 : s - 1].lstrip("\n\t(\"'“,")
    if "\n" in word:
        word = word.rsplit("\n", 1)[1]
    low = word.lower()
    return low in _STREET_BEFORE or (low in _STREET_BEFORE_TITLED and word[:1].isupper())


def _institution_after(text: str, after_end: int) -> bool:
    """Whether an institution's noun follows a qualifier after a name, which ends at ``after_end`` ("... Women's
    Shelter", "... Family Center")."""
    m = _QUALIFIED_NEXT.match(text, after_end)
    return m is not None and (fold(m.group(1)) in _INSTITUTION_AFTER or fold(m.group(2) or "") in _INSTITUTION_AFTER)


# (accuracy27) Rooms, venues, prizes and events named after people: their noun after the name ("the Grace Kelly
# Suite", "the Ernest Hemingway Ballroom", "the Marie Curie Medal", "the Terry Fox Run"), in the name's span or after
# it. A ship's prefix before a name makes it a ship's ("MV Ernest Shackleton", "M/S Roald Amundsen", "HMS ...").
_VENUE_AFTER = words(
    "suite room rooms lounge bar ballroom restaurant brasserie terrace salon auditorium theatre theater studio "
    "pavilion building lab laboratory medal prize award run cup trophy lecture fellowship scholarship "
    # (accuracy34) a ground's stands and grounds, an airport's terminals, towers and bridges named after people
    "stand ground terminal tower bridge"
)
_VESSEL_BEFORE = frozenset(
    ("MV", "M/V", "MS", "M/S", "MY", "M/Y", "SS", "HMS", "RMS", "USS", "HMCS", "HMAS", "HMNZS", "RV", "R/V", "FV")
) | {"F/V", "MT", "M/T"}
_VESSEL_ENDS = frozenset(w[-1] for w in _VESSEL_BEFORE)


def _vessel_before(text: str, s: int, e: int) -> bool:
    """Whether a ship's prefix stands before the name at [s, e), or before a word of the ship's name the span left
    out ("MV Ernest Shackleton", "MV Queen Mary Anne"); not before a name in capitals, after "MS" a title as often."""
    if text[s:e].isupper():
        return False
    before = text[max(0, s - 24) : s].split()
    if before and before[-1] in _VESSEL_BEFORE:
        return True
    return len(before) >= 2 and before[-2] in _VESSEL_BEFORE and before[-1].istitle() and before[-1].isalpha()


def _named_place(text: str, s: int, e: int) -> bool:
    # Most people are let go after two string operations in C: their last word is no place's word and no capital
    # follows them.
    nxt = _PLACE_NEXT.match(text, e) if text[e : e + 1] == " " else None
    after = fold(nxt.group(1)) if nxt else ""
    if after in _AIRPORT_AFTER:
        return True
    if after in _INSTITUTION_AFTER or after in _VENUE_AFTER:
        return True
    if (
        s > 1
        and text[s - 1] == " "
        and (text[s - 2] in _VESSEL_ENDS or text[s - 2].islower())
        and _vessel_before(text, s, e)
    ):
        return True
    if after in _INSTITUTION_QUALIFIERS and nxt and _institution_after(text, nxt.end()):
        return True
    # (asked only when the word before ends in a letter one of the institutions' words ends in)
    if s > 1 and text[s - 1] == " " and text[s - 2] in _BEFORE_ENDS and _institution_before(text, s):
        return True
    if s > 1 and text[s - 1] == " " and text[s - 2] in _STREET_BEFORE_ENDS and _street_before(text, s):
        return True
    last = text[s:e].rsplit(None, 1)[-1].lower()
    if last in _VENUE_AFTER and last[0] != text[s:e].rsplit(None, 1)[-1][0] and " " in text[s:e]:
        return True  # the room's noun read into the name: "Grace Kelly Suite"
    if text[s : s + 3].lower() in _FIRST_PREFIXES and text[s].isupper():  # (a slice and a look-up for most names)
        first = text[s:e].split(None, 1)
        if len(first) == 2 and first[0].lower() in _INSTITUTION_FIRST:
            return True  # the institution's word read into the name: "Estadio Santiago Bernabéu" (accuracy34)
    if last not in _PLACE_WORDS and (last.isascii() or fold(last) not in _PLACE_WORDS):
        return False
    tokens = name_tokens(text[s:e])
    folded = [fold(t) for t in tokens]
    if after and " ".join([*folded, after]) in _NAMED_PLACES:
        return True  # "Mohammed V"
    return any(" ".join(folded[i:]) in _NAMED_PLACES for i in range(len(folded) - 1))


def _firm(text: str, s: int, e: int) -> bool:
    """Whether the name at [s, e) is joined to another by "&" (a firm), not a person."""
    # Each pattern only where it can match (asked of every name a cue reads): an "&" right after the name or
    # after a blank, or two blanks (then more may follow); an "&" among the three characters before it.
    after = text[e : e + 2]
    if ("&" in after or (after[:1] in _BLANK and after[1:2] in _BLANK)) and _AMPERSAND_AFTER.match(text, e):
        return True
    lo = max(0, s - 3)
    return "&" in text[lo:s] and _AMPERSAND_BEFORE.search(text, lo, s) is not None


_BLANK = (" ", "\t")


def scan_name_sequences(text: str, shape: bytes, out: Findings) -> None:
    """Free-text names: a given name followed by a surname-like token, or an unlisted name before a surname.

    What a run of capitalised words could name depends on its words alone (``_sequence_plan``, kept per string:
    a page of the same cue and name judges its run once); what stands around it is asked here, per run.
    """
    done = 0
    hits = out.name_hits  # (handed to the statistical tagger: scanners/person_tagger.py)
    for hit in _S_SEQ.finditer(shape):
        s0 = hit.start()
        hits.append(s0)
        if s0 < done or not free_before(shape, s0, b"0Aa@./#_-'"):
            continue
        m = _SEQ.match(text, s0)
        if not m:
            continue
        done = ms = m.end()
        span = m.group()
        plan = _SEQ_PLANS.get(span)
        if plan is None:
            if len(_SEQ_PLANS) >= 4096:
                _SEQ_PLANS.clear()
            plan = _SEQ_PLANS[span] = _sequence_plan(span)
        if plan is _PLACE_RUN:
            continue
        born, acts_from, runs = plan
        # "Tsukazar Brzęczyszczykiewicz (born 1969 ...)": a birth after the run says it is a person.
        if born and _BORN_AFTER.match(text, ms):
            out.add(T.PERSON, s0, ms, 0.8)
            continue
        # Two or three words of no list, followed by what only a person does ("... called to report", "..., 42,
        # was admitted"): a name of any origin.
        if acts_from >= 0 and _PERSON_ACTS.match(text, ms) and not _firm(text, s0, ms):
            out.add(T.PERSON, s0 + acts_from, ms, 0.6)
            continue
        for a, b, score in runs:
            s, e = s0 + a, s0 + b
            if _DISEASE_AFTER.match(text, e) or _firm(text, s, e) or _commemorated(text, s) or _attributive(text, s, e):
                continue
            out.add(T.PERSON, s, e, score)


# A run of capitalised words that names a place or a firm (``_sequence_plan``).
_PLACE_RUN: tuple[bool, int, list[tuple[int, int, float]]] = (False, -1, [])
_SEQ_PLANS: dict[str, tuple[bool, int, list[tuple[int, int, float]]]] = {}


def _sequence_plan(span: str) -> tuple[bool, int, list[tuple[int, int, float]]]:
    """What the run of capitalised words ``span`` (a ``_SEQ`` match) names, from its words alone: whether a birth
    after it makes it a person, where the name starts when what follows it is what only a person does (-1: it
    cannot be), and the names inside it (offsets in ``span`` and score) that hold unless what surrounds them
    says otherwise; ``_PLACE_RUN`` when it names a place or a firm."""
    toks = list(_TOKEN_SPLIT.finditer(span))
    folded = [fold(t.group()) for t in toks]
    n = len(toks)
    # A run ending in a street or organisation word ("Martin Luther King Boulevard") names a place, and so
    # does one opening with a word that starts the names of places and firms ("Hotel Costa Brava").
    # ... and so does one ending in a firm's word joined by a hyphen ("Paul Ramsay Foundation-funded").
    if any(f in _STREET_SUFFIX or f in _ORG_SUFFIX for f in folded[1:]) or folded[0] in _ORG_LEAD:
        return _PLACE_RUN
    if "-" in folded[-1] and folded[-1].split("-")[0] in _ORG_SUFFIX:
        return _PLACE_RUN
    born = looks_like_person(name_tokens(span), True)
    # A capitalised word of the vocabulary may open the run ("Subject Anouk Dervaux (DOB ...)", "Caller ..."):
    # the name is the rest.
    lead = 1 if n >= 3 and folded[0] in COMMON and folded[0] not in FIRST and folded[0] not in SURNAMES else 0
    acts = (
        n - lead <= 3
        and not any(
            f in COMMON or f in ORGS or t.group().endswith(".") for f, t in zip(folded[lead:], toks[lead:], strict=True)
        )
        and not any(f in FIRST or f in SURNAMES for f in folded[lead:])
    )
    runs: list[tuple[int, int, float]] = []
    i = 0
    while i < n - 1:
        f0 = folded[i]
        given = is_given(f0) and (f0 not in COMMON or folded[i + 1] in SURNAMES)
        # An unlisted given name (names of every origin) directly before a listed, unambiguous surname.
        k = i + 2 if i + 2 < n and toks[i + 1].group().endswith(".") else i + 1  # skip a middle initial
        unlisted = (
            not given
            and len(f0) > 2
            and f0 not in COMMON
            and f0 not in SURNAMES
            and folded[k] in SURNAMES
            and folded[k] not in COMMON
            and folded[k] not in _PLACE_SURNAMES  # "Charing Cross", "Notting Hill": places
            and not toks[k].group().endswith(".")
        )
        if not (given or unlisted):
            i += 1
            continue
        j = i + 1
        # Step over middle initials and middle names to the last name-like token.
        while j + 1 < n and (
            toks[j].group().endswith(".")
            or (is_given(folded[j]) and folded[j + 1] not in COMMON)
            or folded[j] in _MID_PARTICLES  # "Siobhán Ní Bhriain", "Ana De Souza"
        ):
            j += 1
        last = folded[j]
        if toks[j].group().endswith(".") or (last in COMMON and last not in SURNAMES) or last in _CALENDAR:
            i += 1
            continue  # (a month after a given name is a date's: "Thu Dec 24", "June May 3")
        if f"{f0} {last}" in ORGS or " ".join(folded[i : j + 1]) in ORGS:
            i = j + 1
            continue
        if (i and folded[i - 1] in _SAINTS) or folded[j] in _SAINTS or folded[i] in _ORG_LEAD:
            i = j + 1
            continue  # "Día de San Pedro y San Pablo": saints of a feast
        # (a disease, a firm, a holiday or an attributive use around it is asked per run by the caller)
        runs.append((toks[i].start(), toks[j].end(), 0.6 if unlisted else 0.85 if last in SURNAMES else 0.65))
        i = j + 1
    return born, toks[lead].start() if acts else -1, runs


_THE_BEFORE = lazy(r"(?:^|[ \t(])(?i:the)[ \t]+$")
_NOUN_AFTER = lazy(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?\b")


def _attributive(text: str, s: int, e: int) -> bool:
    """Whether the name at [s, e) qualifies a thing named after a person: "the Marie Curie fundraising day",
    "the Nelson Mandela lecture series" ("the", the name, then a firm's or an event's word within two)."""
    if not _THE_BEFORE.search(text, max(0, s - 6), s):
        return False
    m = _NOUN_AFTER.match(text, e)
    return m is not None and (m.group(1) in _ORG_SUFFIX or m.group(2) in _ORG_SUFFIX)


# Surnames that are also the last word of place names: after a given name of no list they name a place.
_PLACE_SURNAMES = words(
    "cross hill green park bridge gate wood field ford brook well wells bank banks hall church chapel heath moor marsh "
    "common end market square wharf quay dale vale castle abbey"
)
# Capitalised particles inside a name: the surname goes on after them.
_MID_PARTICLES = words("ni nic o ui mhic mac van von de da di del della dos das du la le ter ten bin binti al el")
# What follows a person's name in a sentence: a verb of speaking, asking or being cared for, or an age.
_PERSON_ACTS = lazy(
    r"(?:,[ \t]+\d{1,3}(?:[ \t]*(?:y/?o|years? old|[MF]))?,|,[ \t]+(?:RN|MD|NP|DO|PA-C|LPN|RGN|PharmD|DDS|BDS|MBBS)\b"
    r"|[ \t]+\((?:customer|client|patient|caller|member|"
    r"resident|employee|tenant|guest|age|aged|dob|born)\b"
    # an identifier of the person after the name: "..., bed 2, hosp no", "... (MRN 836-551-53)", "...   D.O.B."
    r"|[ \t]*[,(][ \t]*(?:MRN|NHS|NHI|NRIC|DOB|D\.O\.B|UR|IHI|hosp(?:ital)? no|bed \d+|bleep|pager|chart)\b"
    r"|[ \t]{2,}(?:DOB|D\.O\.B|MRN|NHS)\b"
    r"|[ \t]+[—–][ \t]+(?:passport|DOB|born|MRN|NHS|Pass-Nr|Reisepass|passeport|pasaporte|passaporto|passaporte|"
    r"paszport|paspoort|geb\.|né|née|nato|nata|nacid[oa]|nascid[oa])(?![\w-])"
    # "... take a callback? Prakash Thapa Magar MRN 72662656": the record number written right after the name
    r"|[ \t]+(?:MRN|DOB)[ \t:#]*\d"
    r"|,[ \t]+who[ \t]+(?:has|had|is|was|presents|presented|reports|lives)\b|[ \t]+wrote:"
    r"|[ \t]+was[ \t]+(?:employed|reliable|hired|promoted|seen|reviewed)\b"
    # a signature's role after the name: "Name Surname, OH physician", "..., Senior Claims Handler"
    r"|,[ \t]+(?:[A-Z]{2,4}[ \t]+|[A-Z][a-z]+[ \t]+){0,2}(?:physician|nurse|doctor|adviser|advisor|handler|"
    r"assessor|adjuster|investigator|caseworker|case worker|consultant)[ \t]*(?:\r?\n|$))"
    r"|[ \t]+(?:called (?:to|about|back|in|us|me|the (?:clinic|office|desk|hotline|pharmacy))|phoned|emailed|"
    r"e-mailed|wrote in|said|says|asked|asks|complained|explained|denies|denied|presents|presented (?:with|to|for)|"
    r"was admitted|was seen|was discharged|was referred|was born|consented|thanked|"
    r"apologi[sz]ed|(?:he|she|they) (?:was|is|has|had)|"
    # the same in the languages of European customer notes ("X pide factura", "X quer alterar a morada")
    r"pide|pidió|quiere|solicita|solicitó|pregunta|preguntó|reclama|llamó|quer|pede|pediu|solicitou|perguntou|"
    r"ligou|reclamou|demande|a demandé|souhaite|veut|a appelé|réclame|möchte|bittet|fragt|fragte|ruft|rief|"
    r"beschwert|chiede|ha chiesto|vuole|ha chiamato|lamenta|vraagt|wil graag|belde|klaagt|prosi|chce|zadzwonił|"
    r"zadzwoniła)\b"
)

# Mentions of a person already found: one capitalised token standing alone (no capitalised word either side).
#: Texts longer than this are not searched for mentions (``engine.py`` skips collecting their people too).
MENTION_LIMIT = 200_000
_CAP_BEFORE = lazy(rf"({_TOK}) $")
_WORD_CHARS = frozenset("'’.-_")


def find_mentions(text: str, people: list[tuple[int, int]], out: Findings) -> None:
    """Later and earlier mentions of people found in ``text`` by one of their names ("Friends describe Seo-yeon").

    A person named in full once ("Ornella Santangelo") is then named by a given name or surname alone
    ("Ornella to renegotiate"), in minutes, chats and narratives, far from any cue. Only the first and last
    tokens of names of two or more tokens count, and only outside the vocabulary.
    """
    if not people or len(text) > MENTION_LIMIT:
        return
    tokens: set[str] = set()
    for s, e in people:
        toks = [t for t in name_tokens(text[s:e]) if len(t) > 2]
        if len(toks) < 2:
            continue
        for t in (toks[0], toks[-1]):
            f = fold(t)
            if f not in COMMON and f not in _ORG_SUFFIX and f not in _STREET_SUFFIX:
                tokens.add(t)
        if len(tokens) > 64:
            return
    n = len(text)
    for tok in tokens:
        # str.find per token: a regex alternation of the tokens entered the matcher at every position.
        i = text.find(tok)
        while i != -1:
            e = i + len(tok)
            before = text[i - 1] if i else " "
            after = text[e] if e < n else " "
            if not (before.isalnum() or before in _WORD_CHARS or after.isalnum() or after in _WORD_CHARS):
                nxt = text[e : e + 2]
                cap = _CAP_BEFORE.search(text, max(0, i - 30), i)
                joined = (nxt[:1] == " " and nxt[1:].isupper()) or (cap and fold(cap.group(1)) not in COMMON)
                if not joined:  # part of another capitalised run ("Ford Ranger", "Van Houten") otherwise
                    out.add(T.PERSON, i, e, 0.65)
            i = text.find(tok, e)


# ------------------------------------------------------------------ a name on the line above an address
# A letter's or a statement's address block: "MOHAMED ABDI\n5192 E Quaker Ridge Ave", "Re: Name\n  3/58 ...".
_BLOCK_NAME_LINE = lazy(
    r"[ \t]*(?:(?:Re|RE|Attn|ATTN|To|TO|FAO)[:.]?[ \t]+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+)?"
    rf"((?:{_PARTICLE}[ ])?{_TOK}(?:[ ](?:{_PARTICLE}[ ])?{_NAME_WORD}){{1,3}}|{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN}){{1,3}})"
    r"[ \t]*,?[ \t]*\r?$"
)


_NAME_BEFORE_ADDRESS = lazy(
    r"[ \t]*(?:[-*•][ \t]*)?"
    rf"((?:{_PARTICLE}[ ])?{_TOK}(?:[ ](?:{_PARTICLE}[ ])?{_NAME_WORD}){{1,3}}|{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN}){{1,3}})"
    r"[ \t]*[,;\t|][ \t]*"
)


_NAME_BEFORE_BR = lazy(
    rf"(?:^|>)[ \t]*((?:{_PARTICLE}[ ])?{_TOK}(?:[ ](?:{_PARTICLE}[ ])?{_NAME_WORD}){{1,3}}"
    rf"|{CAPS_TOKEN}(?:[ ]{CAPS_TOKEN}){{1,3}})[ \t]*<br[ \t]*/?>[ \t]*$",
    re.M,
)


def names_above_addresses(text: str, out: Findings, skip: int = 0) -> None:
    """The person named alone on the line just above an address that starts its line (an address block), or
    first on the address's line before a separator ("Élodie Favre,Rue du Rhône 48,Genève", "- Name, street...").

    The first ``skip`` findings are not looked at: a table's cells found before the free-text scanners (the engine
    cuts a table's claimed cells out of the text they read, so those findings are not in ``out`` then)."""
    items = out.items[skip:] if skip else out.items
    for f in compress(items, map(T.ADDRESS.__eq__, map(itemgetter(2), items))):
        if text[f.start] == " ":
            continue  # a cell blanked to spaces (a table's cells were once blanked, not cut): no block to read
        lo = max(0, f.start - 200)
        line_start = text.rfind("\n", lo, f.start) + 1
        if line_start == 0 and lo > 0:
            continue  # the line starts further back than a name sits from its address
        if text[line_start : f.start].strip():
            m = _NAME_BEFORE_ADDRESS.fullmatch(text, line_start, f.start)
            if m is None and text.endswith(">", line_start, f.start):
                # an HTML address block: "<b>Deliver to</b><br>Name<br>street<br>postcode"
                m = _NAME_BEFORE_BR.search(text, max(line_start, f.start - 100), f.start)
            if m:
                _block_name(text, m.start(1), m.end(1), out)
            continue
        if line_start == 0 or line_start < 2:
            continue
        prev = text.rfind("\n", max(0, line_start - 80), line_start - 1) + 1
        if prev == 0 and line_start - 1 > 80:
            continue
        m = _BLOCK_NAME_LINE.fullmatch(text, prev, line_start - 1)
        if m is not None:
            _block_name(text, m.start(1), m.end(1), out)
    _names_above_drugs(text, out)


# A pharmacy label's patient: a name in capitals alone on the line above the drug ("JANE DOE\nMETFORMIN ER ...").
_CAPS_NAME_LINE = lazy(rf"[ \t]*({CAPS_TOKEN}(?:[ ]{CAPS_TOKEN}){{1,3}})[ \t]*\r?")


def _names_above_drugs(text: str, out: Findings) -> None:
    """The name in capitals alone on the line above a drug that starts its line (a prescription label).

    Read in texts of labels' size (up to ``MENTION_LIMIT``): each name found admits the drugs of its text, and a
    megabyte of name and drug lines would be judged line by line by ``medical.admit_medical``."""
    if len(text) > MENTION_LIMIT:
        return
    for f in out.medical:
        if f.type is not T.MEDICATION or f.start < 2 or text[f.start - 1] != "\n" or not text[f.start].isupper():
            continue
        prev_end = f.start - 1
        prev = text.rfind("\n", max(0, prev_end - 60), prev_end) + 1
        if prev == 0 and prev_end > 60:
            continue
        m = _CAPS_NAME_LINE.fullmatch(text, prev, prev_end)
        if m is None:
            continue
        folded = [fold(t) for t in name_tokens(m.group(1))]
        if any(f_ in MEDICATIONS or f_ in DIAGNOSES for f_ in folded) or not _no_vocabulary(m.group(1)):
            continue
        _block_name(text, m.start(1), m.end(1), out)


def _block_name(text: str, s: int, e: int, out: Findings) -> None:
    tokens = name_tokens(text[s:e])
    folded = [fold(t) for t in tokens]
    if len(tokens) < 2 or any((f in COMMON and f not in SURNAMES and f not in FIRST) for f in folded):
        return
    if looks_like_person(tokens, True) and not _firm(text, s, e) and not _DISEASE_AFTER.match(text, e):
        out.add(T.PERSON, s, e, 0.75)


# ------------------------------------------------------------------ HTML tables and definition lists
# A table whose header row names a column of people ("<th>Name</th>"), and "<dt>Name</dt><dd>...</dd>" pairs.
_PERSON_HEADERS = frozenset(w for k, w in load_pairs("csv_headers.tsv") if k == "PERSON")
_CELL_OPEN = lazy(r"<(t[hd])\b[^<>]{0,200}>", re.I)
_DL_ADDRESS = lazy(
    r"<dt\b[^<>]{0,200}>[ \t]*([^<>\n]{0,30}?address[^<>\n]{0,20}?)[ \t]*</dt>[ \t\r\n]{0,20}"
    r"<dd\b[^<>]{0,200}>[ \t]*((?:[^<>\n]|<br[ \t]*/?>\r?\n?[ \t]*){8,200}?)[ \t]*</dd>",
    re.I,
)
_BR = lazy(r"<br[ \t]*/?>\r?\n?[ \t]*", re.I)
_DL_PAIR = lazy(
    r"<dt\b[^<>]{0,200}>[ \t]*([^<>\n]{1,40}?)[ \t]*</dt>[ \t\r\n]{0,20}"
    r"<dd\b[^<>]{0,200}>[ \t]*([^<>\n]{2,80}?)[ \t]*</dd>",
    re.I,
)
_TAG = lazy(r"<[^<>]{0,200}>")
# An element whose class, id or itemprop names its content: '<span class="name">...</span>'.
_NAMED_ELEMENT = lazy(
    r"<(span|div|p|td|strong|b|h[1-6]|li|a)\b[^<>]{0,80}?\b(?:class|id|itemprop)=[\"']([\w -]{1,40})[\"'][^<>]{0,80}>"
    r"[ \t]*([^<>\n]{2,60}?)[ \t]*</\1>",
    re.I,
)
_HEADING = lazy(r"<h[1-3]\b[^<>]{0,100}>[ \t]*([^<>\n]{3,60}?)[ \t]*</h[1-3]>", re.I)
_HTML_LIMIT = 200_000


def _person_column(label: str) -> bool:
    """Whether a header cell names a person's name column; a bilingual or two-part one ("Prénom / Nom",
    "Forename(s) / Surname") when one of its parts does."""
    for part in _TAG.sub("", label).split("/"):
        key = re.sub(r"[^a-z0-9]", "", fold(part.strip()))
        if key in _PERSON_HEADERS or person_header(key):
            return True
    return False


def _name_cell(text: str, s: int, e: int, out: Findings) -> None:
    """The name that fills the cell text[s:e] (markup around it allowed)."""
    inner = _TAG.sub(lambda m: " " * len(m.group()), text[s:e])
    lead = len(inner) - len(inner.lstrip())
    m = CUE_NAME.fullmatch(inner.strip()) or _LASTFIRST.fullmatch(inner.strip())
    if m is None:
        return
    a, b = s + lead + m.start(), s + lead + m.end()
    if looks_like_person(name_tokens(text[a:b]), True) and not _firm(text, a, b):
        out.add(T.PERSON, a, b, 0.8)


def scan_html_tables(text: str, out: Findings) -> None:
    """People in the columns an HTML table's header names, and in "<dt>Name</dt><dd>...</dd>" pairs.

    Tables, rows and cells are cut with ``str.find`` (each character looked at a few times): lazy ``.*?`` patterns
    ran to the end of the text from every unclosed tag.
    """
    head = text[:_HTML_LIMIT]
    if "<" not in head or not (
        "<t" in head or "<T" in head or "<d" in head or "<D" in head or "<h" in head or "<span" in head
    ):
        return
    low = head.lower()
    if "<th" in low:
        pos = low.find("<table")
        while pos != -1:
            stop = low.find("</table>", pos)
            if stop == -1:
                break
            _table(text, low, pos, stop, out)
            pos = low.find("<table", stop)
    if "<dt" in low:
        for m in _DL_PAIR.finditer(text, 0, len(low)):
            if _person_column(m.group(1)):
                _name_cell(text, m.start(2), m.end(2), out)
        # (accuracy18) an address's value, its lines broken by <br> ("<dt>Address</dt><dd>12 Via X<br>\n20129 Milano")
        if "<br" in low and "address" in low:
            for m in _DL_ADDRESS.finditer(text, 0, len(low)):
                if labelled_address(m.group(1), _BR.sub(", ", m.group(2))):
                    out.add(T.ADDRESS, m.start(2), m.end(2), 0.75)
    # An element whose class or id names a person's name ('<span class="customer-name">', hCard's "fn"); a bare
    # "name" when a person's fields follow (a profile page), not a product's.
    if "class=" in low or "id=" in low or "itemprop=" in low:
        for m in _NAMED_ELEMENT.finditer(text, 0, len(low)):
            key = re.sub(r"[^a-z0-9]", "", m.group(2).lower())
            if key in ("name", "fn", "fullname", "displayname"):
                if not _person_field_within(text, m.end(), m.end() + 400):
                    continue
            elif not (key in _PERSON_HEADERS or person_header(key)):
                continue
            _name_cell(text, m.start(3), m.end(3), out)
    # A profile page's heading over a person's fields ("<h1>Name</h1>\n<dl><dt>Email</dt>...").
    if "<h" in low:
        for m in _HEADING.finditer(text, 0, len(low)):
            below = _person_field_within(text, m.end(), m.end() + 160)
            if below and not _person_field_within(text, m.start(1), m.end(1)):
                tokens = name_tokens(m.group(1))
                if len(tokens) >= 2 and not any(fold(t) in COMMON or fold(t) in ORGS for t in tokens):
                    _name_cell(text, m.start(1), m.end(1), out)


def _table(text: str, low: str, pos: int, stop: int, out: Findings) -> None:
    """The person columns of the table on [pos, stop): named by its first row or by a row of header cells."""
    rows = []
    at = low.find("<tr", pos, stop)
    while at != -1:
        nxt = low.find("<tr", at + 3, stop)
        rows.append((at, nxt if nxt != -1 else stop))
        at = nxt
    columns: set[int] = set()
    for r, (a, b) in enumerate(rows):
        cells = []
        for m in _CELL_OPEN.finditer(text, a, b):
            close = low.find("</t", m.end(), b)
            cells.append((m.group(1).lower(), m.end(), close if close != -1 else b))
        # (accuracy27) a first row of a header cell and value cells is a label and its value, as every row after it
        # ("<tr><th>Driver</th><td>Name</td></tr><tr><th>Licence</th><td>...</td></tr>"), not the columns' header
        labelled = len(cells) > 1 and cells[0][0] == "th" and all(kind == "td" for kind, _, _ in cells[1:])
        if (r == 0 and not labelled) or (cells and all(kind == "th" for kind, _, _ in cells)):
            columns = {i for i, (_, cs, ce) in enumerate(cells) if _person_column(text[cs:ce])}
            continue
        for i in columns:
            if i < len(cells):
                _name_cell(text, cells[i][1], cells[i][2], out)
        # a row of label and value cells ("<td>Name</td><td>Jane Doe</td><td>Emp. No.</td>..."): a person's label
        for i in range(len(cells) - 1):
            label = _TAG.sub("", text[cells[i][1] : cells[i][2]]).strip()
            if 2 < len(label) <= 40 and i not in columns and _person_column(label):
                _row_value(text, label, cells[i + 1][1], cells[i + 1][2], out)


def _row_value(text: str, label: str, s: int, e: int, out: Findings) -> None:
    """The name in the value cell text[s:e] after a label cell; after a bare "Name" two words of no vocabulary,
    one of them listed (a product's name has one too)."""
    if fold(label).rstrip(":") in _BARE_NAME_LABELS:
        value = _TAG.sub("", text[s:e]).strip()
        tokens = name_tokens(value)
        if len(tokens) < 2 or not _no_vocabulary(value):
            return
        listed = any(is_given(f) or f in SURNAMES for f in map(fold, tokens))
        if not listed and not _person_field_within(text, max(0, s - 300), min(len(text), e + 300)):
            return
    _name_cell(text, s, e, out)


# ------------------------------------------------------------ "SURNAME, Given" as a register writes a person
# Rosters, registers and the exports of access, library, court and pharmacy systems write a person as the
# surname in capitals, a comma and the given names ("HALVORSEN, Brit", "DE LA FUENTE, Ximena Paz"), alone in
# its field: a cell, a quoted value, a list's item or a label's value. Acronyms and places written the same way
# ("Finance BP, Platform", "MMR, Tdap, Hep B", "Werke AG, Metzingen") have no vowel, two letters, a word of the
# vocabulary, or go on after the given part ("NW, Edmonton, AB").
_INVERTED_AT = lazy(rb"A, A[Aa]")
_INVERTED_GIVEN = lazy(rf"[ ]((?:{_TOK})(?:[ ](?:{_TOK}|{_INITIAL})){{0,2}})")
# All in capitals ("ABERCROMBIE, FIONNUALA") as journals and wristbands print it: a heading's words as often, so an
# identifier of the person must follow (a record number, a birth date, the sex or age), wherever the field opens.
_INVERTED_GIVEN_CAPS = lazy(
    rf"[ ]({CAPS_TOKEN}(?:[ ]{CAPS_TOKEN}){{0,2}})(?=[ \t]+(?:MRN|DOB|D\.O\.B|NHS|SSN|MR#|SEX|Sex|AGE|Age)\b)"
)
# What ends the field after the given names: a line's end, a cell's or a value's delimiter, a wide gap.
_INVERTED_END = lazy(r"""(?:[ ]?\r?\n|[ ]?$|[ ]?[\t"'|;<\])]|[ ]{2})""")
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝĀĂĄĒĔĖĘĚĪĬĮİŌŎŐŒŪŬŮŰŲ")
_FIELD_OPENERS = frozenset("\n\t|\"'=:>;([{")
_CAPS_PARTICLES = words("de la los del dela da di dos du van der den von le al el bin st st. ó ní nic mac mc o'")


def _inverted_start(text: str, shape: bytes, last: int, anywhere: bool = False) -> int:
    """Where the run of words in capitals ending at ``last`` (its last capital) starts: up to four words, one
    space apart; -1 unless a field opens before it (a line's start, a delimiter or a list's marker), or, when
    ``anywhere``, a space or a tab does."""
    i = last + 1
    words_seen = 0
    while True:
        j = i
        while j > 0 and shape[j - 1] in b"A'-":
            j -= 1
        words_seen += 1
        if words_seen < 4 and j >= 2 and shape[j - 1] == 32 and shape[j - 2] == 65:
            i = j - 1
            continue
        break
    k = j
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == 0 or text[k - 1] in _FIELD_OPENERS or (anywhere and (k < j or text[k - 1] == "\t")):
        return j
    # a list's item: "1. NAME, Given", "- NAME, Given", "• NAME, Given" at a line's start
    m = k - 1
    if text[m] in "-*•–":
        m -= 1
    elif text[m] in ".)" and m > 0 and text[m - 1].isdigit():
        m -= 1
        while m >= 0 and text[m].isdigit():
            m -= 1
    else:
        return -1
    while m >= 0 and text[m] in " \t":
        m -= 1
    return j if m < 0 or text[m] == "\n" else -1


def scan_inverted_names(text: str, shape: bytes, out: Findings) -> None:
    """People written "SURNAME, Given" alone in a field (see above)."""
    for hit in _INVERTED_AT.finditer(shape):
        last = hit.start()
        caps = shape[last + 4] == 65  # "A, AA": the given names in capitals too
        start = _inverted_start(text, shape, last, caps)
        if start < 0:
            continue
        if caps:
            given = _INVERTED_GIVEN_CAPS.match(text, last + 2)
            if given is None:
                continue
        else:
            given = _INVERTED_GIVEN.match(text, last + 2)
            if given is None or _INVERTED_END.match(text, given.end()) is None:
                continue
        surname = text[start : last + 1].split(" ")
        if caps:  # "PATIENT HOLLISTER, EARL MRN ...": a label's word in capitals before the surname
            while len(surname) > 1 and fold(surname[0]) in COMMON:
                start += len(surname.pop(0)) + 1
        core = [w for w in surname if fold(w) not in _CAPS_PARTICLES]
        if not core or any(fold(w) in COMMON or fold(w) in ORGS or not (_VOWELS & set(w)) for w in core):
            continue
        parts = name_tokens(given.group(1))
        folded = [fold(p) for p in parts]
        # (in capitals before an identifier only the first given name is judged: "NGUYỄN, VĂN AN MRN ...")
        if any(
            (f in COMMON and not is_given(f)) or f in _ORG_SUFFIX or f in _STREET_SUFFIX or f in _CALENDAR
            for f in (folded[:1] if caps else folded)
        ):
            continue
        if sum(len(w) for w in core) <= 2 and not (is_given(folded[0]) or fold(core[-1]) in SURNAMES):
            continue
        out.add(T.PERSON, start, given.end(1), 0.8)
