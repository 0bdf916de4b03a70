"""Value pools written by hand for this corpus (no fake-data library lists)."""
import random

# (given names, family names) per origin; given names tagged with sex f/m for IT/UK id derivations
GIVEN = {
    "es": [("Itziar", "f"), ("Iñaki", "m"), ("Begoña", "f"), ("Xabier", "m"), ("Maialen", "f"), ("Rocío", "f"), ("Gonzalo", "m"), ("Amaia", "f")],
    "pt": [("Joaquim", "m"), ("Conceição", "f"), ("Thiago", "m"), ("Luana", "f"), ("Gonçalo", "m"), ("Iara", "f")],
    "fr": [("Gaëlle", "f"), ("Anaïs", "f"), ("Benoît", "m"), ("Clémence", "f"), ("Loïc", "m"), ("Solène", "f"), ("Thibault", "m")],
    "de": [("Jürgen", "m"), ("Wiebke", "f"), ("Hannelore", "f"), ("Torben", "m"), ("Friederike", "f"), ("Malte", "m")],
    "it": [("Gianluca", "m"), ("Ornella", "f"), ("Donatella", "f"), ("Pierpaolo", "m"), ("Rosalba", "f"), ("Ettore", "m")],
    "nl": [("Sietske", "f"), ("Joost", "m"), ("Marieke", "f"), ("Bram", "m"), ("Femke", "f")],
    "pl": [("Małgorzata", "f"), ("Wojciech", "m"), ("Agnieszka", "f"), ("Grzegorz", "m"), ("Bożena", "f")],
    "ng": [("Chiamaka", "f"), ("Oluwaseun", "m"), ("Ngozi", "f"), ("Babatunde", "m"), ("Yetunde", "f"), ("Emeka", "m")],
    "vn": [("Nguyệt", "f"), ("Thanh Hương", "f"), ("Quang", "m"), ("Bảo", "m"), ("Linh", "f")],
    "in": [("Lakshmi", "f"), ("Venkatesh", "m"), ("Anjali", "f"), ("Siddharth", "m"), ("Meenakshi", "f"), ("Harpreet", "f"), ("Gurdeep", "m")],
    "ar": [("Yousef", "m"), ("Nour", "f"), ("Khadija", "f"), ("Tariq", "m"), ("Rania", "f"), ("Abdelkader", "m")],
    "kr": [("Seo-yeon", "f"), ("Ji-hoon", "m"), ("Min-jun", "m"), ("Ha-eun", "f")],
    "fi": [("Aino", "f"), ("Juhani", "m"), ("Kyllikki", "f"), ("Eero", "m")],
    "ie": [("Siobhán", "f"), ("Pádraig", "m"), ("Aoife", "f"), ("Cathal", "m"), ("Niamh", "f")],
    "jp": [("Haruki", "m"), ("Yuzuki", "f"), ("Kenta", "m"), ("Misaki", "f")],
    "cn": [("Xiaoming", "m"), ("Meiling", "f"), ("Zhiwei", "m"), ("Yuting", "f")],
    "tr": [("Ayşe", "f"), ("Mehmet", "m"), ("Gökhan", "m"), ("Elif", "f")],
    "gh": [("Kwame", "m"), ("Akosua", "f"), ("Kofi", "m"), ("Abena", "f")],
    "en": [("Marjorie", "f"), ("Clifford", "m"), ("Rhiannon", "f"), ("Desmond", "m"), ("Tamsin", "f"), ("Ewan", "m")],
    "ru": [("Svetlana", "f"), ("Dmitri", "m"), ("Yekaterina", "f"), ("Vsevolod", "m")],
    "sw": [("Wanjiru", "f"), ("Otieno", "m"), ("Nyambura", "f"), ("Kiprono", "m")],
    "mx": [("Guadalupe", "f"), ("Jesús", "m"), ("Ximena", "f"), ("Cuauhtémoc", "m")],
}
FAMILY = {
    "es": ["Etxeberria", "Goikoetxea", "Fernández de Córdoba", "Arrizabalaga", "Ruiz-Zorrilla", "Olaizola", "Peñalver"],
    "pt": ["Magalhães", "Conceição", "dos Santos Figueiredo", "Gonçalves", "Albuquerque", "da Silva Prado"],
    "fr": ["Lefèvre", "de La Rochefoucauld", "Château-Renaud", "Moreau-Giraud", "Dubreuil", "Kerguelen"],
    "de": ["Köhler", "von der Heide", "Oberhäuser", "Weißmüller", "Schwarzenbach", "zu Löwenstein"],
    "it": ["Esposito", "De Angelis", "Lo Russo", "Barbagallo", "Dell'Acqua", "Mastroianni", "Quagliarella"],
    "nl": ["van der Meulen", "de Vries", "Bosscher", "van 't Hof", "Zwartjes", "Hoekstra"],
    "pl": ["Wiśniewska", "Szczepański", "Grzybowski", "Kowalczyk", "Przybylska", "Wróblewski"],
    "ng": ["Okonkwo", "Adeyemi-Bello", "Nwachukwu", "Olawale", "Eze", "Obi-Akintola"],
    "vn": ["Nguyễn", "Trần", "Phạm", "Huỳnh", "Đặng"],
    "in": ["Raghunathan", "Chakraborty", "Venkataraman", "Deshpande", "Sandhu", "Iyengar", "Bhattacharjee"],
    "ar": ["El-Amin", "Al-Khatib", "Haddad", "Benali", "Abu-Zeid", "Mansour"],
    "kr": ["Park", "Choi", "Jung", "Kang", "Yoon"],
    "fi": ["Hämäläinen", "Leinonen", "Kärkkäinen", "Väisänen"],
    "ie": ["Ó Súilleabháin", "Mac Giolla Phádraig", "O'Donoghue", "Ní Bhriain", "McGillicuddy"],
    "jp": ["Takahashi", "Watanabe", "Kobayashi", "Yamaguchi"],
    "cn": ["Zhang", "Liu", "Huang", "Zhou"],
    "tr": ["Yıldırım", "Öztürk", "Çelik", "Karagöz"],
    "gh": ["Mensah", "Asante", "Owusu-Ansah", "Boateng"],
    "en": ["Featherstonehaugh", "Ashdown", "Pennywhistle", "Hargreaves", "Blackwood", "Cartwright"],
    "ru": ["Voronova", "Kuznetsov", "Zhukovskaya", "Lebedev"],
    "sw": ["Kamau", "Wambui", "Ochieng", "Chepkoech"],
    "mx": ["Hernández Xochitl", "Villaseñor", "Cuevas", "Tlapanco"],
}
SYL_A = ["ka", "vo", "tre", "lum", "zi", "ab", "ner", "o", "sha", "bri", "eth", "qua", "dov", "rin", "mae", "tso", "yul", "fen"]
SYL_B = ["ra", "lin", "do", "vek", "ssa", "mir", "tan", "el", "quo", "bex", "th", "nia", "rud", "ko", "ves", "yne"]

