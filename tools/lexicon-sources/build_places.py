#!/usr/bin/env python3
"""Builds crates/extract/data/lexicon/{places,demonyms,places_also_surnames}.txt.

Sources (see README.md in this folder for licences and attribution):
  --geonames   git dir of a GeoNames dump mirror (ali-hv/geobank-data):
               countryInfo.tsv, regionInfo.tsv (admin1 codes), cities15000.zip
  --demonyms   git dir of leo-holanda/cartogrify (src/app/country/country.data.ts)
  --census     git dir of muffinista/namey (US Census 1990 surname file
               data/dist.all.last at commit d42c86c^)
  --ssa        git dir of aramshiva/babies (US SSA national baby names)
plus the tables below, written for this project.

Prints counts per source, a random sample, conflicts with the lexicon's
other lists and coverage of sanity_places.txt.
"""

import argparse
import collections
import glob
import io
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexsrc  # noqa: E402

# Cities of 100,000 people or more, and every national capital.
CITY_MIN_POP = 100_000

# Other names for countries, as English-language news writes them.
COUNTRY_ALIASES = {
    "GB": ["Britain", "Great Britain", "UK", "U.K."],
    "US": ["United States of America", "America", "US", "U.S.", "USA",
           "U.S.A."],
    "CD": ["Congo", "DR Congo", "DRC", "Democratic Republic of Congo",
           "Congo-Kinshasa"],
    "CG": ["Congo", "Congo-Brazzaville", "Republic of Congo"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CZ": ["Czech Republic", "Czechia"],
    "MM": ["Myanmar", "Burma"],
    "NL": ["Netherlands", "Holland"],
    "MK": ["North Macedonia", "Macedonia"],
    "SZ": ["Eswatini", "Swaziland"],
    "TL": ["East Timor", "Timor-Leste"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "AE": ["UAE", "Emirates"],
    "KR": ["Korea"],
    "KP": ["DPRK"],
    "PS": ["Palestine", "Palestinian Territories", "Gaza", "Gaza Strip",
           "West Bank", "Occupied Palestinian Territories"],
    "TR": ["Türkiye", "Turkiye"],
    "RU": ["Russian Federation"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "BA": ["Bosnia", "Herzegovina"],
    "TT": ["Trinidad", "Tobago"],
    "AG": ["Antigua"],
    "KN": ["St Kitts", "St. Kitts", "Saint Kitts"],
    "LC": ["St Lucia", "St. Lucia"],
    "VC": ["St Vincent", "St. Vincent"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR"],
    "IR": ["Persia"],
    "LK": ["Ceylon"],
    "FM": ["Micronesia"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "BN": ["Brunei Darussalam"],
    "SY": ["Syrian Arab Republic"],
    "TW": ["Republic of China"],
    "CN": ["People's Republic of China", "PRC", "Mainland China"],
    "HK": ["Hong Kong SAR"],
    "MO": ["Macao"],
    "FK": ["Falklands", "Falkland Islands", "Malvinas"],
    "VI": ["US Virgin Islands", "U.S. Virgin Islands"],
    "XK": ["Kosova"],
}

# Capitals and large cities in other spellings, English exonyms GeoNames
# does not use as its main name, and names from recent renamings.
CITY_ALIASES = [
    "Washington, D.C.", "Washington DC", "D.C.", "New York City", "NYC",
    "Kiev", "Odessa", "Cologne", "Gothenburg", "Seville", "Mecca", "Medina",
    "Nuremberg", "Hanover", "Antwerp", "Ghent", "Bruges", "Florence",
    "Venice", "Genoa", "Turin", "Naples", "Milan", "Geneva", "Zurich",
    "Krakow", "Cracow", "Warsaw", "Prague", "Lisbon", "Copenhagen",
    "Bangalore", "Bombay", "Calcutta", "Madras", "Rangoon", "Saigon",
    "Peking", "Canton", "Sanaa", "Sana'a", "Jeddah", "Jiddah", "Tehran",
    "Teheran", "Ho Chi Minh City", "Astana", "Nur-Sultan", "Almaty",
    "Kyiv", "Kharkiv", "Lviv", "Dnipro", "Zaporizhzhia", "Luhansk",
    "Donetsk", "Mykolaiv", "Kherson", "Chernihiv", "Sumy", "Mariupol",
    "Beersheba", "Tel Aviv", "Jaffa", "Ramallah", "Nablus", "Hebron",
    "Jenin", "Rafah", "Khan Younis", "Khan Yunis", "Gaza City", "Sidon",
    "Tyre", "Mosul", "Fallujah", "Raqqa", "Idlib", "Homs", "Kandahar",
    "Herat", "Mazar-i-Sharif", "Peshawar", "Quetta", "Karachi", "Lahore",
    "Rawalpindi", "Chittagong", "Chattogram", "Kathmandu", "Colombo",
    "Thimphu", "Mandalay", "Naypyidaw", "Phnom Penh", "Vientiane",
    "Quebec City", "Montreal", "Marseille", "Marseilles", "Lyon", "Lyons",
    "Bucharest", "Belgrade", "Sofia", "Tbilisi", "Yerevan", "Baku",
    "Minsk", "Vilnius", "Riga", "Tallinn", "Helsinki", "St Petersburg",
    "St. Petersburg", "Saint Petersburg", "Mexico City", "Guatemala City",
    "Panama City", "Kuwait City", "Vatican City", "Macau", "Goma",
    "Bukavu", "Juba", "Mogadishu", "Timbuktu", "Davos", "Kabul",
    "Port-au-Prince", "Fez", "Marrakech", "Marrakesh", "Tangier",
]

# Continents, world regions, regions inside countries that news names
# like places, and geographic features often in the news.
REGIONS = [
    # continents (GeoNames continent codes AF AS EU NA OC SA AN)
    "Africa", "Asia", "Europe", "North America", "South America",
    "Oceania", "Antarctica", "Australasia", "Americas", "Eurasia",
    # world regions
    "Latin America", "Middle East", "Near East", "Far East",
    "Sub-Saharan Africa", "North Africa", "West Africa", "East Africa",
    "Central Africa", "Southern Africa", "Horn of Africa", "Sahel",
    "Maghreb", "Levant", "Gulf", "Persian Gulf", "Arabian Peninsula",
    "Southeast Asia", "South-East Asia", "South Asia", "East Asia",
    "Central Asia", "North Asia", "West Asia", "Asia-Pacific",
    "Indo-Pacific", "Western Europe", "Eastern Europe", "Central Europe",
    "Northern Europe", "Southern Europe", "Balkans", "Western Balkans",
    "Baltics", "Baltic states", "Scandinavia", "Nordics", "Caucasus",
    "South Caucasus", "North Caucasus", "Central America", "Caribbean",
    "Andes", "Patagonia", "Amazon", "Amazonia", "Siberia", "Anatolia",
    "Mesopotamia", "Kurdistan", "Balochistan", "Baluchistan", "Kashmir",
    "Punjab", "Bengal", "Tibet", "Xinjiang", "Manchuria", "Inner Mongolia",
    "Darfur", "Tigray", "Donbas", "Donbass", "Crimea", "Transnistria",
    "Abkhazia", "South Ossetia", "Nagorno-Karabakh", "Karabakh",
    "Golan Heights", "Golan", "Sinai", "Negev", "Galilee", "Judea",
    "Samaria", "Gaza Strip", "West Bank", "East Jerusalem", "Kurdistan Region",
    "Catalonia", "Basque Country", "Flanders", "Wallonia", "Bavaria",
    "Lapland", "Greenland", "Arctic", "Antarctic", "Pacific Islands",
    "Polynesia", "Melanesia", "Micronesia", "Borneo", "Sumatra", "Java",
    "Bali", "Mindanao", "Luzon", "Hokkaido", "Honshu", "Okinawa",
    "Kyushu", "Sicily", "Sardinia", "Corsica", "Crete", "Cyprus",
    # Britain and Ireland
    "England", "Scotland", "Wales", "Northern Ireland", "Ulster",
    "Great Britain", "British Isles", "Home Counties", "Midlands",
    "West Midlands", "East Midlands", "East Anglia", "West Country",
    "Yorkshire", "Cornwall", "Highlands", "Scottish Highlands",
    # North America
    "Midwest", "New England", "Deep South", "Pacific Northwest",
    "Bay Area", "San Francisco Bay Area", "Silicon Valley", "Wall Street",
    "Gulf Coast", "West Coast", "East Coast", "Sun Belt", "Rust Belt",
    "Bible Belt", "Appalachia", "Great Plains", "Rockies",
    "Rocky Mountains", "Florida Keys", "Long Island", "Manhattan",
    "Brooklyn", "Bronx", "Queens", "Staten Island", "Capitol Hill",
    "Hollywood", "Las Vegas Strip", "Alaska", "Hawaii", "Puerto Rico",
    "Guam",
    # seas, oceans, straits, rivers, mountains, deserts
    "Pacific", "Pacific Ocean", "Atlantic", "Atlantic Ocean",
    "Indian Ocean", "Arctic Ocean", "Southern Ocean", "Mediterranean",
    "Mediterranean Sea", "Red Sea", "Black Sea", "Caspian Sea",
    "Baltic Sea", "North Sea", "Aegean", "Aegean Sea", "Adriatic",
    "Irish Sea", "Dead Sea", "Sea of Azov", "Arabian Sea",
    "South China Sea", "East China Sea", "Yellow Sea", "Sea of Japan",
    "Gulf of Aden", "Gulf of Mexico", "Gulf of America", "Gulf of Oman",
    "Bay of Bengal", "Caribbean Sea", "Strait of Hormuz", "Hormuz",
    "Taiwan Strait", "Strait of Malacca", "Bosphorus", "Dardanelles",
    "English Channel", "Channel", "Suez Canal", "Panama Canal",
    "Bab el-Mandeb", "Kerch Strait", "Nile", "Danube", "Rhine", "Thames",
    "Volga", "Dnipro River", "Dnieper", "Euphrates", "Tigris", "Jordan River",
    "Yangtze", "Yellow River", "Mekong", "Ganges", "Indus", "Amazon River",
    "Mississippi", "Mississippi River", "Rio Grande", "Congo River",
    "Niger River", "Zambezi", "Himalayas", "Himalaya", "Alps",
    "Pyrenees", "Carpathians", "Urals", "Hindu Kush", "Karakoram",
    "Mount Everest", "Everest", "Kilimanjaro", "Mont Blanc", "Sahara",
    "Sahara Desert", "Gobi", "Gobi Desert", "Kalahari", "Atacama",
    "Great Lakes", "Lake Victoria", "Lake Chad", "Great Barrier Reef",
    "Outback", "Serengeti",
]

# Divisions' suffixes that news usually leaves off ("Kano State" -> "Kano").
ADMIN_SUFFIXES = [
    " County", " State", " Department", " Province", " Division",
    " Governorate", " Region", " Oblast", " Prefecture", " District",
    " Municipality", " Voivodeship", " Krai", " Republic", " Parish",
    " Canton", " Emirate", " Territory", " Islands",
]

# Generic words that a division's name alone must not be.
GENERIC = {
    "central", "centre", "center", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "north east",
    "north west", "south east", "south west", "northeast", "northwest",
    "southeast", "southwest", "upper", "lower", "capital", "federal",
    "greater", "middle", "coast", "coastal", "lakes", "littoral",
    "plateau", "unity", "delta", "islands", "island", "interior",
    "metropolitan", "national", "special", "autonomous", "city", "state",
    "nord", "sud", "est", "ouest", "centro", "norte", "sur", "oriental",
    "occidental", "mountain", "highland", "lowland", "savannah", "savanes",
    "plateaux", "lagunes", "river", "rivers", "valley", "border",
    "frontier", "lake", "sea",
}

# Cities whose names are common English words, kept because news names
# them as places far more often than it uses the word with a capital.
KEEP_WORD_CITIES = {
    "Nice", "Reading", "Split", "Cork", "Bologna", "Wellington", "Buffalo",
    "Providence", "Phoenix", "Anchorage", "Boulder", "Tours", "Bath",
    "Harrow", "Queens", "Male", "Chad", "Turkey", "Guinea", "Jersey",
    "Georgia", "Jordan", "Niger", "China", "Panama", "Malta", "Cuba",
    "Wales", "Bangor", "Mobile",
}

# Demonyms the cartogrify table lacks: peoples, regions and groups that
# news names like nationalities.
EXTRA_DEMONYMS = [
    "Québécois", "Quebecois", "Quebecer", "Quebecker", "Scot", "Scots",
    "Scottish", "Welsh", "English", "Englishman", "Englishwoman",
    "Northern Irish", "Ulsterman", "Briton", "Britons", "Brit", "Brits",
    "British", "Irishman", "Irishwoman", "Kurd", "Kurds", "Kurdish",
    "Palestinian", "Palestinians", "Catalan", "Catalans", "Basque",
    "Basques", "Flemish", "Walloon", "Tibetan", "Tibetans", "Uyghur",
    "Uyghurs", "Uighur", "Uighurs", "Hawaiian", "Texan", "Texans",
    "Californian", "Californians", "Floridian", "New Yorker", "New Yorkers",
    "Bavarian", "Sicilian", "Corsican", "Sardinian", "Chechen", "Chechens",
    "Tatar", "Tatars", "Crimean", "Punjabi", "Bengali", "Tamil", "Tamils",
    "Kashmiri", "Kashmiris", "Sindhi", "Pashtun", "Pashtuns", "Hazara",
    "Baloch", "Baluch", "Rohingya", "Yazidi", "Yazidis", "Druze",
    "Kosovar", "Kosovars", "Kosovan", "Bosniak", "Bosniaks", "Serb",
    "Serbs", "Croat", "Croats", "Slovene", "Slovenes", "Pole", "Poles",
    "Turk", "Turks", "Swede", "Swedes", "Dane", "Danes", "Finn", "Finns",
    "Spaniard", "Spaniards", "Frenchman", "Frenchwoman", "Dutchman",
    "Dutchwoman", "Kiwi", "Kiwis", "Aussie", "Aussies", "Arab", "Arabs",
    "Arabian", "Persian", "Persians", "Latino", "Latinos", "Latina",
    "Latinas", "Hispanic", "Hispanics", "European", "Europeans",
    "African", "Africans", "Asian", "Asians", "Latin American",
    "Latin Americans", "Middle Eastern", "North African", "West African",
    "East African", "South Asian", "East Asian", "Southeast Asian",
    "Central Asian", "Central American", "Caribbean", "Scandinavian",
    "Scandinavians", "Nordic", "Baltic", "Balkan", "Caucasian",
    "Pacific Islander", "Pacific Islanders", "Maori", "Māori",
    "Aboriginal", "Inuit", "Emirati", "Emiratis", "Congolese",
    "Taiwanese", "Hong Konger", "Hong Kongers", "Macanese", "Sahrawi",
    "Greenlandic", "Greenlander", "Faroese", "Manx", "Gibraltarian",
    "Puerto Rican", "Puerto Ricans", "Guamanian", "Cornish", "Breton",
    "Galician", "Andalusian", "Lombard", "Venetian", "Neapolitan",
    "Muscovite", "Muscovites", "Parisian", "Parisians", "Londoner",
    "Londoners", "Berliner", "Berliners", "Soviet", "Soviets",
    "Yugoslav", "Ottoman", "Byzantine", "Afrikaner", "Afrikaners",
    "Zulu", "Xhosa", "Yoruba", "Igbo", "Hausa", "Fulani", "Amhara",
    "Oromo", "Tigrayan", "Tigrayans", "Somali", "Somalis", "Somalian",
    "Uzbek", "Uzbeks", "Kazakh", "Kazakhs", "Kyrgyz", "Tajik",
    "Tajiks", "Turkmen", "Azeri", "Azeris", "Mongol", "Mongols",
    "Filipino", "Filipinos", "Filipina", "Thai", "Lao", "Khmer",
    "Burmese", "Malay", "Malays", "Javanese", "Sinhalese", "Nepali",
    "Nepalese", "Afghan", "Afghans", "Saudi", "Saudis", "Israeli",
    "Israelis", "American", "Americans", "Yankee", "Yankees",
    "Canadian", "Canadians", "Mexican", "Mexicans", "Anglo",
    "Cypriot", "Cypriots", "Greek Cypriot", "Turkish Cypriot",
    # countries the cartogrify table leaves empty or covers in part
    "Australian", "Australians", "Singaporean", "Singaporeans", "Korean",
    "Koreans", "North Korean", "North Koreans", "New Zealander",
    "New Zealanders",
]


def parse_country_info(text):
    rows = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        rows.append({"iso": f[0], "name": f[4], "capital": f[5],
                     "continent": f[8], "geonameid": f[16]})
    return rows


def parse_regions(text):
    rows = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name, ascii_name, _gid = line.split("\t")[:4]
        rows.append((code, name, ascii_name))
    return rows


def parse_cities(zbytes):
    with zipfile.ZipFile(io.BytesIO(zbytes)) as z:
        text = z.read("cities15000.txt").decode("utf-8")
    rows = []
    for line in text.splitlines():
        f = line.split("\t")
        rows.append({"name": f[1], "ascii": f[2], "fclass": f[6],
                     "fcode": f[7], "cc": f[8], "pop": int(f[14] or 0)})
    return rows


def parse_cartogrify(text):
    """adjectivals and demonyms per country code from country.data.ts."""
    out = {}
    for m in re.finditer(r"(\w+):\s*\{\s*adjectivals:\s*\[([^\]]*)\],\s*"
                         r"demonyms:\s*\[([^\]]*)\]", text):
        code = m.group(1)
        adjs = re.findall(r'"([^"]+)"', m.group(2))
        dems = re.findall(r'"([^"]+)"', m.group(3))
        out[code] = (adjs, dems)
    return out


def title(s):
    small = {"and", "of", "the"}
    parts = re.split(r"([ -])", s)
    out = []
    for p in parts:
        if p in (" ", "-") or (p in small and out):
            out.append(p)
        elif p.startswith("u.s."):
            out.append(p.upper())
        elif p.startswith("ni") and p == "ni":
            out.append("Ni")
        else:
            out.append(p[:1].upper() + p[1:])
    return "".join(out)


def good_shape(name):
    return len(name) >= 2 and name[0].isupper() \
        and not re.search(r"[0-9()\[\];/]", name)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--geonames", required=True)
    ap.add_argument("--demonyms", required=True)
    ap.add_argument("--census", required=True)
    ap.add_argument("--ssa", required=True)
    ap.add_argument("--out", default=lexsrc.LEXICON)
    args = ap.parse_args()

    common = lexsrc.lower_words(lexsrc.SCOWL_SMALL)
    conflicts_lists = lexsrc.lexicon_set(
        "function_words.txt", "not_person_words.txt", "titles.txt",
        "role_heads.txt", "person_titles.txt", "pronouns.tsv",
        "prepositions.txt", "honorifics.tsv")
    base_given = {}
    with open(os.path.join(lexsrc.HERE, "given_names_base.tsv"),
              encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                base_given[line.split("\t")[0]] = line.split("\t")[1].strip()

    # US Census 1990 surnames: frequency in per cent of the population.
    surname_freq = {}
    for line in lexsrc.git_text(args.census,
                                lexsrc.CENSUS_SURNAMES).splitlines():
        f = line.split()
        if len(f) >= 2:
            surname_freq[f[0]] = float(f[1])
    # SSA births per given name, 1880-2023.
    ssa = collections.Counter()
    for path in lexsrc.git_ls(args.ssa, "names/"):
        if not re.search(r"yob\d{4}\.txt$", path):
            continue
        for line in lexsrc.git_text(args.ssa, path).splitlines():
            n, _s, c = line.strip().split(",")
            ssa[n] += int(c)

    places = {}   # name -> source label
    dropped = collections.defaultdict(list)
    counts = collections.Counter()

    def add(name, source):
        name = name.strip()
        if not name or not good_shape(name):
            dropped["shape"].append(name)
            return
        if name not in places:
            places[name] = source
            counts[source] += 1

    # Countries and capitals.
    countries = parse_country_info(lexsrc.git_text(args.geonames,
                                                   "countryInfo.tsv"))
    capitals = set()
    for c in countries:
        add(c["name"], "geonames-country")
        if c["capital"]:
            add(c["capital"], "geonames-capital")
            capitals.add(c["capital"])
    for iso, names in COUNTRY_ALIASES.items():
        for n in names:
            add(n, "curated-country-alias")

    # Cities.
    cities = parse_cities(lexsrc.git_show(args.geonames, "cities15000.zip"))
    for c in sorted(cities, key=lambda c: -c["pop"]):
        if c["fclass"] != "P":
            continue
        if c["pop"] < CITY_MIN_POP and c["fcode"] != "PPLC":
            continue
        for n in {c["name"], c["ascii"] if c["ascii"] == lexsrc.fold(c["name"])
                  else c["name"]}:
            words = n.split()
            if len(words) == 1 and n.lower() in common \
                    and n not in KEEP_WORD_CITIES and n not in capitals:
                dropped["city is a common word"].append(n)
                continue
            if len(words) == 1 and n in base_given and n not in capitals \
                    and c["pop"] < 500_000 and c["fcode"] not in ("PPLC", "PPLA") \
                    and n not in KEEP_WORD_CITIES:
                dropped["city is a given name"].append(n)
                continue
            add(n, "geonames-city")
    for n in CITY_ALIASES:
        add(n, "curated-city-alias")

    # First-level divisions.
    for code, name, ascii_name in parse_regions(
            lexsrc.git_text(args.geonames, "regionInfo.tsv")):
        forms = {name}
        if ascii_name == lexsrc.fold(name):
            forms.add(ascii_name)
        for form in list(forms):
            for suf in ADMIN_SUFFIXES:
                if form.endswith(suf) and len(form) > len(suf) + 2:
                    forms.add(form[: -len(suf)])
        for n in sorted(forms):
            if "." in n or n.lower().startswith(("city state ", "state of ")):
                dropped["division oddly written"].append(n)
                continue
            if n.lower() in GENERIC or (" " not in n and n.lower() in common
                                        and n not in KEEP_WORD_CITIES):
                dropped["division is a generic or common word"].append(n)
                continue
            add(n, "geonames-admin1")

    for n in REGIONS:
        add(n, "curated-region-or-feature")

    # Conflicts with the lexicon's other lists: reported; places that are
    # function words or titles are left out.
    # function_words.txt leaves out words in capitals ("US", "IT").
    conflicts = sorted((n, conflicts_lists[n.lower()]) for n in places
                       if n.lower() in conflicts_lists
                       and not (n.isupper() and len(n) > 1))
    for n, lst in conflicts:
        if lst in ("function_words.txt", "titles.txt", "pronouns.tsv",
                   "prepositions.txt", "honorifics.tsv", "person_titles.txt"):
            del places[n]
            dropped["conflict with " + lst].append(n)

    names = sorted(places, key=lambda s: (lexsrc.fold(s).lower(), s))
    header = [
        "Place names: countries (and the short and other names news uses for",
        "them), capitals, first-level divisions, cities of 100,000 people or",
        "more, continents, world regions and geographic features often in the",
        "news. One name a line, as written. A lone capitalised word here is a",
        "place rather than a surname; see places_also_surnames.txt for names",
        "that are people's names too. Built by tools/lexicon-sources/",
        "build_places.py; do not edit by hand.",
        "Sources: GeoNames (geonames.org) countryInfo, admin1 codes and",
        "cities15000, CC BY 4.0, \"Data from GeoNames (www.geonames.org)\";",
        "country aliases, exonyms, regions and features written for this",
        "project (MIT OR Apache-2.0). Cities whose name is a common English",
        "word or a given name from given_names_base.tsv are left out (a few",
        "famous ones kept).",
    ]
    lexsrc.write_list(os.path.join(args.out, "places.txt"), header, names)

    # Places that are people's names too.
    also = []
    for n in names:
        if " " in n or "." in n:
            continue
        up = n.upper().replace("-", "").replace("'", "")
        freq = surname_freq.get(up, 0.0)
        if freq >= 0.003 or ssa.get(n, 0) >= 10_000 or n in base_given:
            also.append(n)
    header_also = [
        "Places from places.txt that are also people's names: US Census 1990",
        "surnames given to 0.003% of people or more (about the 4,500 most",
        "common; public domain), or given names with 10,000 US births or more",
        "in 1880-2023 (US Social Security Administration, public domain).",
        "\"Mr London\" or \"Lincoln said\" is a person; a lone \"London\" a",
        "place. Built by tools/lexicon-sources/build_places.py.",
    ]
    also_header_and_list = (header_also, also)

    # Demonyms.
    carto = parse_cartogrify(lexsrc.git_text(
        args.demonyms, "src/app/country/country.data.ts"))
    dem = set()
    # Words in the table that are names of places, not of people.
    country_lower = {n.lower() for n, src in places.items()
                     if src in ("geonames-country", "geonames-capital")}
    country_lower.update(n.lower() for n in REGIONS + CITY_ALIASES)
    for names_ in COUNTRY_ALIASES.values():
        country_lower.update(n.lower() for n in names_)
    country_lower.update(("svalbard", "jan mayen", "bonaire", "biot",
                          "sint eustatius", "saba"))
    for code, (adjs, dems) in carto.items():
        for w in adjs + dems:
            if "," in w or "." in w or " and " in w \
                    or w.lower() in country_lower:
                continue
            dem.add(title(w))
    dem_carto = set(dem)
    dem.update(EXTRA_DEMONYMS)
    nationalities = {e.lower() for e in lexsrc.lexicon_entries(
        "nationalities.txt")}
    dem_names = sorted(dem, key=lambda s: (lexsrc.fold(s).lower(), s))
    header_dem = [
        "Nationality and people words, adjectives and nouns (American,",
        "Americans, British, Briton, Québécois), as written. Unlike",
        "nationalities.txt (words that open a title), this is every such",
        "word. Built by tools/lexicon-sources/build_places.py.",
        "Sources: leo-holanda/cartogrify src/app/country/country.data.ts",
        "(MIT, Copyright (c) 2023 Leonardo Holanda), plus peoples and",
        "regional words written for this project.",
    ]
    lexsrc.write_list(os.path.join(args.out, "demonyms.txt"), header_dem,
                      dem_names)
    # A place spelled like a demonym ("German", a Bulgarian village's
    # division) is left out of places.txt, unless written for this project.
    dem_lower = {d.lower() for d in dem_carto}
    clash = [n for n in names if n.lower() in dem_lower
             and places[n] in ("geonames-city", "geonames-admin1")]
    for n in clash:
        dropped["place is a demonym"].append(n)
    names = [n for n in names if n not in clash]
    lexsrc.write_list(os.path.join(args.out, "places.txt"), header, names)

    also = [n for n in also if n not in clash]
    lexsrc.write_list(os.path.join(args.out, "places_also_surnames.txt"),
                      header_also, also)

    # Report.
    print("== places.txt")
    print("GeoNames snapshot:", lexsrc.git_head(args.geonames))
    for src, n in sorted(counts.items()):
        print(f"  {src:28} {n:6}")
    print(f"  {'total (after dropping)':28} {len(names):6}")
    for why, items in sorted(dropped.items()):
        print(f"  dropped, {why}: {len(items)}: {', '.join(sorted(set(items))[:60])}")
    print("conflicts with other lexicon lists:")
    for n, lst in conflicts:
        print(f"  {n}: {lst}")
    print("random sample of 40 places:")
    print("  " + "; ".join(lexsrc.sample(names)))
    print(f"== places_also_surnames.txt: {len(also)}")
    print("  " + ", ".join(also[:400]))
    print(f"== demonyms.txt: {len(dem_names)} (cartogrify {len(dem_carto)}, "
          f"curated {len(EXTRA_DEMONYMS)})")
    print("  nationalities.txt words not in demonyms.txt:",
          sorted(nationalities - {d.lower() for d in dem}))
    print("  conflicts:", sorted((d, conflicts_lists[d.lower()])
                                 for d in dem_names
                                 if d.lower() in conflicts_lists))
    sanity = lexsrc.read_sanity(os.path.join(lexsrc.HERE, "sanity_places.txt"))
    known = set(names)
    miss = [alts[0] for alts in sanity if not any(a in known for a in alts)]
    print(f"== coverage of sanity_places.txt: {len(sanity) - len(miss)}"
          f"/{len(sanity)}; missing: {', '.join(miss)}")


if __name__ == "__main__":
    main()
