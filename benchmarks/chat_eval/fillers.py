"""Slot fillers for the chat evaluation set: places, streets, dates, look-alikes.

Written by hand for this set (streets, postcodes and towns are real places; the people
are Faker names, MIT licence). Nothing here is shared with the model's training recipe.
"""

from __future__ import annotations

# Home towns with a real postcode, per language.
TOWNS: dict[str, list[tuple[str, str]]] = {
    "en": [("SW1A 2AA", "London"), ("M1 1AE", "Manchester"), ("EH1 1YZ", "Edinburgh"),
           ("BS1 4DJ", "Bristol"), ("LS1 4AP", "Leeds"), ("CF10 1EP", "Cardiff"),
           ("10001", "New York"), ("60614", "Chicago"), ("94110", "San Francisco")],
    "de": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"),
           ("04109", "Leipzig"), ("70173", "Stuttgart"), ("1010", "Wien"), ("8001", "Zürich"),
           ("01067", "Dresden")],
    "fr": [("75011", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
           ("33000", "Bordeaux"), ("59000", "Lille"), ("44000", "Nantes"), ("1000", "Bruxelles"),
           ("67000", "Strasbourg")],
    "es": [("28013", "Madrid"), ("08002", "Barcelona"), ("46001", "Valencia"), ("41001", "Sevilla"),
           ("29001", "Málaga"), ("48001", "Bilbao"), ("50001", "Zaragoza"), ("15001", "A Coruña"),
           ("18001", "Granada")],
    "it": [("00184", "Roma"), ("20121", "Milano"), ("10121", "Torino"), ("80132", "Napoli"),
           ("40121", "Bologna"), ("50122", "Firenze"), ("16121", "Genova"), ("90133", "Palermo"),
           ("35122", "Padova")],
    "nl": [("1012 JS", "Amsterdam"), ("3011 AD", "Rotterdam"), ("2511 CV", "Den Haag"),
           ("3511 LX", "Utrecht"), ("5611 EM", "Eindhoven"), ("9711 LM", "Groningen"),
           ("6811 CW", "Arnhem"), ("2311 EZ", "Leiden"), ("2000", "Antwerpen")],
    "pl": [("00-950", "Warszawa"), ("31-007", "Kraków"), ("50-001", "Wrocław"),
           ("80-001", "Gdańsk"), ("61-001", "Poznań"), ("90-001", "Łódź"), ("20-001", "Lublin"),
           ("40-001", "Katowice"), ("70-001", "Szczecin")],
}

STREETS: dict[str, list[str]] = {
    "en": ["{n} Baker Street", "{n} Church Lane", "{n} Victoria Road", "Flat {n}, 8 Albert Square",
           "{n} Elm Grove", "{n} Station Road", "{n} Oak Avenue", "{n} Mill Street"],
    "de": ["Hauptstraße {n}", "Goethestr. {n}", "Lindenallee {n}", "Am Markt {n}",
           "Bahnhofstraße {n}a", "Schillerweg {n}", "Kastanienallee {n}", "Rosenstraße {n}"],
    "fr": ["{n} rue de la République", "{n} avenue Jean Jaurès", "{n} bis rue Victor Hugo",
           "{n} boulevard Voltaire", "{n} rue des Lilas", "{n} place du Marché",
           "{n} chemin des Vignes", "{n} rue Pasteur"],
    "es": ["Calle Mayor {n}", "C/ Alcalá {n}, 3º B", "Avenida de la Constitución {n}",
           "Calle del Sol {n}", "Paseo de Gracia {n}", "Plaza de España {n}", "Calle Real {n}, 2º",
           "Camino Viejo {n}"],
    "it": ["Via Roma {n}", "Via Garibaldi {n}", "Corso Vittorio Emanuele {n}", "Piazza Dante {n}",
           "Via dei Mille {n}", "Viale Europa {n}", "Via Verdi {n}/B", "Via Mazzini {n}"],
    "nl": ["Kerkstraat {n}", "Dorpsstraat {n}", "Prinsengracht {n}", "Stationsweg {n}",
           "Molenweg {n}", "Lindenlaan {n}", "Julianastraat {n} bis", "Havenkade {n}"],
    "pl": ["ul. Długa {n}", "ul. Kwiatowa {n}/3", "ul. Mickiewicza {n}", "al. Jana Pawła II {n}",
           "ul. Polna {n}", "ul. Słoneczna {n}/12", "os. Tysiąclecia {n}", "ul. Lipowa {n}"],
}