def invented(rng, n=2):
    s = rng.choice(SYL_A) + "".join(rng.choice(SYL_B) for _ in range(n - 1))
    return s[0].upper() + s[1:]

class Person:
    def __init__(self, given, family, sex, origin, middle=None):
        self.given, self.family, self.sex, self.origin, self.middle = given, family, sex, origin, middle
    @property
    def full(self):
        return " ".join(x for x in [self.given, self.middle, self.family] if x)

def person(rng, origin=None):
    if rng.random() < 0.15:
        g = invented(rng, rng.choice([2, 3]))
        f = invented(rng, rng.choice([2, 3])) + rng.choice(["", "", "sson", "ovic", "ard"])
        return Person(g, f, rng.choice("fm"), origin or "xx")
    origin = origin or rng.choice(list(GIVEN))
    g, sex = rng.choice(GIVEN[origin])
    f = rng.choice(FAMILY[origin])
    mid = None
    if origin in ("en", "de", "nl") and rng.random() < 0.3:
        mid = rng.choice("ABCDEFGHJKLMNPRSTW") + "."
    return Person(g, f, sex, origin, mid)

COUNTRY_ORIGIN = {"US": ["en", "mx", "kr", "in", "ng", "vn", "ie", "cn"], "GB": ["en", "ie", "in", "ng", "pl", "gh"],
                  "DE": ["de", "tr", "pl", "ru"], "FR": ["fr", "ar"], "ES": ["es"], "IT": ["it"], "NL": ["nl"],
                  "BR": ["pt"], "PT": ["pt"], "CA": ["fr", "en", "cn", "in"], "IN": ["in"], "SG": ["cn", "in"],
                  "JP": ["jp"], "MX": ["mx"], "PL": ["pl"], "SE": ["fi"], "IE": ["ie"], "NG": ["ng"],
                  "KE": ["sw"], "ZA": ["en", "gh"], "AU": ["en", "vn", "cn"], "CH": ["de", "fr", "it"], "KR": ["kr"]}

def person_from(rng, country):
    return person(rng, rng.choice(COUNTRY_ORIGIN.get(country, list(GIVEN))))

