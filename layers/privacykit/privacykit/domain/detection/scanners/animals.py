"""Records whose patient is an animal: its conditions, drugs and birth date are no person's health data.

A veterinary record (a consultation note, a vaccination certificate, a pet-insurance claim, a microchip
registration, a lab report of a practice) names an owner, whose name and contact data are personal, and a
patient, a pet, whose diagnoses and medications are not health data of anyone. What says the patient is an
animal, in any practice's wording (``_CUES``):

* a species or breed (``Species: canine``, ``(cat, British shorthair)``, ``13y rabbit``, ``Katze``, ``perra``);
* a sex an animal's record gives (``neutered``, ``spayed``, ``male neutered``, ``kastriert``, ``castré``,
  ``Sex: FN``);
* a microchip or pet passport, an owner or keeper as a label (``Owner:``, ``Tierhalterin:``, ``Propriétaire :``,
  ``Tutor:``, ``owner's name``, ``Sir Reginald's owner``), a veterinary practice or professional (``veterinary``,
  ``MRCVS``, ``DVM``, ``Tierarzt``, ``vétérinaire``, ``dierenarts``), pet insurance;
* a product licensed for animals only (``carprofen``, ``Apoquel``, ``Vetmedin``, ``Caninsulin``, ``Nobivac``):
  it alone names its patient an animal, as does a species label with an animal after it.

The scope is the record, read line by line (``animal_lines``): two cues in a line, or in one paragraph since the
last human record began, make the following lines an animal's until a line starts a person's record (an
identifier of a person on it, a ``Patient:`` label without an animal). A table whose header has a species
column makes each row with an animal in a cell an animal's. So a practice's day list, a mixed export or a
human record beside an animal's keeps the person's terms; and a term in a sentence the owner says of
themselves (``I'm on warfarin myself``) stays theirs. A human record that mentions an animal (``bitten by a
neighbour's dog``, ``guide dog``, the tooth called the canine) has no second cue and stays a human record.
"""

from __future__ import annotations

import bisect
from operator import itemgetter

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Finding
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.shapes import same_length_lower
from privacykit.domain.detection.wordlists import words

__all__ = ["drop_animal_terms"]

# The words of an animal's record, by the cue they give; the keyword automaton finds them (kind "animal" of
# data/keywords.tsv, which lists every one), so an ordinary text pays no pass of its own for them.
# Animals as a record names its patient (not "pet", which a tenancy's clause uses; not "canine", a tooth; not
# "chat", "cane", "kat" or "ras", words of other things in other languages).
SPECIES = words(
    "dog dogs cat cats puppy kitten rabbit ferret horse pony hamster gerbil chinchilla parrot budgie cockatiel "
    "tortoise gecko hedgehog feline equine hund hündin katze kater kaninchen pferd frettchen chien chienne "
    "chatte chaton chiot lapin furet perro perra gato gata conejo caballo hurón cachorro gatto gatta coniglio "
    "cavallo furetto hond konijn paard cão coelho pies kot królik"
) | {"guinea pig", "bearded dragon"}
# Breeds and coat types that name no other thing (not "boxer", "persian", "pointer").
BREEDS = words(
    "labrador retriever spaniel terrier collie poodle dachshund beagle husky chihuahua schnauzer greyhound "
    "whippet lurcher rottweiler doberman pug bulldog sennen sheepdog shorthair longhair kurzhaar langhaar ragdoll "
    "siamese lionhead lop dsh dlh mestizo mestiza meticcio kruising"
) | {"shiba inu", "shih tzu", "german shepherd", "maine coon", "netherland dwarf"}
# Products licensed for animals only (brands and their actives), vaccines of animals included.
VET_PRODUCTS = words(
    "apoquel oclacitinib carprofen rimadyl metacam loxicom rheumocam inflacam vetmedin pimobendan caninsulin "
    "prozinc vetoryl felimazole thyronorm cytopoint lokivetmab librela bedinvetmab solensia frunevetmab bravecto "
    "fluralaner nexgard afoxolaner simparica sarolaner credelio frontline advocate stronghold selamectin "
    "milbemax drontal fenbendazole panacur seresto convenia cefovecin synulox baytril enrofloxacin marbofloxacin "
    "pradofloxacin veraflox onsior robenacoxib previcox firocoxib galliprant grapiprant cerenia maropitant "
    "propalin incurin fortekor semintra zylkene surolan easotic osurnia canaural nobivac felocell versican "
    "eurican purevax rabisin acepromazine domitor dexdomitor antisedan atipamezole cardisure ketofen vetergesic "
    "clavaseptin kesium metrobactin stomorgyl profender broadline heartgard trifexis comfortis capstar"
)
# Labels of a species or breed (a species after one names the patient an animal).
SPECIES_LABELS = words(
    "species breed animal tierart rasse espèce especie raza specie razza espécie raça gatunek pet_name"
) | {"type of pet", "pet's name"}
# A sex an animal's record gives; stems (no boundary after them).
SEX_STEMS = frozenset({"neuter", "spay", "castr", "kastr", "stérilis", "esteriliz", "sterilizz", "gesteriliseerd",
                       "entire male", "entire female"})  # fmt: skip
