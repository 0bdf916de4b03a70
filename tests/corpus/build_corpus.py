# ruff: noqa: E501  (templates are long literal lines of document text; wrapping them would hide their shape)
"""Build the labelled detection corpus (``corpus.jsonl``) from many hand-written templates.

Run: ``.venv/bin/python tests/corpus/build_corpus.py`` (deterministic: a fixed seed).

Every template writes its text through :class:`Doc`, which records the span of each labelled value as it
is appended, so labels are computed, never typed by hand. Values are real-world shaped (valid phone numbers
per libphonenumber, Luhn-valid cards with real issuer prefixes, mod-97-valid IBANs, SSNs in issued ranges)
and names come from this file's own lists of names of many origins (national name-frequency tables written
down from knowledge; deliberately not the engine's lists, and never a fake-data generator's).
See README.md for the labelling conventions.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable
from pathlib import Path

import phonenumbers

OUT = Path(__file__).with_name("corpus.jsonl")


def _words(s: str) -> list[str]:
    return s.split()


RESTRICTED = {
    "US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS", "MEDICATION",
    "US_PASSPORT", "DRIVER_LICENSE",
}  # fmt: skip
CONFIDENTIAL = {"EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"}

# Given and family names of many origins (US SSA / Census, ONS, INSEE, INE, KOSIS, MHLW, NBS China,
# India, Nigeria, Ghana, Kenya, Ethiopia, Iran, Turkey, Poland, Russia, Vietnam, Philippines, Brazil...).
GIVEN = _words(
    "James Mary Robert Patricia Michael Jennifer David Linda William Elizabeth Daniel Sarah Matthew Karen "
    "Anthony Nancy Joshua Emily Andrew Megan Kevin Ashley Brian Nicole Samuel Olivia Liam Emma Noah Ava "
    "Jose Maria Luis Guadalupe Carlos Ximena Alejandro Valentina Javier Lucia Mateo Camila Diego Sofia "
    "Wei Mei Jun Xiaoling Hao Yan Hiroshi Yuki Haruto Sakura Kenji Aiko Minjun Jiwoo Seoyeon Hyunwoo "
    "Priya Aarav Ananya Rohan Vikram Lakshmi Arjun Deepa Sanjay Kavya Harpreet Gurpreet "
    "Mohammed Fatima Ahmed Aisha Omar Layla Youssef Mariam Hassan Zainab Tariq Noor "
    "Chinedu Ngozi Oluwaseun Adebayo Chiamaka Emeka Kwame Ama Kofi Abena Tendai Thabo Wanjiru Otieno "
    "Dmitri Olga Katarzyna Piotr Agnieszka Tomasz Mehmet Elif Zeynep Emre Nguyen Thanh Linh Minh "
    "Giulia Lorenzo Chiara Hans Ingrid Lars Camille Pierre Siobhan Niamh Eoin Rhys Sian Moshe Shira "
    "Oluwadamilare Thandeka Xochitl Siddharth Kaveh Zbigniew Aigerim Nurlan Bartholomew Eleftheria "
    "Tekle Abebe Meseret Parisa Dariush Anahita Leilani Kalani Marisol Rosalind Ignatius Fionnuala "
    "Jean-Luc Anne-Marie Mary-Kate"
)
FAMILY = _words(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson "
    "Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker "
    "Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Rivera Campbell "
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Kim Park Choi Jung Kang Sato Suzuki Takahashi Tanaka "
    "Watanabe Yamamoto Patel Shah Singh Kumar Sharma Gupta Reddy Iyer Nair Khan Hussain Ahmed Rahman "
    "Okafor Okonkwo Adeyemi Mensah Owusu Boateng Mwangi Otieno Dlamini Nkosi Kowalski Nowak Wisniewski "
    "Ivanov Petrova Yilmaz Kaya Demir Tran Pham Le Hoang Santos Oliveira Pereira Silva Rossi Russo "
    "Ferrari Muller Schmidt Schneider Dubois Laurent Moreau O'Brien Murphy Kelly Byrne Gallagher "
    "MacLeod Fraser Davies Evans Cohen Levi Haddad Khoury Mansour Bianchi Haile Tesfaye Gebremedhin "
    "Abernathy Featherstonehaugh Wojciechowski Vasquez-Ortiz Nakashima Ogunleye Vandenberg "
    "Kuznetsova Papadopoulos Szabo Horvath Novak Lindqvist Hakimi Farahani Kahananui Akana"
)
GIVEN_ENGINE_UNKNOWN = ["Oluwadamilare", "Thandeka", "Xochitl", "Siddharth", "Kaveh", "Zbigniew", "Aigerim"]
CITIES = [
    ("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Portland", "OR", "97205"),
    ("Columbus", "OH", "43215"), ("Denver", "CO", "80203"), ("Boston", "MA", "02118"), ("Seattle", "WA", "98109"),
    ("Atlanta", "GA", "30309"), ("Madison", "WI", "53703"), ("Raleigh", "NC", "27601"), ("Tucson", "AZ", "85701"),
    ("San Jose", "CA", "95112"), ("New York", "NY", "10027"), ("Miami", "FL", "33130"), ("Omaha", "NE", "68102"),
]  # fmt: skip
STREETS = _words(
    "Maple Oak Cedar Pine Elm Washington Lincoln Jefferson Lakeview Hillcrest Sunset Park Main Church "
    "Highland Meadow Willow Chestnut Franklin Riverside Magnolia Walnut Spring Valley"
)
SUFFIXES = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court"]
UK_ADDR = [
    ("Baker Street", "London", "NW1 6XE"), ("Deansgate", "Manchester", "M3 4LQ"),
    ("Princes Street", "Edinburgh", "EH2 2ER"), ("Queen Street", "Cardiff", "CF10 2BY"),
]  # fmt: skip
US_AREAS = ["212", "415", "312", "617", "206", "303", "404", "512", "213", "718", "646", "305", "202", "702"]
DIAG = [
    "type 2 diabetes mellitus", "hypertension", "asthma", "major depressive disorder", "atrial fibrillation",
    "chronic kidney disease", "COPD", "hyperlipidemia", "rheumatoid arthritis", "migraine", "breast cancer",
    "generalized anxiety disorder", "hypothyroidism", "congestive heart failure", "pneumonia", "epilepsy",
    "Crohn's disease", "multiple sclerosis", "osteoarthritis", "bipolar disorder", "gout", "HIV",
    "Parkinson's disease", "Alzheimer's disease", "sleep apnea", "ulcerative colitis", "psoriasis",
    "hypertrophic cardiomyopathy", "nephrotic syndrome", "sarcoidosis",
]  # fmt: skip
MEDS = [
    "metformin", "lisinopril", "atorvastatin", "levothyroxine", "amlodipine", "sertraline", "albuterol",
    "omeprazole", "gabapentin", "losartan", "apixaban", "insulin glargine", "prednisone", "warfarin",
    "escitalopram", "montelukast", "furosemide", "tramadol", "adalimumab", "semaglutide", "lamotrigine",
    "quetiapine", "hydrochlorothiazide", "rosuvastatin", "duloxetine", "spironolactone", "tamsulosin",
]  # fmt: skip
DOSES = ["500 mg", "10 mg", "20 mg", "40 mg", "25 mcg", "5 mg", "100 mg", "2 puffs", "1000 mg", "0.5 mg"]
MONTHS = _words("January February March April May June July August September October November December")


class Doc:
    """Text under construction plus the spans of the labelled values in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.entities: list[dict[str, object]] = []

    def t(self, s: str) -> Doc:
        self.parts.append(s)
        self.size += len(s)
        return self

    def e(self, kind: str, s: str) -> Doc:
        self.entities.append({"type": kind, "start": self.size, "end": self.size + len(s)})
        return self.t(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Gen:
    """Real-world-shaped values."""

    def __init__(self, rnd: random.Random) -> None:
        self.r = rnd

    def given(self) -> str:
        return self.r.choice(GIVEN)

    def family(self) -> str:
        return self.r.choice(FAMILY)

    def name(self) -> str:
        g, f = self.given(), self.family()
        roll = self.r.random()
        if roll < 0.12:
            return f"{g} {self.r.choice(string.ascii_uppercase)}. {f}"
        return f"{g} {f}"

    def email(self, name: str | None = None) -> str:
        name = name or self.name()
        parts = [p.lower().strip(".").replace("'", "") for p in name.split() if len(p) > 2]
        local = self.r.choice([".".join(parts), parts[0][0] + parts[-1], parts[0] + str(self.r.randint(1, 99))])
        dom = self.r.choice(["example.com", "example.org", "mail.example.net", "example.co.uk", "corp.example.io"])
        return f"{local}@{dom}"

    def us_phone(self) -> str:
        while True:
            area = self.r.choice(US_AREAS)
            exch = f"{self.r.randint(2, 9)}{self.r.randint(0, 9)}{self.r.randint(0, 9)}"
            line = f"{self.r.randint(0, 9999):04d}"
            num = phonenumbers.parse(f"+1{area}{exch}{line}")
            if phonenumbers.is_valid_number(num):
                break
        fmt = self.r.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}", "+1-{a}-{e}-{l}"])
        return fmt.format(a=area, e=exch, l=line)

    def intl_phone(self) -> str:
        while True:
            cc, body = self.r.choice(
                [
                    ("44", f"20 7946 {self.r.randint(0, 999):04d}"),
                    ("44", f"7700 900{self.r.randint(100, 999)}"),
                    (
                        "33",
                        f"1 {self.r.randint(40, 49)} {self.r.randint(10, 99)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}",
                    ),
                    ("49", f"30 {self.r.randint(1000000, 9999999)}"),
                    ("91", f"98{self.r.randint(100, 999)} {self.r.randint(10000, 99999)}"),
                    ("61", f"2 {self.r.randint(8000, 9999)} {self.r.randint(1000, 9999)}"),
                ]
            )
            s = f"+{cc} {body}"
            if phonenumbers.is_valid_number(phonenumbers.parse(s)):
                return s

    def ssn(self, sep: str = "-") -> str:
        area = self.r.choice([n for n in range(1, 900) if n != 666])
        return f"{area:03d}{sep}{self.r.randint(1, 99):02d}{sep}{self.r.randint(1, 9999):04d}"

    def card(self) -> str:
        kind = self.r.choice(["visa", "mc", "mc2", "amex", "disc"])
        prefix, length = {
            "visa": ("4" + str(self.r.randint(10000, 99999)), 16),
            "mc": (str(self.r.randint(51, 55)), 16),
            "mc2": (str(self.r.randint(2221, 2720)), 16),
            "amex": (self.r.choice(["34", "37"]), 15),
            "disc": ("6011", 16),
        }[kind]
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        digits = body + str(luhn_digit(body))
        style = self.r.random()
        if length == 15:
            return f"{digits[:4]} {digits[4:10]} {digits[10:]}" if style < 0.6 else digits
        if style < 0.45:
            return " ".join(digits[i : i + 4] for i in range(0, 16, 4))
        if style < 0.7:
            return "-".join(digits[i : i + 4] for i in range(0, 16, 4))
        return digits

    def iban(self, spaced: bool | None = None) -> str:
        cc, bban = self.r.choice(
            [
                ("DE", "".join(self.r.choices(string.digits, k=18))),
                ("GB", self.r.choice(["NWBK", "BARC", "HBUK"]) + "".join(self.r.choices(string.digits, k=14))),
                ("FR", "".join(self.r.choices(string.digits, k=10)) + "".join(self.r.choices(string.digits, k=13))),
                ("ES", "".join(self.r.choices(string.digits, k=20))),
                ("NL", self.r.choice(["ABNA", "INGB", "RABO"]) + "".join(self.r.choices(string.digits, k=10))),
                ("IT", "X" + "".join(self.r.choices(string.digits, k=22))),
                ("BE", "".join(self.r.choices(string.digits, k=12))),
            ]
        )
        raw = iban_with_check(cc, bban)
        if spaced is None:
            spaced = self.r.random() < 0.6
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw

    def ipv4(self) -> str:
        first = self.r.choice([23, 45, 66, 81, 98, 104, 151, 172, 185, 192, 203, 10])
        if first == 192:
            return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self) -> str:
        groups = [f"{self.r.randint(0, 0xFFFF):x}" for _ in range(4)]
        return self.r.choice(
            [
                f"2001:db8:{groups[0]}:{groups[1]}::{groups[2]}",
                "2001:0db8:" + ":".join(f"{self.r.randint(0, 0xFFFF):04x}" for _ in range(6)),
                f"fe80::{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}",
            ]
        )

    def date(self, lo: int = 1935, hi: int = 2015) -> str:
        y, m, d = self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice(
            [f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}",
             f"{m}/{d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{MONTHS[m - 1][:3]} {d}, {y}"]
        )  # fmt: skip

    def mrn(self) -> str:
        return self.r.choice(
            [f"{self.r.randint(100000, 99999999):08d}", f"MR{self.r.randint(100000, 999999)}",
             f"{self.r.randint(100, 999)}-{self.r.randint(1000, 9999)}", f"A{self.r.randint(1000000, 9999999)}"]
        )  # fmt: skip

    def passport(self) -> str:
        return self.r.choice([f"{self.r.randint(100000000, 999999999)}", f"C{self.r.randint(10000000, 99999999)}"])

    def dl(self) -> str:
        return self.r.choice(
            [f"D{self.r.randint(1000000, 9999999)}", f"{self.r.randint(10000000, 99999999)}",
             f"S{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-{self.r.randint(10, 99)}-{self.r.randint(100, 999)}-0",
             f"{self.r.randint(100, 999)} {self.r.randint(100, 999)} {self.r.randint(100, 999)}", f"B{self.r.randint(100000000, 999999999)}"]
        )  # fmt: skip

    def street(self) -> str:
        return f"{self.r.randint(1, 9899)} {self.r.choice(STREETS)} {self.r.choice(SUFFIXES)}"

    def address_parts(self) -> tuple[str, str]:
        city, st, z = self.r.choice(CITIES)
        street = self.street()
        if self.r.random() < 0.25:
            street += self.r.choice(
                [
                    f", Apt {self.r.randint(1, 40)}",
                    f" Suite {self.r.randint(100, 900)}",
                    f", Unit {self.r.randint(1, 9)}B",
                ]
            )
        return street, f"{city}, {st} {z}"

    def address(self, multiline: bool = False) -> str:
        if self.r.random() < 0.12:
            street, city, pc = self.r.choice(UK_ADDR)
            return f"{self.r.randint(1, 250)} {street}, {city} {pc}"
        street, tail = self.address_parts()
        return f"{street}\n{tail}" if multiline else f"{street}, {tail}"

    def diag(self) -> str:
        return self.r.choice(DIAG)

    def med(self) -> str:
        return self.r.choice(MEDS)