# ---------------- addresses ----------------
US_CITIES = [("Tacoma", "WA", "984"), ("Dayton", "OH", "454"), ("Albuquerque", "NM", "871"), ("Savannah", "GA", "314"),
             ("Boise", "ID", "837"), ("Providence", "RI", "029"), ("Fresno", "CA", "937"), ("Lansing", "MI", "489"),
             ("El Paso", "TX", "799"), ("Scranton", "PA", "185"), ("Duluth", "MN", "558"), ("Paterson", "NJ", "075"),
             ("Eugene", "OR", "974"), ("Aurora", "CO", "800"), ("Kenosha", "WI", "531"), ("Hilo", "HI", "967")]
US_STREETS = ["Juniper Hollow", "Old Mill", "Cheyenne", "Magnolia Bend", "Quarry Ridge", "Tamarack", "Larkspur",
              "Wabash", "Coyote Springs", "Piñon", "Bayberry", "Sycamore Knoll"]
US_SUFFIX = ["Rd", "Road", "St.", "Street", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Blvd", "Way", "Pkwy", "Ter"]

def address(rng, country):
    """Returns list of lines."""
    r = rng
    if country == "US":
        city, st, z = r.choice(US_CITIES)
        line1 = "%d %s%s %s" % (r.randint(2, 19999), r.choice(["", "", "N ", "SW ", "E "]), r.choice(US_STREETS), r.choice(US_SUFFIX))
        if r.random() < 0.4:
            line1 += r.choice([", Apt %d%s" % (r.randint(1, 40), r.choice(["", "B", "C"])), " Unit %d" % r.randint(1, 300),
                               ", Suite %d" % r.randint(100, 990), " #%d" % r.randint(2, 80)])
        return [line1, "%s, %s %s%02d" % (city, st, z, r.randint(1, 99))]
    if country == "GB":
        town, pc = r.choice([("Bristol", "BS7 8JL"), ("Leeds", "LS6 2QA"), ("Cardiff", "CF24 4HQ"), ("Norwich", "NR2 3DX"),
                             ("London", "SE15 5RS"), ("Aberdeen", "AB10 6UP"), ("Belfast", "BT9 5AB"), ("Exeter", "EX4 4QJ")])
        l1 = "%d %s %s" % (r.randint(1, 240), r.choice(["Ashgrove", "Cwmdonkin", "Thistlebarrow", "Kingsdown", "Pennywell", "Brynmawr"]),
                          r.choice(["Road", "Terrace", "Close", "Crescent", "Mews", "Gardens"]))
        if r.random() < 0.4: l1 = "Flat %d, %s" % (r.randint(1, 12), l1)
        return [l1, town, pc] if r.random() < 0.5 else [l1, "%s %s" % (town, pc)]
    if country == "DE":
        return ["%s %d%s" % (r.choice(["Schönhauser Allee", "Kurfürstenstraße", "Am Lindenhügel", "Heinrich-Heine-Weg", "Großer Burstah", "Maximilianstraße"]),
                               r.randint(1, 180), r.choice(["", "", "a", "b"])),
                "%05d %s" % (r.choice([10435, 80331, 20457, 50667, 60311, 70173, 1067, 28195]), r.choice(["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Dresden"]))]
    if country == "FR":
        return ["%d%s %s" % (r.randint(1, 140), r.choice(["", "", " bis", " ter"]), r.choice(["rue des Écoles", "avenue Jean-Jaurès", "boulevard de la Croix-Rousse", "impasse du Moulin", "rue Sainte-Catherine", "quai de la Fosse"])),
                "%05d %s" % (r.choice([75005, 69004, 33000, 44000, 13001, 31000, 67000]), r.choice(["Paris", "Lyon", "Bordeaux", "Nantes", "Marseille", "Toulouse", "Strasbourg"]))]
    if country == "ES":
        return ["%s %s, %d, %dº %s" % (r.choice(["Calle", "Avenida", "Paseo", "Carrer"]), r.choice(["de Zurbarán", "Gran Vía de les Corts", "del Doctor Fleming", "de la Castellana", "Txurruka"]),
                                        r.randint(1, 300), r.randint(1, 9), r.choice("ABCDI")),
                "%05d %s" % (r.choice([28010, 8013, 48001, 41003, 46004, 20004]), r.choice(["Madrid", "Barcelona", "Bilbao", "Sevilla", "Valencia", "Donostia-San Sebastián"]))]
    if country == "IT":
        return ["%s %s %d" % (r.choice(["Via", "Viale", "Corso", "Piazza"]), r.choice(["dei Mille", "Garibaldi", "San Domenico Maggiore", "della Repubblica", "Vittorio Emanuele II"]), r.randint(1, 200)),
                "%05d %s" % (r.choice([80134, 20121, 10128, 40126, 90133, 50122]), r.choice(["Napoli (NA)", "Milano (MI)", "Torino (TO)", "Bologna (BO)", "Palermo (PA)", "Firenze (FI)"]))]
    if country == "NL":
        return ["%s %d%s" % (r.choice(["Keizersgracht", "Oudegracht", "Witte de Withstraat", "Lange Voorhout", "Vismarkt"]), r.randint(1, 600), r.choice(["", "", "-II", "A"])),
                "%04d %s %s" % (r.randint(1011, 9999), r.choice(["AB", "KL", "RT", "XZ", "GH"]), r.choice(["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Groningen"]))]
    if country == "BR":
        return ["Rua %s, %d - Apto %d" % (r.choice(["Voluntários da Pátria", "Barão de Jaguara", "Oscar Freire", "das Laranjeiras"]), r.randint(10, 3000), r.randint(11, 1504)),
                "%s, %s - %s" % (r.choice(["Botafogo", "Pinheiros", "Savassi", "Moinhos de Vento"]), r.choice(["Rio de Janeiro", "São Paulo", "Belo Horizonte", "Porto Alegre"]), r.choice(["RJ", "SP", "MG", "RS"])),
                "CEP %05d-%03d" % (r.randint(10000, 99999), r.randint(0, 999))]
    if country == "PT":
        return ["Rua %s, %d, %dº Esq." % (r.choice(["Augusta", "de Santa Catarina", "do Almada", "Cândido dos Reis"]), r.randint(1, 300), r.randint(1, 6)),
                "%04d-%03d %s" % (r.randint(1000, 4999), r.randint(0, 999), r.choice(["Lisboa", "Porto", "Coimbra", "Braga"]))]
    if country == "CA":
        st, city, pv, fl = r.choice([("rue Saint-Denis", "Montréal", "QC", "H"), ("Yonge Street", "Toronto", "ON", "M"), ("Jasper Ave NW", "Edmonton", "AB", "T"),
                                     ("Robson St", "Vancouver", "BC", "V"), ("Spring Garden Rd", "Halifax", "NS", "B")])
        return ["%d %s" % (r.randint(10, 9999), st),
                "%s %s %s" % (city, pv, "%s%d%s %d%s%d" % (fl, r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(0, 9), r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randint(0, 9)))]
    if country == "AU":
        return ["%d/%d %s" % (r.randint(1, 30), r.randint(1, 400), r.choice(["Wattle Street", "Bungaree Rd", "Kookaburra Cres", "Mulgoa Pde"])),
                "%s %s %d" % (r.choice(["Fitzroy", "Paddington", "Fremantle", "Toowong"]), r.choice(["VIC", "NSW", "WA", "QLD"]), r.randint(2000, 6999))]
    if country == "IN":
        return ["Flat %d%02d, %s, %s" % (r.randint(1, 14), r.randint(1, 12), r.choice(["Sai Krupa Apartments", "Prestige Shantiniketan", "Lodha Bellissimo"]), r.choice(["4th Cross, Indiranagar", "Linking Road, Bandra West", "Anna Salai"])),
                "%s %d" % (r.choice(["Bengaluru", "Mumbai", "Chennai", "Hyderabad"]), r.choice([560038, 400050, 600002, 500034]))]
    if country == "JP":
        return ["%d-%d-%d %s" % (r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), r.choice(["Jingumae, Shibuya-ku", "Nishi-Shinjuku, Shinjuku-ku", "Minami-Aoyama, Minato-ku"])),
                "Tokyo %03d-%04d" % (r.randint(100, 199), r.randint(0, 9999))]
    if country == "MX":
        return ["Calle %s %d, Col. %s" % (r.choice(["Tonalá", "Río Lerma", "Ámsterdam"]), r.randint(1, 400), r.choice(["Roma Norte", "Cuauhtémoc", "Condesa"])),
                "%05d Ciudad de México, CDMX" % r.randint(6000, 6800)]
    if country == "PL":
        return ["ul. %s %d/%d" % (r.choice(["Marszałkowska", "Piotrkowska", "Długa", "św. Marcina"]), r.randint(1, 200), r.randint(1, 80)),
                "%02d-%03d %s" % (r.randint(0, 99), r.randint(0, 999), r.choice(["Warszawa", "Łódź", "Gdańsk", "Poznań"]))]
    if country == "SE":
        return ["%s %d" % (r.choice(["Götgatan", "Vasagatan", "Linnégatan", "Södra Förstadsgatan"]), r.randint(1, 120)),
                "%03d %02d %s" % (r.randint(111, 982), r.randint(10, 99), r.choice(["Stockholm", "Göteborg", "Malmö", "Uppsala"]))]
    if country == "IE":
        return ["%d %s" % (r.randint(1, 90), r.choice(["Ballymun Road", "Bóthar na Trá", "Ashbourne Avenue", "Sundays Well Road"])),
                r.choice(["Glasnevin, Dublin 9", "Salthill, Co. Galway", "Sundays Well, Cork"]),
                r.choice(["D09 X7W2", "H91 E2K5", "T23 RK74"])]
    if country == "SG":
        return ["Blk %d %s #%02d-%02d" % (r.randint(1, 999), r.choice(["Toa Payoh Lorong 1", "Jurong West Street 42", "Tampines Avenue 4", "Ang Mo Kio Ave 3"]), r.randint(2, 30), r.randint(1, 150)),
                "Singapore %06d" % r.randint(100000, 829999)]
    if country == "CH":
        return ["%s %d" % (r.choice(["Bahnhofstrasse", "Rue du Rhône", "Via Nassa", "Spalenberg"]), r.randint(1, 90)),
                "%04d %s" % (r.randint(1000, 9658), r.choice(["Zürich", "Genève", "Lugano", "Basel"]))]
    if country == "NG":
        return ["%d %s, %s" % (r.randint(1, 120), r.choice(["Adeola Odeku Street", "Awolowo Road", "Ogui Road"]), r.choice(["Victoria Island", "Ikoyi", "GRA"])),
                r.choice(["Lagos 101241", "Enugu 400001", "Abuja 900211"])]
    if country == "KE":
        return ["%s, %s" % (r.choice(["Hse No. 14", "Plot 2215", "Apt 3C, Kilimani Heights"]), r.choice(["Argwings Kodhek Road", "Ngong Road", "Moi Avenue"])),
                "P.O. Box %d-00100, Nairobi" % r.randint(1000, 99999)]
    if country == "ZA":
        return ["%d %s, %s" % (r.randint(1, 300), r.choice(["Jan Smuts Avenue", "Long Street", "Florida Road"]), r.choice(["Parktown North", "Gardens", "Morningside"])),
                "%s, %04d" % (r.choice(["Johannesburg", "Cape Town", "Durban"]), r.randint(1, 9999))]
    if country == "KR":
        return ["%d %s-ro %d-gil, %s" % (r.randint(1, 99), r.choice(["Teheran", "Sejong-daero", "Olympic"]), r.randint(1, 40), r.choice(["Gangnam-gu", "Jongno-gu", "Mapo-gu"])),
                "Seoul %05d" % r.randint(1000, 8999)]
    raise ValueError(country)