SEX_CODES = frozenset({"sex: mn", "sex: mc", "sex: fn", "sex: fs", "sex: me", "sex: fe"})
CHIP = frozenset({"microchip", "micro-chip", "mikrochip", "transponder", "chip no", "chip number", "chip #",
                  "puce", "pet passport", "heimtierausweis"})  # fmt: skip
OWNERS = words(
    "owner keeper tierhalter tierhalterin besitzer besitzerin halter halterin propriétaire propietario "
    "propietaria dueño dueña proprietario proprietaria tutor tutora eigenaar właściciel"
)
VET_WORDS = words(
    "vet vets mrcvs dvm vmd bvsc bvms rvn tierklinik dierenarts dierenkliniek petplan trupanion agria"
) | {"pet insurance", "animal hospital", "animal clinic"}
VET_STEMS = frozenset({"veterinar", "vétérinaire", "tierarzt", "tierärzt", "weteryn"})
#: Every key of kind "animal" in data/keywords.tsv (a test checks the file lists these).
KEYS = SPECIES | BREEDS | VET_PRODUCTS | SPECIES_LABELS | SEX_STEMS | SEX_CODES | CHIP | OWNERS | VET_WORDS | VET_STEMS
_STEMS = SEX_STEMS | VET_STEMS
_STRONG = frozenset({"labelled", "vetdrug"})
_HUMAN_RECORD = frozenset(
    t for t in T if t not in {T.PERSON, T.EMAIL, T.PHONE, T.ADDRESS, T.IP_ADDRESS, T.DIAGNOSIS, T.MEDICATION}
)
# An owner speaking of themselves in an animal's record ("I'm on warfarin myself").
_OWN = lazy(r"\bi(?:'m| am) (?:on|taking)\b|\bmyself\b|\bmy own\b|\bi take\b|\bi (?:was|have been) diagnosed\b")
# Where a record puts its patient's species: after a bracket, a list's comma, a cell's delimiter or a line's start,
# after an age ("13y rabbit", "7-year-old cat"), or "my"/"our" (not "bitten by a neighbour's dog", "guide dog").
_SPECIES_BEFORE = lazy(
    r"(?:[(,;/|\t—]|^|\n)[ \t]*$|\d[ \t-]*(?:y|yo|yrs?|years?(?:[ \t-]old)?|jahre|ans|años|anni|anos|jaar)[ \t.,-]*$|"
    r"\b(?:my|our|meine?|mon|ma|mi|il mio|la mia)[ \t]+$"
)
_SPECIES_NOT_AFTER = lazy(r"[ \t]+(?:bite|scan|food|owner|walker|licen[cs]e)")
_LABEL_AFTER = lazy(r"[\"']?[ \t]*(?:/[ \t]*breed[ \t]*)?[:=/,;\t|]")
_OWNER_AFTER = lazy(r"[ \t]*(?:[:=(]|name|details|contact|tel\b|phone|e-?mail|address)|'s name")
_PATIENT_LINE = lazy(r"[ \t]*(?:patient|pt|paciente|paziente|patientin|patiënt)\b")
_TABLE_HEADER = lazy(r"[,;\t|][ \t]*\"?(?:species|animal|pet_type|tierart|especie|espèce|specie)\b")
_KIND = itemgetter(2)


def drop_animal_terms(
    text: str, found: list[Finding], hits: list[tuple[int, int]], patient_at: list[int]
) -> list[Finding]:
    """``found`` without the diagnoses and medications of an animal's record in ``text`` (and a birth date on a
    line that says it is an animal's); ``hits`` are the spans of the words of kind "animal" the keyword pass met,
    ``patient_at`` where it met "patient"."""
    kinds = set(map(_KIND, found))
    if T.DIAGNOSIS not in kinds and T.MEDICATION not in kinds:
        return found
    low = same_length_lower(text)
    spans, own_lines = _animal_lines(text, low, found, hits, patient_at)
    if not spans:
        return found
    return [f for f in found if not _animal_term(low, f, spans, own_lines)]


def _animal_term(low: str, f: Finding, spans: list[tuple[int, int]], own_lines: list[tuple[int, int]]) -> bool:
    if f.type is T.DATE_OF_BIRTH:
        return _inside(own_lines, f.start)
    return f.type in (T.DIAGNOSIS, T.MEDICATION) and _inside(spans, f.start) and not _own(low, f.start)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and pos < spans[i][1]


