#!/usr/bin/env python3
"""Holdout-4 corpus generator. Standard library only, fixed seed. Run: python3 build.py"""
import csv, io, json, random, sys, unicodedata, os
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import Doc, L
import ids
from data import (person, address, street_only, phone, rand_date, fmt_date, local_date, passport, PASSPORT_LABELS, NATIONALITY,
                  DL, uk_driving_licence, DIAG, DIAG_MEDS, DIAG_LOCAL, MEDS_LOCAL, DENTAL, PHYSIO, HOSPITALS, MONTHS, Person)

SEED = 40417
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout4.jsonl")

EU = ["ES", "PT", "FR", "DE", "IT", "NL", "PL", "BE"]
LATAM = ["BR", "MX", "AR", "PE", "CL", "CO"]
AFR = ["NG", "KE", "ZA", "GH", "MA"]
APAC = ["IN", "SG", "PH", "VN", "TH", "AU", "NZ"]
WORLD = EU + LATAM + AFR + APAC + ["GB", "IE"]

P = lambda p: L("PERSON", p.full)
def PL(p): return L("PERSON", p.last_first)

DOMAINS = {"ES": ["hotmail.es", "telefonica.net", "gmail.com"], "PT": ["sapo.pt", "gmail.com"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "IT": ["libero.it", "virgilio.it"], "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "onet.pl", "interia.pl"],
           "BE": ["skynet.be", "telenet.be"], "BR": ["uol.com.br", "yahoo.com.br", "bol.com.br"], "MX": ["prodigy.net.mx", "gmail.com"], "AR": ["fibertel.com.ar"],
           "PE": ["gmail.com"], "CL": ["vtr.net"], "CO": ["une.net.co"], "NG": ["yahoo.com", "gmail.com"], "KE": ["gmail.com", "yahoo.co.ke"],
           "ZA": ["mweb.co.za", "telkomsa.net"], "GH": ["gmail.com"], "MA": ["menara.ma"], "IN": ["rediffmail.com", "gmail.com"], "SG": ["singnet.com.sg"],
           "PH": ["yahoo.com.ph", "gmail.com"], "VN": ["gmail.com"], "TH": ["hotmail.co.th"], "AU": ["bigpond.com", "optusnet.com.au"], "NZ": ["xtra.co.nz"],
           "GB": ["btinternet.com", "gmail.com"], "IE": ["eircom.net"], "US": ["gmail.com", "comcast.net"], "CA": ["videotron.ca"]}

def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'")).lower()

def email(r, p, cc=None, domain=None):
    g = fold(p.first).replace(" ", "").replace("'", ""); f = fold(p.family.split()[-1]).replace("'", "").replace("-", "")
    local = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g}{r.randint(1,99)}", f"{g}_{f}", f"{g}{f[:3]}{r.randint(70,99)}"])
    return local + "@" + (domain or r.choice(DOMAINS.get(cc, ["gmail.com"])))

def dob(r, cc, y0=1940, y1=2004, style=None):
    ymd = rand_date(r, y0, y1)
    return ymd, (fmt_date(r, ymd, style) if style else local_date(r, cc, ymd))

def other_date(r, cc, y0=2023, y1=2025, style=None):
    ymd = rand_date(r, y0, y1)
    return fmt_date(r, ymd, style) if style else local_date(r, cc, ymd)

def pp(r, cc):
    return L("US_PASSPORT" if cc == "US" else "PASSPORT", passport(r, cc))

def ts(r, y=2025):
    return f"{y}-{r.randint(1,12):02d}-{r.randint(1,28):02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"

def priv_ip(r):
    return r.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}", f"192.168.{r.randint(0,255)}.{r.randint(1,254)}",
                     f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}"])
def doc_ip(r):
    return r.choice([f"192.0.2.{r.randint(1,254)}", f"198.51.100.{r.randint(1,254)}", f"203.0.113.{r.randint(1,254)}",
                     f"2001:db8:{r.randint(1,0xffff):x}::{r.randint(1,0xfff):x}"])
def pub_ip(r):
    return r.choice([f"{r.choice([41,102,105,154,177,186,200,45,103,110,49,81,88,151,213])}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}", doc_ip(r)])

def ocr(r, label, p=0.3):
    if r.random() > p: return label
    subs = [("o", "0"), ("O", "0"), ("l", "1"), ("i", "l"), ("B", "8"), ("rn", "m"), ("e", "c"), ("S", "5")]
    a, b = r.choice([s for s in subs if s[0] in label] or [("", "")])
    return label.replace(a, b, 1) if a else label

def tracking(r):
    return r.choice([f"RR{r.randint(10000000,99999999)}{r.randint(0,9)}{r.choice(['PT','BR','ES','NL','PL'])}", f"JD0146000{r.randint(10**9,10**10-1)}",
                     f"{r.randint(10**9,10**10-1)}", f"LX{r.randint(10**8,10**9-1)}CN", f"1Z{r.randint(10**5,10**6-1)}A{r.randint(10**9,10**10-1)}"])

def lang_of(cc):
    return {"ES": "es", "MX": "es", "AR": "es", "PE": "es", "CL": "es", "CO": "es", "PT": "pt", "BR": "pt", "FR": "fr", "BE": "fr",
            "DE": "de", "IT": "it", "NL": "nl", "PL": "pl"}.get(cc, "en")

# ======================================================================= FORMS
def f_visa(r, i):
    d = Doc(); cc = ["NG", "PE", "VN", "US", "IN", "MA", "PH", "CO"][i % 8] if i < 8 else r.choice(WORLD)
    p = person(r, cc); (ymd, dd) = dob(r, cc, 1955, 2003)
    dest = r.choice(["KINGDOM OF SPAIN – SCHENGEN VISA APPLICATION", "REPÚBLICA FEDERATIVA DO BRASIL – PEDIDO DE VISTO", "NEW ZEALAND VISITOR VISA – Form INZ 1017",
                     "REPUBLIC OF KENYA eVISA", "BUNDESREPUBLIK DEUTSCHLAND – Antrag auf Erteilung eines Schengen-Visums"])
    d.line(dest); d.line("=" * min(len(dest), 60))
    d.line(f"Application ref.: {r.choice(['ESP','BRA','NZL','KEN','DEU'])}/{r.randint(2024,2025)}/{r.randint(100000,999999)}   Fee receipt: {r.randint(10**7,10**8-1)}")
    d.line()
    d.line(ocr(r, "1. Surname (Family name) / Apellidos:"), "  ", L("PERSON", p.family.upper()))
    d.line(ocr(r, "2. First name(s) / Nombre(s):"), "  ", L("PERSON", p.given))
    d.line(ocr(r, "3. Date of birth (dd/mm/yyyy):"), "  ", L("DATE_OF_BIRTH", fmt_date(r, ymd, "slash")))
    d.line(ocr(r, "4. Place of birth:"), "  ", r.choice(["Ibadan", "Cusco", "Huế", "El Paso", "Madurai", "Fès", "Iloilo", "Cali", "Kumasi"]))
    d.line("5. Current nationality:  ", NATIONALITY.get(cc, cc), "    Nationality at birth, if different:  —")
    d.line("6. Sex:  ", "F" if p.female else "M", "     7. Civil status:  ", r.choice(["single", "married", "divorced"]))
    lab = r.choice(PASSPORT_LABELS)
    d.line("8. Type of travel document: Ordinary passport")
    d.line(f"9. {ocr(r, lab)}:  ", pp(r, cc))
    d.line("10. Date of issue:  ", other_date(r, cc, 2016, 2023, "slash"), "     11. Valid until:  ", other_date(r, cc, 2026, 2034, "slash"))
    d.line("12. Issued by (country):  ", NATIONALITY.get(cc, cc).upper())
    a = address(r, cc)[0]
    d.line(ocr(r, "13. Applicant's home address:"))
    d.line("    ", L("ADDRESS", a.replace("\n", "\n    ")))
    d.line("    Telephone no.:  ", L("PHONE", phone(r, cc, True)), "    E-mail:  ", L("EMAIL", email(r, p, cc)))
    d.line("14. Current occupation:  ", r.choice(["Software tester", "Nurse", "Cocoa trader", "Tour guide", "Retired teacher", "Student"]))
    d.line("15. Employer:  ", r.choice(["Jumia Technologies", "Banco de Crédito del Perú", "FPT Software", "Infosys", "OCP Group", "Jollibee Foods Corp."]))
    if r.random() < 0.7:
        h = person(r, "ES"); d.line("16. Host / inviting person:  ", P(h), ", ", L("ADDRESS", address(r, "ES", False)[0]))
    else:
        d.line("16. Hotel:  Hotel Ilunion Atrium, reservation no. ", str(r.randint(10**8, 10**9 - 1)))
    d.line("17. Intended date of arrival:  ", other_date(r, cc, 2025, 2026, "slash"), "   Duration of stay: ", str(r.randint(5, 89)), " days")
    d.line("Place and date:  ", r.choice(["Lagos", "Lima", "Hanoi", "Chicago", "Chennai", "Rabat", "Manila", "Bogotá"]), ", ", other_date(r, cc, 2025, 2025, "slash"))
    d.line("Signature: ____________________")
    return d, "form"

def f_tenancy(r, i):
    d = Doc(); cc = ["ES", "IT", "BR", "PT"][i % 4]
    ll, tn = person(r, cc), person(r, cc)
    prop = address(r, cc, False)[0]
    if cc == "ES":
        d.line("CONTRATO DE ARRENDAMIENTO DE VIVIENDA (Tenancy agreement – Ley 29/1994)"); d.line()
        d.line("En ", r.choice(["Madrid", "Sevilla", "Valladolid"]), ", a ", other_date(r, cc, 2024, 2025, "es_long"), ".")
        d.line(); d.line("REUNIDOS")
        d.line("De una parte, D./Dña. ", P(ll), ", mayor de edad, con DNI ", L("ES_DNI", ids.dni(r, False)), " (el ARRENDADOR).")
        d.line("De otra parte, D./Dña. ", P(tn), ", con NIE ", L("ES_DNI", ids.dni(r, True)), ", nacido/a el ", L("DATE_OF_BIRTH", fmt_date(r, rand_date(r, 1970, 2000), "es_long")),
               ", teléfono ", L("PHONE", phone(r, "ES")), " (el ARRENDATARIO).")
        d.line(); d.line("EXPONEN")
        d.line("I. Que el ARRENDADOR es propietario de la vivienda sita en ", L("ADDRESS", prop), ", referencia catastral ", f"{r.randint(10**6,10**7-1)}VK{r.randint(1000,9999)}N0001{r.choice('ABCDEF')}{r.choice('XYZ')}", ".")
        d.line("II. Renta mensual: ", str(r.randint(6, 16) * 75), ",00 EUR, pagadera por transferencia a la cuenta IBAN ", L("IBAN", ids.iban(r, "ES")), " antes del día 5 de cada mes.")
        d.line("III. Fianza: una mensualidad, depositada en la Agencia de Vivienda Social (expediente ", f"FZ-{r.randint(2024,2025)}-{r.randint(10000,99999)}", ").")
    elif cc == "IT":
        y, m, dd_ = rand_date(r, 1960, 1999)
        d.line("CONTRATTO DI LOCAZIONE AD USO ABITATIVO (4+4) – Residential lease"); d.line()
        d.line("Il/La sig./sig.ra ", P(ll), ", codice fiscale ", L("IT_FISCAL_CODE", ids.codice_fiscale(r, ll.given, ll.family, *rand_date(r, 1945, 1975), ll.female)), " (locatore)")
        d.line("CONCEDE IN LOCAZIONE a")
        d.line("", P(tn), ", nato/a il ", L("DATE_OF_BIRTH", fmt_date(r, (y, m, dd_), "it_long")), ", C.F. ", L("IT_FISCAL_CODE", ids.codice_fiscale(r, tn.given, tn.family, y, m, dd_, tn.female)),
               ", cell. ", L("PHONE", phone(r, "IT")), ",")
        d.line("l'unità immobiliare sita in ", L("ADDRESS", prop), ", piano ", str(r.randint(1, 6)), ", foglio ", str(r.randint(10, 300)), " particella ", str(r.randint(100, 999)), ".")
        d.line("Canone annuo € ", f"{r.randint(6,14)*1200:,}".replace(",", "."), " da versare in rate mensili sul conto IBAN ", L("IBAN", ids.iban(r, "IT")), ".")
        d.line("Registrato presso l'Agenzia delle Entrate, codice identificativo contratto T", str(r.randint(10**14, 10**15 - 1)), ".")
    elif cc == "BR":
        d.line("CONTRATO DE LOCAÇÃO RESIDENCIAL"); d.line()
        d.line("LOCADOR(A): ", P(ll), ", brasileiro(a), CPF nº ", L("BR_CPF", ids.cpf(r)), ", residente em ", L("ADDRESS", address(r, "BR", False)[0]), ".")
        d.line("LOCATÁRIO(A): ", P(tn), ", CPF ", L("BR_CPF", ids.cpf(r, r.random() < 0.7)), ", RG ", f"{r.randint(10,59)}.{r.randint(100,999)}.{r.randint(100,999)}-{r.randint(0,9)}",
               ", nascido(a) em ", L("DATE_OF_BIRTH", fmt_date(r, rand_date(r, 1965, 2001), r.choice(["slash", "pt_long"]))), ", e-mail ", L("EMAIL", email(r, tn, "BR")), ".")
        d.line("OBJETO: imóvel situado na ", L("ADDRESS", prop), ", matrícula nº ", str(r.randint(10000, 199999)), " do ", r.choice(["5º", "2º", "14º"]), " Cartório de Registro de Imóveis.")
        d.line("ALUGUEL: R$ ", f"{r.randint(12,60)*100},00", " mensais, via PIX (chave: telefone ", L("PHONE", phone(r, "BR")), ") ou boleto. Reajuste anual pelo IGP-M.")
        d.line("FIADOR: dispensado (seguro-fiança Porto Seguro apólice ", str(r.randint(10**9, 10**10 - 1)), ").")
    else:
        d.line("CONTRATO DE ARRENDAMENTO PARA HABITAÇÃO PERMANENTE"); d.line()
        d.line("PRIMEIRO OUTORGANTE (Senhorio): ", P(ll), ", NIF ", str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8)), ", residente na ", L("ADDRESS", address(r, "PT", False)[0]), ";")
        d.line("SEGUNDO OUTORGANTE (Arrendatário): ", P(tn), ", titular do passaporte ", pp(r, r.choice(["BR", "IN", "NG", "VN"])), ", telemóvel ", L("PHONE", phone(r, "PT")), ";")
        d.line("Objeto: fração autónoma ", r.choice("ABCDEFG"), " do prédio urbano sito na ", L("ADDRESS", prop), ", inscrito na matriz sob o artigo ", str(r.randint(100, 9999)), ".")
        d.line("Renda: ", str(r.randint(5, 14) * 100), " € por transferência para IBAN ", L("IBAN", ids.iban(r, "PT")), ".")
    d.line(); d.line("Firmas / Signatures:"); d.line(); d.line("_____________________        _____________________")
    d.line(P(ll), "          ", P(tn))
    return d, "form"

