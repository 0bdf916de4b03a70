"""Chat and transcript speakers: the labels that start message lines ("[10:02] Priya: ...") are people."""

from __future__ import annotations

import re
from collections import Counter

from privacykit.domain.common.entity_types import EntityType as T
from privacykit.domain.detection.findings import Findings
from privacykit.domain.detection.lazyre import lazy
from privacykit.domain.detection.scanners.dates import date_span
from privacykit.domain.detection.scanners.names import (
    COMMON,
    CUE_NAME,
    FIRST,
    is_given,
    looks_like_person,
    name_tokens,
    trim_name,
)
from privacykit.domain.detection.scanners.national_ids import health_plan_near
from privacykit.domain.detection.wordlists import fold, words

__all__ = ["scan_chat", "scan_identity_answers"]

# Shape of a speaker label (see shapes.py): one or two capitalised words, an optional "(role)", then ": ".
# Possessive runs: what follows each one cannot be its own letter, so giving some back never matches, and every
# capitalised word of a log that is not a label ("Connection reset") fails at once instead of letter by letter.
# Its optional groups are alternations with an empty branch (see addresses._S_ADDR_TAIL): entered at every word.
_S_SPEAKER = lazy(rb"Aa++(?:-[Aa]a++|)(?: Aa++(?:-[Aa]a++|)|)(?: \([^)\n]{1,20}+\)|): ")
# (found from its two spaces, with the letter before them checked after: a search that starts at a letter stops at
# almost every byte of a shape)
_S_TIME_COLUMN = lazy(rb"  (?<=a  ) *\[?0?0:00")
# Exports that put the time after the speaker, in columns: "Loredana  10:02  cutting 6.1 now".
_SPEAKER_TIME = lazy(
    r"^([A-ZÀ-ÞĀ-ɏḀ-ỿ][\w'’-]{1,30}(?: [A-ZÀ-ÞĀ-ɏḀ-ỿ][\w'’-]{1,30})?)[ \t]{2,}\[?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ ]?[AaPp][Mm])?\]?[ \t]+\S",
    re.M,
)
# What may precede the label on its line: a [tag], a date and time, a dash.
_CHAT_PREFIX = lazy(
    r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]*)?"
    r"\(?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[AaPp][Mm])?\)?[ \t]*[-–]?[ \t]*)?<?$"
)


# Speaker labels that name a role, not a person ("Agent:", "Bot:", "Caller:"), besides the vocabulary.
_ROLES = words(
    "agent agents bot chatbot caller rep operator system pharmacist moderator host guest interviewer interviewee "
    "me you helpdesk dispatcher assistant virtual automated auto technician tech advisor adviser representative "
    "specialist coordinator receptionist triage cashier clerk concierge "
    # the same roles in other languages, and a note's label ("Nota (PT): ...")
    "atendimento atendente cliente kunde kundin usuario usuário utente operador operadora agente soporte suporte "
    "nota note notiz "
    # a web chat's visitor, and the fields of a git log read as labels ("Author: ...", "Merge: ...")
    "visitor visitante besucher author committer merge"
)


# (accuracy27) A field's value filling the rest of its line: one word, or up to four capitalised words or numbers.
_FIELD_VALUE = lazy(
    r"(?:[^\W\d_][\w'’./-]*|(?:[A-ZÀ-ÞĀ-ɏḀ-ỿ]|\d)[\w'’./-]*(?:[ ](?:[A-ZÀ-ÞĀ-ɏḀ-ỿ]|\d)[\w'’./-]*){1,3})"
    r"[ \t]*(?:\r?\n|$)"
)


def _role(name: str) -> bool:
    return any(fold(t) in _ROLES for t in name.split())


def _named_role(text: str, s: int, e: int, out: Findings) -> None:
    """The name in parentheses after a role's speaker label, [s, e): the person speaking in that role."""
    inner = text[s:e]
    if text[e : e + 1] != ")" or CUE_NAME.fullmatch(inner) is None or (inner.isupper() and " " not in inner):
        return  # "Note (PT): ...": an abbreviation, not a name
    if not _role(inner) and looks_like_person(name_tokens(inner), True):
        out.add(T.PERSON, s, e, 0.75)


