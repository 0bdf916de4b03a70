"""Hand-written value pools (own lists; no fake-data library)."""
import random

# origin -> (given names, family names, family-first?)
NAMES = {
    "yoruba": (["Babatunde", "Funmilayo", "Oluwakemi", "Ayodele", "Abiodun", "Yetunde", "Kehinde", "Omotola", "Oluwaseun", "Temitope", "Adebisi"],
               ["Adeyemi", "Ogunleye", "Balogun", "Olaniyan", "Akinola", "Oyelaran", "Ogunbiyi", "Adewale-Coker", "Fashola", "Oduya"], False),
    "igbo": (["Chiamaka", "Chukwuemeka", "Ngozi", "Obinna", "Adaeze", "Ifeanyi", "Nkechi"],
             ["Okonkwo", "Nwachukwu", "Eze", "Obi-Okafor", "Anyanwu", "Uchenna", "Okeke"], False),
    "tamil": (["Karthikeyan", "Meenakshi", "Senthil", "Thenmozhi", "Arivazhagan", "Kalaivani", "Murugesan", "Nandhini", "Valliammai", "Ilango"],
              ["Subramaniam", "Ramasamy", "Palanisamy", "Krishnamurthy", "Sivakumar", "Annamalai", "Venkatesan", "Thirunavukkarasu"], False),
    "viet": (["Thị Thảo", "Văn Hùng", "Ngọc Lan", "Minh Tuấn", "Thu Phương", "Hữu Khánh", "Bảo Ngọc", "Đức Duy"],
             ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi"], True),
    "quechua": (["Wayra", "Inti", "Killa", "Sumaq", "Amaru", "Rosa Huillca", "Teodoro", "Flor de María", "Yupanqui", "Nina"],
                ["Mamani", "Quispe", "Huamán", "Condori", "Apaza", "Ccori", "Chambi", "Choque", "Huanca Ttito", "Cusi"], False),
    "maori": (["Aroha", "Wiremu", "Mere", "Hemi", "Tamati", "Ngaio", "Rangi", "Kahurangi", "Tui", "Manaia"],
              ["Ngata", "Te Rangi", "Parata", "Tipene", "Horomona", "Te Whata", "Karaka", "Tawhiri", "Te Awekotuku"], False),
    "polish": (["Małgorzata", "Krzysztof", "Grzegorz", "Agnieszka", "Wojciech", "Zofia", "Jędrzej", "Bożena", "Łukasz"],
               ["Wiśniewski", "Szczepańska", "Wójcik", "Kaczmarek", "Przybylski", "Grabowska", "Zieliński", "Dąbrowska", "Chmielewski"], False),
    "arabic": (["Mohammed Amine", "Fatima Zahra", "Youssef", "Khadija", "Abdelkader", "Nour", "Hicham", "Salma", "Abdulrahman", "Rania"],
               ["El Amrani", "Benali", "Al-Harbi", "Bouzid", "El Idrissi", "Haddad", "Abu Khalil", "Ben Youssef", "Al Mansouri", "Belkacem"], False),
    "filipino": (["Maricel", "Jericho", "Rowena", "Jonel", "Lovely", "Rodel", "Analyn", "Marvin", "Princess Joy"],
                 ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Pangilinan", "Dimaculangan", "Magbanua", "Tolentino", "Manalastas"], False),
    "lusophone": (["João Pedro", "Maria Eduarda", "Thiago", "Luíza", "Conceição", "Gonçalo", "Inês", "Raimundo", "Thaís"],
                  ["da Silva Santos", "Figueiredo", "Nogueira", "dos Reis", "Gonçalves", "Carvalho", "Assunção", "Brandão", "de Souza Lima"], False),
    "hispanic": (["José Manuel", "Ximena", "Iñaki", "Begoña", "Guadalupe", "Rocío", "Nahuel", "Jimena", "Aitor", "Maite"],
                 ["García-Valdecasas", "Ibarrondo", "de la Fuente", "Zubizarreta", "Echeverría", "Núñez", "Cienfuegos", "Olaizola", "Peñalosa"], False),
    "french": (["Anne-Sophie", "Théo", "Maëlle", "Jean-Baptiste", "Gaëlle", "Loïc", "Cécile", "Énora", "Yannick"],
               ["Lefèbvre", "Bonnaire", "Le Goff", "Desrosiers", "Kerbrat", "Fauconnier", "Vasseur", "Quéméneur", "de Villepreux"], False),
    "germanic": (["Jürgen", "Hannelore", "Lukas", "Anneliese", "Sjoerd", "Femke", "Joost", "Marijke", "Wiebke", "Till"],
                 ["Großmann", "Schäfer", "van den Broek", "de Vries", "Oosterhuis", "Zimmermann", "von Alvensleben", "Köhler", "ter Haar"], False),
    "italian": (["Giuseppina", "Gianluca", "Maria Grazia", "Salvatore", "Chiara", "Ottavio", "Benedetta", "Carmine"],
                ["D'Alessandro", "Lo Presti", "Esposito", "Dell'Orto", "Mastrangelo", "Caputo", "Santangelo", "Pellegrino"], False),
    "bantu": (["Thandiwe", "Sipho", "Nomvula", "Lwazi", "Zanele", "Wanjiru", "Otieno", "Akinyi", "Baraka", "Mandla"],
              ["Dlamini", "Nkosi", "Mthembu", "Khumalo", "Ndlovu", "Mwangi", "Kamau", "Odhiambo", "Wekesa", "Mokoena"], False),
    "akan": (["Kwame", "Akosua", "Yaw", "Efua", "Kofi", "Abena", "Kwabena"],
             ["Mensah", "Asante", "Owusu-Ansah", "Boateng", "Agyemang", "Ofori-Atta", "Darko"], False),
    "amharic": (["Tigist", "Abebe", "Meseret", "Yohannes", "Selamawit", "Dawit", "Hirut"],
                ["Tesfaye", "Gebremedhin", "Haile", "Wolde-Giorgis", "Bekele", "Alemayehu"], False),
    "thai": (["Somchai", "Siriporn", "Nattapong", "Kanokwan", "Pimchanok", "Thanawat"],
             ["Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Sukprasert", "Rattanaporn"], False),
    "indonesian": (["Dewi", "Budi", "Wulan", "Agus", "Putu Ayu", "Rizky", "Siti Nurhaliza"],
                   ["Santoso", "Wulandari", "Hartono", "Siregar", "Nasution", "Sembiring", "Setiawan"], False),
    "pasifika": (["Sione", "Losana", "Malia", "Viliami", "Salote", "Tevita", "Faʻafetai"],
                 ["Tuilagi", "Fifita", "Taufa", "Havili", "Leaupepe", "Tuimavave", "Fonoti"], False),
    "georgian": (["Nino", "Giorgi", "Tamar", "Levan", "Mariam"], ["Beridze", "Kapanadze", "Gelashvili", "Tsiklauri", "Lomidze"], False),
    "chinese": (["Wei", "Xiaoling", "Zhihao", "Meiqi", "Junjie"], ["Zhang", "Huang", "Liang", "Xu", "Guo"], True),
    "anglo": (["Siobhan", "Gareth", "Rhiannon", "Callum", "Eilidh", "Niamh", "Declan", "Morag"],
              ["Pritchard", "MacAskill", "Ó Briain", "Llewellyn", "Featherstonehaugh", "Cairncross", "Trevelyan"], False),
    "us": (["Darnell", "Kayleigh", "Brantley", "LaToya", "Tucker", "Marisol", "Dakota"],
           ["Kowalczyk", "Washington", "Delacroix", "Oyelowo", "Brannigan", "Castellanos", "Yazzie"], False),
}
_SYL = ["ka", "ri", "to", "men", "zu", "la", "vo", "shi", "der", "an", "qu", "ell", "mi", "ro", "tan", "u", "ye", "bar", "no", "oth", "is", "fen"]

def invented(r):
    def w(n):
        s = "".join(r.choice(_SYL) for _ in range(n))
        return s.capitalize()
    return w(r.randint(2, 3)), w(r.randint(2, 3))

class Person:
    def __init__(self, given, family, origin, fam_first=False, female=None):
        self.given, self.family, self.origin, self.fam_first = given, family, origin, fam_first
        self.female = female
    @property
    def full(self):
        return f"{self.family} {self.given}" if self.fam_first else f"{self.given} {self.family}"
    @property
    def last_first(self):
        return f"{self.family.upper()}, {self.given}"
    @property
    def first(self):
        return self.given.split()[0] if not self.fam_first else self.given.split()[-1]

REGION_ORIGINS = {
    "ES": ["hispanic", "arabic", "quechua", "hispanic", "polish", "bantu"], "PT": ["lusophone", "lusophone", "bantu", "hispanic"],
    "FR": ["french", "french", "arabic", "amharic", "viet", "akan"], "DE": ["germanic", "germanic", "polish", "arabic", "georgian"],
    "IT": ["italian", "italian", "filipino", "arabic", "amharic"], "NL": ["germanic", "arabic", "indonesian", "akan"],
    "PL": ["polish", "polish", "georgian"], "BE": ["french", "germanic", "arabic"], "BR": ["lusophone", "lusophone", "yoruba", "italian"],
    "MX": ["hispanic", "quechua"], "AR": ["hispanic", "italian"], "PE": ["quechua", "quechua", "hispanic"], "CL": ["hispanic", "quechua"],
    "CO": ["hispanic"], "NG": ["yoruba", "igbo", "yoruba"], "KE": ["bantu", "amharic"], "ZA": ["bantu", "anglo", "indonesian"],
    "GH": ["akan", "akan", "yoruba"], "IN": ["tamil", "tamil"], "SG": ["chinese", "tamil", "indonesian", "filipino"],
    "PH": ["filipino", "filipino"], "VN": ["viet"], "TH": ["thai"], "AU": ["anglo", "viet", "pasifika", "chinese"],
    "NZ": ["maori", "maori", "pasifika", "anglo"], "GB": ["anglo", "yoruba", "tamil", "polish", "arabic"], "IE": ["anglo", "polish"],
    "US": ["us", "hispanic", "igbo", "viet"], "CA": ["french", "anglo", "filipino", "tamil"], "MA": ["arabic"], "ID": ["indonesian"],
}

def person(r, country=None, origin=None):
    if r.random() < 0.12 and origin is None:
        g, f = invented(r); return Person(g, f, "invented", False, r.random() < 0.5)
    if origin is None:
        origin = r.choice(REGION_ORIGINS.get(country, list(NAMES)))
    gs, fs, ff = NAMES[origin]
    g = r.choice(gs); f = r.choice(fs)
    if origin == "lusophone" and r.random() < 0.3: f = f + " " + r.choice(["Pereira", "Cardoso", "Ribeiro"])
    if origin == "hispanic" and r.random() < 0.5: f = f + " " + r.choice(["Urrutia", "Salgado", "Bermejo", "Arrieta"])
    return Person(g, f, origin, ff, r.random() < 0.5)

# ---------------- addresses ----------------
def _hn(r, a=1, b=240): return str(r.randint(a, b))

def address(r, cc, multiline=None):
    """Return (address string, city, postcode, country-name)."""
    ml = r.random() < 0.5 if multiline is None else multiline
    nl = "\n" if ml else ", "
    if cc == "ES":
        st = r.choice(["Calle de Toledo", "Avda. de la Constitución", "C/ Sant Pere Més Alt", "Calle Mayor", "Paseo de Zorrilla", "Rúa do Vilar"])
        city, pc = r.choice([("Madrid", "28005"), ("Barcelona", "08003"), ("Valladolid", "47006"), ("Santiago de Compostela", "15705"), ("Sevilla", "41003")])
        return f"{st}, {_hn(r)}, {r.randint(1,9)}º {r.choice('ABCD')}{nl}{pc} {city}", city, pc, "España"
    if cc == "PT":
        st = r.choice(["Rua das Flores", "Avenida da Liberdade", "Travessa do Carmo", "Rua de Santa Catarina"])
        city, pc = r.choice([("Porto", "4050-265"), ("Lisboa", "1250-096"), ("Coimbra", "3000-150"), ("Braga", "4700-321")])
        return f"{st}, {_hn(r)}, {r.randint(1,6)}.º {r.choice(['Esq.', 'Dto.'])}{nl}{pc} {city}", city, pc, "Portugal"
    if cc == "FR":
        st = r.choice(["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard de la Croix-Rousse", "impasse des Lilas", "quai de la Fosse"])
        city, pc = r.choice([("Strasbourg", "67000"), ("Lyon", "69004"), ("Nantes", "44000"), ("Montreuil", "93100"), ("Rennes", "35000")])
        return f"{_hn(r)}{r.choice(['', ' bis', ''])} {st}{nl}{pc} {city.upper() if r.random()<0.4 else city}", city, pc, "France"
    if cc == "DE":
        st = r.choice(["Hauptstraße", "Kastanienallee", "Am Rosenhügel", "Bergmannstraße", "Schillerplatz", "Lindenweg"])
        city, pc = r.choice([("Berlin", "10827"), ("Leipzig", "04109"), ("Köln", "50667"), ("Freiburg im Breisgau", "79098"), ("Kassel", "34117")])
        return f"{st} {_hn(r,1,120)}{r.choice(['', 'a', ''])}{nl}{pc} {city}", city, pc, "Deutschland"
    if cc == "IT":
        st = r.choice(["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille", "Vicolo del Cedro", "Piazza San Domenico"])
        city, pc, pr = r.choice([("Bologna", "40124", "BO"), ("Napoli", "80134", "NA"), ("Torino", "10121", "TO"), ("Palermo", "90133", "PA")])
        return f"{st} {_hn(r)}{nl}{pc} {city} ({pr})", city, pc, "Italia"
    if cc == "NL":
        st = r.choice(["Prinsengracht", "Oudegracht", "Kerkstraat", "Van Woustraat", "Molenweg"])
        city, pc = r.choice([("Amsterdam", "1016 GV"), ("Utrecht", "3511 AL"), ("Rotterdam", "3012 KM"), ("Groningen", "9711 LM")])
        return f"{st} {_hn(r)}{r.choice(['', '-1', ' hs', '-III'])}{nl}{pc} {city}", city, pc, "Nederland"
    if cc == "PL":
        st = r.choice(["ul. Piotrkowska", "ul. Długa", "al. Jerozolimskie", "ul. Świętojańska", "os. Kościuszkowskie"])
        city, pc = r.choice([("Łódź", "90-006"), ("Gdańsk", "80-831"), ("Warszawa", "00-697"), ("Kraków", "31-866")])
        return f"{st} {_hn(r)}/{r.randint(1,60)}{nl}{pc} {city}", city, pc, "Polska"
    if cc == "BE":
        st = r.choice(["Rue de la Loi", "Chaussée de Wavre", "Meir", "Rue Haute"])
        city, pc = r.choice([("Etterbeek", "1040"), ("Antwerpen", "2000"), ("Liège", "4000"), ("Bruxelles", "1000")])
        return f"{st} {_hn(r)}{r.choice(['', ' bte 3', ' bus 12'])}{nl}{pc} {city}", city, pc, "Belgique"
    if cc == "BR":
        st = r.choice(["Rua Augusta", "Av. Sete de Setembro", "Rua Oscar Freire", "Travessa São José", "Rua Padre Chagas"])
        city, uf, pc, bairro = r.choice([("São Paulo", "SP", "01304-001", "Consolação"), ("Salvador", "BA", "40060-001", "Centro"),
                                         ("Porto Alegre", "RS", "90570-080", "Moinhos de Vento"), ("Recife", "PE", "50030-230", "Boa Vista")])
        return f"{st}, {_hn(r,10,3000)}, apto {r.randint(11,180)} - {bairro}{nl}{city} - {uf}, CEP {pc}", city, pc, "Brasil"
    if cc == "MX":
        st = r.choice(["Av. Insurgentes Sur", "Calle Madero", "Av. Revolución", "Calle Allende"])
        city, pc, col = r.choice([("Ciudad de México, CDMX", "03920", "Col. Insurgentes Mixcoac"), ("Guadalajara, Jal.", "44100", "Col. Centro"),
                                  ("Oaxaca de Juárez, Oax.", "68000", "Col. Centro")])
        return f"{st} {_hn(r,10,1900)}, Int. {r.randint(1,20)}, {col}{nl}C.P. {pc} {city}", city, pc, "México"
    if cc == "AR":
        st = r.choice(["Av. Corrientes", "Calle Florida", "Av. Santa Fe", "Defensa"])
        return f"{st} {_hn(r,100,5000)}, piso {r.randint(1,12)} depto {r.choice('ABCDE')}{nl}C1193AAE Ciudad Autónoma de Buenos Aires", "CABA", "C1193AAE", "Argentina"
    if cc == "PE":
        st = r.choice(["Jr. Huallaga", "Av. Arequipa", "Calle Santa Catalina", "Av. El Sol"])
        city, pc = r.choice([("Cercado de Lima", "15001"), ("Cusco", "08002"), ("Arequipa", "04001")])
        return f"{st} {_hn(r,100,900)}, {r.choice(['Dpto. 302', 'Of. 5', 'Int. B'])}{nl}{city} {pc}", city, pc, "Perú"
    if cc == "CL":
        st = r.choice(["Av. Providencia", "Calle Merced", "Av. Grecia"])
        return f"{st} {_hn(r,100,2500)}, depto {r.randint(101,1900)}{nl}Providencia, Santiago {r.choice(['7500000','7510000'])}", "Santiago", "7500000", "Chile"
    if cc == "CO":
        return f"Carrera {r.randint(1,80)} # {r.randint(10,99)}-{r.randint(10,99)}, Apto {r.randint(101,1204)}{nl}{r.choice(['Bogotá D.C. 110221', 'Medellín 050021', 'Cali 760044'])}", "Bogotá", "110221", "Colombia"
    if cc == "NG":
        st = r.choice(["Adeola Odeku Street", "Awolowo Road", "Bode Thomas Street", "Ogui Road"])
        city, pc = r.choice([("Victoria Island, Lagos", "101241"), ("Ikoyi, Lagos", "101233"), ("Surulere, Lagos", "101283"), ("Enugu", "400001")])
        return f"{_hn(r)} {st}{nl}{city} {pc}", city, pc, "Nigeria"
    if cc == "KE":
        st = r.choice(["Ngong Road", "Moi Avenue", "Kimathi Street", "Oloitoktok Road"])
        return f"House {r.randint(1,60)}, {st}{nl}P.O. Box {r.randint(1000,60000)}-00100{nl}Nairobi", "Nairobi", "00100", "Kenya"
    if cc == "ZA":
        st = r.choice(["Long Street", "Jan Smuts Avenue", "Florida Road", "Voortrekker Road"])
        city, pc = r.choice([("Cape Town", "8001"), ("Johannesburg", "2196"), ("Durban", "4001"), ("Bellville", "7530")])
        return f"{_hn(r)} {st}{nl}{city}{nl}{pc}", city, pc, "South Africa"
    if cc == "GH":
        return f"House No. {r.randint(1,99)}, {r.choice(['Osu Badu Street', 'Ring Road East', 'Nima Highway'])}{nl}Accra (GPS: GA-{r.randint(100,599)}-{r.randint(1000,9999)})", "Accra", "", "Ghana"
    if cc == "IN":
        return (f"Flat {r.randint(1,12)}{r.choice('ABCD')}, {r.choice(['Shanthi Apartments', 'Sri Lakshmi Residency', 'Green Park Towers'])}{nl}"
                f"{r.randint(1,90)} {r.choice(['Nungambakkam High Road', 'Arcot Road', 'Avinashi Road'])}{nl}{r.choice(['Chennai 600034', 'Coimbatore 641018', 'Madurai 625002'])}"), "Chennai", "600034", "India"
    if cc == "SG":
        return f"Blk {r.randint(100,999)} {r.choice(['Ang Mo Kio Avenue 3', 'Tampines Street 21', 'Jurong West Street 52'])}{nl}#{r.randint(2,25):02d}-{r.randint(10,999)}{nl}Singapore {r.randint(510000,649999)}", "Singapore", "", "Singapore"
    if cc == "PH":
        return f"Unit {r.randint(101,2505)}, {r.randint(1,200)} {r.choice(['Kalayaan Ave.', 'Mabini St.', 'J.P. Rizal St.'])}, Brgy. {r.choice(['Malaya', 'San Isidro', 'Poblacion'])}{nl}{r.choice(['Quezon City 1101', 'Makati City 1210', 'Cebu City 6000'])}", "Quezon City", "1101", "Philippines"
    if cc == "VN":
        return f"Số {r.randint(1,200)} Ngõ {r.randint(2,90)} Phố Huế, Phường Ngô Thì Nhậm{nl}Quận Hai Bà Trưng, Hà Nội", "Hà Nội", "", "Việt Nam"
    if cc == "TH":
        return f"{r.randint(1,199)}/{r.randint(1,40)} Soi Sukhumvit {r.randint(1,71)}, Khlong Toei Nuea{nl}Watthana, Bangkok 10110", "Bangkok", "10110", "Thailand"
    if cc == "AU":
        return f"Unit {r.randint(1,30)}, {_hn(r)} {r.choice(['Smith Street', 'Brunswick Street', 'Oxley Road'])}{nl}{r.choice(['Fitzroy VIC 3065', 'Newtown NSW 2042', 'Corinda QLD 4075'])}", "Fitzroy", "3065", "Australia"
    if cc == "NZ":
        return f"{_hn(r)} {r.choice(['Karangahape Road', 'Cuba Street', 'Riccarton Road'])}{nl}{r.choice(['Grey Lynn, Auckland 1021', 'Te Aro, Wellington 6011', 'Riccarton, Christchurch 8011'])}", "Auckland", "1021", "New Zealand"
    if cc == "GB":
        return f"Flat {r.randint(1,12)}, {_hn(r)} {r.choice(['Hollybush Lane', 'Cowley Road', 'Albert Drive'])}{nl}{r.choice(['Leeds', 'Oxford', 'Glasgow'])}{nl}{r.choice(['LS6 2QP', 'OX4 1HU', 'G41 2PE'])}", "Leeds", "LS6 2QP", "United Kingdom"
    if cc == "IE":
        return f"Apt {r.randint(1,40)}, {_hn(r,1,80)} Harcourt Street{nl}Dublin 2, D02 {r.choice(['XY45', 'K7W2', 'FN63'])}", "Dublin", "D02", "Ireland"
    if cc == "US":
        return f"{_hn(r,100,9999)} {r.choice(['Larkspur Drive', 'W Fullerton Ave', 'Magnolia St'])}, Apt {r.randint(1,30)}{r.choice('ABC')}{nl}{r.choice(['Boulder, CO 80304', 'Chicago, IL 60614', 'Tucson, AZ 85719'])}", "Boulder", "80304", "USA"
    if cc == "CA":
        return f"{_hn(r,10,3000)} rue Sainte-Catherine O, app. {r.randint(100,2400)}{nl}Montréal (Québec) H3B 1A7", "Montréal", "H3B 1A7", "Canada"
    if cc == "MA":
        return f"{_hn(r,1,90)} Rue Ibn Battouta, Quartier Hassan{nl}10020 Rabat", "Rabat", "10020", "Maroc"
    raise ValueError(cc)

def street_only(r, cc):
    a = address(r, cc, multiline=True)[0]
    return a.split("\n")[0]

# ---------------- phones ----------------
def _d(r, n): return "".join(str(r.randint(0, 9)) for _ in range(n))

def phone(r, cc, intl=None):
    i = r.random() < 0.6 if intl is None else intl
    if cc == "ES": n = "6" + _d(r, 8); return f"+34 {n[:3]} {n[3:6]} {n[6:]}" if i else f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    if cc == "PT": n = "9" + r.choice("1236") + _d(r, 7); return f"+351 {n[:3]} {n[3:6]} {n[6:]}" if i else f"{n[:3]} {n[3:6]} {n[6:]}"
    if cc == "FR": n = r.choice("67") + _d(r, 8); return f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}" if i else f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    if cc == "DE": n = "1" + r.choice(["51", "60", "70", "76"]) + _d(r, 8); return f"+49 {n[:3]} {n[3:]}" if i else f"0{n[:3]} / {n[3:]}"
    if cc == "IT": n = "3" + r.choice(["33", "47", "39", "20"]) + _d(r, 7); return f"+39 {n[:3]} {n[3:6]} {n[6:]}" if i else f"{n[:3]} {n[3:]}"
    if cc == "NL": n = "6" + _d(r, 8); return f"+31 6 {n[1:]}" if i else f"06-{n[1:]}"
    if cc == "PL": n = r.choice("5678") + _d(r, 8); return f"+48 {n[:3]} {n[3:6]} {n[6:]}" if i else f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if cc == "BE": n = "4" + r.choice("789") + _d(r, 7); return f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}" if i else f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}"
    if cc == "BR": ddd = r.choice(["11", "71", "51", "81"]); n = "9" + _d(r, 8); return f"+55 {ddd} {n[:5]}-{n[5:]}" if i else f"({ddd}) {n[:5]}-{n[5:]}"
    if cc == "MX": n = _d(r, 8); return f"+52 55 {n[:4]} {n[4:]}" if i else f"55 {n[:4]} {n[4:]}"
    if cc == "AR": n = _d(r, 8); return f"+54 9 11 {n[:4]}-{n[4:]}" if i else f"011 15-{n[:4]}-{n[4:]}"
    if cc == "PE": n = "9" + _d(r, 8); return f"+51 {n[:3]} {n[3:6]} {n[6:]}" if i else f"{n[:3]} {n[3:6]} {n[6:]}"
    if cc == "CL": n = _d(r, 8); return f"+56 9 {n[:4]} {n[4:]}" if i else f"9 {n[:4]} {n[4:]}"
    if cc == "CO": n = "3" + r.choice(["00", "10", "15", "20"]) + _d(r, 7); return f"+57 {n[:3]} {n[3:6]} {n[6:]}" if i else f"{n[:3]} {n[3:6]} {n[6:]}"
    if cc == "NG": n = r.choice(["803", "806", "813", "705", "908"]) + _d(r, 7); return f"+234 {n[:3]} {n[3:6]} {n[6:]}" if i else f"0{n[:3]} {n[3:6]} {n[6:]}"
    if cc == "KE": n = "7" + r.choice(["0", "1", "2", "9"]) + _d(r, 7); return f"+254 {n[:3]} {n[3:6]} {n[6:]}" if i else f"0{n[:3]} {n[3:6]}{n[6:]}"
    if cc == "ZA": n = r.choice(["82", "83", "72", "61"]) + _d(r, 7); return f"+27 {n[:2]} {n[2:5]} {n[5:]}" if i else f"0{n[:2]} {n[2:5]} {n[5:]}"
    if cc == "GH": n = r.choice(["24", "20", "55"]) + _d(r, 7); return f"+233 {n[:2]} {n[2:5]} {n[5:]}" if i else f"0{n[:2]} {n[2:5]} {n[5:]}"
    if cc == "IN": n = r.choice("6789") + _d(r, 9); return f"+91 {n[:5]} {n[5:]}" if i else f"0{n[:5]}-{n[5:]}"
    if cc == "SG": n = r.choice("89") + _d(r, 7); return f"+65 {n[:4]} {n[4:]}" if i else f"{n[:4]} {n[4:]}"
    if cc == "PH": n = "9" + r.choice(["17", "18", "27", "99"]) + _d(r, 7); return f"+63 {n[:3]} {n[3:6]} {n[6:]}" if i else f"0{n[:3]}-{n[3:6]}-{n[6:]}"
    if cc == "VN": n = r.choice(["90", "91", "98", "35"]) + _d(r, 7); return f"+84 {n[:2]} {n[2:5]} {n[5:]}" if i else f"0{n[:2]} {n[2:5]} {n[5:]}"
    if cc == "TH": n = r.choice(["81", "89", "62"]) + _d(r, 7); return f"+66 {n[:2]} {n[2:5]} {n[5:]}" if i else f"0{n[:2]}-{n[2:5]}-{n[5:]}"
    if cc == "AU": n = "4" + _d(r, 8); return f"+61 {n[:3]} {n[3:6]} {n[6:]}" if i else f"0{n[:3]} {n[3:6]} {n[6:]}"
    if cc == "NZ": n = "2" + r.choice("127") + _d(r, 7); return f"+64 {n[:2]} {n[2:5]} {n[5:]}" if i else f"0{n[:2]} {n[2:5]} {n[5:]}"
    if cc == "GB": n = "7" + r.choice(["700", "911", "824", "456"]) + _d(r, 6); return f"+44 {n[:4]} {n[4:]}" if i else f"0{n[:4]} {n[4:]}"
    if cc == "IE": n = "8" + r.choice("3567") + _d(r, 7); return f"+353 {n[:2]} {n[2:5]} {n[5:]}" if i else f"0{n[:2]} {n[2:5]} {n[5:]}"
    if cc == "US": a = r.choice(["303", "720", "312", "773", "520"]); x = str(r.randint(2, 9)) + _d(r, 2)
    if cc == "US":
        if x[1:] == "11": x = x[0] + "23"
        return f"+1 ({a}) {x}-{_d(r,4)}" if i else f"({a}) {x}-{_d(r,4)}"
    if cc == "CA": x = str(r.randint(2, 9)) + "4" + str(r.randint(2, 9)); return f"+1 514 {x} {_d(r,4)}" if i else f"514-{x}-{_d(r,4)}"
    if cc == "MA": n = r.choice("67") + _d(r, 8); return f"+212 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}" if i else f"0{n[0]}{n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    raise ValueError(cc)