ADDR_COUNTRIES = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PT", "CA", "AU", "IN", "JP", "MX", "PL", "SE", "IE", "SG", "CH", "NG", "KE", "ZA", "KR"]
COUNTRY_NAME = {"US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain", "IT": "Italy",
                "NL": "Netherlands", "BR": "Brazil", "PT": "Portugal", "CA": "Canada", "AU": "Australia", "IN": "India",
                "JP": "Japan", "MX": "Mexico", "PL": "Poland", "SE": "Sweden", "IE": "Ireland", "SG": "Singapore",
                "CH": "Switzerland", "NG": "Nigeria", "KE": "Kenya", "ZA": "South Africa", "KR": "Republic of Korea",
                "CN": "China", "TR": "Türkiye", "PH": "Philippines"}

# ---------------- phones ----------------
def phone(rng, country):
    r = rng
    d = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if country in ("US", "CA"):
        ac = r.choice(["206", "937", "505", "912", "208", "401", "559", "517", "915", "570", "218", "973", "541", "720", "262", "808"] if country == "US" else ["514", "416", "780", "604", "902"])
        ex = str(r.randint(2, 9)) + d(2)
        while ex[1:] == "11":
            ex = str(r.randint(2, 9)) + d(2)
        ln = d(4)
        return r.choice(["(%s) %s-%s" % (ac, ex, ln), "%s-%s-%s" % (ac, ex, ln), "+1 %s %s %s" % (ac, ex, ln), "%s.%s.%s" % (ac, ex, ln), "+1-%s-%s-%s" % (ac, ex, ln)])
    if country == "GB":
        return r.choice(["020 7946 0%s" % d(3), "+44 20 7946 0%s" % d(3), "07700 900%s" % d(3), "+44 7700 900%s" % d(3), "0117 496 0%s" % d(3), "0161 496 0%s" % d(3)])
    if country == "DE":
        return r.choice(["+49 30 %s %s" % (d(4), d(4)), "030 %s%s" % (d(4), d(3)), "+49 151 %s%s" % (d(4), d(4)), "0176 %s %s" % (d(3), d(4)), "+49 89 %s-%s" % (d(4), d(3))])
    if country == "FR":
        return r.choice(["+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "06 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "04.%s.%s.%s.%s" % (d(2), d(2), d(2), d(2))])
    if country == "ES":
        return r.choice(["+34 91 %s %s %s" % (d(3), d(2), d(2)), "6%s %s %s" % (d(2), d(3), d(3)), "+34 6%s %s %s" % (d(2), d(3), d(3)), "944 %s %s" % (d(3), d(3))])
    if country == "IT":
        return r.choice(["+39 06 %s %s" % (d(4), d(4)), "+39 3%s %s %s" % (d(2), d(3), d(4)), "02 %s %s" % (d(4), d(4)), "347 %s %s" % (d(3), d(4))])
    if country == "NL":
        return r.choice(["+31 20 %s %s" % (d(3), d(4)), "06-%s" % d(8), "+31 6 %s %s" % (d(4), d(4)), "010 %s %s" % (d(3), d(4))])
    if country == "BR":
        return r.choice(["+55 11 9%s-%s" % (d(4), d(4)), "(21) 9%s-%s" % (d(4), d(4)), "+55 31 3%s-%s" % (d(3), d(4))])
    if country == "PT":
        return r.choice(["+351 21 %s %s" % (d(3), d(4)), "+351 91%s %s %s" % (d(1), d(3), d(3)), "22 %s %s" % (d(3), d(4))])
    if country == "AU":
        return r.choice(["+61 2 %s %s" % (d(4), d(4)), "04%s %s %s" % (d(2), d(3), d(3)), "(03) %s %s" % (d(4), d(4))])
    if country == "IN":
        return r.choice(["+91 98%s %s" % (d(3), d(5)), "+91-80-%s%s" % (d(4), d(4)), "097%s %s" % (d(2), d(5))])
    if country == "JP":
        return r.choice(["+81 3-%s-%s" % (d(4), d(4)), "090-%s-%s" % (d(4), d(4)), "03-%s-%s" % (d(4), d(4))])
    if country == "MX":
        return r.choice(["+52 55 %s %s" % (d(4), d(4)), "55 %s %s" % (d(4), d(4))])
    if country == "PL":
        return r.choice(["+48 6%s %s %s" % (d(2), d(3), d(3)), "+48 22 %s %s %s" % (d(3), d(2), d(2)), "512 %s %s" % (d(3), d(3))])
    if country == "SE":
        return r.choice(["+46 8 %s %s %s" % (d(3), d(3), d(2)), "070-%s %s %s" % (d(3), d(2), d(2)), "+46 70 %s %s %s" % (d(3), d(2), d(2))])
    if country == "IE":
        return r.choice(["+353 1 %s %s" % (d(3), d(4)), "087 %s %s" % (d(3), d(4)), "+353 86 %s %s" % (d(3), d(4))])
    if country == "SG":
        return r.choice(["+65 6%s %s" % (d(3), d(4)), "+65 9%s %s" % (d(3), d(4)), "8%s %s" % (d(3), d(4))])
    if country == "CH":
        return r.choice(["+41 44 %s %s %s" % (d(3), d(2), d(2)), "079 %s %s %s" % (d(3), d(2), d(2))])
    if country == "NG":
        return r.choice(["+234 803 %s %s" % (d(3), d(4)), "0806 %s %s" % (d(3), d(4))])
    if country == "KE":
        return r.choice(["+254 712 %s%s" % (d(3), d(3)), "0722 %s %s" % (d(3), d(3))])
    if country == "ZA":
        return r.choice(["+27 11 %s %s" % (d(3), d(4)), "082 %s %s" % (d(3), d(4))])
    if country == "KR":
        return r.choice(["+82 10-%s-%s" % (d(4), d(4)), "010-%s-%s" % (d(4), d(4))])
    raise ValueError(country)

