#!/usr/bin/env python3
"""Builds crates/extract/data/lexicon/given_names.tsv (Name<TAB>m|f|u) and
given_names_common_words.txt.

Sources (see README.md in this folder for licences and attribution):
  given_names_base.tsv      the hand-curated list as it stood (US Census 1990
                            based); every entry is kept as it is
  --ssa DIR                 aramshiva/babies: US Social Security
                            Administration national baby names 1880-2023
  --wikidata DIR            commenthol/wikidata-names: labels of every
                            Wikidata male / female / unisex given-name item
  --wikidata-en DIR         EdJoPaTo/wikidata-person-names: English labels
                            of the same classes (a newer, partial snapshot)
  --popular DIR             sigpwned/popular-names-by-country-dataset:
                            most popular forenames of 106 countries
  given_names_curated.tsv   names written for this project (pinyin, Korean,
                            Vietnamese and a few others)
  --places FILE             places.txt from build_places.py (run it first)
  --census DIR              muffinista/namey: US Census 1990 surnames, to
                            keep common surnames out ("Jones", "Garcia")

A new name is left out of given_names.tsv when it is not written in Latin
letters, is oddly shaped, clashes with another lexicon list, or is a place
a common English word or a common US surname; a name left out for the last
three reasons that is clearly also a given name goes to
given_names_common_words.txt instead.
Prints counts, samples, conflicts and coverage of sanity_given_names.txt.
"""

import argparse
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexsrc  # noqa: E402

SSA_MIN = 500          # births 1880-2023 for an SSA name to count
SSA_SURE = 5_000       # births that make a word-like name clearly a name
SEX_SHARE = 0.9        # share of births of one sex to tag m or f
SURNAME_FREQ = 0.005   # per cent of Americans (1990) with the surname: the
                       # 3,000 or so most common US surnames

MONTHS_DAYS = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}

# Titles, ranks and forms of address that some sources list as given names.
NOT_NAMES = {
    "mister", "master", "sir", "madam", "madame", "miss", "lady", "lord",
    "king", "queen", "prince", "princess", "duke", "duchess", "earl",
    "baron", "baroness", "count", "countess", "sheikh", "shaikh", "sheik",
    "emir", "sultan", "shah", "raja", "rajah", "rani", "begum", "pasha",
    "bey", "effendi", "sahib", "sri", "shri", "pandit", "mullah", "imam",
    "ayatollah", "rabbi", "pastor", "reverend", "bishop", "deacon",
    "saint", "pope", "caliph", "tsar", "czar", "kaiser", "pharaoh",
    "messiah", "prophet", "judge", "justice", "major", "general",
    "colonel", "captain", "admiral", "sergeant", "marshal", "commander",
    "president", "chancellor", "senator", "governor", "mayor", "doctor",
    "professor", "junior", "senior", "baby", "boy", "girl", "unknown",
    "anonymous", "infant", "male", "female", "the", "and", "von", "van",
    "del", "della", "der", "den", "des", "ibn", "bin", "bint", "abu",
    "al", "el", "da", "de", "di", "du", "la", "le", "mac", "mc",
}

NAME_RE = re.compile(r"^[^\W\d_][^\W\d_]*(?:['’-][^\W\d_]+)*$")