# Places named in travel, shipping and small-talk questions: not where anyone lives.
CITIES: dict[str, list[str]] = {
    "en": ["Lisbon", "Rome", "Barcelona", "Edinburgh", "Prague", "Dublin", "Boston", "Tokyo"],
    "de": ["Hamburg", "Salzburg", "Mallorca", "Prag", "Kopenhagen", "Frankfurt", "Wien", "Rom"],
    "fr": ["Nice", "Lyon", "Genève", "Bruxelles", "Marrakech", "Montréal", "Nantes", "Biarritz"],
    "es": ["Sevilla", "Lisboa", "Valencia", "París", "Cancún", "Ibiza", "Oporto", "Toledo"],
    "it": ["Venezia", "Napoli", "Parigi", "Londra", "Verona", "Bari", "Torino", "Siena"],
    "nl": ["Maastricht", "Parijs", "Brugge", "Texel", "Keulen", "Londen", "Gent", "Zwolle"],
    "pl": ["Zakopane", "Gdańsk", "Berlin", "Londyn", "Sopot", "Praga", "Toruń", "Wiedeń"],
}

COUNTRIES: dict[str, list[str]] = {
    "en": ["Portugal", "Japan", "Canada", "Italy", "Germany"],
    "de": ["Italien", "Spanien", "Österreich", "Kroatien", "Frankreich"],
    "fr": ["Espagne", "Italie", "Belgique", "Suisse", "Allemagne"],
    "es": ["Francia", "Portugal", "México", "Italia", "Alemania"],
    "it": ["Spagna", "Francia", "Germania", "Grecia", "Svizzera"],
    "nl": ["Frankrijk", "Spanje", "Duitsland", "België", "Italië"],
    "pl": ["Niemiec", "Hiszpanii", "Włoch", "Czech", "Chorwacji"],
}

# Public figures, writers, artists: named in questions, not the user's data.
FIGURES = [
    "Jane Austen", "Thomas Mann", "Victor Hugo", "Gabriel García Márquez", "Umberto Eco",
    "Wisława Szymborska", "Vincent van Gogh", "Taylor Swift", "Lionel Messi", "Angela Merkel",
    "Albert Einstein", "Frida Kahlo", "Leonardo da Vinci", "Marie Curie", "Frédéric Chopin",
    "Agatha Christie", "Johann Sebastian Bach", "Rafael Nadal", "Harry Potter", "Elon Musk",
]

BRANDS = [
    "IKEA", "Lidl", "Decathlon", "MediaMarkt", "Carrefour", "Apple", "H&M", "Zara", "Primark",
    "Esselunga", "Albert Heijn", "Biedronka", "El Corte Inglés", "Rossmann", "Fnac", "Action",
    "Douglas", "Kruidvat", "Żabka", "Media World",
]

VERSIONS = ["7.2.14.3", "v2.3.1", "17.4.1", "3.11.4", "1.0.0-rc2", "22.04", "10.0.19045", "4.2"]
AMOUNTS = ["2,349.99", "1.299,00 €", "€45.50", "19,99 €", "$1,200", "349 zł", "12.50 EUR",
           "CHF 89.90", "2.499 euro"]
ORDERS = ["77-1042", "#A-55120", "104-2231977", "ORD-2025-0042", "88731", "RMA 4471",
          "ticket 20931", "case #77319"]
TRAINS = ["ICE 1581", "TGV 6611", "FR 8345", "EC 172", "IC 3527", "AVE 3142", "LH 2031",
          "KL 1224"]
TECH = ["error 0x80070005", "npm ERR! code ERESOLVE", "GET /api/v2/orders?id=77",
        "report_final_v2.xlsx", "kubectl get pods -n prod", "HTTP 503", "SIGSEGV in libc.so.6",
        "E_ACCESSDENIED", "build #4821 failed", "docker-compose.yml"]