# ---------------- email ----------------
DOMAINS = ["posteo.de", "gmx.net", "orange.fr", "libero.it", "telefonica.net", "uol.com.br", "ziggo.nl", "wp.pl",
           "rediffmail.com", "yahoo.co.jp", "naver.com", "outlook.ie", "fastmail.com", "proton.me", "icloud.com",
           "btinternet.com", "hotmail.co.uk", "web.de", "sapo.pt", "bigpond.com", "hey.com", "zoho.in"]
def _ascii(s):
    import unicodedata
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return "".join(c for c in s.lower() if c.isalnum())

def email_for(rng, p, domain=None):
    g, f = _ascii(p.given) or "x", _ascii(p.family.split()[-1]) or "y"
    local = rng.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (f, g[:3], rng.randint(1, 99)), "%s.%s+%s" % (g, f, rng.choice(["bank", "news", "med"])),
                        "%s%d" % (g, rng.randint(70, 2004)), "%s-%s" % (f, g[0])])
    return "%s@%s" % (local, domain or rng.choice(DOMAINS))

# ---------------- dates ----------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

def rand_date(rng, y0=1932, y1=2006):
    y = rng.randint(y0, y1); m = rng.randint(1, 12)
    dim = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return y, m, rng.randint(1, dim)

def fmt_date(rng, ymd, style=None):
    y, m, d = ymd
    style = style or rng.choice(["iso", "us", "eu", "dot", "long", "dlong", "abbr", "us2"])
    return {"iso": "%04d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%04d" % (m, d, y), "us2": "%d/%d/%04d" % (m, d, y),
            "eu": "%02d/%02d/%04d" % (d, m, y), "dot": "%02d.%02d.%04d" % (d, m, y), "long": "%s %d, %d" % (MONTHS[m - 1], d, y),
            "dlong": "%d %s %d" % (d, MONTHS[m - 1], y), "abbr": "%02d-%s-%d" % (d, MONTHS[m - 1][:3], y), "hl7": "%04d%02d%02d" % (y, m, d),
            "es": "%d de %s de %d" % (d, MONTHS_ES[m - 1], y), "fr": "%d %s %d" % (d, MONTHS_FR[m - 1], y), "de": "%d. %s %d" % (d, MONTHS_DE[m - 1], y)}[style]