def f_gym(r, i):
    d = Doc(); cc = ["NL", "DE", "PL"][i % 3]; p = person(r, cc); ymd, dd = dob(r, cc, 1965, 2006)
    club = {"NL": "SportCity Utrecht-Zuid", "DE": "FitX Kassel Königsplatz", "PL": "Zdrofit Gdańsk Oliwa"}[cc]
    d.line(f"{club} – Lidmaatschapsformulier / Mitgliedsantrag / Deklaracja członkowska"); d.line("-" * 60)
    d.line(f"Membership no.: M-{r.randint(100000,999999)}     Tariff: {r.choice(['Flex 12', 'Premium 24', 'Student'])}     Start: {other_date(r, cc)}")
    d.line(r.choice(["Name / Naam:", "Name, Vorname:", "Imię i nazwisko:"]), " ", P(p))
    d.line(ocr(r, r.choice(["Geboortedatum:", "Geburtsdatum:", "Data urodzenia:"]) + " (date of birth)"), " ", L("DATE_OF_BIRTH", dd))
    d.line("Adres / Anschrift:"); d.line(L("ADDRESS", address(r, cc, True)[0]))
    d.line("Mobiel / Mobil / Tel.: ", L("PHONE", phone(r, cc)), "   E-mail: ", L("EMAIL", email(r, p, cc)))
    em = person(r, cc)
    d.line("Emergency contact: ", P(em), " (", r.choice(["partner", "Mutter", "brat", "zus"]), ") ", L("PHONE", phone(r, cc)))
    d.line()
    d.line("Health declaration – tick anything that applies: [ ] heart disease  [ ] high blood pressure  [ ] diabetes  [ ] pregnancy")
    if r.random() < 0.7:
        dg = r.choice(["asthma", "epilepsy", "type 1 diabetes", "knee osteoarthritis", "hypertension"]); md = {"asthma": "salbutamol", "epilepsy": "levetiracetam", "type 1 diabetes": "insulin glargine", "knee osteoarthritis": "ibuprofen", "hypertension": "amlodipine"}[dg]
        d.line("Other conditions the trainers should know about: ", L("DIAGNOSIS", dg), "; uses ", L("MEDICATION", md), " – keeps it in the locker.")
    else:
        d.line("Other conditions the trainers should know about: none")
    d.line(); d.line("SEPA-Lastschriftmandat / SEPA Direct Debit Mandate")
    d.line(f"Creditor identifier: {r.choice(['NL', 'DE', 'PL'])}{r.randint(10,99)}ZZZ{r.randint(10**9, 10**10-1)}    Mandate ref.: {club.split()[0].upper()}-{r.randint(10**6,10**7-1)}")
    d.line("Kontoinhaber / Account holder: ", P(p))
    d.line("IBAN: ", L("IBAN", ids.iban(r, cc if cc != "PL" else "PL")), "    BIC: ", r.choice(["INGBNL2A", "COBADEFFXXX", "BPKOPLPW"]))
    d.line("Monthly fee € ", f"{r.randint(19,59)},{r.choice(['90','99','00'])}", " — first debit ", other_date(r, cc))
    return d, "form"

def f_school(r, i):
    d = Doc(); cc = ["BR", "ES", "IT", "FR"][i % 4]; child = person(r, cc)
    par = Person(r.choice(["Ana", "Carlos", "Lucia", "Marco", "Sylvie", "Rosângela", "Khadija", "Obinna"]), child.family, child.origin, child.fam_first, True)
    y, m, dd_ = rand_date(r, 2011, 2019)
    if cc == "BR":
        d.line("FICHA DE MATRÍCULA 2026 – E.M.E.F. Profª Conceição Aparecida"); d.line()
        d.line("Nome do(a) aluno(a): ", P(child)); d.line("Data de nascimento: ", L("DATE_OF_BIRTH", fmt_date(r, (y, m, dd_), "slash")), "   Naturalidade: Salvador/BA")
        d.line("CPF do aluno: ", L("BR_CPF", ids.cpf(r)), "   NIS: ", str(r.randint(10**10, 10**11 - 1)))
        d.line("Responsável legal: ", P(par), " – CPF ", L("BR_CPF", ids.cpf(r, False)))
        d.line("Endereço: ", L("ADDRESS", address(r, "BR", False)[0])); d.line("Telefone/WhatsApp: ", L("PHONE", phone(r, "BR", False)))
        d.line("Possui alguma doença ou alergia? ", r.choice(["Sim", "SIM"]), " – ", L("DIAGNOSIS", r.choice(["asma", "alergia a amendoim", "epilepsia", "diabetes tipo 1"])), "  Medicação: ", L("MEDICATION", r.choice(["salbutamol", "loratadina", "insulina glargina"])))
    elif cc == "ES":
        d.line("SOLICITUD DE ADMISIÓN – 1º de Educación Primaria – CEIP Rosalía de Castro"); d.line()
        d.line("Apellidos y nombre del alumno/a: ", PL(child)); d.line("Fecha de nacimiento: ", L("DATE_OF_BIRTH", fmt_date(r, (y, m, dd_), r.choice(["slash", "es_long"]))))
        d.line("Padre/madre/tutor: ", P(par), "   DNI/NIE: ", L("ES_DNI", ids.dni(r)))
        d.line("Domicilio familiar: ", L("ADDRESS", address(r, "ES", False)[0])); d.line("Teléfono de contacto: ", L("PHONE", phone(r, "ES")), "   Correo: ", L("EMAIL", email(r, par, "ES")))
        d.line("Tarjeta sanitaria individual (TSI): ", f"BBBB{r.randint(10**11, 10**12-1)}", " – ", r.choice(["no consta enfermedad crónica", "sin alergias conocidas"]))
        d.line("Hermanos matriculados en el centro: ", r.choice(["Sí", "No"]))
    elif cc == "IT":
        d.line("MODULO DI ISCRIZIONE – Scuola Primaria Statale \"Grazia Deledda\" – a.s. 2025/26"); d.line()
        d.line("Alunno/a: ", P(child), "   nato/a il ", L("DATE_OF_BIRTH", fmt_date(r, (y, m, dd_), "slash")), " a Napoli")
        d.line("Codice fiscale alunno: ", L("IT_FISCAL_CODE", ids.codice_fiscale(r, child.given, child.family, y, m, dd_, child.female)))
        d.line("Genitore: ", P(par), " – tel. ", L("PHONE", phone(r, "IT")), " – e-mail ", L("EMAIL", email(r, par, "IT")))
        d.line("Residenza: ", L("ADDRESS", address(r, "IT", False)[0]))
        d.line("Allergie/intolleranze alimentari (per la mensa): ", L("DIAGNOSIS", r.choice(["celiachia", "allergia alle arachidi", "intolleranza al lattosio"])))
    else:
        d.line("FICHE D'INSCRIPTION – Restauration scolaire et périscolaire – Ville de Montreuil"); d.line()
        d.line("Enfant : ", P(child), "    Né(e) le : ", L("DATE_OF_BIRTH", fmt_date(r, (y, m, dd_), r.choice(["slash", "fr_long"]))))
        d.line("Responsable 1 : ", P(par), "   N° de sécurité sociale : ", L("FR_NIR", ids.nir(r, 2 if par.female else 1)))
        d.line("Adresse : ", L("ADDRESS", address(r, "FR", False)[0])); d.line("Portable : ", L("PHONE", phone(r, "FR", False)))
        d.line("PAI (projet d'accueil individualisé) : oui – ", L("DIAGNOSIS", r.choice(["allergie à l'arachide", "asthme", "drépanocytose"])), ", trousse avec ", L("MEDICATION", r.choice(["Anapen", "Ventoline", "cétirizine"])))
        d.line("Quotient familial CAF : ", str(r.randint(300, 1800)), "   N° allocataire : ", str(r.randint(10**6, 10**7 - 1)))
    d.line(); d.line("Assinatura / Firma / Signature du responsable: ____________")
    return d, "form"

def f_kyc(r, i):
    d = Doc(); cc = ["CA", "FR", "SG", "ES", "IN", "GB", "DE", "BR"][i % 8]
    p = person(r, cc if cc != "CA" else "CA"); ymd, dd = dob(r, cc, 1950, 2005)
    d.line(r.choice(["Wallet onboarding – Know Your Customer", "eKYC verification record", "Account opening – customer due diligence"]))
    d.line(f"Case: KYC-{r.randint(10**6,10**7-1)}   Channel: mobile app v{r.randint(3,9)}.{r.randint(0,30)}.{r.randint(0,9)}   Risk score: {r.randint(5,95)}/100")
    d.line("Full legal name ....... ", P(p))
    d.line("Date of birth ......... ", L("DATE_OF_BIRTH", dd))
    idlab = {"SG": ("NRIC/FIN", L("SG_NRIC", ids.nric(r))), "IN": ("Aadhaar (UID)", L("IN_AADHAAR", ids.aadhaar(r))), "GB": ("National Insurance no.", L("UK_NATIONAL_INSURANCE_NUMBER", ids.nino(r))),
             "DE": ("Steuerliche Identifikationsnummer", L("DE_TAX_ID", ids.steuer_id(r))), "CA": ("Social Insurance Number", L("CA_SIN", ids.sin(r))),
             "BR": ("CPF", L("BR_CPF", ids.cpf(r))), "FR": ("Numéro de sécurité sociale", L("FR_NIR", ids.nir(r, 2 if p.female else 1, ymd[0] % 100, ymd[1]))), "ES": ("DNI/NIE", L("ES_DNI", ids.dni(r)))}[cc]
    d.line(f"{idlab[0]} ".ljust(23, "."), " ", idlab[1])
    if cc == "IN":
        d.line("PAN ................... ", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "P" + p.family[0].upper() + str(r.randint(1000, 9999)) + r.choice("ABCDEFGH"), "  (PAN not validated against NSDL)")
    d.line("Residential address ... ", L("ADDRESS", address(r, cc, False)[0]))
    d.line("Mobile ................ ", L("PHONE", phone(r, cc, True)), "   OTP verified ", ts(r))
    d.line("Email ................. ", L("EMAIL", email(r, p, cc)))
    d.line("Device IP ............. ", L("IP_ADDRESS", pub_ip(r)), "   device id ", f"{r.randint(10**7,10**8-1):x}-{r.randint(1000,9999)}")
    if r.random() < 0.6:
        d.line("Funding card .......... ", L("CREDIT_CARD", ids.card(r)), "  exp ", f"{r.randint(1,12):02d}/{r.randint(26,31)}")
    else:
        d.line("Funding card .......... ", f"{r.choice(['4', '5'])}{r.randint(100,999)} **** **** {r.randint(1000,9999)}", " (tokenised)")
    d.line("Liveness check ........ PASS (score 0.", str(r.randint(80, 99)), ")   PEP/sanctions screening: no match")
    d.line("Reviewer .............. ", P(person(r, cc)), " – approved")
    return d, "form"

def f_blank(r, i):
    d = Doc()
    t = ["REGISTRATION FORM – Municipal Library Card", "Formulario de inscripción – Padrón Municipal de Habitantes", "Ficha de paciente nuevo / New patient form"][i % 3]
    d.line(t); d.line("(please write in BLOCK CAPITALS / por favor, en MAYÚSCULAS)"); d.line()
    for lab in ["Surname / Apellidos", "First Name / Nombre", "Date Of Birth (DD/MM/YYYY)", "Nationality", "Passport No. / DNI / NIE", "Address / Domicilio",
                "Postcode", "Phone", "E-mail", "Emergency Contact Name", "Emergency Contact Phone", "Known Allergies", "Current Medication", "IBAN (for refunds)"]:
        if r.random() < 0.85:
            d.line(ocr(r, lab, 0.2), ": ", r.choice(["________________________", "[                    ]", "..............................", "<enter value>"]))
    d.line(); d.line("Example of a valid date: DD/MM/YYYY. Do not write your PIN or card number on this form.")
    d.line("Office use only — Received by: ______  Date stamp: ______  Form ", f"{r.choice(['PMH', 'BIB', 'NP'])}-{r.randint(1,30):02d} rev. {r.randint(1,9)}.{r.randint(0,9)}")
    return d, "form"

def f_payroll(r, i):
    d = Doc(); cc = ["GB", "DE", "ES", "FR"][i % 4]; p = person(r, cc); gross = r.randint(1800, 6500)
    d.line({"GB": "PAYSLIP", "DE": "Verdienstabrechnung", "ES": "RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS (NÓMINA)", "FR": "BULLETIN DE PAIE"}[cc], "   period ", f"{r.randint(1,12):02d}/2025")
    d.line(r.choice(["Harbour Freight Couriers Ltd", "Lindner Logistik GmbH", "Transportes Ibarrondo S.L.", "Boulangerie Kerbrat SARL"]), "   employer ref ", f"{r.randint(100,999)}/{r.choice(['AB','ZK','QR'])}{r.randint(10000,99999)}")
    d.line("-" * 72)
    d.add("Employee: "); d.cellw(P(p), 34); d.line("Emp. no: ", str(r.randint(1000, 99999)))
    if cc == "GB":
        d.add("NI number: "); d.cellw(L("UK_NATIONAL_INSURANCE_NUMBER", ids.nino(r)), 33); d.line("Tax code: ", r.choice(["1257L", "BR", "K475", "S1257L"]))
    elif cc == "DE":
        d.add("Steuer-ID: "); d.cellw(L("DE_TAX_ID", ids.steuer_id(r)), 33); d.line("StKl: ", str(r.randint(1, 5)), "  SV-Nr.: ", f"{r.randint(10,65)} {r.randint(100000,311299)} {p.family[0].upper()} {r.randint(100,999)}")
    elif cc == "ES":
        d.add("DNI/NIE: "); d.cellw(L("ES_DNI", ids.dni(r)), 35); d.line("Nº afiliación S.S.: ", f"{r.randint(1,52):02d}/{r.randint(10**7,10**8-1)}/{r.randint(10,99)}")
    else:
        d.add("N° SS : "); d.cellw(L("FR_NIR", ids.nir(r, 2 if p.female else 1)), 36); d.line("Emploi : ", r.choice(["Boulanger", "Vendeuse", "Livreur"]))
    d.line("Address: ", L("ADDRESS", address(r, cc, False)[0]))
    d.line("-" * 72)
    d.add(""); d.cellw("Description", 40); d.cellw("Amount", 14); d.line("YTD")
    rows = [("Basic pay", gross), ("Overtime", r.randint(0, 400)), ("Income tax", -int(gross * 0.18)), ("Social security", -int(gross * 0.07))]
    for desc, amt in rows:
        d.cellw(desc, 40); d.cellw(f"{amt:>10.2f}", 14); d.line(f"{abs(amt) * r.randint(3, 11):>10.2f}")
    d.line("-" * 72)
    if cc == "GB":
        if r.random() < 0.5:
            d.line("Paid by BACS to sort code/account: ", L("UK_BANK_ACCOUNT", f"{r.randint(10,99)}-{r.randint(10,99)}-{r.randint(10,99)} {r.randint(10**7,10**8-1)}"))
        else:
            d.line("Sort code: ", f"{r.randint(10,99)}-{r.randint(10,99)}-{r.randint(10,99)}", "   Account number: ", L("UK_BANK_ACCOUNT", str(r.randint(10**7, 10**8 - 1))))
    else:
        d.line("Überweisung / Transferencia / Virement → IBAN ", L("IBAN", ids.iban(r, cc)))
    d.line("Net pay: ", f"{gross * 0.72:.2f}", "   Payment date: ", other_date(r, cc, 2025, 2025))
    return d, "form"