def luhn_digit(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def iban_with_check(cc: str, bban: str) -> str:
    moved = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in moved)
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


Template = Callable[[Doc, Gen], None]
TEMPLATES: dict[str, list[Template]] = {}


def template(fmt: str) -> Callable[[Template], Template]:
    def deco(fn: Template) -> Template:
        TEMPLATES.setdefault(fmt, []).append(fn)
        return fn

    return deco


# ============================================================================ free text and e-mail
@template("free_text")
def ft_meeting(d: Doc, g: Gen) -> None:
    n1, n2 = g.name(), g.name()
    d.t(g.r.choice(["Yesterday ", "On Monday ", "This morning "])).e("PERSON", n1)
    d.t(g.r.choice([" met with ", " spoke to ", " had lunch with "])).e("PERSON", n2)
    d.t(" to go over the quarterly roadmap. They agreed to revisit the budget next week.")


@template("free_text")
def ft_contact(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("For billing questions please contact ").e("PERSON", n).t(" at ").e("EMAIL", g.email(n))
    d.t(" or call ").e("PHONE", g.us_phone()).t(" between 9am and 5pm.")


@template("free_text")
def ft_moving(d: Doc, g: Gen) -> None:
    d.t("We have moved! Our new office is at ").e("ADDRESS", g.address()).t(". Visitors should use the side entrance.")


@template("free_text")
def ft_wire(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("Please wire the deposit to ").e("PERSON", n).t(", IBAN ").e("IBAN", g.iban()).t(", reference INV-")
    d.t(f"{g.r.randint(1000, 9999)}. Thanks!")


@template("free_text")
def ft_identity(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("Applicant ").e("PERSON", n).t(" provided SSN ").e("US_SSN", g.ssn()).t(" and date of birth ")
    d.e("DATE_OF_BIRTH", g.date()).t(" for the background check.")


@template("free_text")
def ft_travel(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("Traveler: ").e("PERSON", n).t("\nPassport number: ").e("US_PASSPORT", g.passport())
    d.t(f"\nFlight UA{g.r.randint(100, 999)} departs 07:45, seat {g.r.randint(1, 40)}C.\n")


@template("free_text")
def ft_rental(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("Car rental agreement for ").e("PERSON", n).t(". Driver's license no. ").e("DRIVER_LICENSE", g.dl())
    d.t(", card ending 4421 on file. Pickup at 10:00.")


@template("free_text")
def ft_card_story(d: Doc, g: Gen) -> None:
    d.t("I accidentally pasted my card number ").e("CREDIT_CARD", g.card())
    d.t(" into the support chat, can someone delete it?")


@template("free_text")
def ft_birthday(d: Doc, g: Gen) -> None:
    n = g.name()
    d.e("PERSON", n).t(" was born on ").e("DATE_OF_BIRTH", g.date()).t(" in ")
    d.t(g.r.choice(["Lagos", "Osaka", "Lyon", "Chennai", "Guadalajara", "Krakow"])).t(" and joined the team in 2019.")


@template("free_text")
def ft_unknown_origin(d: Doc, g: Gen) -> None:
    n = f"{g.r.choice(GIVEN_ENGINE_UNKNOWN)} {g.family()}"
    d.t("Dear ").e("PERSON", n).t(
        ",\n\nYour application has been received. We will reply within ten days.\n\nRegards,\n"
    )
    d.e("PERSON", g.name()).t("\n")


@template("email")
def em_intro(d: Doc, g: Gen) -> None:
    a, b = g.name(), g.name()
    d.t("From: ").e("PERSON", a).t(" <").e("EMAIL", g.email(a)).t(">\nTo: ").e("PERSON", b).t(" <")
    d.e("EMAIL", g.email(b)).t(">\nSubject: Intro\n\nHi ").e("PERSON", b.split()[0])
    d.t(",\n\nGreat meeting you at the conference. My cell is ").e("PHONE", g.us_phone())
    d.t(" if you want to talk this week.\n\nBest,\n").e("PERSON", a.split()[0]).t("\n")


@template("email")
def em_shipping(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("Hello ").e("PERSON", n.split()[0]).t(",\n\nYour order #").t(str(g.r.randint(10**7, 10**8)))
    d.t(" has shipped to:\n\n").e("PERSON", n).t("\n").e("ADDRESS", g.address(multiline=True))
    d.t(f"\n\nTracking: 1Z{g.r.randint(10**9, 10**10 - 1)}A{g.r.randint(10, 99)}\n\nThanks for shopping with us!\n")


@template("email")
def em_hr(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("Subject: New hire paperwork\n\nHi team,\n\nPlease set up payroll for ").e("PERSON", n)
    d.t(". SSN: ").e("US_SSN", g.ssn()).t(", DOB: ").e("DATE_OF_BIRTH", g.date(1960, 2003))
    d.t(". Direct deposit IBAN ").e("IBAN", g.iban()).t(".\n\nThanks,\n").e("PERSON", g.name()).t("\nPeople Ops\n")


@template("email")
def em_forward(d: Doc, g: Gen) -> None:
    a = g.name()
    d.t("---------- Forwarded message ---------\nFrom: ").e("EMAIL", g.email(a)).t(
        "\nDate: Tue, Mar 4, 2025 at 9:12 AM\n"
    )
    d.t("Subject: Re: invoice\n\nCan you resend the invoice? The previous one bounced.\n\n-- \n").e("PERSON", a).t("\n")


@template("email")
def em_newsletter(d: Doc, g: Gen) -> None:
    d.t("Subject: Spring newsletter\n\nHello everyone,\n\nOur spring release 4.2.1 is out with faster sync and a new ")
    d.t("dark mode. Read the release notes on our blog. Questions? Write to support [at] example [dot] com.\n\n")
    d.t("The Product Team\n")


@template("email")
def em_medical_family(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("Hi ").e("PERSON", n.split()[0]).t(",\n\nJust a heads-up: my mother was diagnosed with ").e(
        "DIAGNOSIS", g.diag()
    )
    d.t(" last week and the doctor started her on ").e("MEDICATION", g.med()).t(". I'll be out Thursday.\n\nThanks,\n")
    d.e("PERSON", g.name()).t("\n")


# ================================================================================ chat transcripts
@template("chat")
def chat_support(d: Doc, g: Gen) -> None:
    agent, cust = g.given(), g.name()
    first = cust.split()[0]
    d.t("[10:02] ").e("PERSON", agent).t(": Hi, thanks for contacting support! Who am I speaking with?\n")
    d.t("[10:03] ").e("PERSON", first).t(": this is ").e("PERSON", cust).t(", my account email is ").e(
        "EMAIL", g.email(cust)
    )
    d.t("\n[10:03] ").e("PERSON", agent).t(": Thanks ").e("PERSON", first).t(", can you confirm the phone on file?\n")
    d.t("[10:04] ").e("PERSON", first).t(": ").e("PHONE", g.us_phone()).t("\n")


@template("chat")
def chat_slack(d: Doc, g: Gen) -> None:
    a, b = g.given(), g.given()
    d.e("PERSON", a).t(" (9:41 AM): deploy of build 7.3.12 is done, can you check the dashboards?\n")
    d.e("PERSON", b).t(" (9:42 AM): looks good, p95 latency back to 180ms\n")
    d.e("PERSON", a).t(" (9:43 AM): nice, closing the incident\n")


@template("chat")
def chat_nopii(d: Doc, g: Gen) -> None:
    d.t("<bot> Build #4821 passed (commit 9f3e2ab)\n<bot> Deploying version 2.14.0 to staging\n")
    d.t("<bot> Health check OK on 3/3 pods\n<bot> Rollout complete in 4m12s\n")


@template("chat")
def chat_card(d: Doc, g: Gen) -> None:
    a, b = g.given(), g.given()
    d.e("PERSON", a).t(": can you pay the vendor? use the company card\n").e("PERSON", b).t(": which one?\n")
    d.e("PERSON", a).t(": ").e("CREDIT_CARD", g.card()).t(" exp 09/27\n").e("PERSON", b).t(": done\n")


@template("chat")
def chat_health(d: Doc, g: Gen) -> None:
    a, b = g.given(), g.given()
    d.e("PERSON", a).t(": how is your dad doing?\n").e("PERSON", b).t(": better, they confirmed it's ")
    d.e("DIAGNOSIS", g.diag()).t(" and he's on ").e("MEDICATION", g.med()).t(" now\n").e("PERSON", a).t(
        ": glad to hear\n"
    )


# ==================================================================================== app/auth logs
def _ts(g: Gen) -> str:
    return f"2025-0{g.r.randint(1, 9)}-{g.r.randint(10, 28)}T{g.r.randint(10, 23)}:{g.r.randint(10, 59)}:{g.r.randint(10, 59)}.{g.r.randint(100, 999)}Z"


@template("log")
def log_auth(d: Doc, g: Gen) -> None:
    for _ in range(g.r.randint(3, 6)):
        n = g.name()
        d.t(f"{_ts(g)} INFO auth-service login success user=").e("EMAIL", g.email(n)).t(" src_ip=").e(
            "IP_ADDRESS", g.ipv4()
        )
        d.t(f" mfa=totp session={g.r.getrandbits(48):012x}\n")
    d.t(f"{_ts(g)} WARN auth-service login failed user=unknown src_ip=").e("IP_ADDRESS", g.ipv4()).t(
        " reason=bad_password\n"
    )


@template("log")
def log_nginx(d: Doc, g: Gen) -> None:
    for _ in range(g.r.randint(3, 6)):
        ip = g.ipv4() if g.r.random() < 0.8 else g.ipv6()
        d.e("IP_ADDRESS", ip).t(
            f' - - [12/Mar/2025:1{g.r.randint(0, 9)}:2{g.r.randint(0, 9)}:0{g.r.randint(0, 9)} +0000] "GET /api/v1/items/'
        )
        d.t(f'{g.r.randint(1000, 9999)} HTTP/1.1" 200 {g.r.randint(200, 9000)} "-" "Mozilla/5.0"\n')


@template("log")
def log_app_nopii(d: Doc, g: Gen) -> None:
    for _ in range(g.r.randint(5, 9)):
        d.t(
            g.r.choice(
                [
                    f"{_ts(g)} INFO worker job={g.r.randint(10**5, 10**6)} done in {g.r.randint(5, 900)}ms\n",
                    f"{_ts(g)} DEBUG cache hit ratio=0.{g.r.randint(10, 99)} keys={g.r.randint(100, 99999)}\n",
                    f"{_ts(g)} INFO deployed version {g.r.randint(1, 9)}.{g.r.randint(0, 30)}.{g.r.randint(0, 99)} build {g.r.randint(10**6, 10**7)}\n",
                    f"{_ts(g)} WARN retry attempt={g.r.randint(1, 5)} upstream=inventory-svc timeout_ms=2500\n",
                    f"{_ts(g)} INFO order {g.r.randint(10**8, 10**9)} shipped carrier=UPS tracking=1Z{g.r.randint(10**9, 10**10)}\n",
                    f"{_ts(g)} INFO epoch={g.r.randint(1600000000, 1750000000)} heartbeat ok\n",
                ]
            )
        )


@template("log")
def log_payment(d: Doc, g: Gen) -> None:
    d.t(f"{_ts(g)} ERROR payment-gateway charge declined card=").e("CREDIT_CARD", g.card())
    d.t(f" amount=42.{g.r.randint(10, 99)} currency=USD\n")
    d.t(f"{_ts(g)} INFO payment-gateway retry with masked card=**** **** **** {g.r.randint(1000, 9999)}\n")


@template("log")
def log_kv_user(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t(f'{_ts(g)} level=info msg="profile updated" first_name=').e("PERSON", n.split()[0]).t(" last_name=")
    d.e("PERSON", n.split()[-1]).t(" phone=").e("PHONE", g.us_phone().replace(" ", "-")).t(
        f" request_id={g.r.getrandbits(64):016x}\n"
    )


@template("log")
def log_syslog(d: Doc, g: Gen) -> None:
    mac = ":".join(f"{g.r.randint(0, 255):02x}" for _ in range(6))
    d.t("Mar 12 10:22:01 gw01 dhcpd[812]: DHCPACK on ").e("IP_ADDRESS", g.ipv4()).t(f" to {mac} via eth0\n")
    d.t("Mar 12 10:22:05 gw01 sshd[911]: Accepted publickey for deploy from ").e("IP_ADDRESS", g.ipv4())
    d.t(" port 52144 ssh2\n")


@template("log")
def log_git(d: Doc, g: Gen) -> None:
    d.t("$ git clone git@github.com:acme/platform.git\nCloning into 'platform'...\n")
    d.t(f"remote: Enumerating objects: {g.r.randint(1000, 9999)}, done.\n")
    d.t("$ git log -1 --format=%H\n" + "".join(g.r.choices("0123456789abcdef", k=40)) + "\n")


# ========================================================================================= CSV
@template("csv")
def csv_customers(d: Doc, g: Gen) -> None:
    d.t("customer_id,full_name,email,phone,signup_date\n")
    for i in range(g.r.randint(3, 6)):
        n = g.name()
        d.t(f"{1000 + i},").e("PERSON", n).t(",").e("EMAIL", g.email(n)).t(",").e("PHONE", g.us_phone()).t(
            f",2024-0{g.r.randint(1, 9)}-1{g.r.randint(0, 9)}\n"
        )


@template("csv")
def csv_patients(d: Doc, g: Gen) -> None:
    d.t("mrn,last_name,first_name,dob,diagnosis\n")
    for _ in range(g.r.randint(3, 5)):
        d.e("MEDICAL_RECORD_NUMBER", f"{g.r.randint(10**6, 10**7)}").t(",").e("PERSON", g.family()).t(",").e(
            "PERSON", g.given()
        )
        d.t(",").e("DATE_OF_BIRTH", f"{g.r.randint(1940, 2010)}-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}")
        d.t(",").e("DIAGNOSIS", g.diag()).t("\n")


@template("csv")
def csv_products(d: Doc, g: Gen) -> None:
    d.t("sku,name,price,stock,last_updated\n")
    for _ in range(g.r.randint(4, 7)):
        d.t(
            f"SKU-{g.r.randint(1000, 9999)}-{g.r.randint(10, 99)},{g.r.choice(['Desk Lamp', 'Office Chair', 'USB-C Cable', 'Notebook A5', 'Standing Desk'])},"
        )
        d.t(
            f"{g.r.randint(5, 500)}.{g.r.randint(0, 99):02d},{g.r.randint(0, 400)},{g.r.randint(1600000000, 1750000000)}\n"
        )


@template("csv")
def csv_drug_catalogue(d: Doc, g: Gen) -> None:
    d.t("ndc,drug,strength,form,list_price\n")
    for m in g.r.sample(MEDS, 4):
        d.t(
            f"{g.r.randint(10000, 99999)}-{g.r.randint(100, 999)}-{g.r.randint(10, 99)},{m},{g.r.choice(DOSES)},tablet,{g.r.randint(3, 300)}.99\n"
        )


@template("csv")
def csv_employees_tsv(d: Doc, g: Gen) -> None:
    d.t("employee_id\tname\tssn\taddress\n")
    for i in range(g.r.randint(2, 4)):
        d.t(f"E{500 + i}\t").e("PERSON", g.name()).t("\t").e("US_SSN", g.ssn()).t("\t").e("ADDRESS", g.street()).t("\n")


@template("csv")
def csv_metrics(d: Doc, g: Gen) -> None:
    d.t("timestamp,host,cpu_pct,mem_mb,version\n")
    for _ in range(g.r.randint(4, 8)):
        d.t(
            f"{g.r.randint(1700000000, 1750000000)},web-{g.r.randint(1, 20):02d},{g.r.randint(1, 99)}.{g.r.randint(0, 9)},{g.r.randint(200, 4000)},3.{g.r.randint(0, 12)}.{g.r.randint(0, 40)}\n"
        )


@template("csv")
def csv_payments(d: Doc, g: Gen) -> None:
    d.t("txn_id;cardholder;card_number;amount\n")
    for _ in range(g.r.randint(2, 4)):
        d.t(f"T{g.r.randint(10**6, 10**7)};").e("PERSON", g.name()).t(";").e("CREDIT_CARD", g.card()).t(
            f";{g.r.randint(5, 900)}.00\n"
        )


# ==================================================================================== JSON / NDJSON
@template("json")
def json_user(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t('{\n  "id": ').t(str(g.r.randint(1000, 99999))).t(',\n  "name": "').e("PERSON", n).t('",\n  "email": "').e(
        "EMAIL", g.email(n)
    )
    d.t('",\n  "last_login_ip": "').e("IP_ADDRESS", g.ipv4()).t(
        f'",\n  "plan": "pro",\n  "created": {g.r.randint(1600000000, 1750000000)}\n}}\n'
    )


@template("json")
def json_patient(d: Doc, g: Gen) -> None:
    d.t('{"resourceType": "Patient", "identifier": [{"type": "MRN", "value": "').e("MEDICAL_RECORD_NUMBER", g.mrn())
    d.t('"}], "name": [{"family": "').e("PERSON", g.family()).t('", "given": ["').e("PERSON", g.given()).t(
        '"]}], "birthDate": "'
    )
    d.e("DATE_OF_BIRTH", f"{g.r.randint(1940, 2010)}-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}").t(
        '", "gender": "female"}\n'
    )


@template("json")
def json_config(d: Doc, g: Gen) -> None:
    d.t(
        f'{{"service": "checkout", "version": "{g.r.randint(1, 5)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}", "replicas": {g.r.randint(2, 9)}, '
    )
    d.t(
        f'"image": "registry.example.com/checkout@sha256:{"".join(g.r.choices("0123456789abcdef", k=16))}", "port": 8080, "timeout_ms": 3000}}\n'
    )


@template("ndjson")
def ndjson_events(d: Doc, g: Gen) -> None:
    for _ in range(g.r.randint(3, 6)):
        roll = g.r.random()
        d.t(f'{{"ts": {g.r.randint(1700000000000, 1750000000000)}, "event": "')
        if roll < 0.35:
            n = g.name()
            d.t('signup", "email": "').e("EMAIL", g.email(n)).t('"}\n')
        elif roll < 0.55:
            d.t('login", "ip": "').e("IP_ADDRESS", g.ipv4()).t('"}\n')
        else:
            d.t(f'page_view", "path": "/products/{g.r.randint(100, 999)}", "sku": "AB-{g.r.randint(10000, 99999)}"}}\n')


@template("ndjson")
def ndjson_orders(d: Doc, g: Gen) -> None:
    for _ in range(g.r.randint(2, 4)):
        n = g.name()
        d.t(f'{{"order_id": "{g.r.randint(10**9, 10**10)}", "customer": {{"first_name": "').e("PERSON", n.split()[0])
        d.t('", "last_name": "').e("PERSON", n.split()[-1]).t('"}, "ship_to": "').e("ADDRESS", g.address()).t(
            '", "total": 59.90}\n'
        )


@template("ndjson")
def ndjson_nopii(d: Doc, g: Gen) -> None:
    for _ in range(g.r.randint(3, 6)):
        d.t(
            f'{{"level": "info", "svc": "search", "took_ms": {g.r.randint(1, 400)}, "hits": {g.r.randint(0, 9999)}, "trace": "{g.r.getrandbits(64):016x}", "ver": "1.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}.{g.r.randint(0, 99)}"}}\n'
        )


# ========================================================================================== HTML
@template("html")
def html_contact(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t('<div class="vcard">\n  <h2>').e("PERSON", n).t('</h2>\n  <p class="adr">').e("ADDRESS", g.address()).t(
        "</p>\n"
    )
    d.t('  <a href="mailto:').e("EMAIL", g.email(n)).t('">Email me</a> | <span class="tel">').e(
        "PHONE", g.us_phone()
    ).t("</span>\n</div>\n")


@template("html")
def html_article(d: Doc, g: Gen) -> None:
    dx, m = g.diag(), g.med()
    d.t(f"<article><h1>Understanding {dx}</h1><p>{dx.capitalize()} affects millions of adults. Treatment often ")
    d.t(
        f"includes lifestyle changes and medicines such as {m}. Talk to your clinician about side effects.</p></article>\n"
    )


@template("html")
def html_form(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t('<form><label>Full name</label><input value="').e("PERSON", n).t('"><label>Date of birth</label><input value="')
    d.e("DATE_OF_BIRTH", g.date()).t('"><label>SSN</label><input value="').e("US_SSN", g.ssn()).t('"></form>\n')


@template("html")
def html_team(d: Doc, g: Gen) -> None:
    d.t("<ul class='team'>\n")
    for _ in range(3):
        d.t("  <li><strong>").e("PERSON", g.name()).t(
            f"</strong>, {g.r.choice(['CTO', 'Head of Design', 'Engineer', 'Nurse Manager'])}</li>\n"
        )
    d.t("</ul>\n")


# ================================================================================ clinical text
def _patient_header(d: Doc, g: Gen) -> None:
    d.t("Patient: ").e("PERSON", g.name()).t("\nDOB: ").e("DATE_OF_BIRTH", g.date()).t("\nMRN: ").e(
        "MEDICAL_RECORD_NUMBER", g.mrn()
    ).t("\n")


@template("clinical_note")
def cn_soap(d: Doc, g: Gen) -> None:
    _patient_header(d, g)
    d.t("\nS: 54 y/o presents with fatigue and polyuria for 3 weeks.\nO: BP 148/92, HR 78, BMI 31.\n")
    d.t("A: ").e("DIAGNOSIS", g.diag()).t(", poorly controlled.\nP: Start ").e("MEDICATION", g.med()).t(
        f" {g.r.choice(DOSES)} daily; "
    )
    d.t("recheck labs in 3 months.\nSigned: Dr. ").e("PERSON", g.name()).t("\n")


@template("clinical_note")
def cn_narrative(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("Mrs. ").e("PERSON", n).t(" is a pleasant woman with a history of ").e("DIAGNOSIS", g.diag()).t(" and ")
    d.e("DIAGNOSIS", g.diag()).t(" who returns for follow-up. She reports good adherence to ").e("MEDICATION", g.med())
    d.t(". Her daughter can be reached at ").e("PHONE", g.us_phone()).t(".\n")


@template("clinical_note")
def cn_referral(d: Doc, g: Gen) -> None:
    d.t("Referral\nTo: Dr. ").e("PERSON", g.name()).t(", Cardiology\nRe: ").e("PERSON", g.name()).t(" (MRN ").e(
        "MEDICAL_RECORD_NUMBER", g.mrn()
    )
    d.t(")\n\nPlease evaluate for ").e("DIAGNOSIS", g.diag()).t(". Current meds: ").e("MEDICATION", g.med()).t(", ").e(
        "MEDICATION", g.med()
    ).t(".\n")


@template("discharge_summary")
def ds_full(d: Doc, g: Gen) -> None:
    d.t("DISCHARGE SUMMARY\n\nPatient Name: ").e("PERSON", g.name()).t("\nMedical Record Number: ").e(
        "MEDICAL_RECORD_NUMBER", g.mrn()
    )
    d.t("\nDate of Birth: ").e("DATE_OF_BIRTH", g.date()).t(
        f"\nAdmission Date: 03/0{g.r.randint(1, 9)}/2025\n\nDischarge Diagnosis: "
    )
    d.e("DIAGNOSIS", g.diag()).t(
        "\n\nHospital Course: Admitted for management; improved with IV fluids.\n\nDischarge Medications:\n1. "
    )
    d.e("MEDICATION", g.med()).t(f" {g.r.choice(DOSES)} PO daily\n2. ").e("MEDICATION", g.med()).t(
        f" {g.r.choice(DOSES)} PO BID\n\n"
    )
    d.t("Follow-up with PCP in 1 week. Attending: ").e("PERSON", g.name()).t(", MD\n")


@template("discharge_summary")
def ds_short(d: Doc, g: Gen) -> None:
    d.t("Discharge note for ").e("PERSON", g.name()).t(", DOB ").e("DATE_OF_BIRTH", g.date()).t(". Dx: ").e(
        "DIAGNOSIS", g.diag()
    )
    d.t(". Home address on file: ").e("ADDRESS", g.address()).t(". Continue ").e("MEDICATION", g.med()).t(".\n")


@template("lab_report")
def lab_cbc(d: Doc, g: Gen) -> None:
    d.t("LABORATORY REPORT\nName: ").e("PERSON", g.name()).t("    MRN#: ").e("MEDICAL_RECORD_NUMBER", g.mrn())
    d.t("\nBirth Date: ").e("DATE_OF_BIRTH", g.date()).t(f"\nCollected: 2025-03-{g.r.randint(10, 28)} 07:15\n\n")
    d.t("TEST            RESULT   UNITS     REF RANGE\nWBC             7.2      10^3/uL   4.0-11.0\n")
    d.t(
        f"Hemoglobin      {g.r.randint(10, 16)}.{g.r.randint(0, 9)}     g/dL      12.0-16.0\nGlucose         {g.r.randint(70, 240)}      mg/dL     70-99\n"
    )
    d.t("Ordering physician: ").e("PERSON", g.name()).t("\n")


@template("lab_report")
def lab_reference_nopii(d: Doc, g: Gen) -> None:
    d.t("Reference ranges (adult)\nTEST          UNITS     RANGE\nSodium        mmol/L    135-145\n")
    d.t("Potassium     mmol/L    3.5-5.1\nCreatinine    mg/dL     0.6-1.2\nHbA1c         %         4.0-5.6\n")


@template("hl7")
def hl7_adt(d: Doc, g: Gen) -> None:
    fam, giv = g.family().upper(), g.given().upper()
    y, m, dd = g.r.randint(1940, 2012), g.r.randint(1, 12), g.r.randint(1, 28)
    city, st, z = g.r.choice(CITIES)
    d.t(f"MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20250312101500||ADT^A01|MSG{g.r.randint(10000, 99999)}|P|2.5\r")
    d.t("PID|1||").e("MEDICAL_RECORD_NUMBER", str(g.r.randint(10**6, 10**8))).t("^^^HOSP^MR||").e(
        "PERSON", f"{fam}^{giv}"
    )
    d.t("^^^^L||").e("DATE_OF_BIRTH", f"{y}{m:02d}{dd:02d}").t("|F|||").e("ADDRESS", f"{g.street()}^^{city}^{st}^{z}")
    d.t("^USA||").e("PHONE", g.us_phone().replace(" ", "")).t("\r")
    d.t(f"PV1|1|I|4W^412^A|||||||MED||||||||{g.r.randint(10**5, 10**6)}\r")
    d.t("DG1|1|ICD10|E11.9^").e("DIAGNOSIS", g.diag()).t("^I10|||A\r")


@template("hl7")
def hl7_oru(d: Doc, g: Gen) -> None:
    fam, giv = g.family().upper(), g.given().upper()
    d.t(f"MSH|^~\\&|LAB|HOSP|EHR|HOSP|20250301083000||ORU^R01|{g.r.randint(10**5, 10**6)}|P|2.3\n")
    d.t("PID|1||").e("MEDICAL_RECORD_NUMBER", f"A{g.r.randint(10**5, 10**6)}").t("||").e("PERSON", f"{fam}^{giv}^M").t(
        "||"
    )
    d.e("DATE_OF_BIRTH", f"{g.r.randint(1940, 2012)}{g.r.randint(1, 12):02d}{g.r.randint(1, 28):02d}").t("|M\n")
    d.t(f"OBX|1|NM|2345-7^Glucose^LN||{g.r.randint(70, 200)}|mg/dL|70-99|H|||F\n")


# ====================================================================== hard negatives, PII-free
@template("free_text")
def neg_versions(d: Doc, g: Gen) -> None:
    d.t(
        f"Upgrade notes: version {g.r.randint(1, 9)}.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}.{g.r.randint(0, 99)} replaces build "
    )
    d.t(
        f"{g.r.randint(10**7, 10**8)}. Part number PN-{g.r.randint(1000, 9999)}-{g.r.randint(100, 999)} and SKU {g.r.randint(10**11, 10**12)} "
    )
    d.t(
        f"are discontinued. Firmware 10.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}.{g.r.randint(1, 9)} fixes the OID 1.3.6.1.4.1.{g.r.randint(1000, 9999)} bug.\n"
    )


@template("free_text")
def neg_masked(d: Doc, g: Gen) -> None:
    d.t(f"Your card ending in {g.r.randint(1000, 9999)} (**** **** **** {g.r.randint(1000, 9999)}) was charged. ")
    d.t(f"SSN on file: ***-**-{g.r.randint(1000, 9999)}. Account XXXX-XXXX-{g.r.randint(1000, 9999)}.\n")


@template("free_text")
def neg_bad_checksums(d: Doc, g: Gen) -> None:
    card = g.card().replace(" ", "").replace("-", "")
    bad = card[:-1] + str((int(card[-1]) + 1) % 10)
    iban = g.iban(spaced=False)
    bad_iban = iban[:2] + f"{(int(iban[2:4]) + 1) % 100:02d}" + iban[4:]
    d.t(f"Test data only: card {bad} (fails Luhn), IBAN {bad_iban} (bad checksum), SSN 000-12-3456 and 666-45-1234 ")
    d.t(f"are invalid, as is 123-00-4567. Order number {g.r.randint(10**15, 10**16)} shipped.\n")


@template("free_text")
def neg_tech(d: Doc, g: Gen) -> None:
    mac = ":".join(f"{g.r.randint(0, 255):02X}" for _ in range(6))
    d.t(f"Device {mac} registered. Contact: admin [at] example [dot] org. Repo: git@gitlab.com:team/infra.git. ")
    d.t(
        f"Timestamp {g.r.randint(1600000000, 1750000000)} (epoch). Tracking 9400 1000 0000 0000 0000 00. Localhost 127.0.0.1.\n"
    )


@template("free_text")
def neg_companies(d: Doc, g: Gen) -> None:
    d.t(g.r.choice(["Morgan Stanley", "Goldman Sachs", "Johnson & Johnson", "Procter & Gamble", "Wells Fargo"]))
    d.t(" and ").t(g.r.choice(["Ernst & Young", "Merrill Lynch", "Dow Jones", "Marks & Spencer", "Charles Schwab"]))
    d.t(" reported earnings on Tuesday. Offices on ").t(
        g.r.choice(["Martin Luther King Boulevard", "Washington Street", "Lincoln Avenue"])
    )
    d.t(" will reopen. Analysts at Lehman Brothers once rated the sector highly.\n")


@template("free_text")
def neg_eponyms(d: Doc, g: Gen) -> None:
    d.t(
        g.r.choice(
            [
                "Parkinson's disease",
                "Alzheimer's disease",
                "Crohn's disease",
                "Hodgkin lymphoma",
                "Huntington's disease",
            ]
        )
    )
    d.t(" research received new funding this year. The foundation's report compares outcomes with ")
    d.t(g.r.choice(["Graves' disease", "Addison's disease", "Bell's palsy", "Cushing's syndrome"])).t(
        " cohorts across 40 centres.\n"
    )


@template("free_text")
def neg_health_article(d: Doc, g: Gen) -> None:
    m = g.med()
    d.t(f"{m.capitalize()} is commonly used to treat {g.diag()}. Common side effects include nausea and headache. ")
    d.t("Patients should not stop taking any medicine without speaking to a pharmacist.\n")


@template("free_text")
def neg_plain(d: Doc, g: Gen) -> None:
    d.t(
        g.r.choice(
            [
                "The quarterly planning meeting moved to Thursday at 3pm in room B. Please bring the updated roadmap.\n",
                "Reminder: the office will be closed on Monday for the public holiday. Enjoy the long weekend!\n",
                "Our API now supports pagination via the cursor parameter. See the docs for examples and limits.\n",
                "Weather update: light rain expected after 4 PM, clearing overnight with lows around 8 degrees.\n",
                "Release checklist: bump version to 3.4.0, update CHANGELOG, tag the commit, publish the wheel.\n",
                "The library opens at 9:00 and closes at 17:30 on weekdays; Saturday hours are 10:00 to 14:00.\n",
            ]
        )
    )


@template("free_text")
def neg_streets(d: Doc, g: Gen) -> None:
    d.t(
        f"Traffic is diverted from {g.r.choice(['Washington Street', 'Jefferson Avenue', 'Lincoln Road', 'Madison Avenue'])} to "
    )
    d.t(
        f"{g.r.choice(['Elm Street', 'King Street', 'Queen Street', 'Park Avenue'])} until Friday while crews repair the water main.\n"
    )


@template("log")
def neg_log_versions(d: Doc, g: Gen) -> None:
    for _ in range(4):
        d.t(
            f"{_ts(g)} INFO agent v{g.r.randint(1, 9)}.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}.{g.r.randint(0, 9)} heartbeat seq={g.r.randint(10**9, 10**10)} "
        )
        d.t(
            f"checksum={g.r.getrandbits(32):08x} mem=512MB mac={':'.join(f'{g.r.randint(0, 255):02x}' for _ in range(6))}\n"
        )


# ===================================================== second batch (written after the engine was tuned)
@template("free_text")
def ft_blog(d: Doc, g: Gen) -> None:
    friend = g.name()
    d.t("Last weekend my college roommate ").e("PERSON", friend).t(" flew in from ")
    d.t(g.r.choice(["Nairobi", "Seoul", "Monterrey", "Leeds"])).t(
        ". We hiked, ate too much, and talked about old times. "
    )
    d.t("If you want the trail map, text me.\n")


@template("free_text")
def ft_incident(d: Doc, g: Gen) -> None:
    victim, officer = g.name(), g.family()
    d.t("INCIDENT REPORT\nReporting party: ").e("PERSON", victim).t("\nResidence: ").e("ADDRESS", g.address())
    d.t("\nContact number: ").e("PHONE", g.us_phone()).t(
        "\nNarrative: RP states her bicycle was taken from the porch between 2100 and 0630 hrs.\n"
    )
    d.t("Officer ").e("PERSON", officer).t(" #").t(str(g.r.randint(1000, 9999))).t(" responded.\n")


@template("free_text")
def ft_lease(d: Doc, g: Gen) -> None:
    a, b = g.name(), g.name()
    d.t("This Lease Agreement is made between ").e("PERSON", a).t(' ("Landlord") and ').e("PERSON", b)
    d.t(' ("Tenant") for the premises located at ').e("ADDRESS", g.address()).t(
        ". Monthly rent is $1,850 due on the first of each month.\n"
    )


@template("free_text")
def ft_recipe(d: Doc, g: Gen) -> None:
    d.t("Grandma's Lemon Cake\n\n2 cups flour, 1 cup sugar, 3 eggs, zest of 2 lemons.\nBake at 350F for 35 minutes. ")
    d.t("Serves 8. Tip: let it cool for 10 minutes before glazing.\n")


@template("free_text")
def ft_insurance(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("Claim #CLM-").t(str(g.r.randint(10**6, 10**7))).t(" filed by policyholder ").e("PERSON", n).t(" (born ")
    d.e("DATE_OF_BIRTH", g.date()).t(") for treatment of ").e("DIAGNOSIS", g.diag()).t(". Reimburse to IBAN ").e(
        "IBAN", g.iban()
    ).t(".\n")


@template("email")
def em_ooo(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t(
        "Auto-reply: I am out of the office until Monday with limited access to email. For urgent matters please contact "
    )
    d.e("PERSON", n).t(" at ").e("PHONE", g.us_phone()).t(".\n")


@template("email")
def em_reset(d: Doc, g: Gen) -> None:
    e = g.email()
    d.t("We received a request to reset the password for ").e("EMAIL", e).t(". The request came from IP ").e(
        "IP_ADDRESS", g.ipv4()
    )
    d.t(" (Chrome on Windows). If this wasn't you, ignore this message.\n")


@template("email")
def em_appointment(d: Doc, g: Gen) -> None:
    n, doc = g.name(), g.family()
    d.t("Dear ").e("PERSON", n).t(",\nThis is a reminder of your appointment with Dr. ").e("PERSON", doc)
    d.t(
        " on Thursday at 2:30 PM. Please bring your insurance card and a list of current medications.\nRiverside Family Practice\n"
    )


@template("chat")
def chat_whatsapp(d: Doc, g: Gen) -> None:
    a, b = g.given(), g.given()
    d.t("12/03/2025, 14:02 - ").e("PERSON", a).t(": are you home?\n12/03/2025, 14:05 - ").e("PERSON", b).t(
        ": yes, come over\n"
    )
    d.t("12/03/2025, 14:06 - ").e("PERSON", a).t(": what's the gate code again\n12/03/2025, 14:06 - ").e("PERSON", b).t(
        ": 4471\n"
    )


@template("log")
def log_cloudtrail(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t('{"eventVersion": "1.08", "eventName": "ConsoleLogin", "sourceIPAddress": "').e("IP_ADDRESS", g.ipv4())
    d.t('", "userIdentity": {"type": "IAMUser", "userName": "').e("EMAIL", g.email(n)).t(
        f'"}}, "eventTime": "2025-02-0{g.r.randint(1, 9)}T10:00:00Z", "awsRegion": "us-east-1"}}\n'
    )


@template("log")
def log_k8s_nopii(d: Doc, g: Gen) -> None:
    for _ in range(g.r.randint(3, 6)):
        d.t(
            f"{g.r.randint(1, 59)}m  Normal  Scheduled  pod/api-{g.r.getrandbits(20):05x}  Successfully assigned default/api to node-{g.r.randint(1, 9)}\n"
        )
    d.t(
        f"2m  Warning  BackOff  pod/worker-{g.r.getrandbits(20):05x}  Back-off restarting failed container (exit code 137)\n"
    )


@template("csv")
def csv_hr_quoted(d: Doc, g: Gen) -> None:
    d.t('"Employee Name","Date of Birth","Home Address","Department"\n')
    for _ in range(g.r.randint(2, 4)):
        d.t('"').e("PERSON", g.name()).t('","').e(
            "DATE_OF_BIRTH", f"{g.r.randint(1, 12)}/{g.r.randint(1, 28)}/{g.r.randint(1955, 2002)}"
        )
        d.t('","').e("ADDRESS", g.street()).t(f'","{g.r.choice(["Finance", "R&D", "Sales", "Legal"])}"\n')


@template("csv")
def csv_bank(d: Doc, g: Gen) -> None:
    d.t("date,description,amount,counterparty_iban\n")
    for _ in range(g.r.randint(2, 5)):
        d.t(f"2025-01-{g.r.randint(10, 28)},SEPA transfer,-{g.r.randint(10, 900)}.00,").e(
            "IBAN", g.iban(spaced=False)
        ).t("\n")


@template("json")
def json_webhook(d: Doc, g: Gen) -> None:
    n = g.name()
    g.address_parts()  # drawn but unused: keeps the seeded value stream of later documents stable
    d.t('{"type": "charge.succeeded", "data": {"billing_details": {"name": "').e("PERSON", n).t('", "email": "').e(
        "EMAIL", g.email(n)
    )
    d.t('", "phone": "').e("PHONE", g.us_phone()).t('"}, "amount": 4200, "currency": "usd", "id": "ch_').t(
        "".join(g.r.choices("ABCDEFabcdef0123456789", k=16))
    ).t('"}}\n')


@template("html")
def html_signature(d: Doc, g: Gen) -> None:
    n = g.name()
    d.t("<p>Best,</p><p><b>").e("PERSON", n).t("</b><br>Senior Account Manager<br>Tel: ").e("PHONE", g.us_phone())
    d.t('<br><a href="mailto:').e("EMAIL", g.email(n)).t('">email</a></p>\n')


@template("clinical_note")
def cn_radiology(d: Doc, g: Gen) -> None:
    fam, giv = g.family(), g.given()
    d.t("RADIOLOGY REPORT\nPatient: ").e("PERSON", f"{fam}, {giv}").t("   Acct: ").t(str(g.r.randint(10**6, 10**7)))
    d.t("\nMR#: ").e("MEDICAL_RECORD_NUMBER", g.mrn()).t(
        "\nExam: CT chest with contrast\nImpression: Findings consistent with "
    )
    d.e("DIAGNOSIS", g.r.choice(["pneumonia", "pulmonary embolism", "lung cancer", "sarcoidosis"])).t(
        ". No pleural effusion.\n"
    )


@template("clinical_note")
def cn_medrec(d: Doc, g: Gen) -> None:
    d.t("Medication reconciliation for ").e("PERSON", g.name()).t(" (DOB ").e("DATE_OF_BIRTH", g.date()).t(")\n")
    for _ in range(3):
        d.t("- ").e("MEDICATION", g.med()).t(
            f" {g.r.choice(DOSES)} {g.r.choice(['daily', 'BID', 'at bedtime', 'PRN'])}\n"
        )


@template("hl7")
def hl7_orm(d: Doc, g: Gen) -> None:
    fam, giv = g.family().upper(), g.given().upper()
    kin = f"{g.family().upper()}^{g.given().upper()}"
    d.t("MSH|^~\\&|CPOE|HOSP|PHARM|HOSP|20250220091500||ORM^O01|").t(str(g.r.randint(10**5, 10**6))).t("|P|2.4\r")
    d.t("PID|||").e("MEDICAL_RECORD_NUMBER", str(g.r.randint(10**5, 10**7))).t("^^^MRN||").e(
        "PERSON", f"{fam}^{giv}"
    ).t("||")
    d.e("DATE_OF_BIRTH", f"{g.r.randint(1930, 2015)}{g.r.randint(1, 12):02d}{g.r.randint(1, 28):02d}").t(
        "|M||||||||||||"
    ).e("US_SSN", g.ssn()).t("\r")
    d.t("NK1|1|").e("PERSON", kin).t("|SPO\r")
    d.t("RXO|^").e("MEDICATION", g.med()).t(f"|{g.r.choice(['5', '10', '20'])}||mg\r")


# ====================================================================================== assembly
def classify(entities: list[dict[str, object]]) -> str:
    kinds = {str(e["type"]) for e in entities}
    if kinds & RESTRICTED:
        return "RESTRICTED"
    if kinds & CONFIDENTIAL:
        return "CONFIDENTIAL"
    return "INTERNAL"


def build(n_per_template: int = 6, seed: int = 20250312) -> list[dict[str, object]]:
    rnd = random.Random(seed)
    gen = Gen(rnd)
    docs = []
    for fmt, fns in TEMPLATES.items():
        for fn in fns:
            for k in range(n_per_template):
                d = Doc()
                fn(d, gen)
                text = d.text
                for ent in d.entities:
                    assert text[int(str(ent["start"])) : int(str(ent["end"]))].strip(), (fn.__name__, ent)
                docs.append(
                    {
                        "id": f"{fn.__name__}-{k}",
                        "text": text,
                        "entities": d.entities,
                        "classification": classify(d.entities),
                        "format": fmt,
                    }
                )
    return docs


def main() -> None:
    docs = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {OUT}")


if __name__ == "__main__":
    main()