# ---------------- clinical ----------------
DIAGNOSES = ["type 2 diabetes mellitus", "chronic obstructive pulmonary disease", "atrial fibrillation", "major depressive disorder",
             "rheumatoid arthritis", "Hashimoto's thyroiditis", "stage 3 chronic kidney disease", "systemic lupus erythematosus",
             "multiple sclerosis", "community-acquired pneumonia", "heart failure with reduced ejection fraction", "ulcerative colitis",
             "generalized anxiety disorder", "bipolar I disorder", "non-small cell lung cancer", "HIV infection", "hepatitis C",
             "epilepsy", "Graves' disease", "iron deficiency anemia", "essential hypertension", "psoriatic arthritis",
             "obstructive sleep apnea", "Crohn's disease", "deep vein thrombosis", "celiac disease", "schizophrenia",
             "gestational diabetes", "sickle cell disease", "Parkinson's disease", "alcohol use disorder", "anorexia nervosa",
             "ankylosing spondylitis", "endometriosis", "glioblastoma", "cystic fibrosis", "tuberculosis", "Hodgkin lymphoma"]
MEDICATIONS = ["metformin", "apixaban", "sertraline", "levothyroxine", "adalimumab", "tiotropium", "lisinopril", "atorvastatin",
               "methotrexate", "lamotrigine", "quetiapine", "insulin glargine", "empagliflozin", "hydroxychloroquine",
               "mesalamine", "carbidopa-levodopa", "sacubitril/valsartan", "bictegravir/emtricitabine/tenofovir alafenamide",
               "sofosbuvir/velpatasvir", "levetiracetam", "lithium carbonate", "ferrous sulfate", "amlodipine", "warfarin",
               "semaglutide", "ustekinumab", "buprenorphine", "naltrexone", "pembrolizumab", "escitalopram", "prednisone",
               "rivaroxaban", "montelukast", "tamoxifen", "clozapine", "dupilumab"]