# ---------------- dates ----------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
}

def rand_date(r, y0=1938, y1=2008):
    y = r.randint(y0, y1); m = r.randint(1, 12); d = r.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    return y, m, d

def fmt_date(r, ymd, style=None):
    y, m, d = ymd
    style = style or r.choice(["dot", "slash", "iso", "en_long", "es_long", "pt_long", "fr_long", "de_long", "it_long", "nl_long", "pl_long", "dash", "us", "mon"])
    if style == "dot": return f"{d:02d}.{m:02d}.{y}"
    if style == "slash": return f"{d:02d}/{m:02d}/{y}"
    if style == "dash": return f"{d:02d}-{m:02d}-{y}"
    if style == "iso": return f"{y}-{m:02d}-{d:02d}"
    if style == "us": return f"{m:02d}/{d:02d}/{y}"
    if style == "hl7": return f"{y}{m:02d}{d:02d}"
    if style == "mon": return f"{d:02d}-{MONTHS['en'][m-1][:3].upper()}-{y}"
    if style == "en_long": return f"{d} {MONTHS['en'][m-1]} {y}"
    if style == "es_long": return f"{d} de {MONTHS['es'][m-1]} de {y}"
    if style == "pt_long": return f"{d} de {MONTHS['pt'][m-1]} de {y}"
    if style == "fr_long": return f"{'1er' if d == 1 else d} {MONTHS['fr'][m-1]} {y}"
    if style == "de_long": return f"{d}. {MONTHS['de'][m-1]} {y}"
    if style == "it_long": return f"{d} {MONTHS['it'][m-1]} {y}"
    if style == "nl_long": return f"{d} {MONTHS['nl'][m-1]} {y}"
    if style == "pl_long": return f"{d} {MONTHS['pl'][m-1]} {y} r."
    raise ValueError(style)

