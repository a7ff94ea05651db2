"""The words around a name that tell a reader whether it names a place.

Kept apart from the recogniser's logic so that the lists can be read, reviewed and
extended on their own: each says what its words do to a name beside them.
"""

from __future__ import annotations

from frontwatch.geo.sources import STATION_WORDS

#: Lowercase words allowed inside a name ("Sea of Azov", "Rostov-on-Don").
CONNECTORS = frozenset(
    {"of", "on", "upon", "de", "del", "la", "le", "am", "-", "the", "and", "’s", "'s", "el", "al"}
    # French, Italian, Portuguese and German ones: "Port-au-Prince", "Aix-en-Provence".
    | {"au", "aux", "en", "sur", "sous", "les", "des", "du", "di", "da", "dos", "das", "im"}
    # Russian ones: "Slavyansk-na-Kubani", "Komsomolsk-na-Amure".
    | {"na", "nad", "pod", "pri"}
)
#: Words after a name that make the whole run a region ("the Kharkiv region").
REGION_WORDS = (
    "region",
    "oblast",
    "province",
    "district",
    "raion",
    "area",
    "county",
    "parish",
    "state",
)
#: Ukrainian and Russian nouns of the regions a place is stated in, by their
#: nominative: "Курской области", "Краснодарского края", "Республики Крым".
CYRILLIC_REGION_NOUNS = frozenset({"область", "край", "республика", "регион"})
#: ... and of the units within them: "Шебекинского округа", "Сумського району".
CYRILLIC_UNIT_NOUNS = frozenset({"район", "округ", "громада"})
#: The English and romanised nouns of the regions of Russia and Ukraine, as a place
#: is stated in one: "(Glushkovsky Raion, Kursk Oblast)", "of Krasnodar Krai".
ROMAN_REGION_NOUNS = frozenset({"oblast", "region", "krai", "kray", "republic"})
#: ... and of their districts, singular and plural: "Shebekinsky Urban Okrug", "the
#: Belgorodsky and Shebekinsky districts".
ROMAN_DISTRICT_NOUNS = frozenset(
    {"district", "districts", "raion", "raions", "rayon", "rayons", "okrug", "okrugs"}
)
#: Plural region words after a list of names, each then a region ("the Kharkiv,
#: Sumy and Chernihiv regions", "Cooke, Grayson and Love counties"), by their singular.
PLURAL_REGION_WORDS = {
    "regions": "region",
    "oblasts": "oblast",
    "provinces": "province",
    "districts": "district",
    "raions": "raion",
    "counties": "county",
    "parishes": "parish",
    "states": "state",
}
#: Capitalised words after a town's name that make the run a river, a lake or a
#: valley named after it ("the Kanawha River", "Canaan Valley"), and before it ("Lake
#: Hartwell"): the feature lies by the town.
NATURAL_FEATURES_AFTER = frozenset(
    {"River", "Creek", "Lake", "Valley", "Falls", "Island", "Islands", "Reservoir", "Bay"}
)
NATURAL_FEATURES_BEFORE = frozenset({"Lake"})
#: Capitalised words after a town's name that make a place in the town: its station
#: ("Kupiansk Station", "Lamar Station"), unless the name is an English word ("Union
#: Station", "Central Station" stand in any city).
TOWN_FEATURES_AFTER = frozenset({"Station"})
#: Compass words: with "of" they set a place beside a town ("Andriivka south of
#: Bakhmut"), and before a town's name they name its quarter or suburb ("West
#: Columbia").
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
#: Words opening a name of several words that a church, a school or an estate takes
#: as often as a town's: saints and mounts ("St. Anne Academy", "Mount Vernon Hall").
DEDICATION_WORDS = frozenset({"st", "st.", "saint", "holy", "mount", "mt", "mt."})
#: Words after a name of several words that make a memorial's, a cemetery's, a
#: church's, a park's, a college's or a firm's name, which may borrow another place's
#: name or none ("Oak Grove Memorial", "Pleasant Hill Baptist Church", "Silver Lake
#: Partners").
BORROWED_NAME_WORDS = frozenset(
    {"memorial", "cemetery", "retirement", "academy", "church", "baptist", "methodist"}
    | {"park", "square", "partners", "college", "capital"}
)
#: Capitalised words after a town's name that make a housing estate or a suburb
#: named after it, which may lie anywhere ("Atlanta Estates", "Denver Heights").
NAMESAKE_DEVELOPMENT_WORDS = frozenset(
    {
        "Acres",
        "Apartments",
        "Commons",
        "Estates",
        "Heights",
        "Hills",
        "Manor",
        "Meadows",
        "Pointe",
        "Ridge",
        "Terrace",
        "Woods",
    }
)
#: Lowercase words that can end a feature's name.
FEATURE_WORDS = frozenset(
    {
        *REGION_WORDS,
        *STATION_WORDS,
        "nuclear",
        "power",
        "plant",
        "bridge",
        "air",
        "base",
        "airbase",
        "airfield",
        "river",
        "highway",
        "road",
        "spit",
        "sea",
        "reservoir",
        "dam",
        "rail",
        "railway",
        "hub",
        "npp",
        "port",
        "airport",
        "refinery",
        "depot",
    }
)
#: Words after an adjective that make it a place ("the Kupiansky direction").
DIRECTION_WORDS = frozenset(
    {
        "direction",
        "axis",
        "front",
        "sector",
        "area",
        "district",
        "raion",
        "region",
        "oblast",
        "hromada",
        "salient",
        "bridgehead",
        "offensive",
        "counteroffensive",
        "grouping",
        "group",
        "pocket",
        "cauldron",
        "steppe",
        "coast",
        "shore",
        "forest",
        "forests",
        "reservoir",
        "bridge",
    }
)
#: Words after a place name that make it the seat of a civic body ("Mansfield Police",
#: "Kherson City Council", "Kharkiv University"): the name still locates the story,
#: unlike a unit or a newspaper named after a place, and news corpora count it.
CIVIC_WORDS = frozenset(
    {
        *("police", "department", "council", "university", "college", "school", "hospital"),
        *("city", "ministry", "agency", "court", "institute", "center", "centre"),
        *("foundation", "governor", "mayor", "senator"),
        *("fire", "library", "public", "chamber", "board", "commission", "commissioners"),
        *("selectman", "selectmen", "schools", "township", "twp"),
    }
)
#: Canada's provinces and territories as Canadian Press style abbreviates them after
#: a town ("Kelowna, B.C.", "Brandon, Man."). Read only after a comma and a name that
#: Canada has: elsewhere "Man." and "Que." are words ("Man. City", a club), "B.C."
#: an era, and "Alta" a name GeoNames gives Yalta. Public facts, with each region's
#: name as ``data/admin1_world.tsv`` holds it.
PROVINCE_ABBREVIATIONS = {
    "Alta.": "Alberta",
    "B.C.": "British Columbia",
    "Man.": "Manitoba",
    "N.B.": "New Brunswick",
    "N.L.": "Newfoundland and Labrador",
    "Nfld.": "Newfoundland and Labrador",
    "N.S.": "Nova Scotia",
    "N.W.T.": "Northwest Territories",
    "Nun.": "Nunavut",
    "Ont.": "Ontario",
    "P.E.I.": "Prince Edward Island",
    "Que.": "Québec",
    "Sask.": "Saskatchewan",
    "Y.T.": "Yukon",
}
#: Words after a name that make it a town's rather than a country's or a region's
#: ("Kupiansk police", "Irpin firefighters"), and "City" where no candidate bears it
#: in its own name ("Quebec City" is the city GeoNames calls "Québec", not the
#: province). Its officers also make the name a town's however small (see
#: ``TOWN_OFFICERS``); a fire does not, which may be a weapon's or a wildfire's
#: ("Tornado fire", "the Palisades Fire").
TOWN_OFFICERS = frozenset({"police", "mayor", "firefighters", "selectmen", "selectman"})
MUNICIPAL_WORDS = TOWN_OFFICERS | {"city", "fire", "township", "twp"}
#: Words that make a name next to them a first-level region's, written in lowercase
#: ("Washington state", "the state of Washington", "Helmand province").
REGION_NOUNS = frozenset({"state", "province"})
#: A word after a name that makes it a region's by its government: "Donetsk governor
#: Vadym Filashkin" and "the Kharkiv regional governor" speak for the oblast, not its
#: capital. Not "regional administration", which is also a building in the capital
#: ("shelling hit the Mykolaiv Regional State Administration").
REGION_OFFICER = "governor"
#: The abbreviations of an oblast's administration, which a name in its case stands
#: before as a governor's title does: "Донецька ОВА" speaks for the oblast, not for
#: the city whose genitive "Донецька" also is.
CYRILLIC_REGION_ADMINISTRATIONS = frozenset({"ова", "ода"})
#: Words ending a local body's name, which is named after the town that seats it
#: ("Mercer Circuit Court", "Dorset Historical Society", "the Lamar Elks Lodge",
#: "the Cuero Education Foundation"), or a facility's that stands by it ("Goshen
#: Community Hospital", "the Milton Correctional Facility", "the Okhtyrka Medical
#: Center"). Not a school's, a church's or another centre's: those are named after
#: people, neighbourhoods and words as often ("Daniel Boone Elementary", "Lakeside
#: Baptist Church", "the Hope Learning Center").
INSTITUTION_WORDS = frozenset(
    {
        *("court", "council", "police", "department", "fire", "committee", "society"),
        *("commission", "board", "library", "chamber", "recreation", "parks", "authority"),
        *("hospital", "airport", "zoo", "reservoir", "lodge", "facility", "foundation"),
        "medical",  # "X Medical Center", "X Regional Medical Center"
    }
)
#: A town's officers, named by the word right after the town ("Buhl Sheriff Dan
#: Reed"); further on the word is a club's or a firm's ("Zorya Luhansk Manager").
TOWN_TITLES = frozenset({"sheriff", "manager"})
#: Words before "Center" that make it a town's own hall ("the Lamar Community
#: Center", "Dunbar Senior Center"), unlike a centre named after a person or a word
#: ("the Hope Learning Center").
TOWN_CENTRE_WORDS = frozenset({"community", "senior", "seniors", "civic"})
#: Abbreviations of power plants after a town's name ("Burshtyn TPP", "Zaporizhzhia
#: NPP", "Kakhovka HPP", "Kharkiv CHP-5"), in capitals.
FACILITY_ABBREVIATIONS = frozenset({"TPP", "NPP", "HPP", "CHP", "CHPP"})
#: Words ending the name of a plant, a base or a public building, which in Ukraine,
#: Russia and Belarus is named after its town, as strike reports write it ("Chuhuiv
#: Airbase", "Zaporozhye Aluminum Combine", "Okhtyrka Local History Museum",
#: "Mykolaiv Regional State Administration", "Burshtyn TPP"); elsewhere as often
#: after a person ("Franklin Theatre") or a word ("Food and Drug Administration").
POST_SOVIET_FACILITY_WORDS = frozenset(
    {
        *("administration", "museum", "theatre", "theater", "airbase", "airfield", "base"),
        "tower",
        *("plant", "refinery", "substation", "depot", "terminal", "mine", "combine"),
        *("factory", "monastery", "lavra"),
        *(abbreviation.lower() for abbreviation in FACILITY_ABBREVIATIONS),
    }
)
#: Words for a warship or a vessel, which navies name after towns: "the cruiser
#: Moskva", "the landing ship Novocherkassk", "крейсер «Москва»", "БДК «Мінськ»".
SHIP_WORDS = frozenset(
    {
        *("cruiser", "frigate", "corvette", "destroyer", "submarine", "ship", "vessel"),
        *("tanker", "tug", "icebreaker", "minesweeper", "boat", "flagship", "warship"),
        *("крейсер", "крейсера", "фрегат", "фрегата", "корвет", "корвета", "корабель"),
        *("корабля", "корабль", "човен", "човна", "лодка", "лодки", "танкер", "танкера"),
        *("бдк", "вдк", "ракетоносець", "ракетоносец"),
    }
)
#: Opening quotation marks, which may stand between a ship's word and its name.
OPENING_QUOTES = frozenset({'"', "“", "«", "'", "‘", "„"})
#: Words after a sea's or a region's name that make the run a navy's, capitalised as a
#: navy's name is: "the Black Sea Fleet", "the Northern Fleet", "the Caspian Flotilla"
#: ("the Grimsby fleet" is the town's boats).
FLEET_WORDS = frozenset({"Fleet", "Flotilla"})
#: Words after a broadcaster's or an outlet's word that make the run a building, not
#: the outlet ("the Kyiv TV tower", "Kharkiv TV Centre").
BUILDING_WORDS = frozenset({"tower", "centre", "center", "building", "mast", "studio", "studios"})
#: Capitalised words after a name that make it a street's ("Moscow Avenue" in
#: Kharkiv, "Tulsa Street"): the street lies elsewhere than the place it is named
#: after. Highways and roads between towns are curated features, not streets.
STREET_WORDS = frozenset(
    {
        *("street", "st.", "avenue", "ave.", "ave", "boulevard", "blvd.", "blvd", "lane"),
        *("drive", "road", "rd.", "parkway", "pkwy.", "prospekt", "prospect", "square"),
        "embankment",
    }
)
#: Ukrainian and Russian words for a facility, by their nominative, which takes its
#: town's name in guillemets: "станцію «Унеча»", "шахти «Торецька»".
CYRILLIC_FACILITY_WORDS = frozenset(
    {
        *("станція", "станция", "підстанція", "подстанция", "аеродром", "аэродром"),
        *("завод", "нпз", "нафтобаза", "нефтебаза", "комбінат", "комбинат", "порт"),
        *("депо", "шахта", "елеватор", "элеватор", "склад", "тец", "тэц"),
    }
)
#: Ukrainian and Russian words for a street, by their nominative, and their
#: abbreviations before a full stop, which come before the street's name: "на вулиці
#: Харківській", "вул. Сумська", "на улице Красноармейской" are streets named after
#: places, in the town the report is about.
CYRILLIC_STREET_WORDS = frozenset(
    {
        *("вулиця", "улица", "проспект", "провулок", "переулок", "бульвар", "площа"),
        *("площадь", "шосе", "шоссе", "набережна", "набережная", "узвіз", "проїзд"),
        *("проезд", "тупик"),
    }
)
CYRILLIC_STREET_ABBREVIATIONS = frozenset(
    {"вул", "ул", "просп", "пр", "пров", "пер", "бул", "пл", "наб"}
)
#: Street words after a region's name that make the run a road of the region's
#: ("Polk County Road 12"), unlike a street named after it ("Sumska Street").
COUNTY_ROAD_WORDS = frozenset({"road", "rd."})
#: Words of ``ORGANISATION_WORDS`` that make a name an organisation's only when
#: capitalised, as part of its proper name: "the Kyiv Post" is a paper, "the Sumy
#: post office" a building in the city; "Texas Bank" a firm, "a Texas company" or "a
#: Kharkiv bank" one in the place. Not the units' words: reports write "the Azov
#: regiment" and "the Wagner group" in lowercase.
CAPITALISED_ORGANISATION_WORDS = frozenset(
    {"post", "times", "herald", "tribune", "journal", "gazette", "review", "press"}
    | {"observer", "chronicle", "independent"}
    | {"company", "bank", "corporation", "airline", "airlines", "club", "party"}
)
#: Words after a name that make the run a unit, an outlet, a team or a firm named
#: after a place, not a mention of it ("the Kyiv Post", "Kharkiv Brigade").
ORGANISATION_WORDS = frozenset(
    {
        "regiment",
        "battalion",
        "brigade",
        "group",
        "corps",
        "company",
        "division",
        "army",
        "independent",
        "post",
        "times",
        "herald",
        "tribune",
        "journal",
        "daily",
        "news",
        "channel",
        "fc",
        "united",
        "airlines",
        "airline",
        "bank",
        "inc",
        "ltd",
        "corporation",
        "club",
        "party",
        "movement",
        "tv",
        "radio",
        "gazette",
        "review",
        "press",
        "observer",
        "chronicle",
        "stadium",
        "legion",
        "squadron",
        "detachment",
        "unit",
        "units",
        "forces",
        "guard",
        "guards",
        "fighters",
        "mercenaries",
        "group’s",
        "group's",
        # Diseases named after where they were first found ("West Nile virus",
        # "Lassa fever", "Lyme disease"): a name, not where a case is.
        "virus",
        "fever",
        "disease",
        "flu",
        "influenza",
        "encephalitis",
    }
)
#: Words that, opening a sentence, stand before a place's name without being part of
#: it ("Downtown Kharkiv lost power", "Current Moldova law", "Local Sumy officials").
#: A list, not every English word: many a word opens a firm's or a body's name
#: ("Radio Odesa", "Royal Oak Mines").
SENTENCE_MODIFIERS = frozenset(
    {
        *("current", "recent", "former", "previous", "local", "rural", "suburban"),
        *("downtown", "central", "nearby", "neighbouring", "neighboring", "greater"),
        *("several", "many", "most", "some", "other", "all", "both", "each", "every"),
        *("total", "overall"),
    }
)
#: Words after a name that say it is a place, and only roughly there ("the Alexandria
#: area", "the Bakhmut direction", "Kupiansk's outskirts" aside, "Kharkiv outskirts").
PLACE_FOLLOWERS = frozenset({"area", "direction", "axis", "front", "sector", "outskirts"})
#: Words after a name that make it a front's axis, named after a town ("the Kupiansk
#: direction", "на Покровському напрямку", "на Лиманском направлении"): English words
#: as written, Ukrainian and Russian ones at their nominative.
AXIS_WORDS = frozenset(
    {
        *("direction", "directions", "axis", "axes", "front", "sector", "sectors"),
        *("напрямок", "напрям", "напрямки", "направление", "направления", "фронт"),
    }
)
#: Lowercase words after a name that make it the name of a facility by the town
#: ("the Millerovo airfield", "Tuapse refinery", "the Kupiansk railway station", "the
#: Bilozerske mine", "the Olenivka camp"), which the town locates: a common target of
#: strikes, or where prisoners are held.
FACILITY_WORDS = frozenset(
    {
        *("airbase", "airfield", "airport", "aerodrome", "port", "harbour", "harbor"),
        *("railway", "station", "depot", "refinery", "plant", "bridge", "dam"),
        *("substation", "garrison", "barracks", "checkpoint", "crossing"),
        *("mine", "mines", "camp", "camps", "laboratory", "lab"),
    }
)
#: Words after "air" that make a facility ("Vasylkiv air base", "an air field").
AIR_FACILITY_WORDS = frozenset({"base", "field"})
#: Words after a name that make it a place people live in ("Gainesville residents",
#: "a Kherson native").
RESIDENT_WORDS = frozenset({"resident", "residents", "native", "natives"})
#: Words of a person after "a" and a name, which make the name where the person
#: lives ("a Kherson woman", "an Alexandria man"): a person's name is never written
#: so, and a country's would be its adjective ("a Lebanese woman").
PERSON_NOUNS = frozenset(
    {"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "couple", "family"}
)
#: Words after a name that make it a town's: its civic bodies and its residents.
TOWN_FOLLOWERS = CIVIC_WORDS | RESIDENT_WORDS
#: The offices and voters only a county has, written after its name ("Bledsoe Co.
#: sheriff", "Geauga commissioners").
COUNTY_OFFICES = frozenset(
    {"sheriff", "deputies", "commissioners", "coroner", "jail", "voters", "prosecutor"}
    | {"circuit", "magistrate", "police"}
)
#: Courts named after the county that seats them, as US news writes them without
#: "County" ("Boone Circuit Court", "a Mingo Magistrate Judge").
COUNTY_COURTS = frozenset({"Circuit", "Magistrate"})
COURT_WORDS = frozenset({"Court", "Judge", "Clerk"})
#: Words after a county's name that make it the county: its people and its offices
#: ("a Bledsoe Co. woman", "Geauga residents").
COUNTY_FOLLOWERS = RESIDENT_WORDS | PERSON_NOUNS | COUNTY_OFFICES
#: Words of the war in the sentence a town opens, which make the town the subject
#: of war news rather than a person of the same name ("Toretsk came under shelling",
#: not "Lozova was not in the office").
WAR_WORDS = frozenset(
    {
        *("shelled", "shelling", "shells", "struck", "strike", "strikes", "striking"),
        *("attack", "attacked", "attacks", "drone", "drones", "missile", "missiles"),
        *("rocket", "rockets", "artillery", "bomb", "bombs", "bombed", "bombing"),
        *("fire", "fighting"),
        *("fought", "troops", "forces", "captured", "liberated", "retook", "recaptured"),
        *("encircled", "assault", "assaults", "advance", "advanced", "advancing"),
        *("offensive", "front", "frontline", "explosion", "explosions", "blast", "blasts"),
        *("occupied", "occupation", "evacuated", "evacuation", "killed", "wounded"),
        *("injured", "casualties", "destroyed", "damaged", "siege", "besieged", "battle"),
        *("withdrew", "defence", "defense", "defenders", "raid", "hit", "target"),
        *("targets", "targeted", "control", "encirclement", "surrounded", "enemy"),
        *("occupiers", "invaders", "counteroffensive", "counterattack", "positions"),
        *("capture", "seized", "liberation", "retreat", "retreated", "war"),
        *("battles", "clash", "clashes", "combat", "repelled", "counterattacks"),
        *("counterattacked", "shelled", "infantry", "brigade", "servicemen", "soldiers"),
        *("tanks", "mortar", "sabotage", "direction", "infiltrated", "advances", "gains"),
        *("weapons", "convoy", "invasion", "airstrike", "airstrikes", "munitions", "shot"),
        *("shots", "damage", "destruction", "ruins", "aftermath", "checkpoint", "soldier"),
    }
)
#: Words of the fighting at a front: on the ground, and by the guns, mortars, rocket
#: launchers, anti-tank missiles, armoured vehicles and first-person-view drones that
#: reach a few tens of km at most ("TOS", "Msta", "ATGM", "BMP", "FPV"). A place a
#: sentence with one names is, most likely, one near a front ("recaptured Urozhaine",
#: "a foothold in Krynky", "Russian troops in Kamianka", "mortar fire on Stepne").
GROUND_WORDS = frozenset(
    {
        *("captured", "capture", "liberated", "liberation", "retook", "recaptured"),
        *("seized", "encircled", "encirclement", "assault", "assaults", "stormed"),
        *("advance", "advanced", "advances", "advancing", "offensive", "counteroffensive"),
        *("frontline", "withdrew", "withdrawal", "retreat", "retreated", "clash", "clashes"),
        *("battle", "battles", "fighting", "fought", "counterattack", "counterattacks"),
        *("counterattacked", "repelled", "positions", "infiltrated", "gains", "foothold"),
        *("bridgehead", "trenches", "infantry", "entered", "pushed"),
        *("troops", "forces", "soldiers", "tanks", "tank", "checkpoint", "convoy", "column"),
        *("artillery", "shelling", "shelled", "mortar", "mortars", "howitzer", "howitzers"),
        *("mlrs", "grad", "tos", "msta", "uragan", "smerch", "atgm", "atgms", "bmp", "btr"),
        *("fpv",),
    }
)
#: How Ukrainian and Russian words of the fighting at a front begin.
CYRILLIC_GROUND_STEMS = (
    *("бої", "бои", "боя", "штурм", "наступа", "наступу", "наступі", "наступл", "позиц"),
    *("звільн", "освобо", "обстр", "артил", "міномет", "миномет"),
    *("захоп", "оточ", "окруж", "просун", "продвин", "відбил", "отбил", "зайшл", "зашл"),
    *("відступ", "отступ", "оставил", "оставлен", "залишил", "залишен"),
)
#: Words of what the war leaves where it passes: most of it is within artillery
#: range of a front, unless the sentence names a weapon that reaches anywhere
#: (``LONG_RANGE_WORDS``): "damage to the school in Hryhorivka" is by the front,
#: "a missile struck a bridge in Zatoka" need not be.
DAMAGE_WORDS = frozenset(
    {
        *("damage", "damaged", "destroyed", "destruction", "ruins", "rubble", "crater"),
        *("aftermath", "strike", "strikes", "struck", "hit", "explosion", "explosions"),
        *("burning", "burned", "burnt", "wrecked", "shot", "killed", "wounded"),
    }
)
#: How Ukrainian and Russian words of the war's damage begin.
CYRILLIC_DAMAGE_STEMS = (
    *("зруйн", "руйнув", "разруш", "пошкодж", "поврежд", "удар", "вибух", "взрыв"),
    *("загин", "погиб", "поранен", "ранен"),
)
#: Weapons that reach far behind a front: a place a sentence with one names may lie
#: anywhere (see ``DAMAGE_WORDS``).
LONG_RANGE_WORDS = frozenset(
    {
        *("missile", "missiles", "drone", "drones", "uav", "uavs", "airstrike"),
        *("airstrikes", "cruise", "ballistic", "shahed", "shaheds", "kalibr", "iskander"),
        *("kinzhal", "geran", "bomber", "bombers", "aircraft", "jets"),
    }
)
#: How Ukrainian and Russian words of such weapons begin.
CYRILLIC_LONG_RANGE_STEMS = (
    *("ракет", "дрон", "бпла", "шахед", "крилат", "крылат", "баліст", "баллист"),
    *("авіаудар", "авиаудар", "літак", "самолет"),
)
#: How Ukrainian and Russian words of the war begin, whatever their ending ("бої",
#: "боях"; "обстріляв", "обстрелы"; "наступають", "наступление"), and not as a
#: word of peace does ("наступного дня", the next day, is no offensive).
CYRILLIC_WAR_STEMS = (
    *("бої", "бои", "боя", "боях", "штурм", "наступа", "наступу", "наступі", "наступл"),
    *("атак", "удар", "обстр", "войск", "військ"),
    *("противник", "ворог", "окупант", "оккупант", "дрон", "ракет", "артилер", "артиллер"),
    *("позиц", "фронт", "звільн", "освобо", "захоп", "оточ", "окруж", "зсу", "всу"),
    *("зруйн", "разруш", "знищ", "уничтож", "вибух", "взрыв", "загин", "погиб"),
    *("поранен", "ранен", "оставл"),
)
#: Words before a name that narrow or widen the place, rather than join it into a
#: person's or a body's name ("Western Pennsylvania Kennel Association", "United Way
#: of Metropolitan Atlanta").
PLACE_QUALIFIERS = frozenset(
    {
        *COMPASS_WORDS,
        *("northern", "southern", "eastern", "western", "northeastern", "northwestern"),
        *("southeastern", "southwestern", "central", "upstate", "downstate"),
        *("metropolitan", "greater", "metro"),
    }
)
#: The abbreviations of Ukrainian and Russian words for a settlement, as official
#: reports write them before its name with a full stop ("с. Петрівка", "г. Шебекино",
#: "н.п. Кругляковка"): lowercase, since a capital letter and a full stop before a
#: surname is an initial ("С. Смирнов").
SETTLEMENT_ABBREVIATIONS_CYRILLIC = frozenset(
    {"с", "м", "г", "п", "х", "н.п", "нп", "смт", "пгт", "сел", "пос"}
)
#: Words for a settlement written whole before its name ("смт Великий Бурлук").
SETTLEMENT_WORDS_CYRILLIC = ("смт", "пгт", "поселок", "посёлок")
#: Ukrainian and Russian prepositions of place and motion ("у Харкові", "біля
#: Куп'янська", "под Угледаром", "из Шебекино"): as "in" and "near" are in English.
CYRILLIC_LOCATIVE_CUES = frozenset(
    {
        *("в", "у", "на", "до", "по", "від", "з", "із", "зі", "під", "над", "біля"),
        *("поблизу", "неподалік", "через", "між", "за", "навколо", "околиці", "околицях"),
        *("во", "из", "от", "под", "около", "возле", "вблизи", "между", "окрестностях"),
        *("к", "ко"),
        *("напрямку", "направлении", "районі", "районе", "селище", "село", "місто", "город"),
        # "в район Плещеевки", "в районах", "з боку Піщаного", "со стороны Щербиновки",
        # "на окраине Купянска": nouns of where, each before a name in the genitive.
        *("район", "районах", "боку", "сторони", "стороны", "окраине", "окраинах"),
        *SETTLEMENT_WORDS_CYRILLIC,
    }
)
#: The cases a Ukrainian preposition puts a name in, as the dictionaries tag them:
#: "по Дубно" is Dubno as written, not a vocative of Dubna.
_GENITIVE = frozenset({"gent", "gen2"})
LOCATIVE_CASES = frozenset({"loct", "loc2"})
_ACCUSATIVE = frozenset({"accs", "acc2"})
_INSTRUMENTAL = frozenset({"ablt"})
_DATIVE = frozenset({"datv"})
UKRAINIAN_GOVERNED_CASES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("в", "у", "на"), LOCATIVE_CASES | _ACCUSATIVE),
    **dict.fromkeys(("з", "із", "зі"), _GENITIVE | _INSTRUMENTAL),
    **dict.fromkeys(("під", "за"), _INSTRUMENTAL | _ACCUSATIVE),
    **dict.fromkeys(("над", "між", "перед"), _INSTRUMENTAL),
    "через": _ACCUSATIVE,
    "по": LOCATIVE_CASES | _ACCUSATIVE | _DATIVE,
    **dict.fromkeys(
        ("до", "від", "біля", "поблизу", "неподалік", "навколо", "довкола", "околиці"),
        _GENITIVE,
    ),
    **dict.fromkeys(
        ("околицях", "районі", "район", "районах", "боку", "сторони", "напрямку"), _GENITIVE
    ),
}
#: ... and a Russian one: "у Боровой" is Borova's genitive, where the dictionary
#: reads "Боровой" first as the nominative of a Siberian Borovoy.
RUSSIAN_GOVERNED_CASES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("в", "во", "на"), LOCATIVE_CASES | _ACCUSATIVE),
    **dict.fromkeys(("с", "со"), _GENITIVE | _INSTRUMENTAL),
    **dict.fromkeys(("под", "за"), _INSTRUMENTAL | _ACCUSATIVE),
    **dict.fromkeys(("над", "между", "перед"), _INSTRUMENTAL),
    "через": _ACCUSATIVE,
    "по": LOCATIVE_CASES | _ACCUSATIVE | _DATIVE,
    **dict.fromkeys(("к", "ко"), _DATIVE),
    **dict.fromkeys(("у", "до", "из", "от", "около", "возле", "вблизи"), _GENITIVE),
    **dict.fromkeys(
        (
            *("окрестностях", "районе", "район", "районах", "стороны"),
            *("направлении", "окраине", "окраинах"),
        ),
        _GENITIVE,
    ),
}
#: The nouns of commands, districts and offices, as the dictionaries read them, which
#: two adjectives may qualify: "Південного військового округу", "Южном федеральном
#: округе", "Центральної виборчої комісії".
COMMAND_WORDS = frozenset(
    {
        *("округ", "командування", "командование", "угруповання", "группировка"),
        *("фронт", "флот", "корпус", "армія", "армия", "управління", "управление"),
        *("комісія", "комиссия"),
    }
)
#: Prepositions a person's surname follows as readily as a place's name: "у Лаврова"
#: (at Lavrov's), "від Федорова", "от Соколова" (from them), "з Сирським" (with him),
#: "к Путину" (to him).
PERSONS_PREPOSITIONS = frozenset({"у", "від", "от", "з", "із", "зі", "с", "со", "к", "ко"})
#: Phrases that give a report's source, whose surname follows in the genitive: "по
#: словам Лаврова", "за словами Єрмака", "со слов Пескова" (according to them).
CYRILLIC_SOURCE_PHRASES = frozenset(
    {("по", "словам"), ("за", "словами"), ("со", "слов"), ("зі", "слів"), ("з", "слів")}
)
#: A monument, in either language and any case: the name after it is the person it
#: honours ("пам'ятник Шевченку", "памятника Ленину"), not a village of the name.
CYRILLIC_MONUMENT_STEMS = ("пам'ятник", "пам’ятник", "памятник")
#: Church feasts after "на" (on), in the accusative, which villages' names may
#: share: "на Трійцю" is at Trinity, not the village Трійця, "на Покрову" at the
#: Intercession, not the town Покров, which takes "у" and "в".
CYRILLIC_FEASTS = frozenset(
    {"трійцю", "троицу", "покрову", "покров", "великдень", "пасху", "різдво", "рождество"}
)
#: The words that govern a name's case in either language: never a name themselves,
#: though capitalised at a sentence's start ("Из Курска", not Izhevsk).
CYRILLIC_PREPOSITIONS = frozenset(UKRAINIAN_GOVERNED_CASES) | frozenset(RUSSIAN_GOVERNED_CASES)
#: How Ukrainian and Russian verbs of capture and assault begin, which a place's
#: name follows as it follows a preposition: "звільнили Піщане", "захопили
#: Синьківку", "освободили Новогродовку", "штурмують Часів Яр".
CYRILLIC_CAPTURE_STEMS = (
    *("звільн", "захопи", "захопл", "окупува", "освободи", "освобожд", "заняли", "занято"),
    *("оккупирова", "штурмува", "штурмую", "штурмова", "штурмуют", "атакува", "атакую"),
    *("атакова", "атакуют", "обстріля", "обстрілю", "обстреля", "обстрелива"),
)
#: Words before a name that say a place follows.
LOCATIVE_CUES = CYRILLIC_LOCATIVE_CUES | frozenset(
    {
        "in",
        "near",
        "at",
        "from",
        "to",
        "into",
        "outside",
        "around",
        "toward",
        "towards",
        "of",
        "across",
        "through",
        "via",
        "between",
        "and",
        "on",
        "over",
        "under",
        "beyond",
        "village",
        "town",
        "city",
        "settlement",
        "region",
        "oblast",
        "capital",
        "port",
        "outskirts",
        "liberated",
        "captured",
        "took",
        "retook",
        "shelled",
        "struck",
        "hit",
        "entered",
        "encircled",
        "surrounded",
        "besieged",
        "seized",
        "occupied",
        *("recaptured", "stormed", "bombed", "overran"),
        "along",
        "within",
        "inside",
        *COMPASS_WORDS,
        "visited",
        "visit",
        "left",
        "reached",
        "nearby",
        *("downtown", "uptown", "midtown", "rural", "suburban", "historic", "central", "greater"),
        "leaving",
        "past",
        "like",
        "including",
        "neighbouring",
        "neighboring",
    }
)
#: Entity labels that make a span a place.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Tags that mark a capitalised word as an ordinary word ("Mobile phones", "Reading ...").
COMMON_POS = frozenset(
    {"ADJ", "NOUN", "VERB", "ADP", "DET", "PRON", "AUX", "ADV", "CCONJ", "SCONJ"}
)
#: Words that name a following proper noun ("a hamlet called Dvorichna"); a
#: cue only after a settlement noun, since people are called things too.
NAMING_WORDS = frozenset({"called", "named", "dubbed"})
SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "settlement", "hamlet", "locality"})
#: The particles of German and Dutch surnames, written in lowercase before the name
#: ("Ursula von der Leyen", "Alexander Van der Bellen" aside): "Leyen" is no Leiden.
SURNAME_PARTICLES = frozenset({"von", "van"})
#: Articles that may stand between such a particle and the name.
SURNAME_ARTICLES = frozenset({"der", "den", "dem"})
#: Relatives before a name make it a person's ("their first child, Hailey,", "son
#: Bryan"), and the name a person's wherever else it stands alone.
KIN_WORDS = frozenset(
    {
        *("son", "daughter", "child", "baby", "wife", "husband", "brother", "sister"),
        *("mother", "father", "grandson", "granddaughter", "nephew", "niece", "widow"),
    }
)
#: Verbs of saying after a sentence-initial name make it a person ("Jackson said").
SPEECH_VERBS = frozenset(
    {"said", "says", "told", "added", "noted", "stated", "wrote", "argued", "explained", "asked"}
)
#: Verbs of saying or of a stand taken, after a name that opens a clause of its own
#: ("in Melitopol, Washington said"; "Мелітополь, Київ заявив"): the name is the
#: clause's subject, not the address of the name before it.
STATEMENT_VERBS = SPEECH_VERBS | frozenset(
    {
        *("announced", "warned", "reported", "claimed", "confirmed", "denied", "insisted"),
        *("urged", "pledged", "promised", "responded", "replied", "accused", "condemned"),
        *("заявив", "заявила", "заявили", "заявил", "повідомив", "повідомила", "повідомили"),
        *("сообщил", "сообщила", "сообщили", "наголосив", "подчеркнул"),
    }
)
#: Cues strong enough to keep a name that the text also uses as a person's surname.
ADDRESS_CUES = frozenset({"in", "near", "outside", "of"})
#: Titles that news copy writes before a person's name ("Sgt.", "Mayor", "President").
#: Written here because the one list a library offers (nameparser's) also counts
#: words such as "United", "First" and "Metropolitan" as titles.
TITLES = frozenset(
    {
        *("mr", "mrs", "ms", "miss", "dr", "prof", "rev", "sen", "sens", "rep", "reps", "gov"),
        *("sgt", "lt", "capt", "col", "maj", "cpl", "pvt", "det", "cmdr", "brig", "gen", "adm"),
        *("president", "senator", "governor", "mayor", "judge", "sheriff", "deputy", "officer"),
        *("detective", "trooper", "sergeant", "lieutenant", "captain", "colonel", "commander"),
        *("coach", "pastor", "reverend", "professor", "councilman", "councilwoman"),
        *("commissioner", "superintendent", "secretary", "minister", "ambassador"),
        *("spokesman", "spokeswoman", "attorney", "chairman", "chairwoman", "principal"),
    }
)
#: What follows a place opening a Ukrainian or Russian post as its dateline.
CYRILLIC_DATELINE_MARKS = frozenset({":", "—", "–", "."})
#: Ranks and roles a person's name follows in Ukrainian and Russian, by their
#: nominatives ("генерала Суровикина", "губернатор Гусєв"): no place is named after
#: one in the same case.
CYRILLIC_PERSON_TITLES = frozenset(
    {
        *("генерал", "полковник", "підполковник", "подполковник", "майор", "капітан"),
        *("капитан", "лейтенант", "сержант", "солдат", "рядовий", "рядовой", "адмірал"),
        *("адмирал", "маршал", "льотчик", "летчик", "лётчик", "полководець", "полководец"),
        *("губернатор", "міністр", "министр", "президент", "речник", "депутат", "посол"),
        *("письменник", "писатель", "поет", "поэт", "журналіст", "журналист", "боєць"),
        *("боец", "командувач", "командующий", "військкор", "военкор", "пілот", "пилот"),
    }
)