# ======================================================================= CLINICAL
def _dx(r): 
    dx = r.choice(DIAG); return dx, r.choice(DIAG_MEDS[dx])

def c_referral(r, i):
    d = Doc(); cc = ["GB", "NZ", "GB"][i % 3]; p = person(r, cc); gp = person(r, cc); sp = person(r, cc)
    ymd, dd = dob(r, cc, 1935, 1995, "slash")
    dx, med = _dx(r); dx2, med2 = _dx(r)
    prac = r.choice(["Hyde Park Surgery", "Cowley Road Medical Practice", "Ponsonby Family Doctors", "Riccarton Clinic"])
    d.line(prac); d.line(L("ADDRESS", address(r, cc, True)[0])); d.line("Tel: ", L("PHONE", phone(r, cc, False)), "   Secure email: ", L("EMAIL", f"{prac.split()[0].lower()}.referrals@nhs.net" if cc == "GB" else f"admin@{prac.split()[0].lower()}clinic.co.nz"))
    d.line(); d.line(other_date(r, cc, 2025, 2025, "en_long")); d.line()
    d.line("Dear Dr ", L("PERSON", sp.family), ",")
    d.line(); d.add("Re: ", P(p), ", DOB ", L("DATE_OF_BIRTH", dd), ", ")
    if cc == "GB": d.line("NHS No. ", L("UK_NHS_NUMBER", ids.nhs(r)))
    else: d.line("NHI ", "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + str(r.randint(1000, 9999)), " / hospital UR no. ", L("MEDICAL_RECORD_NUMBER", f"UR{r.randint(10**6,10**7-1)}"))
    d.line("    ", L("ADDRESS", address(r, cc, False)[0]))
    d.line()
    d.line("Thank you for seeing this ", str(2025 - ymd[0]), "-year-old ", r.choice(["retired bus driver", "care worker", "student", "shop owner"]), " whom I am referring with ",
           "worsening ", L("DIAGNOSIS", dx), ". Despite ", L("MEDICATION", med), " at full dose, symptoms have progressed over the last ", str(r.randint(2, 9)), " months.")
    d.line("Past history: ", L("DIAGNOSIS", dx2), " (on ", L("MEDICATION", med2), "). ", r.choice(["No history of stroke or TIA.", "Denies chest pain or syncope.", "No known drug allergies."]))
    d.line("Family history: father had ", r.choice(["colorectal cancer", "ischaemic heart disease", "glaucoma"]), " – not relevant to the patient's own diagnosis.")
    d.line(r.choice(["I appreciate the waiting list is a marathon, not a sprint,", "I know the clinic is running on fumes this winter,"]), " but I would be grateful for review within 6 weeks.")
    d.line(); d.line("Yours sincerely,"); d.line(); d.line("Dr ", P(gp)); d.line("GMC ", str(r.randint(10**6, 10**7 - 1)) if cc == "GB" else "MCNZ " + str(r.randint(10000, 99999)))
    return d, "clinical_note"

def c_discharge(r, i):
    d = Doc(); cc = ["ES", "PT", "IT"][i % 3]; lg = lang_of(cc); p = person(r, cc); doc_ = person(r, cc)
    ymd, dd = dob(r, cc, 1930, 1990)
    hosp = {"ES": "Hospital Universitario Río Hortega – Servicio de Medicina Interna", "PT": "Centro Hospitalar Universitário de São João – Serviço de Cardiologia",
            "IT": "Ospedale Santa Maria della Misericordia – U.O. Medicina Generale"}[cc]
    title = {"es": "INFORME DE ALTA HOSPITALARIA (Discharge summary)", "pt": "NOTA DE ALTA / Discharge summary", "it": "LETTERA DI DIMISSIONE"}[lg]
    mrnl = {"es": "Nº Historia Clínica", "pt": "Nº Processo", "it": "N. cartella clinica"}[lg]
    d.line(hosp); d.line(title); d.line()
    d.line({"es": "Paciente: ", "pt": "Doente: ", "it": "Paziente: "}[lg], PL(p), "    ", mrnl, ": ", L("MEDICAL_RECORD_NUMBER", str(r.randint(100000, 9999999))))
    d.line({"es": "Fecha de nacimiento: ", "pt": "Data de nascimento: ", "it": "Data di nascita: "}[lg], L("DATE_OF_BIRTH", dd), "    ",
           {"es": "Ingreso: ", "pt": "Admissão: ", "it": "Ricovero: "}[lg], other_date(r, cc, 2025, 2025, "slash"), "  Alta/Dimissione: ", other_date(r, cc, 2025, 2025, "slash"))
    if cc == "ES": d.line("CIP/TSI: ", f"{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(4))}{r.randint(10**11, 10**12-1)}", "    Dirección: ", L("ADDRESS", address(r, cc, False)[0]))
    elif cc == "IT": d.line("C.F.: ", L("IT_FISCAL_CODE", ids.codice_fiscale(r, p.given, p.family, *ymd, p.female)), "    Tel.: ", L("PHONE", phone(r, cc)))
    else: d.line("Nº utente SNS: ", str(r.randint(10**8, 10**9 - 1)), "    Contacto: ", L("PHONE", phone(r, cc)))
    d.line()
    dxs = DIAG_LOCAL[lg][:]; r.shuffle(dxs); meds = MEDS_LOCAL[lg][:]; r.shuffle(meds)
    d.line({"es": "MOTIVO DE INGRESO: ", "pt": "MOTIVO DE INTERNAMENTO: ", "it": "MOTIVO DEL RICOVERO: "}[lg], "disnea de esfuerzo y edemas" if lg == "es" else ("dispneia e edema dos membros inferiores" if lg == "pt" else "dispnea ed edemi declivi"))
    d.line({"es": "DIAGNÓSTICO PRINCIPAL: ", "pt": "DIAGNÓSTICO PRINCIPAL: ", "it": "DIAGNOSI PRINCIPALE: "}[lg], L("DIAGNOSIS", dxs[0]))
    d.line({"es": "Diagnósticos secundarios: ", "pt": "Diagnósticos secundários: ", "it": "Diagnosi secondarie: "}[lg], L("DIAGNOSIS", dxs[1]), "; ", L("DIAGNOSIS", dxs[2]))
    d.line({"es": "Se descarta tromboembolismo pulmonar (angioTC negativo). No presenta signos de infección.",
            "pt": "Excluída embolia pulmonar. Sem sinais de infeção.", "it": "Esclusa embolia polmonare. Non segni di infezione."}[lg])
    d.line({"es": "TRATAMIENTO AL ALTA:", "pt": "MEDICAÇÃO À ALTA:", "it": "TERAPIA ALLA DIMISSIONE:"}[lg])
    for m_ in meds[:3]:
        d.line(" - ", L("MEDICATION", m_), " ", r.choice(["1 comp/24h", "1-0-1", "20 mg/día", "5 mg cp 1 cp"]))
    d.line("Control en consultas externas en ", str(r.randint(2, 8)), " semanas." if lg == "es" else " semanas." if lg == "pt" else " settimane.")
    d.line(); d.line({"es": "Fdo.: Dr./Dra. ", "pt": "Assinado: Dr.(a) ", "it": "Il medico: Dott. "}[lg], P(doc_), "  Nº col. ", str(r.randint(10**5, 10**6 - 1)))
    return d, "discharge_summary"

def c_lab(r, i):
    d = Doc(); cc = ["IN", "ZA", "PE"][i % 3]; p = person(r, cc); doc_ = person(r, cc)
    ymd, dd = dob(r, cc, 1945, 2000)
    lab = {"IN": "Anand Diagnostic Laboratory, Coimbatore (NABL MC-2231)", "ZA": "Ampath Pathology – Bellville", "PE": "Laboratorio Clínico Roe – Lima"}[cc]
    d.line(lab); d.line("+" + "-" * 70 + "+")
    d.add("| Patient : "); d.cellw(PL(p), 32); d.add("Lab No : "); d.cellw(f"{r.choice('ABCD')}{r.randint(10**7,10**8-1)}", 19); d.line("|")
    d.add("| DOB     : "); d.cellw(L("DATE_OF_BIRTH", dd), 32); d.add("MRN    : "); d.cellw(L("MEDICAL_RECORD_NUMBER", f"{ {'IN': 'CMC', 'ZA': 'GSH', 'PE': 'ROE'}[cc] }-{r.randint(10**5,10**6-1)}"), 19); d.line("|")
    d.add("| Ref. Dr : "); d.cellw(P(doc_), 32); d.add("Sample : "); d.cellw(other_date(r, cc, 2025, 2025, "dash") + " 08:12", 19); d.line("|")
    d.line("+" + "-" * 70 + "+")
    d.line("| Test                      Result     Units       Ref. range         |")
    tests = [("HbA1c", f"{r.uniform(5.2, 11.5):.1f}", "%", "4.0 - 5.6"), ("Fasting glucose", str(r.randint(80, 260)), "mg/dL", "70 - 100"),
             ("Haemoglobin", f"{r.uniform(7.5, 15.5):.1f}", "g/dL", "12.0 - 15.5"), ("Ferritin", str(r.randint(4, 300)), "ng/mL", "15 - 150"),
             ("TSH", f"{r.uniform(0.2, 12):.2f}", "mIU/L", "0.4 - 4.0"), ("Creatinine", f"{r.uniform(0.6, 2.4):.2f}", "mg/dL", "0.6 - 1.2")]
    for t in r.sample(tests, 4):
        d.line(f"| {t[0]:<25} {t[1]:<10} {t[2]:<11} {t[3]:<18} |")
    d.line("+" + "-" * 70 + "+")
    dx = r.choice(["iron-deficiency anaemia", "poorly controlled type 2 diabetes mellitus", "subclinical hypothyroidism", "chronic kidney disease stage 3a"])
    d.line("Interpretation: findings consistent with ", L("DIAGNOSIS", dx), ". Known patient on ", L("MEDICATION", r.choice(["metformin", "ferrous sulfate", "levothyroxine", "ramipril"])), ".")
    d.line("Malaria antigen: NEGATIVE.  HIV-1/2 screen: non-reactive.  LOINC 4548-4 / 2345-7.")
    d.line("Validated by: ", P(person(r, cc)), ", MD (Pathology)   Report ID ", f"RPT{r.randint(10**8,10**9-1)}")
    return d, "lab_report"

def c_hl7(r, i):
    d = Doc(); cc = ["AU", "PH", "BR"][i % 3]; p = person(r, cc); nk = person(r, cc); doc_ = person(r, cc)
    ymd = rand_date(r, 1940, 2010); dx, med = _dx(r)
    fam = fold(p.family).upper() if r.random() < 0.3 else p.family.upper()
    sep = "\r"
    d.add(f"MSH|^~\\&|{r.choice(['CERNER', 'MEDITECH', 'TASY'])}|{r.choice(['ACH', 'PGH', 'HCPA'])}|LABHUB|STATE|{ts(r).replace('-', '').replace('T', '').replace(':', '')}||ADT^A01|MSG{r.randint(10**6,10**7-1)}|P|2.5.1{sep}")
    d.add(f"EVN|A01|{ts(r).replace('-', '').replace('T', '').replace(':', '')}{sep}")
    mrn = f"{r.randint(10**6, 10**8)}"
    d.add("PID|1||", L("MEDICAL_RECORD_NUMBER", mrn), "^^^", r.choice(["ACH", "PGH", "HCPA"]), "^MR||", L("PERSON", f"{fam}^{p.given.upper().replace(' ', '^', 1)}"), "||",
          L("DATE_OF_BIRTH", fmt_date(r, ymd, "hl7")), f"|{'F' if p.female else 'M'}|||")
    a = address(r, cc, True)[0].split("\n")
    d.add(L("ADDRESS", f"{a[0].replace(',', '')}^^{a[-1]}"), f"^^{cc}||", L("PHONE", phone(r, cc, False)), "^PRN^CP~", L("EMAIL", email(r, p, cc)), "^NET^Internet|||||")
    d.add(f"{r.randint(10**6,10**7-1)}{sep}")
    d.add("NK1|1|", L("PERSON", f"{nk.family.upper()}^{nk.given.upper()}"), "|", r.choice(["SPO^Spouse", "MTH^Mother", "CHD^Child"]), "|||", L("PHONE", phone(r, cc, True)), f"{sep}")
    d.add(f"PV1|1|I|{r.choice(['MED', 'CARD', 'W3B'])}^{r.randint(1,40)}^{r.randint(1,4)}||||", L("PERSON", f"{doc_.family.upper()}^{doc_.given.upper()}"), f"|||||||||||V{r.randint(10**6,10**7-1)}{sep}")
    icd = {"type 2 diabetes mellitus": "E11.9", "essential hypertension": "I10", "chronic obstructive pulmonary disease": "J44.9", "atrial fibrillation": "I48.91", "asthma": "J45.909",
           "major depressive disorder": "F32.9", "epilepsy": "G40.909", "hypothyroidism": "E03.9", "gout": "M10.9"}.get(dx, "R69")
    d.add(f"DG1|1|I10|{icd}^", L("DIAGNOSIS", dx), f"^I10|||A{sep}")
    plan = {"AU": "MEDIBANK PRIVATE", "PH": "PHILHEALTH", "BR": "UNIMED"}[cc]
    mid = {"AU": f"{r.randint(10**7,10**8-1)}", "PH": f"{r.randint(10,99)}-{r.randint(10**8,10**9-1)}-{r.randint(0,9)}", "BR": f"0{r.randint(10**15,10**16-1)}"}[cc]
    d.add(f"IN1|1|{plan[:3]}01|{r.randint(1000,9999)}|{plan}|||GRP{r.randint(1000,9999)}||||||||", L("PERSON", f"{fam}^{p.given.upper()}"), "|SEL|||||||||||||||||||||", L("HEALTH_PLAN_ID", mid), f"{sep}")
    d.add(f"RXO|^", L("MEDICATION", med.upper() if r.random() < 0.5 else med), f"|{r.choice([5, 10, 20, 500])}||mg{sep}")
    return d, "hl7"

def c_fhir(r, i):
    d = Doc(); cc = ["GB", "IN", "SG"][i % 3]; p = person(r, cc); ymd = rand_date(r, 1940, 2005); dx, med = _dx(r); rx = r.choice([x for x in DIAG if x != dx])
    if cc == "GB": ident = {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": L("UK_NHS_NUMBER", ids.nhs(r, ""))}
    elif cc == "IN": ident = {"system": "https://uidai.gov.in/aadhaar", "value": L("IN_AADHAAR", ids.aadhaar(r, ""))}
    else: ident = {"system": "urn:sg:nric", "value": L("SG_NRIC", ids.nric(r, r.choice("ST")))}
    pat = {"resourceType": "Patient", "id": f"pt-{r.randint(1000,9999)}",
           "identifier": [ident, {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "value": L("MEDICAL_RECORD_NUMBER", f"{r.choice(['TTSH', 'CMC', 'LTH'])}{r.randint(10**6,10**7-1)}")}],
           "name": [{"use": "official", "family": L("PERSON", p.family), "given": [L("PERSON", p.given)]}],
           "telecom": [{"system": "phone", "value": L("PHONE", phone(r, cc, True))}, {"system": "email", "value": L("EMAIL", email(r, p, cc))}],
           "gender": "female" if p.female else "male", "birthDate": L("DATE_OF_BIRTH", fmt_date(r, ymd, "iso")),
           "address": [{"line": [L("ADDRESS", street_only(r, cc))], "city": {"GB": "Leeds", "IN": "Chennai", "SG": "Singapore"}[cc], "country": cc}]}
    cond = {"resourceType": "Condition", "id": f"cond-{r.randint(100,999)}", "clinicalStatus": {"coding": [{"code": "active"}]},
            "verificationStatus": {"coding": [{"code": "confirmed"}]}, "code": {"text": L("DIAGNOSIS", dx)}, "subject": {"reference": f"Patient/{pat['id']}"},
            "recordedDate": other_date(r, cc, 2024, 2025, "iso")}
    cond2 = {"resourceType": "Condition", "id": f"cond-{r.randint(100,999)}", "verificationStatus": {"coding": [{"code": "refuted"}]}, "code": {"text": rx},
             "note": [{"text": "ruled out after work-up"}], "subject": {"reference": f"Patient/{pat['id']}"}}
    ms = {"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {"text": L("MEDICATION", med)}, "subject": {"reference": f"Patient/{pat['id']}"},
          "dosage": [{"text": r.choice(["1 tablet twice daily", "once daily with breakfast", "as needed"])}]}
    bundle = {"resourceType": "Bundle", "type": "collection", "meta": {"profile": ["urn:oid:2.16.840.1.113883.10.20.22.1.1"]},
              "entry": [{"fullUrl": f"urn:uuid:{r.randint(10**7,10**8-1):x}-{r.randint(1000,9999)}", "resource": x} for x in (pat, cond, cond2, ms)]}
    d.json(bundle); d.add("\n")
    return d, "fhir_json"

def c_crf(r, i):
    d = Doc(); cc = ["PL", "AR"][i % 2]; inv = person(r, cc); dx, med = _dx(r); dx2, med2 = _dx(r)
    d.line(f"PROTOCOL HX-{r.randint(100,999)}-0{r.randint(1,4)}  |  CASE REPORT FORM  |  Visit 2 (Week 4)  |  Page {r.randint(3,12)} of 24")
    d.line(f"Site: {r.choice(['PL-014 Szpital Wojewódzki Gdańsk', 'AR-003 Hospital Italiano de Buenos Aires'])}     Subject No.: {r.randint(100,999)}-{r.randint(1,99):03d}     Initials: {''.join(r.choice('ABCDEFGHKLMPRSTW') for _ in range(3))}")
    d.line(f"Age at consent: {r.randint(25,78)}   Sex: {r.choice(['M', 'F'])}   Randomisation no.: R{r.randint(10**4,10**5-1)}")
    d.line()
    d.line("MEDICAL HISTORY (ongoing conditions)")
    d.line("  # | Condition                                  | Onset   | Ongoing")
    d.line("  1 | ", L("DIAGNOSIS", dx), " " * max(1, 43 - len(dx)), f"| {r.randint(1995,2022)}    | Y")
    d.line("  2 | ", L("DIAGNOSIS", dx2), " " * max(1, 43 - len(dx2)), f"| {r.randint(1995,2022)}    | Y")
    d.line()
    d.line("CONCOMITANT MEDICATION")
    d.line("  ", L("MEDICATION", med), f"  {r.choice([5, 10, 20, 500])} mg  PO  QD   start {r.randint(2015,2024)}")
    d.line("  ", L("MEDICATION", med2), f"  {r.choice([1, 2])} tab PO BID")
    d.line()
    d.line("ADVERSE EVENTS since last visit: ", r.choice(["none reported", "none"]), ".  Exclusion criterion 7 (history of pancreatitis) – not met.")
    d.line("Query QRY-", str(r.randint(1000, 9999)), ": please confirm onset year for item 2.")
    d.line("Investigator: ", P(inv), "   Signature date: ", other_date(r, cc, 2025, 2025, "mon"), "   Site phone: ", L("PHONE", phone(r, cc, True)))
    return d, "form"

def c_dental(r, i):
    d = Doc(); cc = ["ZA", "MX", "AU"][i % 3]; p = person(r, cc); clin = person(r, cc)
    dental = i % 2 == 0
    dx, meds = r.choice(DENTAL if dental else PHYSIO)
    ymd, dd = dob(r, cc, 1950, 2004)
    d.line(r.choice(["Smile Studio Dental – Florida Road", "Clínica Dental Sonrisa – Oaxaca", "Fitzroy Physio & Pilates"]) if dental else r.choice(["MoveWell Physiotherapy", "Fisioterapia Integral Coyoacán", "Inner North Physio"]))
    d.line(("Dental" if dental else "Physiotherapy"), " treatment note – ", other_date(r, cc, 2025, 2025))
    d.line("Patient: ", P(p), "   DOB: ", L("DATE_OF_BIRTH", dd), "   Mobile: ", L("PHONE", phone(r, cc)))
    if cc == "AU" or r.random() < 0.4:
        plan = r.choice(["Bupa", "HCF", "Medibank", "Discovery Health", "GNP Seguros Gastos Médicos"])
        d.line(f"Health fund: {plan}   Member no.: ", L("HEALTH_PLAN_ID", f"{r.randint(10**7,10**9)}{'' if r.random()<0.5 else '-0' + str(r.randint(1,4))}"), "   Ref: ", str(r.randint(1, 9)))
    d.line()
    if dental:
        d.line("S: pain LR quadrant for 5 days, worse with cold. Smoker 10/day.")
        d.line(f"O: tooth {r.choice([36, 46, 47, 38, 48])} – deep distal caries, BOP 45%, pockets 5–6 mm in posterior sextants. Radiograph: periapical radiolucency.")
        d.line("A: ", L("DIAGNOSIS", dx), ". No evidence of osteonecrosis.")
        d.line("P: scaling and root planing; ", L("MEDICATION", meds[0]), " 0.12% mouth rinse / course as prescribed. Review 3/52.")
    else:
        d.line("S: referred by GP. Pain 6/10 on overhead reaching, night pain. Works as a barista.")
        d.line("O: ROM limited, painful arc 70–120°, strength 4/5. Neuro screen clear; no red flags. Not consistent with frozen shoulder.")
        d.line("A: ", L("DIAGNOSIS", dx), ".")
        d.line("P: progressive loading programme x 6 weeks; continue ", L("MEDICATION", meds[0]), " PRN as per GP. Next appt booked.")
    d.line("Clinician: ", P(clin), r.choice([" (BDS)", " (BPhty)", ""]))
    return d, "clinical_note"

def c_pharmacy(r, i):
    d = Doc(); cc = ["AR", "US", "PH"][i % 3]; p = person(r, cc); pr = person(r, cc); dx, med = _dx(r)
    ymd, dd = dob(r, cc, 1940, 2000)
    if cc == "AR":
        d.line("RECETA ELECTRÓNICA – Rp/"); d.line("Obra social / prepaga: OSDE 310   Nº de afiliado: ", L("HEALTH_PLAN_ID", f"{r.randint(10**9,10**10-1)} {r.randint(10,99)}"))
        d.line("Paciente: ", P(p), "   DNI ", f"{r.randint(10,45)}.{r.randint(100,999)}.{r.randint(100,999)}", "   F. nac.: ", L("DATE_OF_BIRTH", dd))
        d.line("Diagnóstico: ", L("DIAGNOSIS", r.choice(["hipertensión arterial", "diabetes mellitus tipo 2", "hipotiroidismo"])))
        d.line("Rp/ ", L("MEDICATION", r.choice(["enalapril", "metformina", "levotiroxina"])), " 10 mg comp. x 30 – 1 por día")
        d.line("Médico: Dr/a. ", P(pr), "   M.N. ", str(r.randint(10**4, 10**6)), "   Código de validación ", f"{r.randint(10**11,10**12-1)}")
    elif cc == "US":
        d.line("Walgreens #", str(r.randint(1000, 19999)), " – Prescription label / patient record")
        d.line("Patient: ", PL(p), "   DOB ", L("DATE_OF_BIRTH", fmt_date(r, ymd, "us")), "   Phone ", L("PHONE", phone(r, "US", False)))
        d.line("Address: ", L("ADDRESS", address(r, "US", False)[0]))
        d.line("Medicare Part D – MBI: ", L("US_MBI", ids.mbi(r)), "   Rx BIN 610097  PCN 9999  Group MPDCSP")
        d.line("Rx# ", str(r.randint(10**6, 10**7 - 1)), "  ", L("MEDICATION", med), f" {r.choice([5, 10, 25, 500])} MG TABLET  Qty 90  Refills 3  NDC {r.randint(10000,99999)}-{r.randint(100,999)}-{r.randint(10,99)}")
        d.line("Indication on file: ", L("DIAGNOSIS", dx), "   Prescriber: ", P(pr), " MD  NPI ", str(r.randint(10**9, 2 * 10**9)))
    else:
        d.line("Mercury Drug – Senior citizen / PWD purchase booklet")
        d.line("Name: ", P(p), "   Birthdate: ", L("DATE_OF_BIRTH", fmt_date(r, ymd, "us")), "   OSCA ID: ", str(r.randint(10**4, 10**5)))
        d.line("PhilHealth ID No. (PIN): ", L("HEALTH_PLAN_ID", f"{r.randint(10,99)}-{r.randint(10**8,10**9-1)}-{r.randint(0,9)}"))
        d.line("Rx: ", L("MEDICATION", med), " – dispensed 30 tabs; prescribing physician ", P(pr), ", PRC Lic. ", str(r.randint(10**6, 10**7 - 1)))
        d.line("Dx per prescription: ", L("DIAGNOSIS", dx))
    d.line("Dispensed ", other_date(r, cc, 2025, 2025), " by pharmacist ", P(person(r, cc)))
    return d, "clinical_note"

def c_vet(r, i):
    d = Doc(); cc = ["NL", "KE"][i % 2]; o = person(r, cc)
    pet = r.choice(["Bolt", "Max", "Nala", "Simba", "Pip", "Luna"]); sp_ = r.choice(["canine, Labrador retriever, MN, 7y", "feline, DSH, FS, 12y", "canine, Jack Russell, F, 4y"])
    d.line(r.choice(["Dierenkliniek De Uithof", "Karen Veterinary Hospital"]), " – consultation record")
    d.line("Owner: ", P(o), "   Tel: ", L("PHONE", phone(r, cc)), "   Email: ", L("EMAIL", email(r, o, cc)))
    d.line("Address: ", L("ADDRESS", address(r, cc, False)[0]))
    d.line("Patient: ", pet, " (", sp_, ")   Microchip: ", f"528{r.randint(10**11,10**12-1)}", "   Weight ", f"{r.uniform(3,38):.1f}", " kg")
    d.line("History: head shaking and scratching left ear for a week; owner reports the dog is otherwise eating well.")
    d.line("Assessment (animal): otitis externa (Malassezia on cytology), mild atopic dermatitis. Chronic kidney disease IRIS stage 1 – monitor.")
    d.line("Plan: ear clean, Easotic drops 1/day x 5 days, meloxicam 0.1 mg/kg PO SID x 3 days. Recheck 14 days.")
    d.line("Invoice ", f"INV-{r.randint(10**5,10**6-1)}", " paid by card ending ", str(r.randint(1000, 9999)))
    return d, "clinical_note"

# ======================================================================= STRUCTURED
def s_ecom(r, i):
    d = Doc(); delim = [",", ";", ",", ";"][i % 4]
    hdr = ["order_id", "order_date", "first_name", "last_name", "email", "phone", "ship_street", "ship_city", "ship_postcode", "country", "sku", "qty", "total", "payment", "tracking_no"]
    if i % 2: hdr = ["Order #", "Placed", "First Name", "Last Name", "E-mail", "Phone", "Shipping Address 1", "City", "ZIP", "Country", "SKU", "Qty", "Total", "Payment", "Tracking"]
    d.row(hdr, delim)
    for _ in range(r.randint(4, 7)):
        cc = r.choice(["ES", "PT", "FR", "DE", "IT", "NL", "PL", "BE", "BR", "MX"]); p = person(r, cc); a = address(r, cc, True)
        pay = r.choice([f"VISA ****{r.randint(1000,9999)}", "PayPal", "Klarna", "MB WAY", "BLIK", "Pix", f"MC xxxx-xxxx-xxxx-{r.randint(1000,9999)}"])
        d.row([f"{r.randint(10**6, 10**7-1)}", ts(r)[:10], L("PERSON", p.given), L("PERSON", p.family), L("EMAIL", email(r, p, cc)), L("PHONE", phone(r, cc, True)),
               L("ADDRESS", a[0].split("\n")[0]), a[1], a[2], cc, f"{r.choice(['TSH','MUG','CAP','SOCK'])}-{r.randint(100,999)}-{r.choice(['S','M','L','XL'])}",
               str(r.randint(1, 4)), f"{r.uniform(9,240):.2f}".replace(".", "," if delim == ";" else "."), pay, tracking(r)], delim)
    return d, "csv"

def s_ats(r, i):
    d = Doc(); hdr = ["candidate_id", "full_name", "email", "mobile", "date_of_birth", "nationality", "current_location", "position", "stage", "source", "recruiter"]
    if i == 1: hdr = ["Candidate ID", "Name", "Email Address", "Phone Number", "Birth Date", "Nationality", "Location", "Applied For", "Pipeline Stage", "Source", "Owner"]
    d.row(hdr, "\t")
    rec = person(r, "NL")
    for _ in range(r.randint(4, 6)):
        cc = r.choice(WORLD); p = person(r, cc)
        dobv = L("DATE_OF_BIRTH", fmt_date(r, rand_date(r, 1975, 2003), r.choice(["iso", "slash", "dot"]))) if r.random() < 0.7 else ""
        d.row([f"C-{r.randint(10**5,10**6-1)}", P(p), L("EMAIL", email(r, p, cc)), L("PHONE", phone(r, cc, True)), dobv, NATIONALITY.get(cc, cc),
               address(r, cc)[1], r.choice(["Warehouse Team Lead", "Data Engineer", "Customer Support (PT/ES)", "Dental Nurse", "Payroll Specialist"]),
               r.choice(["Applied", "Phone screen", "Interview 2", "Offer", "Rejected"]), r.choice(["LinkedIn", "Indeed", "Referral", "Careers page"]), P(rec)], "\t")
    return d, "tsv"

def s_courier(r, i):
    d = Doc(); cc = ["NG", "PH", "CL"][i % 3]
    items = []
    for _ in range(r.randint(2, 4)):
        p = person(r, cc); a = address(r, cc, True)[0].split("\n")
        items.append({"awb": tracking(r), "service": r.choice(["EXPRESS", "ECONOMY", "COD"]), "weight_kg": round(r.uniform(0.2, 25), 2),
                      "consignee": {"name": L("PERSON", p.full), "phone": L("PHONE", phone(r, cc, r.random() < 0.5)), "address_line1": L("ADDRESS", a[0]),
                                    "address_line2": a[1] if len(a) > 1 else "", "country": cc},
                      "hs_code": f"{r.randint(1000,9999)}.{r.randint(10,99)}", "declared_value": {"amount": r.randint(10, 900), "currency": {"NG": "NGN", "PH": "PHP", "CL": "CLP"}[cc]},
                      "cod_amount": r.choice([0, r.randint(500, 90000)]), "events": [{"code": "PU", "at": ts(r) + "Z", "hub": f"{cc}-{r.choice(['LOS', 'MNL', 'SCL'])}-{r.randint(1,9)}"}]})
    obj = {"manifest_id": f"MNF-{cc}-{r.randint(10**5,10**6-1)}", "carrier": r.choice(["GIG Logistics", "LBC Express", "Chilexpress", "Kwik Delivery"]),
           "generated_at": ts(r) + "+00:00", "shipper": {"name": r.choice(["Jumia NG Fulfilment", "Shopee PH Seller 88231", "Falabella.com"]),
                                                          "contact_email": L("EMAIL", f"dispatch@{r.choice(['kwikmart', 'lazadaseller', 'tiendabrava'])}.{r.choice(['com', 'ng', 'cl'])}")},
           "shipments": items, "schema_version": "3.4.0.12"}
    d.json(obj); d.add("\n")
    return d, "json"

def s_cdr(r, i):
    d = Doc(); cc = ["KE", "GH", "ZA"][i % 3]
    for _ in range(r.randint(4, 7)):
        t = r.choice(["MOC", "MTC", "SMS-MO", "DATA"])
        obj = {"rec": t, "start": ts(r) + "Z", "dur_s": r.randint(0, 3600), "a_msisdn": L("PHONE", phone(r, cc, True).replace(" ", "")),
               "imsi": f"6{r.randint(10,50)}0{r.randint(10**10,10**11-1)}", "imei": ids.imei(r), "cell": f"{r.randint(100,999)}-{r.randint(1,99):02d}-{r.randint(1000,65000)}-{r.randint(1,65000)}"}
        if t == "DATA":
            obj["ue_ip"] = L("IP_ADDRESS", f"100.{r.randint(64,127)}.{r.randint(0,255)}.{r.randint(1,254)}")
            obj["pgw"] = L("IP_ADDRESS", priv_ip(r)); obj["bytes_up"] = r.randint(10**3, 10**8)
        else:
            obj["b_msisdn"] = L("PHONE", phone(r, r.choice([cc, cc, "NG", "GB", "IN"]), True).replace(" ", ""))
        obj["tariff"] = r.choice(["BONGA_PLUS", "PAYG_01", "MIFI_30D"]); obj["charge"] = round(r.uniform(0, 25), 2)
        d.json(obj, compact=True); d.add("\n")
    return d, "ndjson"

def s_registry(r, i):
    d = Doc(); cc = ["ES", "PE", "ES"][i % 3]; p = person(r, cc); ymd, dd = dob(r, cc, 1950, 2005, "iso")
    d.add("# Padrón municipal – export ", ts(r), "\n")
    rec = {"expediente": f"PMH-{r.randint(2024,2025)}-{r.randint(10**5,10**6-1)}", "municipio": r.choice(["Valladolid", "Getafe", "Cercado de Lima"]),
           "tipo_movimiento": r.choice(["alta por cambio de residencia", "modificación de datos", "renovación extranjeros no comunitarios"]),
           "titular": {"nombre": L("PERSON", p.given), "apellidos": L("PERSON", p.family), "fecha_nacimiento": L("DATE_OF_BIRTH", dd),
                       "documento": {"tipo": "NIE" if cc == "ES" and r.random() < 0.5 else ("DNI" if cc == "ES" else "PASAPORTE"),
                                     "numero": L("ES_DNI", ids.dni(r)) if cc == "ES" else L("PASSPORT", passport(r, "PE"))},
                       "nacionalidad": NATIONALITY.get(cc, cc), "telefono": L("PHONE", phone(r, cc)), "email": L("EMAIL", email(r, p, cc))},
           "domicilio": L("ADDRESS", address(r, "ES" if cc == "ES" else "PE", True)[0]),
           "convivientes": [{"nombre": L("PERSON", person(r, cc).full), "parentesco": r.choice(["cónyuge", "hijo/a", "otro"])} for _ in range(r.randint(1, 2))],
           "seccion_censal": f"{r.randint(1,9):02d}-{r.randint(1,40):03d}", "validado_por": r.choice(["OAC Centro", "Registro Gral."])}
    for k, v in rec.items(): d.yaml_kv(k, v)
    return d, "yaml"

def s_hr(r, i):
    d = Doc()
    emps = []
    for cc in r.sample(["DE", "FR", "IT", "ES", "BR", "IN", "SG", "CA", "GB"], 4):
        p = person(r, cc); ymd = rand_date(r, 1965, 2001)
        nid = {"DE": L("DE_TAX_ID", ids.steuer_id(r, False)), "FR": L("FR_NIR", ids.nir(r, 2 if p.female else 1, ymd[0] % 100, ymd[1], False)),
               "IT": L("IT_FISCAL_CODE", ids.codice_fiscale(r, p.given, p.family, *ymd, p.female)), "ES": L("ES_DNI", ids.dni(r)), "BR": L("BR_CPF", ids.cpf(r)),
               "IN": L("IN_AADHAAR", ids.aadhaar(r)), "SG": L("SG_NRIC", ids.nric(r)), "CA": L("CA_SIN", ids.sin(r)), "GB": L("UK_NATIONAL_INSURANCE_NUMBER", ids.nino(r))}[cc]
        key = {"DE": "steuer_id", "FR": "nir", "IT": "codice_fiscale", "ES": "dni_nie", "BR": "cpf", "IN": "aadhaar", "SG": "nric_fin", "CA": "sin", "GB": "ni_number"}[cc]
        e = {"employee_id": f"E{r.randint(10**4,10**5-1)}", "legal_name": L("PERSON", p.full), "country": cc, "birth_date": L("DATE_OF_BIRTH", fmt_date(r, ymd, "iso")),
             "national_id": {"scheme": key, "value": nid}, "hire_date": other_date(r, cc, 2015, 2025, "iso"), "work_email": L("EMAIL", email(r, p, domain="ops-nordsud.example")),
             "bank": ({"iban": L("IBAN", ids.iban(r, cc))} if cc in ("DE", "FR", "IT", "ES") else {"account_number": f"****{r.randint(1000,9999)}", "note": "masked in export"}),
             "cost_center": f"CC-{r.randint(100,999)}", "fte": r.choice([1.0, 0.8, 0.5])}
        emps.append(e)
    d.json({"export": "hris_payroll_sync", "version": "2025.11.3", "generated": ts(r) + "Z", "employees": emps}); d.add("\n")
    return d, "json"

def s_catalog(r, i):
    d = Doc(); delim = [",", ";", "|"][i % 3] if i < 2 else ","
    d.row(["sku", "ean13", "name", "brand", "firmware", "price_eur", "stock", "supplier_ref"], delim)
    for _ in range(r.randint(6, 9)):
        d.row([f"{r.choice(['PH','VET','DEN','GYM'])}-{r.randint(1000,9999)}-{r.choice('ABCX')}", ids.ean13(r),
               r.choice(["Ultrasonic scaler tip", "Resistance band set (3)", "Otoscope LED", "Kettlebell 16 kg", "Autoclave pouch 90x230", "TENS unit", "Thermal label roll 100x150"]),
               r.choice(["Philips", "Dr. Martens", "Braun", "Johnson & Johnson", "Dentsply Sirona", "Decathlon", "Zebra"]),
               f"{r.randint(1,12)}.{r.randint(0,40)}.{r.randint(0,255)}.{r.randint(1,9999)}", f"{r.uniform(2,900):.2f}", str(r.randint(0, 500)),
               f"PO-{r.randint(2024,2025)}-{r.randint(10**5,10**6-1)}"], delim)
    return d, "csv"

def s_config(r, i):
    d = Doc()
    d.add("# deploy/values-prod.yaml – generated by helm-docs v1.", str(r.randint(10, 14)), ".", str(r.randint(0, 9)), "\n")
    cfg = {"image": {"repository": "registry.internal/courier-tracker", "tag": f"{r.randint(2,5)}.{r.randint(0,20)}.{r.randint(0,9)}",
                     "digest": "sha256:" + "".join(r.choice("0123456789abcdef") for _ in range(64))},
           "service": {"bind": "0.0.0.0", "port": 8443, "healthcheck": "http://127.0.0.1:8080/healthz", "ipv6_bind": "::1"},
           "snmp": {"enterprise_oid": f"1.3.6.1.4.1.{r.randint(10000,60000)}.2.1", "community_ref": "vault:secret/snmp#community"},
           "hl7": {"assigning_authority_oid": f"2.16.840.1.113883.{r.randint(2,19)}.{r.randint(1,999)}", "version": "2.5.1"},
           "release": {"build": f"{r.randint(10,12)}.{r.randint(0,9)}.{r.randint(0,40)}.{r.randint(100,9999)}", "date": ts(r)[:10], "maintainer": "platform-team"},
           "features": {"sms_notifications": r.choice(["true", "false"]), "mask_pan": "true", "retention_days": r.randint(30, 400)}}
    for k, v in cfg.items(): d.yaml_kv(k, v)
    return d, "yaml"

def s_telemetry(r, i):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        d.json({"ts": int(1.70e9 + r.randint(0, 6 * 10**7)), "device": f"scanner-{r.choice(['LIS','WAW','GRU','MNL'])}-{r.randint(1,99):02d}",
                "fw": f"{r.randint(1,9)}.{r.randint(0,30)}.{r.randint(0,9)}.{r.randint(0,999)}", "battery": r.randint(5, 100), "temp_c": round(r.uniform(-5, 45), 1),
                "scans": r.randint(0, 900), "oid": f"1.3.6.1.2.1.{r.randint(1,50)}.{r.randint(1,9)}", "parcel_last": tracking(r), "status": r.choice(["OK", "LOW_BATT", "RESYNC"])}, compact=True)
        d.add("\n")
    return d, "ndjson"

def s_stock(r, i):
    d = Doc()
    d.row(["Item Code", "Description", "Batch", "Expiry", "Location", "On Hand", "Reorder", "GTIN"], "\t")
    for _ in range(r.randint(6, 10)):
        d.row([f"RX{r.randint(10**4,10**5-1)}", r.choice(["Amoxicillin 500 mg caps x21", "Paracetamol 1 g tabs x16", "Metformin 850 mg x60", "Chlorhexidine 0.12% 300 mL", "Meloxicam oral susp. 1.5 mg/mL (vet)"]),
               f"{r.choice('ABCDKLM')}{r.randint(1000,99999)}", f"{r.randint(2026,2029)}-{r.randint(1,12):02d}", f"A{r.randint(1,9)}-S{r.randint(1,20)}", str(r.randint(0, 400)), str(r.randint(10, 60)), "0" + ids.ean13(r)], "\t")
    return d, "tsv"

# ======================================================================= LOGS
def l_telecom(r, i):
    d = Doc(); cc = ["NG", "PH", "KE", "IN"][i % 4]
    for _ in range(r.randint(5, 8)):
        kind = r.choice(["ticket", "sim_swap", "recharge", "portin", "login", "kyc"])
        d.add(ts(r), ".", f"{r.randint(0,999):03d}Z level=", r.choice(["INFO", "WARN", "INFO"]), f" svc=care-portal pod=care-{r.randint(1,9)}-{r.randint(10**4,10**5-1):x} ")
        if kind == "ticket":
            p = person(r, cc); d.line("event=ticket_created ticket=INC", str(r.randint(10**6, 10**7 - 1)), " msisdn=", L("PHONE", phone(r, cc, True).replace(" ", "")), ' customer="', P(p), '" channel=ussd')
        elif kind == "sim_swap":
            d.line("event=sim_swap_request msisdn=", L("PHONE", phone(r, cc, True).replace(" ", "")), " iccid=8923", str(r.randint(10**14, 10**15 - 1)), " imei=", ids.imei(r), " agent_ip=", L("IP_ADDRESS", priv_ip(r)), " result=PENDING_KYC")
        elif kind == "recharge":
            d.line("event=recharge amount=", str(r.randint(50, 5000)), " voucher=****", str(r.randint(1000, 9999)), " msisdn_hash=", "".join(r.choice("0123456789abcdef") for _ in range(16)), " status=OK")
        elif kind == "portin":
            p = person(r, cc); d.line("event=port_in donor=", r.choice(["AIRTEL", "GLOBE", "SAFARICOM", "JIO"]), " number=", L("PHONE", phone(r, cc, False)), " contact_email=", L("EMAIL", email(r, p, cc)), " ref=MNP", str(r.randint(10**7, 10**8 - 1)))
        elif kind == "login":
            d.line("event=agent_login user=agent", str(r.randint(100, 999)), " src_ip=", L("IP_ADDRESS", pub_ip(r)), " ua=\"CarePortal/", f"{r.randint(4,7)}.{r.randint(0,9)}.{r.randint(0,9)}.{r.randint(100,999)}", "\" mfa=ok")
        else:
            idv = {"NG": ("nin", str(r.randint(10**10, 10**11 - 1))), "IN": ("aadhaar", None), "KE": ("passport", None), "PH": ("passport", None)}[cc]
            if cc == "IN": d.line("event=kyc_verify doc_type=aadhaar doc_no=", L("IN_AADHAAR", ids.aadhaar(r, "")), " status=MATCH")
            elif cc == "NG": d.line("event=kyc_verify doc_type=NIN doc_no=", idv[1], " status=MATCH")
            else: d.line("event=kyc_verify doc_type=passport doc_no=", pp(r, cc), " country=", cc, " status=MATCH")
    return d, "log"

def l_web(r, i):
    d = Doc()
    for _ in range(r.randint(5, 8)):
        ip = r.choice([L("IP_ADDRESS", pub_ip(r)), L("IP_ADDRESS", priv_ip(r)), "127.0.0.1", "::1"])
        dt = f"{r.randint(1,28):02d}/{r.choice(['Mar','Jun','Oct','Nov'])}/2025:{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} +0100"
        path = r.choice([f"/api/v2/orders/{r.randint(10**6,10**7)}", "/static/app.9f3c2e1.js", f"/track?awb={tracking(r)}", "/healthz", "NEWSLETTER"])
        d.add(ip, " - - [", dt, '] "GET ')
        if path == "NEWSLETTER":
            p = person(r, r.choice(EU)); em = email(r, p, r.choice(EU))
            d.add("/newsletter/unsubscribe?email=", L("EMAIL", em))
        else:
            d.add(path)
        d.line(' HTTP/1.1" ', str(r.choice([200, 200, 304, 404, 502])), " ", str(r.randint(100, 90000)), ' "-" "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/',
               f"{r.randint(110,131)}.0.{r.randint(1000,6999)}.{r.randint(10,200)}", ' Mobile Safari/537.36"')
    return d, "log"

def l_payment(r, i):
    d = Doc(); cc = r.choice(["BR", "MX", "ES"])
    for _ in range(r.randint(4, 6)):
        p = person(r, cc)
        k = r.choice(["auth", "refund", "payout", "reject"])
        d.add(ts(r), " [payments-gw] ")
        if k == "auth":
            d.line("AUTH ok order=", str(r.randint(10**15, 10**16 - 1)), " pan=", f"{r.choice(['4','5'])}{r.randint(10**4,10**5-1)}******{r.randint(1000,9999)}", " amount=", f"{r.uniform(5,900):.2f}", " cust_email=", L("EMAIL", email(r, p, cc)), " ip=", L("IP_ADDRESS", pub_ip(r)))
        elif k == "refund":
            d.line("REFUND queued order=", str(r.randint(10**6, 10**7 - 1)), " holder=\"", P(p), "\" to_iban=", L("IBAN", ids.iban(r, "ES" if cc == "ES" else r.choice(["BR", "ES"]), False)))
        elif k == "payout":
            if cc == "BR": d.line("PIX payout ok key_type=cpf key=", L("BR_CPF", ids.cpf(r)), " e2e=E", str(r.randint(10**15, 10**16 - 1)), " amount=", str(r.randint(10, 3000)))
            else: d.line("PAYOUT ok beneficiary_ref=B", str(r.randint(10**5, 10**6)), " clabe=****", str(r.randint(1000, 9999)))
        elif r.random() < 0.5:
            d.line("DEBUG raw_body={\"card_number\":\"", L("CREDIT_CARD", ids.card(r).replace(" ", "").replace("-", "")), "\",\"cvv\":\"***\",\"holder\":\"", P(p), "\"} (TODO remove before go-live)")
        else:
            d.line("REJECT reason=LUHN_FAIL pan_input=", ids.bad_card(r), " (user typo) session=", f"{r.randint(10**7,10**8-1):x}")
    return d, "log"

def l_build(r, i):
    d = Doc()
    d.line(f"[{ts(r)}Z] Runner gitlab-runner {r.randint(15,17)}.{r.randint(0,11)}.{r.randint(0,5)} (linux/amd64) on docker-ci-{r.randint(1,9)}")
    d.line(f"Fetching changes with git depth set to 20... HEAD is now at {''.join(r.choice('0123456789abcdef') for _ in range(8))}")
    for _ in range(r.randint(6, 10)):
        k = r.choice(["ver", "oid", "dl", "test", "net", "ean"])
        if k == "ver": d.line(f"  Resolved dependency libhl7parse=={r.randint(1,12)}.{r.randint(0,40)}.{r.randint(0,255)}.{r.randint(0,255)} (was {r.randint(1,12)}.{r.randint(0,40)}.{r.randint(0,9)}.{r.randint(0,99)})")
        elif k == "oid": d.line(f"  Loaded MIB OID 1.3.6.1.4.1.{r.randint(1000,60000)}.{r.randint(1,9)}.{r.randint(1,9)}.{r.randint(1,30)} ok")
        elif k == "dl": d.line(f"  Downloading artifact build-{r.randint(1000,9999)}.tar.gz ({r.randint(1,900)} MB) sha256:{''.join(r.choice('0123456789abcdef') for _ in range(16))}...")
        elif k == "test": d.line(f"  test_manifest_parser ... ok ({r.uniform(0.01,3):.3f}s)   fixture order_id={r.randint(10**15,10**16-1)} tracking={tracking(r)}")
        elif k == "net": d.line(f"  Waiting for service on 127.0.0.1:{r.randint(1024,65000)} / [::1]:{r.randint(1024,65000)} / 0.0.0.0 ... ready after {r.randint(1,30)}s")
        else: d.line(f"  Barcode fixture EAN {ids.ean13(r)} -> SKU KB-{r.randint(100,999)}-X, epoch {int(1.7e9 + r.randint(0, 10**8))}")
    d.line(f"Job succeeded in {r.randint(1,20)}m {r.randint(0,59)}s – pipeline #{r.randint(10**5,10**6)} release v{r.randint(1,9)}.{r.randint(0,9)}.{r.randint(0,9)}-rc{r.randint(1,5)}")
    return d, "log"

def l_auth(r, i):
    d = Doc(); host = r.choice(["registo-civil-app01", "gp-portal-fra2", "clinic-pacs"])
    for _ in range(r.randint(5, 8)):
        mon = r.choice(["Nov", "Oct"]); t = f"{mon} {r.randint(1,28):2d} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"
        k = r.choice(["fail", "ok", "closed", "ufw", "local"])
        d.add(t, " ", host, f" sshd[{r.randint(1000,65000)}]: " if k != "ufw" else " kernel: ")
        if k == "fail": d.line("Failed password for invalid user ", r.choice(["admin", "oracle", "test", "ubuntu"]), " from ", L("IP_ADDRESS", pub_ip(r)), f" port {r.randint(1024,65000)} ssh2")
        elif k == "ok": d.line("Accepted publickey for ", r.choice(["deploy", "svc_backup", "ansible"]), " from ", L("IP_ADDRESS", priv_ip(r)), f" port {r.randint(1024,65000)} ssh2: ED25519 SHA256:{''.join(r.choice('ABCDEFabcdef0123456789+/') for _ in range(20))}")
        elif k == "closed": d.line("Connection closed by ", L("IP_ADDRESS", doc_ip(r)), f" port {r.randint(1024,65000)} [preauth]")
        elif k == "ufw": d.line("[UFW BLOCK] IN=eth0 OUT= MAC=", ":".join(f"{r.randint(0,255):02x}" for _ in range(6)), " SRC=", L("IP_ADDRESS", pub_ip(r)), " DST=", L("IP_ADDRESS", priv_ip(r)), f" PROTO=TCP DPT={r.choice([22,3389,445])}")
        else: d.line("Server listening on 0.0.0.0 port 22. Server listening on :: port 22.")
    return d, "log"

def l_courier(r, i):
    d = Doc(); cc = ["PT", "VN", "ZA"][i % 3]
    awb = tracking(r)
    for _ in range(r.randint(5, 7)):
        k = r.choice(["scan", "scan", "notify", "pod", "exception"])
        d.add(ts(r), f" hub={cc}{r.randint(1,40):02d} awb={awb} ")
        if k == "scan": d.line("status=", r.choice(["ARRIVED_AT_HUB", "SORTED", "OUT_FOR_DELIVERY", "IN_TRANSIT"]), " route=R", str(r.randint(1, 80)), " scanner_fw=", f"{r.randint(1,9)}.{r.randint(0,9)}.{r.randint(0,99)}.{r.randint(0,255)}")
        elif k == "notify": d.line("status=SMS_SENT to=", L("PHONE", phone(r, cc, True)), " template=eta_window")
        elif k == "pod":
            p = person(r, cc); d.line('status=DELIVERED signed_by="', P(p), '" gps=', f"{r.uniform(-35,21):.5f},{r.uniform(-10,106):.5f}", " photo=pod_", str(r.randint(10**6, 10**7)), ".jpg")
        else:
            d.line("status=ADDRESS_ISSUE note=\"customer moved to ", L("ADDRESS", address(r, cc, False)[0]), '"')
    return d, "log"

# ======================================================================= EMAIL / CHAT / TICKET
def e_recruit(r, i):
    d = Doc(); cc = ["PL", "BR", "NG", "VN"][i % 4]; cand = person(r, cc); hr = person(r, "NL")
    ymd, dd = dob(r, cc, 1980, 2002)
    cem = email(r, cand, cc); hem = email(r, hr, domain="talent.nordsud-logistics.eu")
    d.line("From: ", P(hr), " <", L("EMAIL", hem), ">"); d.line("To: ", P(cand), " <", L("EMAIL", cem), ">")
    d.line("Subject: RE: Application – Customs Clearance Specialist (Rotterdam) / ref. JR-", str(r.randint(1000, 9999)))
    d.line("Date: ", other_date(r, "GB", 2025, 2025, "en_long"), " 10:", str(r.randint(10, 59))); d.line()
    d.line("Dear ", L("PERSON", cand.first), ","); d.line()
    d.line("Thanks for your quick reply. Before we can book the second interview I need the work-permit details — could you send a scan of the passport page rather than typing it below? We must not keep numbers in e-mail.")
    d.line("Our interview slot: Thursday 14:00 CET, Teams link to follow. Best regards,"); d.line(L("PERSON", hr.first)); d.line()
    d.line("> On ", other_date(r, "GB", 2025, 2025, "slash"), ", ", P(cand), " <", L("EMAIL", cem), "> wrote:")
    d.line("> Dzień dobry / Boa tarde / Good afternoon,") 
    d.line("> please find my details for the application form:")
    d.line("> ", ocr(r, "Date of birth", 0.4), ": ", L("DATE_OF_BIRTH", local_date(r, cc, ymd)))
    d.line("> ", r.choice(PASSPORT_LABELS), ": ", pp(r, cc))
    d.line("> Address: ", L("ADDRESS", address(r, cc, False)[0]))
    d.line("> Mobile: ", L("PHONE", phone(r, cc, True)))
    d.line("> I am available from ", other_date(r, "GB", 2026, 2026, "en_long"), ". My CV is attached (", fold(cand.family).replace(" ", "_"), "_CV_2025.pdf).")
    d.line("> Kind regards,"); d.line("> ", P(cand))
    return d, "email"

def ch_tenancy(r, i):
    d = Doc(); cc = ["PT", "FR", "NL"][i % 3]; ll, tn = person(r, cc), person(r, r.choice(WORLD))
    day = fmt_date(r, rand_date(r, 2025, 2025), "slash"); clock = [r.randint(7, 20) * 60 + r.randint(0, 30)]
    def say(who, *msg):
        clock[0] += r.randint(1, 25)
        d.add(f"[{day}, {clock[0] // 60 % 24:02d}:{clock[0] % 60:02d}] ", L("PERSON", who.first), ": "); d.line(*msg)
    say(tn, r.choice(["Olá", "Bonjour", "Hoi"]), " ", L("PERSON", ll.first), "! The boiler is leaking again 😩 water under the sink")
    say(ll, "ok I send the plumber tomorrow morning, is 9h fine?")
    say(tn, "yes. also the deposit – can you confirm where to transfer the rest?")
    say(ll, "IBAN ", L("IBAN", ids.iban(r, cc)), " name ", P(ll), ". reference: caução / caution apt ", str(r.randint(1, 9)), r.choice("ABCD"))
    say(tn, "perfect 👍 and for the contract the address is ", L("ADDRESS", address(r, cc, False)[0]), " right?")
    say(ll, "yes. plumber number if you need: ", L("PHONE", phone(r, cc, False)))
    say(tn, "thanks! and happy ", r.choice(["Saint-Nicolas", "Dia de Santo António", "Koningsdag"]), " 🎉")
    return d, "chat"

def t_helpdesk(r, i):
    d = Doc(); cc = ["MX", "CO", "TH", "MA"][i % 4]; p = person(r, cc); ag = person(r, cc)
    d.line(f"Ticket #{r.randint(10**5,10**6-1)}  |  Priority: {r.choice(['P2', 'P3'])}  |  Queue: {r.choice(['Billing', 'Fibra / Internet hogar', 'Municipal services – permits'])}  |  Status: Open")
    d.line("Requester: ", P(p), " <", L("EMAIL", email(r, p, cc)), ">"); d.line("Created: ", ts(r), "   Via: web form (", L("IP_ADDRESS", pub_ip(r)), ")"); d.line()
    d.line("Description:")
    if cc in ("MX", "CO"):
        d.line("Hola, desde el ", other_date(r, cc, 2025, 2025, "es_long"), " no tengo servicio. Ya reinicié el módem tres veces. Mi número de contacto es ", L("PHONE", phone(r, cc, False)), ".")
        d.line("La dirección de instalación es:")
    elif cc == "MA":
        d.line("Bonjour, depuis le ", other_date(r, cc, 2025, 2025, "fr_long"), " la fibre ne marche plus (voyant LOS rouge). Vous pouvez me joindre au ", L("PHONE", phone(r, cc, False)), ".")
        d.line("Adresse d'installation :")
    else:
        d.line("Hello, internet down since ", other_date(r, cc, 2025, 2025, "en_long"), ", router restarted 3 times. Contact me on ", L("PHONE", phone(r, cc, False)), " (LINE same number).")
        d.line("Installation address:")
    d.line(L("ADDRESS", address(r, cc, True)[0]))
    if r.random() < 0.5:
        d.line("P.S. you can charge the reconnection fee to my card ", L("CREDIT_CARD", ids.card(r)), " exp ", f"{r.randint(1,12):02d}/{r.randint(26,30)}", " — ", L("PERSON", p.first))
    d.line()
    d.line("Internal note (", P(ag), "):")
    d.line("| Field        | Value                          |"); d.line("|--------------|--------------------------------|")
    d.line("| Contract     | ", f"CT-{r.randint(10**6,10**7-1)}".ljust(31), "|")
    d.line("| Card on file | ", f"**** **** **** {r.randint(1000,9999)}".ljust(31), "|")
    d.line("| ONT serial   | ", f"HWTC{r.randint(10**7,10**8-1):X}".ljust(31), "|")
    d.line("| Firmware     | ", f"V5R{r.randint(19,22)}C{r.randint(10,99)}S{r.randint(100,200)}".ljust(31), "|")
    if r.random() < 0.5:
        d.line("| SIM reg. ID  | ", pp(r, cc), " " * 10, "|")
    d.line(); d.line("Customer called back, ", r.choice(["line restored after OLT reset.", "technician visit booked.", "escalated to N2."]), " — ", L("PERSON", ag.first))
    return d, "ticket"

def e_newsletter(r, i):
    d = Doc()
    d.line("From: Comunicação Municipal <no-reply [at] cm-exemplo [dot] pt>"); d.line("To: undisclosed-recipients"); d.line("Subject: Holiday opening hours & service news"); d.line()
    d.line(r.choice(["Dear residents,", "Caros munícipes,", "Chers usagers,"]))
    d.line(f"Municipal offices will be closed on {r.choice(['Dia de Tiradentes (21 April)', 'Martin Luther King Jr. Day', 'Saint Patrick’s Day', 'Día de San Martín de Porres', 'Jour de la Saint-Nicolas'])} and reopen the following morning.")
    d.line("Our new partner for medical supplies is Johnson & Johnson; the gym at the sports centre now uses equipment from Philips and Louis Vuitton sponsored the Christmas lights.")
    d.line(f"The Hospital Dr. Sousa Martins blood drive runs from 09:00 to 13:00. Parking on Rua Augusta is closed for works until week {r.randint(2,50)}.")
    d.line(f"Software update: the citizen app moves to version {r.randint(2,9)}.{r.randint(0,20)}.{r.randint(0,99)}.{r.randint(100,999)}; please update from the store. Reference: CIR-{r.randint(100,999)}/2025.")
    d.line("Never share your card number, PIN or password by e-mail — we will never ask for them (example of a masked card: 4*** **** **** 1234).")
    d.line("To unsubscribe reply with STOP. — The Communications Team")
    return d, "email"

def ch_clinic(r, i):
    d = Doc(); cc = ["ES", "IT", "NZ"][i % 3]; p = person(r, cc); rec = person(r, cc)
    dx, meds = r.choice(DENTAL + PHYSIO); ymd, dd = dob(r, cc, 1950, 2004)
    bot = "Recepción" if cc == "ES" else ("Segreteria" if cc == "IT" else "Front desk")
    d.line(bot, " (", P(rec), ") 09:02: ", {"ES": "¡Buenos días!", "IT": "Buongiorno!", "NZ": "Kia ora!"}[cc], " To confirm your appointment, can you give me your full name and date of birth?")
    d.line(L("PERSON", p.first), " 09:04: ", P(p), ", ", L("DATE_OF_BIRTH", local_date(r, cc, ymd)))
    d.line(bot, " 09:04: Thank you. Is the appointment still for the ", L("DIAGNOSIS", dx), " follow-up?")
    d.line(L("PERSON", p.first), " 09:05: yes. still taking the ", L("MEDICATION", meds[0]), " but I'm dying to get back to training lol")
    d.line(bot, " 09:06: Noted. Tomorrow 17:30 with ", r.choice(["Dr. ", ""]), P(person(r, cc)), ". Please bring your insurance card.")
    d.line(L("PERSON", p.first), " 09:06: 👍 my new mobile is ", L("PHONE", phone(r, cc)))
    return d, "chat"

def t_bug(r, i):
    d = Doc()
    d.line(f"[BUG] {r.choice(['Validator accepts malformed IDs', 'Import rejects valid-looking rows', 'Checksum step skipped on bulk upload'])} – JIRA DATA-{r.randint(100,999)}")
    d.line("Reporter: qa-automation   Component: onboarding-validator   Affects: ", f"{r.randint(3,6)}.{r.randint(0,9)}.{r.randint(0,30)}.{r.randint(0,999)}")
    d.line(); d.line("Steps: upload fixture rows below (synthetic, all deliberately INVALID checksums):"); d.line("```")
    d.line(f"iban      {ids.bad_iban(r)}"); d.line(f"nhs       {ids.bad_nhs(r)}"); d.line(f"cpf       {ids.bad_cpf(r)}")
    d.line(f"aadhaar   {ids.bad_aadhaar(r)}"); d.line(f"nric      {ids.bad_nric(r)}"); d.line(f"dni       {ids.bad_dni(r)}"); d.line(f"card      {ids.bad_card(r)}")
    d.line(f"ssn       {r.choice(['000', '666', '9' + str(r.randint(10,99))])}-{r.randint(10,99)}-{r.randint(1000,9999)}   masked: ***-**-{r.randint(1000,9999)}")
    d.line("```"); d.line(f"Expected: all rows rejected. Actual: {r.randint(1,4)} accepted. Seen at {ts(r)}Z on build {r.randint(100,999)}.{r.randint(0,99)}.")
    d.line("Related: DATA-", str(r.randint(100, 999)), ", order 1000023345123377 (test), tracking ", tracking(r))
    return d, "ticket"

# ======================================================================= FREE TEXT / HTML
def ft_minutes(r, i):
    d = Doc(); cc = ["IT", "PL", "ZA"][i % 3]; ch = person(r, cc); res1, res2 = person(r, cc), person(r, cc)
    d.line({"IT": "VERBALE DEL CONSIGLIO COMUNALE – seduta ordinaria (English summary)", "PL": "PROTOKÓŁ z sesji Rady Gminy – streszczenie / summary", "ZA": "Minutes – Ward Committee meeting"}[cc], " – ", other_date(r, cc, 2025, 2025))
    d.line(); d.line("Present: the chair, ", P(ch), ", and ", str(r.randint(7, 20)), " councillors. Apologies: two.")
    d.line("1. Petition from ", P(res1), " of ", L("ADDRESS", address(r, cc, False)[0]), " about flooding on the corner plot. The chair noted that the drainage budget is ‘a drop in the ocean’.")
    d.line("2. ", P(res2), " asked for a disabled parking bay because of her ", L("DIAGNOSIS", r.choice(["multiple sclerosis", "Parkinson's disease", "COPD"])), "; she can be reached on ", L("PHONE", phone(r, cc)), ". Approved.")
    d.line("3. The library's Alzheimer's awareness week (research talk: 'Alzheimer's disease affects around 1 in 9 people over 65') was welcomed; no individual cases discussed.")
    d.line("4. Tender ", f"{r.randint(2025,2026)}/{r.randint(10,99)}/OP", " for road resurfacing on ", {"IT": "Via Garibaldi", "PL": "ulica Długa", "ZA": "Long Street"}[cc], " awarded to ", {"IT": "Ferrero Costruzioni", "PL": "Budimex", "ZA": "Murray & Roberts"}[cc], ".")
    d.line("The meeting closed at 21:", str(r.randint(10, 59)), ". Next sitting: ", other_date(r, cc, 2026, 2026), ".")
    return d, "free_text"

def h_registry(r, i):
    d = Doc(); cc = ["PT", "BR", "PH", "FR"][i % 4]; ch = person(r, cc); fa, mo = person(r, cc), person(r, cc)
    ymd = rand_date(r, 1960, 2020)
    d.line("<!DOCTYPE html><html lang=\"", {"PT": "pt", "BR": "pt-BR", "PH": "en", "FR": "fr"}[cc], "\"><head><meta charset=\"utf-8\"><title>",
           {"PT": "Certidão de Nascimento – Registo Civil", "BR": "Certidão de Nascimento – 2ª via", "PH": "PSA Certificate of Live Birth – request", "FR": "Extrait d'acte de naissance"}[cc], "</title></head><body>")
    d.line("<h1>", {"PT": "Conservatória do Registo Civil de Braga", "BR": "Cartório de Registro Civil – 1º Subdistrito Sé", "PH": "Philippine Statistics Authority – CRS Outlet", "FR": "Mairie de Rennes – État civil"}[cc], "</h1>")
    d.line("<p>Matrícula / Registry no.: ", f"{r.randint(10**5,10**6-1)} {r.randint(10,99)} {r.randint(2000,2025)} 1 {r.randint(10**4,10**5-1)} {r.randint(100,999)} {r.randint(10**6,10**7-1)}-{r.randint(10,99)}", "</p>")
    d.line("<table class=\"record\">")
    d.line("  <tr><th>Nome / Name</th><td>", P(ch), "</td></tr>")
    d.line("  <tr><th>", {"PT": "Data de nascimento", "BR": "Data de nascimento", "PH": "Date of Birth", "FR": "Date de naissance"}[cc], "</th><td>",
           L("DATE_OF_BIRTH", fmt_date(r, ymd, {"PT": "pt_long", "BR": "pt_long", "PH": "en_long", "FR": "fr_long"}[cc])), "</td></tr>")
    d.line("  <tr><th>Local / Place</th><td>", r.choice(["Braga", "Salvador (BA)", "Iloilo City", "Rennes"]), "</td></tr>")
    d.line("  <tr><th>", "Filiação 1" if cc in ("PT", "BR") else ("Parent 1" if cc == "PH" else "Parent 1 / Filiation"), "</th><td>", P(fa), "</td></tr>")
    d.line("  <tr><th>", "Filiação 2" if cc in ("PT", "BR") else ("Parent 2 (maiden name)" if cc == "PH" else "Parent 2 / Filiation"), "</th><td>", P(mo), "</td></tr>")
    if cc == "BR": d.line("  <tr><th>CPF</th><td>", L("BR_CPF", ids.cpf(r)), "</td></tr>")
    if cc == "FR": d.line("  <tr><th>Mentions marginales</th><td>Néant</td></tr>")
    d.line("</table>")
    d.line("<p>Requested by: ", P(mo), " – delivery to <span class=\"addr\">", L("ADDRESS", address(r, cc, False)[0]), "</span>, tel. ", L("PHONE", phone(r, cc)), "</p>")
    d.line("<p class=\"foot\">Document ID ", f"{r.randint(10**7,10**8-1)}-{r.choice('ABCDEF')}", " · verify at the registry portal · OID 2.16.620.1.101.10.", str(r.randint(1, 9)), "</p></body></html>")
    return d, "html"

def ft_cv(r, i):
    d = Doc(); cc = ["GB", "AU", "US"][i % 3]; p = person(r, cc); ymd, dd = dob(r, cc, 1975, 2001)
    d.line(L("PERSON", p.full.upper()))
    d.line(L("ADDRESS", address(r, cc, False)[0]), " · ", L("PHONE", phone(r, cc)), " · ", L("EMAIL", email(r, p, cc)))
    d.line("Date of birth: ", L("DATE_OF_BIRTH", fmt_date(r, ymd, "en_long")), " · Nationality: ", NATIONALITY[cc])
    if cc == "GB": d.line("Full UK driving licence (DVLA): ", L("DRIVER_LICENSE", uk_driving_licence(r, p, ymd)), " · Category C+E")
    elif cc == "US":
        st = r.choice(list(DL)); d.line("Driver license: ", DL[st][0], " #", L("DRIVER_LICENSE", DL[st][1](r)), ", class A CDL · US passport ", L("US_PASSPORT", passport(r, "US")))
    else: d.line("Licence: full open car licence (VIC) · forklift LF ticket · White Card")
    d.line(); d.line("PROFILE"); d.line("Logistics coordinator with 8+ years in cross-dock, cold chain and customs brokerage. Fluent English, conversational Portuguese and Tagalog.")
    d.line(); d.line("EXPERIENCE")
    d.line(f"{r.randint(2018,2021)}–present   Operations Lead, DHL Supply Chain – built WMS v{r.randint(2,4)}.{r.randint(0,9)} rollout for {r.randint(3,12)} sites")
    d.line(f"{r.randint(2012,2016)}–{r.randint(2017,2018)}      Dispatcher, Ben & Jerry's distribution centre")
    d.line(); d.line("REFERENCES"); rf = person(r, cc); d.line(P(rf), " – former manager – ", L("PHONE", phone(r, cc)))
    return d, "free_text"

def h_article(r, i):
    d = Doc()
    title = ["Understanding Parkinson's disease", "Dengue season: what clinics should know", "Physiotherapy after ACL reconstruction", "Dental health in older adults"][i % 4]
    d.line("<html><body><article>"); d.line("<h1>", title, "</h1>")
    d.line("<p>", {0: "Parkinson's disease was first described as 'the shaking palsy' in 1817. Levodopa remains the most effective treatment; MAO-B inhibitors such as rasagiline are used early.",
                   1: "Dengue fever is transmitted by Aedes mosquitoes. Paracetamol is preferred for fever; NSAIDs like ibuprofen should be avoided because of bleeding risk.",
                   2: "Rehabilitation after anterior cruciate ligament reconstruction typically lasts 9–12 months. Patients often take naproxen in the early weeks.",
                   3: "Periodontitis affects nearly half of adults over 65. Chlorhexidine rinses and interdental cleaning reduce bleeding on probing."}[i % 4], "</p>")
    d.line("<p>A 2023 cohort of 12,400 participants found that people with type 2 diabetes mellitus had a 1.8-fold higher risk. Cite as: doi:10.1000/", str(r.randint(1000, 9999)), ".</p>")
    d.line("<p>Sponsored by the Michael J. Fox Foundation and Dr. Oetker Stiftung. Event on Nelson Mandela Day and Día de los Muertos. Contact: info (at) clinic-example (dot) org.</p>")
    d.line("<footer>v", f"{r.randint(1,9)}.{r.randint(0,9)}.{r.randint(0,99)}.{r.randint(0,999)}", " · last reviewed ", ts(r)[:10], " · Page ID ", str(r.randint(10**5, 10**6)), "</footer>")
    d.line("</article></body></html>")
    return d, "html"

def ft_manual(r, i):
    d = Doc()
    d.line(r.choice(["Release notes – CourierTrack Mobile", "Installation guide – DentalSuite Server", "Guía rápida – TPV Farmacia", "Changelog – ATS connector"]))
    d.line("=" * 40)
    for _ in range(r.randint(5, 8)):
        d.line("* ", r.choice([f"Upgraded base image to 10.{r.randint(0,9)}.{r.randint(0,99)}.{r.randint(1,254)} (not an address: version tuple).",
                               f"Schema OID arc 2.16.840.1.113883.3.{r.randint(100,9999)} registered for discharge documents.",
                               f"Fixed SKU parser for codes like ZX-{r.randint(1000,9999)}-{r.choice('ABC')}/{r.randint(10,99)}.",
                               f"Service binds to 0.0.0.0:{r.randint(1024,9999)}; admin UI only on 127.0.0.1.",
                               f"Default test card in sandbox: 4000 0000 0000 0003 is rejected by design (fails Luhn).",
                               f"Timestamps now in ISO 8601 (e.g. {ts(r)}Z) and epoch ms ({int(1.7e12 + r.randint(0, 10**10))}).",
                               f"Tracking numbers such as {tracking(r)} are validated against the carrier API.",
                               f"The 'Patient Name' and 'Date Of Birth' labels were renamed to 'Full Name' and 'Birth Date'.",
                               f"Build {r.randint(1000,9999)} signed with key fingerprint {''.join(r.choice('0123456789ABCDEF') for _ in range(16))}."]))
    d.line("Known issue: on Android 14 the scanner may report firmware 3.1.4.159 twice.")
    return d, "free_text"

def ft_expat(r, i):
    d = Doc(); p = person(r, "US"); sp = person(r, "US"); st = r.choice(list(DL)); hr = person(r, r.choice(EU))
    ymd, dd = dob(r, "US", 1960, 1995, "us")
    dcc = r.choice(["PT", "ES", "NL"]); dest = {"PT": "Lisbon", "ES": "Barcelona", "NL": "Utrecht"}[dcc]
    d.line("Relocation file – international assignment to ", dest)
    d.line(); d.line("Assignee ", P(p), " (born ", L("DATE_OF_BIRTH", dd), ") will relocate with spouse ", P(sp), " in ", r.choice(["January", "March", "September"]), ".")
    d.line("For the residence-permit application the immigration lawyer needs: US passport no. ", L("US_PASSPORT", passport(r, "US")), ", Social Security number ", L("US_SSN", ids.ssn(r)),
           " (for the totalization certificate) and the ", DL[st][0], " driver's license ", L("DRIVER_LICENSE", DL[st][1](r)), " for the licence exchange.")
    d.line("The spouse's mother stays on Medicare in ", r.choice(["Tucson", "Chicago", "Boulder"]), "; her MBI ", L("US_MBI", ids.mbi(r)), " is only needed for the insurance broker.")
    d.line("Current US address: ", L("ADDRESS", address(r, "US", False)[0]), ". Temporary housing in ", dest, ": ", L("ADDRESS", address(r, dcc, False)[0]), ".")
    d.line("Payroll will move to IBAN ", L("IBAN", ids.iban(r, dcc)), " from month 2. Questions to ", P(hr), ", ", L("EMAIL", email(r, hr, domain="mobility.nordsud-logistics.eu")), ".")
    d.line("Note: do not confuse with the Form I-9 template (SSN field shows ***-**-", str(r.randint(1000, 9999)), ").")
    return d, "free_text"

def h_visa_status(r, i):
    d = Doc(); cc = ["TH", "GH", "AR"][i % 3]; p = person(r, cc)
    d.line("<div class=\"status-card\">"); d.line("  <h2>Residence permit / Autorização de residência – application status</h2>")
    d.line("  <dl>")
    d.line("    <dt>Applicant</dt><dd>", P(p), "</dd>")
    d.line("    <dt>Nationality</dt><dd>", NATIONALITY[cc], "</dd>")
    d.line("    <dt>", r.choice(["Passport No.", "Número do passaporte", "Travel Document"]), "</dt><dd>", pp(r, cc), "</dd>")
    d.line("    <dt>Date of Birth</dt><dd>", L("DATE_OF_BIRTH", fmt_date(r, rand_date(r, 1960, 2004), "slash")), "</dd>")
    d.line("    <dt>Status</dt><dd>", r.choice(["Biometrics scheduled", "Decision pending", "Approved – card in production"]), "</dd>")
    d.line("    <dt>Appointment</dt><dd>", other_date(r, "PT", 2025, 2026, "slash"), " 10:30, AIMA Loja Porto</dd>")
    d.line("    <dt>Contact</dt><dd>", L("EMAIL", email(r, p, cc)), " / ", L("PHONE", phone(r, "PT", True)), "</dd>")
    d.line("  </dl>"); d.line("  <p class=\"small\">Process no. ", f"{r.randint(10**6,10**7-1)}/{r.randint(2024,2025)}", " · session ", f"{r.randint(10**8,10**9):x}", "</p>"); d.line("</div>")
    return d, "html"

def ft_street(r, i):
    d = Doc()
    d.line(r.choice(["AVISO À POPULAÇÃO", "AVISO A LOS VECINOS", "PUBLIC NOTICE – ROAD CLOSURE"]))
    d.line(f"From {r.randint(1,28)} to {r.randint(1,28)} {r.choice(MONTHS['en'])} the following streets will be closed for water-main renewal: "
           f"{', '.join(r.sample(['Rua de Santa Catarina', 'Calle Mayor', 'Avenida da Liberdade', 'Long Street', 'Kerkstraat', 'Via Garibaldi', 'ulica Piotrkowska'], 3))}.")
    d.line("Bus lines 201, 305 and 7B will be diverted via Praça Marquês de Pombal. The Ferrari store and the Hugo Boss outlet remain open.")
    d.line(f"Works reference OBR-{r.randint(2025,2026)}-{r.randint(1000,9999)}, budget EUR {r.randint(10,900)},{r.randint(100,999)}.00, contractor Mota-Engil.")
    d.line("Residents with mobility needs may request assistance at the service desk (no personal data by phone, please).")
    d.line(f"Next update on Saint John's Day (São João) or at version 2.{r.randint(0,9)} of the city app.")
    return d, "free_text"


def f_uk_housing(r, i):
    d = Doc(); p = person(r, "GB"); ymd, dd = dob(r, "GB", 1940, 2003, "slash"); ll = person(r, "GB")
    d.line(r.choice(["Leeds City Council", "Glasgow City Council", "Oxford City Council"]), " – Housing Benefit & Council Tax Reduction claim (HB1)")
    d.line("Claim ref: HB/", str(r.randint(10**6, 10**7 - 1)), "   Council tax account: ", str(r.randint(10**7, 10**8 - 1)))
    d.line(); d.line("Part 1 – About you")
    d.line(ocr(r, "Surname:"), " ", L("PERSON", p.family), "     ", ocr(r, "Other names:"), " ", L("PERSON", p.given))
    d.line(ocr(r, "Date of birth:"), " ", L("DATE_OF_BIRTH", dd), "     National Insurance number: ", L("UK_NATIONAL_INSURANCE_NUMBER", ids.nino(r)))
    d.line("Address you are claiming for:"); d.line(L("ADDRESS", address(r, "GB", True)[0]))
    d.line("Daytime phone: ", L("PHONE", phone(r, "GB")), "   Email: ", L("EMAIL", email(r, p, "GB")))
    d.line(); d.line("Part 4 – Disability and care")
    if r.random() < 0.7:
        d.line("Do you or anyone in your household have a long-term illness or disability?  YES – ", L("DIAGNOSIS", r.choice(["multiple sclerosis", "schizophrenia", "COPD", "sickle cell disease"])),
               "; NHS number ", L("UK_NHS_NUMBER", ids.nhs(r)), " (for the PIP check)")
    else:
        d.line("Do you or anyone in your household have a long-term illness or disability?  NO")
    d.line(); d.line("Part 7 – Your landlord"); d.line("Landlord / agent: ", P(ll), " c/o ", r.choice(["Hunters Lettings", "Cairncross & Co Property", "Pritchard Homes Ltd"]))
    d.line(); d.line("Part 9 – How we pay you")
    if r.random() < 0.5:
        d.line("Sort code and account number: ", L("UK_BANK_ACCOUNT", f"{r.randint(10,99)}-{r.randint(10,99)}-{r.randint(10,99)}  {r.randint(10**7,10**8-1)}"))
    else:
        d.line("Sort code: ", f"{r.randint(10,99)} {r.randint(10,99)} {r.randint(10,99)}"); d.line("Account number: ", L("UK_BANK_ACCOUNT", str(r.randint(10**7, 10**8 - 1))))
    d.line("Building society roll number (if any): ", r.choice(["n/a", f"{r.randint(1000,9999)}/{r.randint(100000,999999)}"]))
    d.line("Declaration signed: ", P(p), "   Date: ", other_date(r, "GB", 2025, 2025, "slash"))
    return d, "form"

def s_us_clinic(r, i):
    d = Doc(); delim = ","
    d.row(["mrn", "first_name", "last_name", "dob", "ssn", "mbi", "payer", "member_id", "dl_state", "dl_number", "phone", "street"], delim)
    for _ in range(r.randint(3, 5)):
        p = person(r, "US"); st = r.choice(list(DL)); ymd = rand_date(r, 1935, 1990)
        medicare = r.random() < 0.5
        d.row([L("MEDICAL_RECORD_NUMBER", f"{r.randint(10**6,10**7-1)}"), L("PERSON", p.given), L("PERSON", p.family), L("DATE_OF_BIRTH", fmt_date(r, ymd, r.choice(["us", "iso"]))),
               L("US_SSN", ids.ssn(r)) if r.random() < 0.7 else f"***-**-{r.randint(1000,9999)}", L("US_MBI", ids.mbi(r)) if medicare else "",
               "Medicare" if medicare else r.choice(["Aetna", "Blue Cross Blue Shield of Illinois", "UnitedHealthcare", "Cigna"]),
               "" if medicare else L("HEALTH_PLAN_ID", f"{r.choice(['W', 'XOF', 'U'])}{r.randint(10**8,10**9-1)}"), st, L("DRIVER_LICENSE", DL[st][1](r)),
               L("PHONE", phone(r, "US", False)), L("ADDRESS", address(r, "US", True)[0].split("\n")[0])], delim)
    return d, "csv"


def ft_fixed_manifest(r, i):
    d = Doc(); cc = ["VN", "PE", "GH"][i % 3]
    d.line(f"{'CARRIER MANIFEST – ROUTE ' + str(r.randint(1,60)):<50}PRINTED {ts(r).replace('T', ' ')}")
    d.line(f"DEPOT {cc}-{r.randint(1,9):02d}   DRIVER ID D{r.randint(1000,9999)}   VEHICLE {r.choice(['51H-', 'ABC-', 'GR '])}{r.randint(100,999)}{r.choice(['.45', '-21', ''])}")
    d.line("-" * 118)
    d.line(f"{'SEQ':<4}{'AWB':<22}{'CONSIGNEE':<30}{'PHONE':<18}{'STREET':<36}{'COD':>8}")
    d.line("-" * 118)
    for k in range(r.randint(4, 6)):
        p = person(r, cc)
        st = address(r, cc, True)[0].split("\n")[0]
        d.cellw(f"{k+1:03d}", 4); d.cellw(tracking(r), 22)
        name = p.full.upper() if r.random() < 0.6 else p.full
        if len(name) > 28 and r.random() < 0.7:
            # long names wrap onto a continuation line in this export
            cut = name.rfind(" ", 0, 28)
            d.cellw(L("PERSON", name[:cut]), 30)
            rest = name[cut + 1:]
        else:
            d.cellw(L("PERSON", name), 30); rest = None
        d.cellw(L("PHONE", phone(r, cc, False)), 18)
        d.cellw(L("ADDRESS", st[:35].rstrip(" ,")), 36) if len(st) <= 35 else d.cellw(L("ADDRESS", st[:st.rfind(" ", 0, 35)].rstrip(" ,")), 36)
        d.line(f"{r.choice([0, 0, r.randint(50, 900)]):>8}")
        if rest: d.add(" " * 26); d.line(L("PERSON", rest), "  (cont.)")
    d.line("-" * 118)
    d.line(f"TOTAL PIECES {r.randint(4,40):>4}    TOTAL COD {r.randint(100,9000):>8}    SIGNED OFF BY SUPERVISOR ________")
    return d, "free_text"

# ======================================================================= REGISTRY
TEMPLATES = [
    ("f_visa", f_visa, 4), ("f_tenancy", f_tenancy, 4), ("f_gym", f_gym, 3), ("f_school", f_school, 4), ("f_kyc", f_kyc, 4), ("f_blank", f_blank, 3), ("f_payroll", f_payroll, 4), ("f_uk_housing", f_uk_housing, 3),
    ("c_referral", c_referral, 3), ("c_discharge", c_discharge, 3), ("c_lab", c_lab, 3), ("c_hl7", c_hl7, 3), ("c_fhir", c_fhir, 3), ("c_crf", c_crf, 2),
    ("c_dental", c_dental, 3), ("c_pharmacy", c_pharmacy, 3), ("c_vet", c_vet, 2),
    ("s_ecom", s_ecom, 4), ("s_ats", s_ats, 3), ("s_courier", s_courier, 3), ("s_cdr", s_cdr, 3), ("s_registry", s_registry, 3), ("s_hr", s_hr, 3),
    ("s_catalog", s_catalog, 3), ("s_config", s_config, 3), ("s_telemetry", s_telemetry, 3), ("s_stock", s_stock, 2), ("s_us_clinic", s_us_clinic, 2),
    ("l_telecom", l_telecom, 4), ("l_web", l_web, 4), ("l_payment", l_payment, 3), ("l_build", l_build, 4), ("l_auth", l_auth, 3), ("l_courier", l_courier, 3),
    ("e_recruit", e_recruit, 4), ("ch_tenancy", ch_tenancy, 3), ("t_helpdesk", t_helpdesk, 4), ("e_newsletter", e_newsletter, 3), ("ch_clinic", ch_clinic, 3), ("t_bug", t_bug, 3),
    ("ft_minutes", ft_minutes, 3), ("h_registry", h_registry, 4), ("ft_cv", ft_cv, 3), ("h_article", h_article, 4), ("ft_manual", ft_manual, 4), ("ft_expat", ft_expat, 3),
    ("h_visa_status", h_visa_status, 3), ("ft_street", ft_street, 4), ("ft_fixed_manifest", ft_fixed_manifest, 3),
]

LEVEL = {t: "RESTRICTED" for t in ["US_SSN", "CREDIT_CARD", "IBAN", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "DIAGNOSIS", "MEDICATION", "US_PASSPORT", "PASSPORT",
                                   "DRIVER_LICENSE", "UK_NHS_NUMBER", "UK_NATIONAL_INSURANCE_NUMBER", "UK_BANK_ACCOUNT", "ES_DNI", "FR_NIR", "DE_TAX_ID",
                                   "IT_FISCAL_CODE", "CA_SIN", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "US_MBI", "HEALTH_PLAN_ID"]}
LEVEL.update({t: "CONFIDENTIAL" for t in ["EMAIL", "PHONE", "IP_ADDRESS", "ADDRESS"]}); LEVEL["PERSON"] = "INTERNAL"
RANK = {"INTERNAL": 0, "CONFIDENTIAL": 1, "RESTRICTED": 2}
FORMATS = {"free_text", "email", "chat", "log", "csv", "tsv", "json", "ndjson", "yaml", "html", "clinical_note", "discharge_summary", "lab_report", "hl7", "fhir_json", "form", "ticket"}

def validate(rec):
    t, ents, fmt = rec["text"], rec["entities"], rec["format"]
    assert fmt in FORMATS, fmt
    prev = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert e["type"] in LEVEL, e
        s = t[e["start"]:e["end"]]
        assert s and s == s.strip(), (rec["id"], e, s)
        assert e["start"] >= prev, (rec["id"], "overlap", e)
        prev = e["end"]
        if e["type"] in ids.CHECKERS: assert ids.CHECKERS[e["type"]](s), (rec["id"], e["type"], s)
        if e["type"] == "EMAIL": assert "@" in s and " " not in s, s
        if e["type"] == "IP_ADDRESS": assert s not in ("127.0.0.1", "0.0.0.0", "::1", "::")
    lvl = max([LEVEL[e["type"]] for e in ents], key=RANK.get, default="INTERNAL")
    assert lvl == rec["classification"]
    if fmt in ("json", "fhir_json"): json.loads(t)
    if fmt == "ndjson": [json.loads(x) for x in t.splitlines() if x.strip()]
    if fmt in ("csv", "tsv"):
        first = t.splitlines()[0]
        delim = "\t" if fmt == "tsv" else (";" if first.count(";") > first.count(",") else ("|" if first.count("|") > first.count(",") else ","))
        rows = list(csv.reader(io.StringIO(t), delimiter=delim))
        assert len({len(x) for x in rows if x}) == 1, (rec["id"], {len(x) for x in rows})
    if fmt == "hl7": assert t.startswith("MSH|")

def main():
    recs = []
    for name, fn, n in TEMPLATES:
        for i in range(n):
            r = random.Random(f"{SEED}:{name}:{i}")
            d, fmt = fn(r, i)
            ents = sorted(d.ents, key=lambda e: e["start"])
            lvl = max([LEVEL[e["type"]] for e in ents], key=RANK.get, default="INTERNAL")
            rec = {"id": f"h4_{name}-{i}", "text": d.text, "entities": ents, "classification": lvl, "format": fmt}
            validate(rec); recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in recs: f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    types = Counter(e["type"] for x in recs for e in x["entities"]); docs_with = Counter(t for x in recs for t in {e["type"] for e in x["entities"]})
    out = [f"documents: {len(recs)}", f"documents with no entity: {sum(1 for x in recs if not x['entities'])}", f"entities: {sum(types.values())}", "", "per type (entities / documents):"]
    out += [f"  {t:<30} {c:>4} / {docs_with[t]}" for t, c in sorted(types.items(), key=lambda kv: -kv[1])]
    out += ["", "per format:"] + [f"  {k:<20} {v}" for k, v in sorted(Counter(x["format"] for x in recs).items(), key=lambda kv: -kv[1])]
    out += ["", "per classification:"] + [f"  {k:<14} {v}" for k, v in sorted(Counter(x["classification"] for x in recs).items())]
    s = "\n".join(out); print(s)
    with open(os.path.join(os.path.dirname(OUT), "counts.txt"), "w") as f: f.write(s + "\n")

if __name__ == "__main__":
    main()