MED_DOSES = ["500 mg PO BID", "5 mg twice daily", "50 mg daily", "88 mcg every morning", "40 mg SC every other week", "18 mcg inhaled daily",
             "10 mg once daily", "20 mg at bedtime", "15 mg weekly", "100 mg BID", "300 mg qHS", "22 units at night", "1 tablet daily",
             "200 mg daily", "1.2 g TID", "0.5 mg weekly"]
NEGATED = ["no history of diabetes", "denies any history of seizures", "negative for HIV", "hepatitis B surface antigen negative",
           "ruled out pulmonary embolism", "no evidence of malignancy", "family history of breast cancer (mother)",
           "screening for tuberculosis was negative", "no signs of deep vein thrombosis", "denies depression or suicidal ideation"]
FIGURES = ["the Great Depression", "a depression in quarterly sales", "Parkinson's law", "a fever pitch", "the cancer of bureaucracy",
           "a migraine of a spreadsheet", "Stockholm syndrome jokes", "an allergy to meetings", "a paralysis of analysis",
           "the Alzheimer's Association walk", "Lou Gehrig Day at the ballpark"]
HEALTH_PLANS = ["Aetna Choice POS II", "Blue Cross Blue Shield of Illinois PPO", "Kaiser Permanente Northwest HMO", "Cigna Open Access Plus",
                "UnitedHealthcare Choice Plus", "Humana Gold Plus HMO", "Anthem Blue Cross Pathway X", "Highmark BCBS EPO",
                "Molina Marketplace Silver", "Oscar Circle Bronze", "Premera Blue Cross", "Harvard Pilgrim HMO"]