def load_tsv(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, _, sex = line.rstrip("\n").partition("\t")
                out[name.strip()] = (sex.strip() or "u")
    return out


def ssa_counts(repo):
    births = collections.defaultdict(collections.Counter)
    for path in lexsrc.git_ls(repo, "names/"):
        if not re.search(r"yob\d{4}\.txt$", path):
            continue
        for line in lexsrc.git_text(repo, path).splitlines():
            n, s, c = line.strip().split(",")
            births[n][s.lower()] += int(c)
    return births


def wikidata_labels(repo):
    out = collections.defaultdict(set)
    for fname, sex in (("male", "m"), ("female", "f"), ("unisex", "u")):
        for n in json.loads(lexsrc.git_text(repo, f"data/{fname}.json")):
            out[n.strip()].add(sex)
    return out


def wikidata_en_labels(repo):
    text = lexsrc.git_text(repo, "index.ts")
    out = collections.defaultdict(set)
    for block in re.finditer(r"export const (\w+): readonly string\[\] = "
                             r"\[(.*?)\];", text, re.S):
        sex = {"MALE": "m", "FEMALE": "f", "UNISEX": "u"}.get(block.group(1))
        if not sex:
            continue
        for n in re.findall(r'"((?:[^"\\]|\\.)*)"', block.group(2)):
            out[json.loads('"' + n + '"').strip()].add(sex)
    return out


def popular_names(repo):
    import csv
    import io
    text = lexsrc.git_show(repo, "common-forenames-by-country.csv")
    out = collections.defaultdict(set)
    for row in csv.DictReader(io.StringIO(text.decode("utf-8-sig"))):
        sex = {"M": "m", "F": "f"}.get(row["Gender"], "u")
        for n in (row["Romanized Name"], row["Localized Name"]):
            n = n.strip()
            if n:
                out[n].add(sex)
    return out


def good_shape(name):
    if not (2 <= len(name) <= 20) or not NAME_RE.match(name):
        return False
    if not lexsrc.is_latin(name) or not name[0].isupper():
        return False
    if not any(c.islower() for c in name):
        return False
    return True


def sex_of(votes):
    votes = set(votes) - {None}
    if votes == {"m"}:
        return "m"
    if votes == {"f"}:
        return "f"
    return "u"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--ssa", required=True)
    ap.add_argument("--wikidata", required=True)
    ap.add_argument("--wikidata-en", required=True)
    ap.add_argument("--popular", required=True)
    ap.add_argument("--census", required=True)
    ap.add_argument("--places",
                    default=os.path.join(lexsrc.LEXICON, "places.txt"))
    ap.add_argument("--out", default=lexsrc.LEXICON)
    args = ap.parse_args()

    base = load_tsv(os.path.join(lexsrc.HERE, "given_names_base.tsv"))
    curated = load_tsv(os.path.join(lexsrc.HERE, "given_names_curated.tsv"))
    common = lexsrc.lower_words(lexsrc.SCOWL_SMALL)
    medium = lexsrc.lower_words(lexsrc.SCOWL_MEDIUM + lexsrc.SCOWL_LARGE)
    surname_freq = {}
    for line in lexsrc.git_text(args.census, lexsrc.CENSUS_SURNAMES
                                ).splitlines():
        f = line.split()
        if len(f) >= 2:
            surname_freq[f[0]] = float(f[1])
    places = {p.lower() for p in lexsrc.lexicon_entries(args.places)}
    demonyms = {d.lower() for d in lexsrc.lexicon_entries("demonyms.txt")}
    clash_lists = lexsrc.lexicon_set(
        "function_words.txt", "not_person_words.txt", "titles.txt",
        "role_heads.txt", "person_titles.txt", "honorifics.tsv",
        "pronouns.tsv", "prepositions.txt", "nationalities.txt",
        "cue_verbs.txt", "name_particles.txt", "group_nouns.txt",
        "descriptors.txt")

    # Candidates and the sources that give them.
    ssa = ssa_counts(args.ssa)
    ssa_total = {n: sum(c.values()) for n, c in ssa.items()}
    sources = collections.defaultdict(dict)   # name -> source -> sex votes
    raw = collections.Counter()
    for n, c in ssa.items():
        total = sum(c.values())
        if total >= SSA_MIN:
            share_m = c["m"] / total
            sex = "m" if share_m >= SEX_SHARE else \
                "f" if share_m <= 1 - SEX_SHARE else "u"
            sources[n]["ssa"] = {sex}
            raw["ssa"] += 1
    for label, table in (("wikidata", wikidata_labels(args.wikidata)),
                         ("wikidata-en", wikidata_en_labels(args.wikidata_en)),
                         ("popular-by-country", popular_names(args.popular))):
        for n, sexes in table.items():
            sources[n][label] = sexes
            raw[label] += 1
    for n, sex in curated.items():
        sources[n]["curated"] = {sex}
        raw["curated"] += 1
    # Names written with diacritics, also as news often writes them without.
    for n in list(sources):
        f = lexsrc.fold(n)
        if f != n and f not in sources:
            sources[f]["folded"] = set().union(*sources[n].values())
            raw["folded"] += 1

    strong = dict(base)     # name -> sex: given_names.tsv
    weak = {}               # name -> sex: given_names_common_words.txt
    why = collections.defaultdict(list)
    contributed = collections.Counter()
    clashes = []
    for n in sorted(sources):
        if n in base:
            continue
        src = sources[n]
        low = n.lower()
        if not good_shape(n):
            why["shape or script"].append(n)
            continue
        wd_only = set(src) <= {"wikidata", "wikidata-en", "folded"}
        if wd_only and len(n) < 3:
            why["two letters, Wikidata only"].append(n)
            continue
        if low in NOT_NAMES:
            why["title or not a name"].append(n)
            continue
        sure = ssa_total.get(n, 0) >= SSA_SURE or "popular-by-country" in src \
            or "curated" in src
        if "ssa" in src and ssa_total.get(n, 0) >= SSA_MIN:
            sex = next(iter(src["ssa"]))
        else:
            sex = sex_of(set().union(*src.values()))
        if low in clash_lists or low in demonyms:
            lst = clash_lists.get(low, "demonyms.txt")
            # A name that is clearly a given name too ("Will", "May",
            # "Finn") is weak evidence; speech verbs ("Said") are not.
            to_weak = sure and lst != "cue_verbs.txt" and low != "said"
            clashes.append((n, lst, to_weak))
            if to_weak:
                weak[n] = sex
            why["clash with another lexicon list"
                + (" (to common words list)" if to_weak else " (left out)")
                ].append(n)
            continue
        if low in places or low in MONTHS_DAYS or low in common:
            reason = "place" if low in places else "month or day" \
                if low in MONTHS_DAYS else "common English word"
            if sure or (low in places and ssa_total.get(n, 0) >= 1_000):
                weak[n] = sex
                why[reason + " (to common words list)"].append(n)
            else:
                why[reason + " (left out)"].append(n)
            continue
        if surname_freq.get(n.upper(), 0.0) >= SURNAME_FREQ:
            if ssa_total.get(n, 0) >= SSA_SURE or "curated" in src:
                weak[n] = sex
                why["common surname (to common words list)"].append(n)
            else:
                why["common surname (left out)"].append(n)
            continue
        if low in medium and not (sure or ssa_total.get(n, 0) >= SSA_MIN):
            why["less common English word, not a US name (left out)"].append(n)
            continue
        strong[n] = sex
        for s in src:
            contributed[s] += 1

    # Base names that are also common words, months or places: kept in
    # given_names.tsv, and listed as weak evidence too.
    base_weak = {n: s for n, s in base.items()
                 if n.lower() in common or n.lower() in MONTHS_DAYS
                 or n.lower() in places}
    all_weak = dict(weak)
    all_weak.update(base_weak)

    def order(n):
        return (lexsrc.fold(n).lower(), n)

    header = [
        "Given names and the sex they are most often given to (m, f, u = either",
        "or not known). Built by tools/lexicon-sources/build_given_names.py; do",
        "not edit by hand (edit given_names_base.tsv or given_names_curated.tsv",
        "there, and run the script).",
        "Sources: the hand-curated base list (US Census 1990 name frequencies,",
        "public domain, less words that are more often months, places or common",
        "nouns, plus common international names); US Social Security",
        "Administration baby names 1880-2023 (public domain; names given 500",
        "times or more; m or f when 90% of births are of one sex); Wikidata",
        "male/female/unisex given-name items (CC0) via commenthol/wikidata-names",
        "(2020) and EdJoPaTo/wikidata-person-names (MIT); sigpwned/popular-",
        "names-by-country-dataset (CC0); names written for this project",
        "(pinyin, Korean, Vietnamese). Names with diacritics also appear without",
        "them. New names that are places, months, common English words (SCOWL",
        "size 35), common US surnames (US Census 1990, public domain) or words",
        "of other lexicon lists are left out, or, when clearly given names too,",
        "listed in given_names_common_words.txt instead.",
        "Chinese, Korean, Vietnamese and Hungarian names put the family name",
        "first: in \"Xi Jinping\" the given name is Jinping.",
    ]
    lines = [f"{n}\t{strong[n]}" for n in sorted(strong, key=order)]
    lexsrc.write_list(os.path.join(args.out, "given_names.tsv"), header, lines)
    header_weak = [
        "Given names that are also common English words, months, place names,",
        "common US surnames or words of other lexicon lists (Will, May, Mark,",
        "Bill, Grace, Hope, Jordan, Carter, Dean), Name<TAB>m|f|u: weak",
        "evidence of a person on their own. Those also in given_names.tsv (the",
        "hand-curated base kept them) are flagged as given names there too; the",
        "others are only here. Built by tools/lexicon-sources/",
        "build_given_names.py from the same sources; \"common English word\"",
        "means a lower-case entry of SCOWL size 35 (wamerican-small,",
        "wbritish-small); places are those of places.txt.",
    ]
    lines_weak = [f"{n}\t{all_weak[n]}" for n in sorted(all_weak, key=order)]
    lexsrc.write_list(os.path.join(args.out, "given_names_common_words.txt"),
                      header_weak, lines_weak)

    # Report.
    new = sorted(set(strong) - set(base))
    print("== given_names.tsv")
    for label, repo in (("ssa", args.ssa), ("wikidata", args.wikidata),
                        ("wikidata-en", args.wikidata_en),
                        ("popular-by-country", args.popular)):
        print(f"  {label:20} snapshot {lexsrc.git_head(repo)}")
    print(f"  {'source':20} {'read':>8} {'in new entries':>15}")
    for s in ("ssa", "wikidata", "wikidata-en", "popular-by-country",
              "curated", "folded"):
        print(f"  {s:20} {raw[s]:8} {contributed[s]:15}")
    print(f"  base entries kept: {len(base)}; new entries: {len(new)}; "
          f"total: {len(strong)}")
    sexes = collections.Counter(strong.values())
    print(f"  by sex: m {sexes['m']}, f {sexes['f']}, u {sexes['u']}")
    size = os.path.getsize(os.path.join(args.out, "given_names.tsv"))
    print(f"  file size: {size:,} bytes")
    for reason, items in sorted(why.items()):
        print(f"  {reason}: {len(items)}: {', '.join(items[:50])}")
    print(f"== given_names_common_words.txt: {len(all_weak)} ({len(weak)} "
          f"only there, {len(base_weak)} base names also in given_names.tsv)")
    print("  only there:", ", ".join(sorted(weak, key=order)[:300]))
    print("  base names also listed:", ", ".join(sorted(base_weak, key=order)))
    print("== clashes with other lexicon lists (new names left out):")
    for n, lst, to_weak in clashes:
        print(f"  {n}: {lst}{' -> common words list' if to_weak else ''}")
    base_clash = sorted((n, clash_lists[n.lower()]) for n in base
                        if n.lower() in clash_lists)
    print("== base names that are also in other lexicon lists (kept):")
    print("  " + ", ".join(f"{n} ({lst})" for n, lst in base_clash))
    print("== random sample of 40 new names:")
    print("  " + ", ".join(f"{n} {strong[n]}" for n in lexsrc.sample(new)))
    sanity = lexsrc.read_sanity(os.path.join(lexsrc.HERE,
                                             "sanity_given_names.txt"))
    no_curated = {n for n in strong if n in base or set(sources.get(n, {}))
                  - {"curated"}}

    def cov(known):
        hit = [a for a in sanity if any(x in known for x in a)]
        miss = [a[0] for a in sanity if not any(x in known for x in a)]
        return len(hit), miss
    for label, known in (("old list", set(base)),
                         ("new list", set(strong)),
                         ("new list without curated names", no_curated),
                         ("new list + common-words list",
                          set(strong) | set(all_weak))):
        hit, miss = cov(known)
        print(f"== coverage of sanity_given_names.txt, {label}: "
              f"{hit}/{len(sanity)}; missing: {', '.join(miss)}")


if __name__ == "__main__":
    main()