def scan_chat(text: str, shape: bytes, out: Findings) -> None:
    """Speaker labels of chat logs and transcripts; a label counts when its lines read as speech."""
    # The other layouts are read only in a text that shows one early on: logs and exports of thousands of lines
    # would otherwise be tried line by line for nothing.
    other_layouts = text.count("\n", 0, 4000) >= 3 and _SPEAKER_LINE.search("\n" + text[:4000]) is not None
    if ": " not in text and "  " not in text and not other_layouts:
        return
    seen: dict[str, list[tuple[int, int]]] = {}
    talking: Counter[str] = Counter()  # lines where the label is followed by words, i.e. someone speaking
    # Per distinct label shape, its name's length; per distinct name, whether it is a heading (a page of the
    # same label, "Tel: ..." a line, is judged once).
    lengths: dict[bytes, int] = {}
    headings: dict[str, bool] = {}
    for m in _S_SPEAKER.finditer(shape):
        s = m.start()
        # The line break is looked for only as far back as a label may sit from it: a search back to the
        # start of the text made a long line of "Ann: Ann: ..." quadratic.
        lo = max(0, s - 41)
        nl = text.rfind("\n", lo, s)
        if nl == -1 and lo > 0:
            continue  # the line started more than 40 characters before the label
        line_start = nl + 1
        # (A label that starts its line has an empty prefix, which the prefix pattern always matches.)
        if s - line_start > 40 or (s > line_start and not _CHAT_PREFIX.match(text, line_start, s)):
            continue
        label = m.group()
        size = lengths.get(label)
        if size is None:
            size = lengths[label] = len(label.split(b":")[0].split(b" (")[0])
        e = s + size
        name = text[s:e]
        heading = headings.get(name)
        if heading is None:
            heading = headings[name] = any(fold(t) in COMMON and fold(t) not in FIRST for t in name.split())
        if heading:
            continue  # "Impression: ...", "Subject: ..." are headings
        if text[e : e + 2] == " (" and _role(name):
            _named_role(text, e + 2, m.end() - 3, out)  # "Visitor (Aroha Te Whiu): ...", "Agent (Lusine): ..."
            continue
        seen.setdefault(name, []).append((s, e))
        # "Collected: 2025-03-01" is a form field; "Priya: sure, on it" is speech. (accuracy27) So is a label
        # indented under a record's first line ("[1] Prezime: Olabarria" / "    Ime: Ainhoa"), and one whose value
        # is a few capitalised words or a single word filling its line ("Nacionalidade: United States",
        # "Documento: Passport"): a form's field in any language, however many records repeat it.
        if text[m.end() : m.end() + 1].isalpha() and not (
            (s > line_start and text[line_start:s].isspace()) or _FIELD_VALUE.match(text, m.end())
        ):
            talking[name] += 1
    # (its "0:00" first, in C: the shape's bytes are searched at memchr speed, the pattern stops at every space)
    if shape.find(b"0:00") != -1 and _S_TIME_COLUMN.search(shape):
        for col in _SPEAKER_TIME.finditer(text):
            speaker = col.group(1)
            seen.setdefault(speaker, []).append(col.span(1))
            talking[speaker] += 1
    if other_layouts:
        _other_speaker_layouts(text, seen, talking, out)
    # In a transcript speakers take turns, so most of them speak more than once; a form's labels
    # ("Applicant:", "Nationality:", "Employer:") each appear once, however many of them it has.
    repeated = sum(1 for n in talking.values() if n >= 2)
    transcript = repeated >= 1 and len(talking) <= 2 * repeated + 1
    for name, spans in seen.items():
        folded = [fold(t) for t in name_tokens(name)] or [fold(name)]  # particles aside ("Tjalling van Dijk")
        if any(f in COMMON and f not in FIRST for f in folded) or not talking[name] or _role(name):
            continue
        if transcript or len(spans) >= 2 or is_given(folded[0]):
            for s, e in spans:
                out.add(T.PERSON, s, e, 0.75)
    people = [name for name, spans in seen.items() if talking[name] >= 2 and not _role(name)]
    if len(people) >= 2:
        _handles(text, people, out)