COUNTRY_DATE = {"ES": ["slash", "es_long"], "PT": ["slash", "pt_long"], "BR": ["slash", "pt_long"], "FR": ["slash", "fr_long"],
                "DE": ["dot", "de_long"], "IT": ["slash", "it_long"], "NL": ["dash", "nl_long"], "PL": ["dot", "pl_long"],
                "MX": ["slash", "es_long"], "AR": ["slash", "es_long"], "PE": ["slash", "es_long"], "CL": ["dash", "es_long"],
                "CO": ["slash", "es_long"], "US": ["us", "en_long"], "GB": ["slash", "en_long"], "IE": ["slash", "en_long"],
                "AU": ["slash", "en_long"], "NZ": ["slash", "en_long"], "IN": ["slash", "dash", "mon"], "SG": ["slash", "mon"],
                "PH": ["us", "en_long"], "NG": ["slash", "en_long"], "KE": ["slash", "en_long"], "ZA": ["iso", "en_long"],
                "GH": ["slash"], "VN": ["slash"], "TH": ["slash"], "BE": ["slash", "fr_long"], "CA": ["iso"], "MA": ["slash"]}

def local_date(r, cc, ymd):
    return fmt_date(r, ymd, r.choice(COUNTRY_DATE.get(cc, ["iso"]) + ["iso"]))