def health_plan_id(rng):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    return rng.choice(["%s%s" % (rng.choice(["XEH", "ZGP", "YLC", "JQU", "W"]), d(9)), "W%s" % d(9), "%s%s-%s" % (rng.choice(["H", "U"]), d(7), d(2)),
                       "%s %s %s" % (d(3), d(3), d(3)) + rng.choice(["", "01", "-02"]), "MBR%s" % d(8), "%s%s" % (rng.choice(["9", "8"]), d(10))])

def mrn(rng):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    return rng.choice([d(8), "00" + d(6), "E" + d(7), "MRN-" + d(7), "%s-%s-%s" % (d(2), d(2), d(2)), "RX" + d(6), d(10)])

def ip4(rng, kind=None):
    kind = kind or rng.choice(["doc", "doc", "priv", "pub"])
    if kind == "doc":
        return rng.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % rng.randint(1, 254)
    if kind == "priv":
        return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                           "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                           "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))])
    return "%d.%d.%d.%d" % (rng.choice([81, 84, 91, 185, 62, 77, 88, 151, 176, 213, 37, 46]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))

def ip6(rng):
    h = lambda: "%x" % rng.randint(1, 0xffff)
    return rng.choice(["2001:db8:%s:%s::%s" % (h(), h(), h()), "2001:db8::%s:%s" % (h(), h()), "2001:0db8:85a3:0000:0000:8a2e:%04x:%04x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff)),
                       "fd12:3456:789a:%s::%s" % (h(), h())])

TREATS = {
    "type 2 diabetes mellitus": ["metformin", "empagliflozin", "semaglutide", "insulin glargine"], "chronic obstructive pulmonary disease": ["tiotropium", "montelukast", "prednisone"],
    "atrial fibrillation": ["apixaban", "rivaroxaban", "warfarin"], "major depressive disorder": ["sertraline", "escitalopram"],
    "rheumatoid arthritis": ["methotrexate", "adalimumab", "hydroxychloroquine"], "Hashimoto's thyroiditis": ["levothyroxine"],
    "stage 3 chronic kidney disease": ["empagliflozin", "lisinopril"], "systemic lupus erythematosus": ["hydroxychloroquine", "prednisone"],
    "multiple sclerosis": ["ocrelizumab", "dimethyl fumarate"], "community-acquired pneumonia": ["amoxicillin", "azithromycin"],
    "heart failure with reduced ejection fraction": ["sacubitril/valsartan", "empagliflozin"], "ulcerative colitis": ["mesalamine", "ustekinumab"],
    "generalized anxiety disorder": ["escitalopram", "buspirone"], "bipolar I disorder": ["lithium carbonate", "quetiapine", "lamotrigine"],
    "non-small cell lung cancer": ["pembrolizumab", "osimertinib"], "HIV infection": ["bictegravir/emtricitabine/tenofovir alafenamide"],
    "hepatitis C": ["sofosbuvir/velpatasvir"], "epilepsy": ["levetiracetam", "lamotrigine"], "Graves' disease": ["methimazole", "propranolol"],
    "iron deficiency anemia": ["ferrous sulfate"], "essential hypertension": ["amlodipine", "lisinopril"], "psoriatic arthritis": ["methotrexate", "adalimumab"],
    "obstructive sleep apnea": ["modafinil"], "Crohn's disease": ["ustekinumab", "adalimumab"], "deep vein thrombosis": ["rivaroxaban", "apixaban"],
    "celiac disease": ["vitamin D3"], "schizophrenia": ["clozapine", "quetiapine"], "gestational diabetes": ["insulin aspart"],
    "sickle cell disease": ["hydroxyurea"], "Parkinson's disease": ["carbidopa-levodopa"], "alcohol use disorder": ["naltrexone", "acamprosate"],
    "anorexia nervosa": ["olanzapine"], "ankylosing spondylitis": ["adalimumab", "naproxen"], "endometriosis": ["dienogest"],
    "glioblastoma": ["temozolomide"], "cystic fibrosis": ["elexacaftor/tezacaftor/ivacaftor"], "tuberculosis": ["rifampicin", "isoniazid"],
    "Hodgkin lymphoma": ["brentuximab vedotin"], "hypothyroidism": ["levothyroxine"], "type 1 diabetes mellitus": ["insulin aspart"],
}

def med_for(rng, dx):
    return rng.choice(TREATS.get(dx, MEDICATIONS))