# In a chat export whose speakers are people, a speaker written in lower case ("[16:47] mitchell: customer can't
# log in", "[17:23] jun kiat: ...") is a person too, and so is an @-mention of a speaker's given name.
_LOWER_SPEAKER = lazy(
    r"^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)"
    r"([a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{2,15}(?: [a-zß-öø-ÿ][a-zß-öø-ÿ'’-]{1,15})?):[ \t]+(\S[^\n]*)",
    re.M,
)
_MENTION = lazy(r"(?<![\w@])@([^\W\d_][\w'’-]{1,30})")


def _handles(text: str, people: list[str], out: Findings) -> None:
    given = {fold(p.split()[0]) for p in people}
    head = text[:1_000_000]
    for m in _LOWER_SPEAKER.finditer(head):
        words = m.group(1).split()
        if len(m.group(2).split()) < 3 or any(fold(w) in COMMON or fold(w) in _ROLES for w in words):
            continue
        out.add(T.PERSON, m.start(1), m.end(1), 0.7)
        given.add(fold(words[0]))
    if "@" in head:
        for m in _MENTION.finditer(head):
            f = fold(m.group(1))
            if f in given or (is_given(f) and f not in COMMON):
                out.add(T.PERSON, m.start(1), m.end(1), 0.7)


# Other layouts of a speaker at the start of a message line: "<Priya> ...", "**Priya** (10:02): ...",
# "Priya [10:02]: ...", "Priya, 10:02: ...", "Priya at 10:02: ...", "Priya | 10:02 | ...", "Priya > ...",
# "- Priya: ...", "Priya said: ...", and a label alone on its line with the message below ("Priya — 10:02",
# "Priya:"). Each is a speaker only when the lines read as a conversation (``scan_chat``'s turn rule).
_NAME_WORD = r"[A-ZÀ-ÞĀ-ɏḀ-ỿ][\w'’-]{1,30}"
_NAME_PARTICLE = (
    r"(?:van ['’]t|van der|van den|van de|von der|de la|de los|de las|"
    r"de|van|von|der|den|da|dos|das|del|la|le|bin|binti|al|el|ter|ten|di)"
)
_SPEAKER_LINE = lazy(
    # Each match starts at a line break (the text is searched with one put before it): a literal first
    # character lets the search skip from line to line instead of trying every position for "^".
    r"\n[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+|[-*•][ \t]+"
    # a note's date and time before its writer: "12.03.2026 16:49 — Name:" (CRM and ticket notes)
    r"|(?P<stamp>\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[—–-][ \t]*))?"
    rf"(?P<open><|\*\*)?(?P<name>{_NAME_WORD}(?: (?:{_NAME_PARTICLE} )?(?:{_NAME_WORD}|[A-Z]\.)){{0,2}})"
    r"(?(open)(?:>|\*\*))"
    r"(?P<time>[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\)|(?:,|—|–|-|\||at|(?<=[ \t]{2}))[ \t]*"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?|said|wrote))?"
    r"(?:[ \t]*[:>|][ \t]*(?P<same>\S)|(?(open)[ \t]+(?P<after>\S)|(?!))|[ \t]*:?[ \t]*(?=\r?\n(?P<below>[^\n]*\S)))"
)


# Words of people talking to each other: pronouns of the first and second person, greetings, thanks, assent.
_CONVERSATIONAL = lazy(
    r"(?<![\w'/.@-])(?:i|i'm|i’m|i've|i'll|my|me|you|your|you're|we|our|us|thanks|thank|thx|hi|hello|hey|ok|okay|"
    r"sure|sorry|please|yes|yeah|great)(?![\w'])",
    re.I,
)