def _cue(text: str, low: str, start: int, end: int, following: tuple[int, int] | None) -> str:
    """The cue the word of an animal's record at ``start:end`` gives, or ``""``."""
    key = low[start:end]
    before = start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_")
    if before:
        return ""
    if key in _STEMS:
        return "sex" if key in SEX_STEMS else "vet"
    if end < len(low) and (low[end].isalnum() or (low[end] == "_" and key != "pet")):
        return ""
    if key in VET_PRODUCTS:
        return "vetdrug"
    if key in SPECIES_LABELS and _LABEL_AFTER.match(low, end):
        # a species after its label: "Species: canine", "Species/breed: dog", "\"species\": \"dog\""
        if following is not None and following[0] - end < 12 and low[following[0] : following[1]] in SPECIES:
            return "labelled"
        return "label"
    if key in SPECIES:
        if _SPECIES_NOT_AFTER.match(low, end) or _SPECIES_BEFORE.search(low, max(0, start - 16), start) is None:
            return ""
        return "species"
    if key in BREEDS:
        return "species"
    if key in SEX_CODES or key.startswith("entire"):
        return "sex"
    if key in CHIP:
        return "chip"
    if key in OWNERS:
        if (
            _OWNER_AFTER.match(low, end)
            or low.startswith(("'s ", "’s "), start - 3)
            or low.rfind("\n", 0, start) + 1 == start
            or (low.startswith(" ", end) and text[end + 1 : end + 2].isupper())
        ):
            return "owner"
        return ""
    if key in VET_WORDS:
        return "vet"
    return ""


def _own(low: str, start: int) -> bool:
    """Whether the sentence of the term at ``start`` says it is the speaker's own (read within its line)."""
    line = low.rfind("\n", 0, start) + 1
    end = low.find("\n", start)
    end = len(low) if end < 0 else end
    if _OWN.search(low, line, end) is None:  # (most lines: no sentence of theirs says so)
        return False
    a = max(line, *(low.rfind(p, line, start) + 2 for p in (". ", "? ", "! ")))
    b = min((e for e in (low.find(". ", start, end), low.find("? ", start, end)) if e >= 0), default=end)
    return _OWN.search(low, a, b) is not None


def _animal_lines(
    text: str, low: str, found: list[Finding], hits: list[tuple[int, int]], patient_at: list[int]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of ``low`` that are an animal's record, and the lines among them whose own cues say so (a
    birth date on one is the animal's)."""
    events: dict[int, list[str]] = {}  # line start -> cue kinds on the line
    hits = sorted(hits)
    for i, (start, end) in enumerate(hits):
        line = low.rfind("\n", 0, start) + 1
        kinds = events.get(line)
        if kinds is not None and len(kinds) > 1 and len(set(kinds)) + len(_STRONG.intersection(kinds)) >= 2:
            continue  # (the line is an animal's already: a dense export's every cue is not judged)
        kind = _cue(text, low, start, end, hits[i + 1] if i + 1 < len(hits) else None)
        if kind:
            events.setdefault(line, []).append(kind)
    for start in patient_at:  # a line that starts a person's record ("Patient:")
        line = low.rfind("\n", 0, start) + 1
        if _PATIENT_LINE.match(low, line) is not None:
            events.setdefault(line, []).append("patient")
    if not events:
        return [], []
    human: set[int] = set()
    for f in found:
        if f.type in _HUMAN_RECORD:
            human.add(low.rfind("\n", 0, f.start) + 1)
    first = low[: low.find("\n")] if "\n" in low else ""
    animal_table = _TABLE_HEADER.search(first) is not None
    spans: list[tuple[int, int]] = []
    own_lines: list[tuple[int, int]] = []
    animal_from = -1
    gathered: set[str] = set()
    last = -1
    for line in sorted(set(events) | human):
        if last >= 0 and "\n\n" in low[last:line].replace(" ", "").replace("\t", ""):  # (a new paragraph)
            gathered = set()
        last = line
        kinds = events.get(line, [])
        own = {k for k in kinds if k != "patient"}
        if animal_table and line > 0 and "species" in own:
            own.add("labelled")
        if len(own) + len(own & _STRONG) >= 2:
            end = low.find("\n", line)
            own_lines.append((line, len(low) if end < 0 else end))
            if animal_from < 0:
                animal_from = line
            gathered |= own
            continue
        if line in human or ("patient" in kinds and not own):
            if animal_from >= 0:
                spans.append((animal_from, line))
                animal_from = -1
            gathered = set()
            continue
        gathered |= own
        if animal_from < 0 and len(gathered) + len(gathered & _STRONG) >= 2:
            animal_from = line
    if animal_from >= 0:
        spans.append((animal_from, len(low)))
    return spans, own_lines