# ---------------- passports ----------------
def _L(r, n, alpha="ABCDEFGHIJKLMNPRSTUVWXYZ"): return "".join(r.choice(alpha) for _ in range(n))

PASSPORT_SHAPES = {
    "DE": lambda r: "C" + _L(r, 8, "CFGHJKLMNPRTVWXYZ0123456789"), "FR": lambda r: _d(r, 2) + _L(r, 2) + _d(r, 5),
    "ES": lambda r: _L(r, 3) + _d(r, 6), "IT": lambda r: _L(r, 2) + _d(r, 7), "NL": lambda r: _L(r, 2) + _L(r, 6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + _d(r, 1),
    "PL": lambda r: _L(r, 2) + _d(r, 7), "PT": lambda r: _L(r, 1) + _d(r, 6), "BR": lambda r: _L(r, 2) + _d(r, 6),
    "MX": lambda r: "G" + _d(r, 8), "AR": lambda r: _L(r, 3) + _d(r, 6), "PE": lambda r: _d(r, 9), "CO": lambda r: "AT" + _d(r, 7),
    "NG": lambda r: "A" + _d(r, 8), "KE": lambda r: "AK" + _d(r, 7), "ZA": lambda r: "A" + _d(r, 8), "GH": lambda r: "G" + _d(r, 7),
    "IN": lambda r: _L(r, 1) + _d(r, 7), "PH": lambda r: "P" + _d(r, 7) + _L(r, 1), "VN": lambda r: _L(r, 1) + _d(r, 7),
    "TH": lambda r: _L(r, 2) + _d(r, 7), "AU": lambda r: _L(r, 2) + _d(r, 7), "NZ": lambda r: _L(r, 2) + _d(r, 6),
    "SG": lambda r: "K" + _d(r, 7) + _L(r, 1), "GB": lambda r: _d(r, 9), "MA": lambda r: _L(r, 2) + _d(r, 7), "IE": lambda r: _L(r, 2) + _d(r, 7),
    "CL": lambda r: "F" + _d(r, 8), "US": lambda r: r.choice([_d(r, 9), "A" + _d(r, 8), "C" + _d(r, 8)]),
}
NATIONALITY = {"DE": "German", "FR": "French", "ES": "Spanish", "IT": "Italian", "NL": "Dutch", "PL": "Polish", "PT": "Portuguese", "BR": "Brazilian",
               "MX": "Mexican", "AR": "Argentine", "PE": "Peruvian", "CO": "Colombian", "NG": "Nigerian", "KE": "Kenyan", "ZA": "South African",
               "GH": "Ghanaian", "IN": "Indian", "PH": "Filipino", "VN": "Vietnamese", "TH": "Thai", "AU": "Australian", "NZ": "New Zealander",
               "SG": "Singaporean", "GB": "British", "MA": "Moroccan", "IE": "Irish", "CL": "Chilean", "US": "American", "BE": "Belgian",
               "CA": "Canadian"}
PASSPORT_LABELS = ["Passport No.", "Passport number", "N.º de pasaporte", "Número de pasaporte", "N° de passeport", "Reisepass-Nr.",
                   "Numero passaporto", "Nº do passaporte", "Paspoortnummer", "Nr paszportu", "Passport #", "Travel document no.",
                   "Pasaporte", "Passeport n°", "Pass-Nr."]

def passport(r, cc):
    return PASSPORT_SHAPES[cc](r)

# ---------------- US driver licences ----------------
DL = {
    "CA": ("California", lambda r: _L(r, 1) + _d(r, 7)), "TX": ("Texas", lambda r: _d(r, 8)), "NY": ("New York", lambda r: _d(r, 3) + " " + _d(r, 3) + " " + _d(r, 3)),
    "FL": ("Florida", lambda r: f"{_L(r,1)}{_d(r,3)}-{_d(r,3)}-{_d(r,2)}-{_d(r,3)}-{_d(r,1)}"), "IL": ("Illinois", lambda r: f"{_L(r,1)}{_d(r,3)}-{_d(r,4)}-{_d(r,4)}"),
    "WA": ("Washington", lambda r: "WDL" + _L(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") + _d(r, 3)), "PA": ("Pennsylvania", lambda r: _d(r, 2) + " " + _d(r, 3) + " " + _d(r, 3)),
    "MI": ("Michigan", lambda r: f"{_L(r,1)} {_d(r,3)} {_d(r,3)} {_d(r,3)} {_d(r,3)}"), "NJ": ("New Jersey", lambda r: f"{_L(r,1)}{_d(r,4)} {_d(r,5)} {_d(r,5)}"),
    "OH": ("Ohio", lambda r: _L(r, 2) + _d(r, 6)), "AZ": ("Arizona", lambda r: _L(r, 1) + _d(r, 8)), "GA": ("Georgia", lambda r: _d(r, 9)),
    "MA": ("Massachusetts", lambda r: "S" + _d(r, 8)), "CO": ("Colorado", lambda r: f"{_d(r,2)}-{_d(r,3)}-{_d(r,4)}"), "VA": ("Virginia", lambda r: _L(r, 1) + _d(r, 8)),
    "WI": ("Wisconsin", lambda r: f"{_L(r,1)}{_d(r,3)}-{_d(r,4)}-{_d(r,4)}-{_d(r,2)}"), "MN": ("Minnesota", lambda r: _L(r, 1) + _d(r, 12)),
    "NC": ("North Carolina", lambda r: _d(r, 12)), "MD": ("Maryland", lambda r: f"{_L(r,1)}-{_d(r,3)}-{_d(r,3)}-{_d(r,3)}-{_d(r,3)}"),
    "NV": ("Nevada", lambda r: _d(r, 10)), "OR": ("Oregon", lambda r: _d(r, 7)), "HI": ("Hawaii", lambda r: "H" + _d(r, 8)),
    "NM": ("New Mexico", lambda r: _d(r, 9)), "UT": ("Utah", lambda r: _d(r, 9)),
}

def uk_driving_licence(r, p, ymd):
    y, m, d = ymd
    fam = "".join(c for c in __import__("unicodedata").normalize("NFKD", p.family).upper() if "A" <= c <= "Z")
    fam = (fam + "99999")[:5]
    mm = m + (50 if p.female else 0)
    ini = "".join(c for c in __import__("unicodedata").normalize("NFKD", p.given).upper() if "A" <= c <= "Z")[:1] + "9"
    return f"{fam}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{ini}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(0,9)}{_L(r,2)}"

# ---------------- clinical ----------------
DIAG = ["type 2 diabetes mellitus", "essential hypertension", "chronic obstructive pulmonary disease", "major depressive disorder",
        "rheumatoid arthritis", "atrial fibrillation", "iron-deficiency anaemia", "hypothyroidism", "community-acquired pneumonia",
        "chronic kidney disease stage 3a", "generalised anxiety disorder", "pulmonary tuberculosis", "HIV infection", "plasmodium falciparum malaria",
        "sickle cell disease", "epilepsy", "migraine without aura", "psoriasis", "ulcerative colitis", "heart failure with reduced ejection fraction",
        "dengue fever", "chronic hepatitis B", "gestational diabetes", "asthma", "bipolar affective disorder", "osteoporosis", "gout",
        "Chagas cardiomyopathy", "lumbar disc herniation", "Hashimoto's thyroiditis"]
DIAG_MEDS = {"type 2 diabetes mellitus": ["metformin", "gliclazide", "empagliflozin"], "essential hypertension": ["amlodipine", "enalapril", "losartan"],
             "chronic obstructive pulmonary disease": ["tiotropium", "salbutamol"], "major depressive disorder": ["sertraline", "escitalopram"],
             "rheumatoid arthritis": ["methotrexate", "hydroxychloroquine"], "atrial fibrillation": ["apixaban", "bisoprolol"],
             "iron-deficiency anaemia": ["ferrous sulfate"], "hypothyroidism": ["levothyroxine"], "community-acquired pneumonia": ["amoxicillin", "clarithromycin"],
             "chronic kidney disease stage 3a": ["ramipril"], "generalised anxiety disorder": ["venlafaxine"], "pulmonary tuberculosis": ["rifampicin", "isoniazid"],
             "HIV infection": ["dolutegravir", "tenofovir"], "plasmodium falciparum malaria": ["artemether-lumefantrine"], "sickle cell disease": ["hydroxyurea", "folic acid"],
             "epilepsy": ["levetiracetam", "lamotrigine"], "migraine without aura": ["sumatriptan", "propranolol"], "psoriasis": ["calcipotriol"],
             "ulcerative colitis": ["mesalazine"], "heart failure with reduced ejection fraction": ["sacubitril/valsartan", "furosemide", "spironolactone"],
             "dengue fever": ["paracetamol"], "chronic hepatitis B": ["entecavir"], "gestational diabetes": ["insulin aspart"], "asthma": ["budesonide/formoterol", "salbutamol"],
             "bipolar affective disorder": ["lithium carbonate", "quetiapine"], "osteoporosis": ["alendronic acid"], "gout": ["allopurinol", "colchicine"],
             "Chagas cardiomyopathy": ["benznidazole", "carvedilol"], "lumbar disc herniation": ["naproxen", "pregabalin"], "Hashimoto's thyroiditis": ["levothyroxine"]}
DIAG_LOCAL = {"es": ["diabetes mellitus tipo 2", "hipertensión arterial", "insuficiencia cardíaca", "asma bronquial", "hipotiroidismo", "lumbalgia crónica"],
              "pt": ["diabetes mellitus tipo 2", "hipertensão arterial sistêmica", "asma", "doença renal crônica", "anemia ferropriva"],
              "fr": ["diabète de type 2", "hypertension artérielle", "insuffisance cardiaque", "BPCO", "fibrillation auriculaire"],
              "de": ["Diabetes mellitus Typ 2", "arterielle Hypertonie", "Vorhofflimmern", "Asthma bronchiale"],
              "it": ["diabete mellito di tipo 2", "ipertensione arteriosa", "fibrillazione atriale", "broncopneumopatia cronica ostruttiva"]}
MEDS_LOCAL = {"es": ["metformina", "enalapril", "omeprazol", "paracetamol", "levotiroxina"], "pt": ["losartana", "metformina", "dipirona", "sinvastatina"],
              "fr": ["metformine", "ramipril", "furosémide", "apixaban"], "de": ["Metformin", "Ramipril", "Bisoprolol", "Pantoprazol"],
              "it": ["metformina", "ramipril", "warfarin", "bisoprololo"]}
DENTAL = [("chronic periodontitis", ["chlorhexidine", "doxycycline"]), ("acute apical abscess", ["amoxicillin", "metronidazole"]),
          ("bruxism", ["ibuprofen"]), ("pericoronitis", ["metronidazole"]), ("dentine hypersensitivity", ["sodium fluoride"])]
PHYSIO = [("rotator cuff tendinopathy", ["diclofenac"]), ("anterior cruciate ligament rupture", ["paracetamol"]), ("plantar fasciitis", ["ibuprofen"]),
          ("cervical radiculopathy", ["pregabalin"]), ("lateral epicondylitis", ["naproxen"]), ("patellofemoral pain syndrome", ["ibuprofen"])]

HOSPITALS = ["Hospital Universitario Río Hortega", "Centro Hospitalar de São João", "Hôpital de la Croix-Rousse", "Klinikum Kassel",
             "Ospedale Santa Maria della Misericordia", "Lagos University Teaching Hospital", "Kenyatta National Hospital",
             "Groote Schuur Hospital", "Christian Medical College Vellore", "Tan Tock Seng Hospital", "Philippine General Hospital",
             "Hospital Nacional Edgardo Rebagliati Martins", "Bạch Mai Hospital", "Auckland City Hospital", "St James's University Hospital"]