def _writer(name: str) -> bool:
    """Whether a dated note's by-line names a person: two words or more outside the vocabulary, or a listed name."""
    tokens = name_tokens(name)
    folded = [fold(t) for t in tokens]
    if any(f in COMMON and f not in FIRST for f in folded) or _role(name):
        return False
    return len(tokens) >= 2 or looks_like_person(tokens, False)


def _other_speaker_layouts(
    text: str, seen: dict[str, list[tuple[int, int]]], talking: Counter[str], out: Findings
) -> None:
    """Add the speakers of the layouts ``_SPEAKER_LINE`` reads to ``seen`` and ``talking`` (``scan_chat``)."""
    found: dict[str, list[tuple[int, int]]] = {}
    timed = 0
    # Whether each name is a heading (its words all of the vocabulary), judged once per name; the messages kept
    # are searched for words of talk only when the layout's other tests leave that to decide (a page of
    # "ADR:;;1 Ab St;Cd;;;" lines is one name: no turns, nothing to search).
    headings: dict[str, bool] = {}
    messages: list[str] = []
    # As a set: a list membership test per line made a text of many "Tel: ..." lines quadratic (54 s a MiB).
    known = {span for spans in seen.values() for span in spans}
    # Searched in "\n" + text, so positions are one past the text's; the first line starts after that "\n".
    matches = list(_SPEAKER_LINE.finditer("\n" + text[:1_000_000]))
    label_lines = {m.start() for m in matches}
    for m in matches:
        name = m.group("name")
        span = (m.start("name") - 1, m.end("name") - 1)
        if span in known:
            continue
        # A message is words ("hi, my parcel is late"), not a field's value ("Pending", "2024-05-01").
        group = "same" if m.group("same") else "after" if m.group("after") else "below"
        if group == "below" and m.end() in label_lines:
            continue  # a heading over a speaker's line ("Messaging" above "Name  16:47"), not a speaker
        heading = headings.get(name)
        if heading is None:
            heading = headings[name] = all(fold(t) in COMMON and fold(t) not in FIRST for t in name_tokens(name))
        if heading:
            continue  # a heading over the lines ("Messaging", "Notes")
        at = m.start(group) - 1
        line_end = text.find("\n", at)
        message = text[at : line_end if line_end != -1 else len(text)]
        if len(message.split()) >= 3 and not message[:1].isdigit():
            if m.group("stamp") and group == "below" and _writer(name):
                out.add(T.PERSON, span[0], span[1], 0.75)  # a dated note's writer, alone on its line
                continue
            found.setdefault(name, []).append(span)
            messages.append(message)
            timed += any(c.isdigit() for c in m.group("time") or "")
    # A layout counts when at least two names use it, each on two lines or more, and most lines are spoken
    # ("hi, my parcel is late", "sure, can you check"): headings over notes ("Pros:", "Backend:") are not.
    lines = sum(len(spans) for spans in found.values())
    # Lines that each carry a time ("Name  16:47") are messages: two names on three lines will do.
    # (speakers the plain labels found count too: "[13:35] Marijke van 't Hof: ..." beside "[13:40] Ulises: ...")
    speaking = sum(1 for n in talking.values() if n >= 2)
    turns = sum(1 for spans in found.values() if len(spans) >= 2) + speaking >= 2 or (
        timed == lines >= 3 and len(found) >= 2 and any(len(spans) >= 2 for spans in found.values())
    )
    if not turns or len(found) > 12:
        return
    talk = sum(_CONVERSATIONAL.search(message) is not None for message in messages)
    if 2 * talk < lines:
        return
    for name, spans in found.items():
        seen.setdefault(name, []).extend(spans)
        talking[name] += len(spans)