MARKER_WORDS = ["anvil", "bucket", "gasket", "pedal", "winch", "ladder", "kettle", "tulip",
                "walrus", "harbor", "pepper", "violin", "marble", "canyon", "lantern", "copper",
                "saddle", "meadow", "falcon", "quartz"]

# Calendar dates of events (not of anyone's birth), by language.
MONTHS: dict[str, list[str]] = {
    "en": ["January", "March", "April", "June", "July", "September", "October", "December"],
    "de": ["Januar", "März", "April", "Juni", "Juli", "September", "Oktober", "Dezember"],
    "fr": ["janvier", "mars", "avril", "juin", "juillet", "septembre", "octobre", "décembre"],
    "es": ["enero", "marzo", "abril", "junio", "julio", "septiembre", "octubre", "diciembre"],
    "it": ["gennaio", "marzo", "aprile", "giugno", "luglio", "settembre", "ottobre", "dicembre"],
    "nl": ["januari", "maart", "april", "juni", "juli", "september", "oktober", "december"],
    "pl": ["stycznia", "marca", "kwietnia", "czerwca", "lipca", "września", "października",
           "grudnia"],
}
WEEKDAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Friday", "Saturday"],
    "de": ["Montag", "Dienstag", "Freitag", "Samstag"],
    "fr": ["lundi", "mardi", "vendredi", "samedi"],
    "es": ["lunes", "martes", "viernes", "sábado"],
    "it": ["lunedì", "martedì", "venerdì", "sabato"],
    "nl": ["maandag", "dinsdag", "vrijdag", "zaterdag"],
    "pl": ["poniedziałek", "wtorek", "piątek", "sobotę"],
}

FAKER_LOCALE = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT",
                "nl": "nl_NL", "pl": "pl_PL"}
PHONE_FORMATS: dict[str, tuple[str, ...]] = {
    "en": ("+44 7700 900###", "07700 900###", "(312) 555-0###"),
    "de": ("+49 151 2### ####", "0171 ### ####", "030 ### ### ##"),
    "fr": ("06 ## ## ## ##", "+33 6 ## ## ## ##", "01.##.##.##.##"),
    "es": ("+34 612 ### ###", "6## ## ## ##", "91 ### ## ##"),
    "it": ("+39 347 ### ####", "333 #######", "06 #### ####"),
    "nl": ("06-########", "+31 6 #### ####", "020 ### ####"),
    "pl": ("+48 601 ### ###", "512-###-###", "22 ### ## ##"),
}

# Polish needs the case a preposition governs:
# (nominative, "w" + locative, "z" + genitive, "do" + genitive).
PL_FORMS: dict[str, tuple[str, str, str, str]] = {
    "Warszawa": ("Warszawa", "w Warszawie", "z Warszawy", "do Warszawy"),
    "Kraków": ("Kraków", "w Krakowie", "z Krakowa", "do Krakowa"),
    "Wrocław": ("Wrocław", "we Wrocławiu", "z Wrocławia", "do Wrocławia"),
    "Gdańsk": ("Gdańsk", "w Gdańsku", "z Gdańska", "do Gdańska"),
    "Poznań": ("Poznań", "w Poznaniu", "z Poznania", "do Poznania"),
    "Łódź": ("Łódź", "w Łodzi", "z Łodzi", "do Łodzi"),
    "Lublin": ("Lublin", "w Lublinie", "z Lublina", "do Lublina"),
    "Katowice": ("Katowice", "w Katowicach", "z Katowic", "do Katowic"),
    "Szczecin": ("Szczecin", "w Szczecinie", "ze Szczecina", "do Szczecina"),
    "Zakopane": ("Zakopane", "w Zakopanem", "z Zakopanego", "do Zakopanego"),
    "Berlin": ("Berlin", "w Berlinie", "z Berlina", "do Berlina"),
    "Londyn": ("Londyn", "w Londynie", "z Londynu", "do Londynu"),
    "Sopot": ("Sopot", "w Sopocie", "z Sopotu", "do Sopotu"),
    "Praga": ("Praga", "w Pradze", "z Pragi", "do Pragi"),
    "Toruń": ("Toruń", "w Toruniu", "z Torunia", "do Torunia"),
    "Wiedeń": ("Wiedeń", "w Wiedniu", "z Wiednia", "do Wiednia"),
}