# A question asking someone to identify themselves ("Can you confirm your full name and date of birth?"): the
# next message answers it with a name and a birth date, far from any label ("Seo-yeon Jeong, April 25, 1993").
# Requests of other languages ("Envíe nombre completo y fecha de nacimiento.") may end with a full stop.
_ID_QUESTION = lazy(
    r"\b(?:(?:your|the patient['’]s|the caller['’]s|the account holder['’]s) (?:full |legal |first and last )?"
    r"(?P<name>name)|(?P<dob>date of birth|birth ?date|dob|d\.o\.b\.?|birthday))\b[^\n?]{0,60}\?",
    re.I,
)
_ID_REQUEST = lazy(
    r"\b(?:(?P<name>nombre completo|nome completo|nom complet|vollständigen namen)|(?P<dob>fecha de nacimiento|"
    r"data de nascimento|date de naissance|data di nascita|geburtsdatum|geboortedatum))\b"
    r"[^\n?.:\d]{0,60}(?:\?|\.(?=\s|$))",
    re.I,
)
# A chat line's stamp and speaker: "[10:15] Ana: ", "10:15:21 Ana: ", a dated stamp as exports and logs write it
# ("2024-05-01 10:15:21 Ana: ", "01/05/2024, 10:15 - Ana: "); the speaker's name is the group "who".
_ANSWER_LABEL = lazy(
    r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?(?:(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?(?:[ \t]+-)?[ \t]+)?"
    r"(?:(?P<who>[^\s:][^:\n]{0,40}):[ \t]+)?"
)
_BIRTH = lazy(r"birth|\bdob\b|nacimiento|nascimento|naissance|nascita|geburtsdatum|geboortedatum")
_ANSWER_DIGITS = lazy(r"(?<![\w/.-])\d")
_ANSWER_END = lazy(r"[ \t.!]*(?:$|,|;|[ \t]+(?:-|–|born|dob)\b)", re.I | re.M)
_ANSWER_SEP = lazy(r"[ \t]*(?:,|;|-|–|and|born|dob|d\.o\.b\.?|date of birth|is)?[ \t:]*", re.I)


# A question asking for a health plan's member id beside the birth date, and the id an answer starts with.
_MEMBER_ASKED = lazy(r"\b(?:member|subscriber|insurance|policy) (?:id|number|no\b)")
_MEMBER_ANSWER = lazy(r"[ \t]*([A-Z]{0,4}[- ]?\d[\dA-Z-]{4,17})(?![\w-])")


# (accuracy22) A question asking for a member id alone ("Can I have the member ID from the card?"), and what an
# answer may open with before the id ("Yes. It's ...", "Sure, it is ...").
_MEMBER_QUESTION = lazy(r"\b(?:member|subscriber|cardholder|insurance|policy) ?(?:id|number|no\b)[^\n?]{0,60}\?", re.I)
_ANSWER_LEAD = lazy(
    r"(?:[ \t]*(?:yes|yeah|yep|sure|ok(?:ay)?|right|of course|it['’]s|it is|that['’]s|that is|the (?:member )?id is|"
    r"my (?:member )?id is|one moment)[ \t]*[,.!:]?)*[ \t]*",
    re.I,
)


def _line_after(text: str, at: int) -> tuple[int, int] | None:
    """Where the line after the one holding ``at`` starts and ends (an answer's line); None on the text's last line."""
    nl = text.find("\n", at)
    if nl == -1:
        return None
    end = text.find("\n", nl + 1)
    return nl + 1, len(text) if end == -1 else end


def _member_answers(text: str, low: str, out: Findings) -> None:
    """The member id another speaker gives in answer to a question asking for it alone."""
    for q in _MEMBER_QUESTION.finditer(text):
        answer = _line_after(text, q.end())
        if answer is None:
            continue
        line_start, line_end = answer
        label = _ANSWER_LABEL.match(text, line_start, line_end)
        asker = _ANSWER_LABEL.match(text, text.rfind("\n", 0, q.start()) + 1, q.start())
        if not (label and label.group("who") and asker and asker.group("who")):
            continue  # a transcript's turns: the question under one speaker's label, the answer under another's
        if label.group("who").split("(")[0].strip() == asker.group("who").split("(")[0].strip():
            continue
        lead = _ANSWER_LEAD.match(text, label.end(), line_end)
        member = _MEMBER_ANSWER.match(text, lead.end() if lead else label.end(), line_end)
        if (
            member
            and sum(map(str.isdigit, member.group(1))) >= 6
            and health_plan_near(low, q.start() - _PLAN_WINDOW, member.end() + _PLAN_WINDOW)
        ):
            out.add(T.HEALTH_PLAN_ID, member.start(1), member.end(1), 0.8)


# How far from a member-id question a word of a health plan is looked for (a car insurer's policy is no plan's).
_PLAN_WINDOW = 1500


def scan_identity_answers(text: str, low: str, out: Findings) -> None:
    """The name and birth date a message gives in answer to a question asking for them."""
    if "?" in text and ("member" in low or "subscriber" in low or "cardholder" in low or "policy" in low):
        _member_answers(text, low, out)
    questions: list[re.Match[str]] = []
    if "?" in text and ("name" in low or "birth" in low or "dob" in low):
        questions += _ID_QUESTION.finditer(text)
    # A request of another language is looked for on the lines where the keyword scan met its birth-date label.
    done = -1
    for at in out.request_labels:
        if at < done:
            continue
        lo = low.rfind("\n", 0, at) + 1
        hi = low.find("\n", at)
        done = hi if hi != -1 else len(low)
        questions += _ID_REQUEST.finditer(text, lo, done)
    for q in questions:
        wants_name = q.group("name") is not None or "name" in low[max(0, q.start() - 40) : q.start()]
        wants_dob = q.group("dob") is not None or bool(_BIRTH.search(low, max(0, q.end() - 60), q.end()))
        answer = _line_after(text, q.end())
        if answer is None:
            continue
        line_start, line_end = answer
        label = _ANSWER_LABEL.match(text, line_start, line_end)
        pos = label.end() if label else line_start
        # The answer comes from someone else: the line after the question, under another speaker's label.
        asker = _ANSWER_LABEL.match(text, text.rfind("\n", 0, q.start()) + 1, q.start())
        if label and asker and label.group().strip() and label.group().strip() == asker.group().strip():
            continue
        if label and asker and label.group("who") and label.group("who") == asker.group("who"):
            continue  # the same speaker under another stamp
        if wants_name:
            m = CUE_NAME.match(text, pos, line_end)
            if m:
                s, e = trim_name(text, m.start(), m.end())
                # The name is the whole answer, or is followed by the birth date asked for.
                whole = _ANSWER_END.match(text, e, line_end) is not None
                if e > s and whole and looks_like_person(name_tokens(text[s:e]), True):
                    out.add(T.PERSON, s, e, 0.8)
                    pos = e
        if _MEMBER_ASKED.search(low, max(0, q.start() - 60), q.end()):
            # "verify your member ID and date of birth?" / "58690697000 and August 29, 1989"
            member = _MEMBER_ANSWER.match(text, pos, line_end)
            if member and sum(map(str.isdigit, member.group(1))) >= 6:
                out.add(T.HEALTH_PLAN_ID, member.start(1), member.end(1), 0.8)
                pos = member.end(1)
        if wants_dob:
            sep = _ANSWER_SEP.match(text, pos, line_end)
            span = date_span(text, sep.end() if sep else pos, exact=True) or _answer_date(text, pos, line_end)
            if span:
                out.add(T.DATE_OF_BIRTH, span[0], span[1], 0.85)


def _answer_date(text: str, pos: int, line_end: int) -> tuple[int, int] | None:
    """The first date in the first 80 characters of an answer not starting with it ("Ana Țurcanu, 11/01/1983")."""
    for tries, m in enumerate(_ANSWER_DIGITS.finditer(text, pos, min(line_end, pos + 80))):
        span = date_span(text, m.start(), exact=True)
        if span or tries == 3:
            return span
    return None
