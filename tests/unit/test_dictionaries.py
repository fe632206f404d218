"""The curated dictionaries: codes that exist in ISO 3166 and the COW reference files, aliases that
resolve, the organisation ids CONTRIBUTING.md promises, and one-line errors for malformed rows."""

from __future__ import annotations

import csv
import json
import re
import shutil
import unicodedata
from pathlib import Path

import pandas as pd
import pycountry
import pytest

from pipeline.entities import gazetteer
from pipeline.errors import InputError
from pipeline.inputs import dictionaries as entity_dictionaries
from pipeline.stages import s7_publish as publish
from schemas import inputs

ROOT = Path(__file__).resolve().parents[2]
DICTIONARIES = ROOT / "raw" / "dictionaries"
REFERENCE = ROOT / "raw" / "reference"
PACKAGE = ROOT / "build" / "current"


@pytest.fixture(scope="module")
def dicts() -> dict[str, pd.DataFrame]:
    return entity_dictionaries.load_dictionaries(DICTIONARIES)


@pytest.fixture(scope="module")
def gaz(dicts) -> gazetteer.Gazetteer:
    """The gazetteer of the dictionaries, built once: finding mentions does not change it."""
    return gazetteer.Gazetteer(dicts)


def _reference(name: str) -> pd.DataFrame:
    return pd.read_csv(REFERENCE / name, dtype=str, keep_default_na=False)


USER_ASSIGNED = {"XKX": "Kosovo"}
"""ISO 3166-1 leaves X.. codes to users; XKX is the one the European Commission, the IMF and the World Bank use."""


def test_every_iso3_is_a_real_iso_3166_code(dicts):
    """Current (ISO 3166-1), withdrawn (ISO 3166-3: the USSR, East Germany, Czechoslovakia, Yugoslavia, South
    Yemen) or the documented user-assigned code of a partially recognised state."""
    for iso3, note in zip(dicts["states"]["iso3"], dicts["states"]["source_note"]):
        if iso3 in USER_ASSIGNED:
            assert "user-assigned" in note and pycountry.countries.get(alpha_3=iso3) is None
        elif pycountry.countries.get(alpha_3=iso3) is None:
            historic = pycountry.historic_countries.get(alpha_3=iso3)
            assert historic is not None, iso3
            assert "ISO 3166-3" in note and historic.alpha_4 in note, iso3


def test_the_successor_states_share_their_predecessors_cow_code_and_say_so(dicts):
    states = dicts["states"].set_index("entity_id")
    for old, new in (("state:SUN", "state:RUS"), ("state:YUG", "state:SRB")):
        assert states.loc[old, "cow_ccode"] == states.loc[new, "cow_ccode"]
        assert new in states.loc[old, "source_note"]


def test_every_cow_state_code_pair_is_in_the_cow_state_list(dicts):
    cow = set(map(tuple, _reference("cow-states-2016.csv")[["ccode", "stateabb"]].values.tolist()))
    states = dicts["states"].dropna(subset=["cow_ccode"])
    outside = dicts["states"][dicts["states"]["cow_ccode"].isna()]
    assert all("not in the COW State System" in note for note in outside["source_note"])  # territories, Palestine
    for ccode, abb in zip(states["cow_ccode"], states["cow_stateabb"]):
        assert (str(ccode), abb) in cow, (ccode, abb)


def test_kazakhstan_and_the_ussr_carry_the_documented_cow_codes(dicts):
    states = dicts["states"].set_index("entity_id")
    assert (states.loc["state:KAZ", "cow_ccode"], states.loc["state:KAZ", "cow_stateabb"]) == (705, "KZK")
    assert (states.loc["state:SUN", "cow_ccode"], states.loc["state:SUN", "cow_stateabb"]) == (365, "RUS")
    assert "365" in states.loc["state:SUN", "source_note"]


def test_every_cow_igo_pair_is_in_the_cow_igo_list(dicts):
    cow = set(map(tuple, _reference("cow-igo-v3-organizations.csv")[["ioname", "ionum"]].values.tolist()))
    orgs = dicts["organizations"].dropna(subset=["cow_ioname"])
    for ioname, ionum in zip(orgs["cow_ioname"], orgs["cow_ionum"]):
        assert (ioname, str(ionum)) in cow, (ioname, ionum)


def test_cow_igo_choices_documented_in_the_reference_readme(dicts):
    orgs = dicts["organizations"].set_index("entity_id")
    expected = {
        "org:ADB": "AsDB",
        "org:ISDB": "ISDB",
        "org:EURASEC": "EAEC",
        "org:CACO": "CAECC",
        "org:PFP": "EAPC",
        "org:WORLD_BANK": "IBRD",
        "org:SCO": "SCO",
        "org:CICA": "CICA",
    }
    for entity_id, ioname in expected.items():
        assert orgs.loc[entity_id, "cow_ioname"] == ioname
    for entity_id in ("org:EAEU", "org:CUSTOMS_UNION", "org:NACC", "org:SHANGHAI_FIVE"):
        assert pd.isna(orgs.loc[entity_id, "cow_ioname"]) and pd.isna(orgs.loc[entity_id, "cow_ionum"])
    assert orgs.loc["org:CACO", "successor_id"] == "org:EURASEC"
    assert orgs.loc["org:SHANGHAI_FIVE", "successor_id"] == "org:SCO"


def test_every_organisation_id_in_contributing_exists(dicts):
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = contributing.split("Organisation ids in use:", 1)[1].split("- Facts:", 1)[0]
    listed = set(re.findall(r"`(org:[A-Z0-9_]+)`", section))
    organizations = dicts["organizations"]
    from_reference = organizations["source_note"].str.contains("added from the reference list", regex=False)
    assert len(listed) >= 45
    assert listed == set(organizations.loc[~from_reference, "entity_id"])
    assert "every other COW IGO v3 organisation" in section


def test_every_alias_resolves_to_an_entity_of_its_type(dicts):
    for aliases, entities in inputs.ALIASES_OF.items():
        assert set(dicts[aliases]["entity_id"]) <= set(dicts[entities]["entity_id"]), aliases
    states = set(dicts["states"]["entity_id"])
    assert set(dicts["persons"]["state_id"].dropna()) <= states
    assert set(dicts["places"]["state_id"].dropna()) <= states


def test_every_entity_has_an_alias_and_a_source_note(dicts):
    for aliases, entities in inputs.ALIASES_OF.items():
        assert set(dicts[entities]["entity_id"]) <= set(dicts[aliases]["entity_id"]), entities
    for name, frame in dicts.items():
        assert frame["source_note"].notna().all(), name


def test_files_are_utf8_lf_and_sorted_by_id():
    for path in sorted(DICTIONARIES / f"{stem}.csv" for stem in inputs.DICTIONARY_FILES):  # entity dictionaries
        data = path.read_bytes()
        assert b"\r" not in data and data.endswith(b"\n"), path.name
        rows = list(csv.DictReader(data.decode("utf-8").splitlines()))
        keys = [(r["entity_id"], r.get("alias", "")) for r in rows]
        assert keys == sorted(keys), path.name


def test_aliases_keep_the_texts_spelling(dicts):
    aliases = dicts["state_aliases"]
    china = set(aliases.loc[aliases["entity_id"] == "state:CHN", "alias"])
    assert {"People’s Republic of China", "People's Republic of China", "Beijing"} <= china
    assert aliases.set_index("alias").loc["Beijing", "form"] == "capital_metonym"
    assert "place:beijing" in set(dicts["place_aliases"]["entity_id"])
    orgs = dicts["organization_aliases"].set_index("alias")["entity_id"]
    assert orgs["Organization for the Islamic Conference"] == "org:OIC"
    assert orgs["Organization of the Islamic Conference"] == "org:OIC"
    assert orgs["Central Asia Co-operation Organization"] == orgs["Central Asian Economic Union"] == "org:CACO"
    assert orgs["Shanghai Five"] == "org:SHANGHAI_FIVE"
    assert "embryonic economic and defence union" not in set(orgs.index)


_LONE_CONSONANT = re.compile(r"\b[a-z]+ [b-df-hj-np-tv-xz](?=\s|$)")
"""A word broken by a lost accented letter: 'integraci n' for 'integración'."""
_MOJIBAKE = re.compile(r"[\x80-\x9f]")
"""The C1 control characters COW's file holds for accented letters ('Communaut\\x8e' for 'Communauté')."""


def _organisation_surfaces(dicts) -> list[tuple[str, str]]:
    """(entity_id, surface) for every organisation name and alias: the names a user reads and texts match."""
    names = dicts["organizations"][["entity_id", "name"]].values.tolist()
    return [tuple(r) for r in names] + [tuple(r) for r in dicts["organization_aliases"][["entity_id", "alias"]].values]


def test_no_organisation_name_carries_a_cow_long_name_defect(dicts):
    """The COW IGO v3 long names are cut at 80 characters, lose their accented letters (or hold a C1 control
    character for them), and join a former and a present name with '/'; a name copied from them must be
    repaired, so that entities.csv shows a name a reader can use."""
    cow = _reference("cow-igo-v3-organizations.csv")["longorgname"]
    cut = {name for name in cow if len(name) == 80}
    mangled = {_MOJIBAKE.sub("", name) for name in cow} - set(cow)
    for entity_id, surface in _organisation_surfaces(dicts):
        assert surface not in cut and surface not in mangled, (entity_id, surface)
        assert "/" not in surface, (entity_id, surface)
        assert surface.count("(") == surface.count(")"), (entity_id, surface)
        assert not _LONE_CONSONANT.search(surface), (entity_id, surface)
        assert all(unicodedata.category(c)[0] not in "CZ" or c == " " for c in surface), (entity_id, surface)
    for name in dicts["organizations"]["name"]:
        assert re.fullmatch(r"[^\W_][\w .,'()&:-]*", name) and "_" not in name, name


def test_the_defect_checks_catch_the_cow_long_names_as_copied():
    """The checks above fire on the defective names the dictionary once held, and pass their repairs."""
    assert _LONE_CONSONANT.search("Convenio Andrs Bello de integraci n educativa")
    assert not _LONE_CONSONANT.search("Union monétaire de l'Afrique centrale")
    assert not _LONE_CONSONANT.search("Banque internationale d'information sur les Etats francophones")
    cow = set(_reference("cow-igo-v3-organizations.csv")["longorgname"])
    assert "Organization for European Economic Cooperation (Organization for Economic Cooper" in cow
    assert any(_MOJIBAKE.sub("", n) == "Communaut conomique et montaire d'Afrique centrale (CEMAC)" for n in cow)


def test_entities_table_has_one_row_per_entity_with_nullable_codes(dicts):
    entities = entity_dictionaries.entities_table(dicts)
    assert list(entities.columns) == entity_dictionaries.ENTITY_COLUMNS
    assert entities["entity_id"].is_unique
    assert len(entities) == sum(len(dicts[s]) for s in inputs.ENTITY_TYPES)
    assert str(entities["cow_ccode"].dtype) == "Int64" and str(entities["cow_ionum"].dtype) == "Int64"
    row = entities.set_index("entity_id").loc["person:nazarbayev"]
    assert (row["entity_type"], row["office"], row["state_id"]) == ("person", "President", "state:KAZ")
    assert pd.isna(row["cow_ccode"])
    assert entities.set_index("entity_id").loc["org:ADB", "cow_ionum"] == 580
    assert str(entities["is_lender"].dtype) == "bool"
    lenders = set(entities.loc[entities["is_lender"], "entity_id"])
    assert {"org:IMF", "org:WORLD_BANK", "org:ADB", "org:EDB", "org:EBRD", "org:AIIB", "org:ISDB"} <= lenders
    assert not lenders & {"org:SCO", "org:ECB", "org:BIS", "state:KAZ"}  # a central bank lends to no state


def test_every_lender_says_why_in_its_source_note(dicts):
    """`is_lender` is curated: each organisation marked so gives its reason and source in its note."""
    orgs = dicts["organizations"]
    lenders = orgs[orgs["is_lender"] == "true"]
    assert len(lenders) > 20
    assert lenders["source_note"].str.contains("is_lender: ").all()


# --- malformed input ---------------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "raw" / "dictionaries"
    shutil.copytree(DICTIONARIES, target)
    return target


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first line containing `old`; return that line's 1-based number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if old in line)
    lines[number] = lines[number].replace(old, new, 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    return number + 1


@pytest.mark.parametrize(
    "stem, old, new, problem",
    [
        ("states", "state:KAZ,Kazakhstan,KAZ,", "state:KAZ,Kazakhstan,KZ,", "iso3 'KZ' is malformed"),
        ("states", "state:KAZ,Kazakhstan,KAZ,", "state:KAZ,Kazakhstan,KAz,", "iso3 'KAz' is malformed"),
        ("states", "state:KGZ,Kyrgyzstan,KGZ,", "state:KAZ,Kyrgyzstan,KAZ,", "entity_id state:KAZ repeats line"),
        ("states", ",705,KZK,", ",705,,", "cow_ccode and cow_stateabb must be given together"),
        ("states", ",705,KZK,", ",70x,KZK,", "cow_ccode '70x' is malformed"),
        ("state_aliases", "state:KAZ,Kazakhstani,", "state:KZX,Kazakhstani,", "points to unknown state:KZX"),
        ("state_aliases", "Kazakhstani,adjective", "Kazakhstani,adjectival", "form 'adjectival' is not one of"),
        ("organizations", "org:ADB,", "org:adb,", "entity_id 'org:adb' is malformed"),
        ("organizations", "AsDB,580,", "AsDB,5x0,", "cow_ionum '5x0' is malformed"),
        ("organizations", "AsDB,580,,,true,", "AsDB,580,,,yes,", "is_lender 'yes' is not one of true|false"),
        ("organizations", "AsDB,580,,,true,", "AsDB,580,,,,", "is_lender is empty"),
        ("organizations", ",org:EURASEC,", ",org:EURASECX,", "successor_id org:EURASECX is not in organizations.csv"),
        (
            "organizations",
            "org:RATS,Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation,RATS,,,,org:SCO,",
            "org:RATS,Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation,RATS,,,,org:SCOX,",
            "parent_id org:SCOX is not in organizations.csv",
        ),
        (
            "state_groups",
            "state:UZB,as written in akiner_efp ('the heads",
            "state:UZX,as written in akiner_efp ('the heads",
            "member state:UZX is not in states.csv",
        ),
        ("organization_aliases", "org:ADB,ADB,", "org:ADX,ADB,", "points to unknown org:ADX"),
        ("organization_aliases", "org:ADB,ADB,", "org:ADB,Kazakhstan,", "also names state:KAZ"),
        ("persons", ",President,state:KAZ,", ",President,state:KZX,", "state_id state:KZX is not in states.csv"),
        ("person_aliases", "person:xi,Xi,", "person:xi,,", "alias is empty"),
        ("places", "place:almaty,Almaty,state:KAZ,city,", "place:almaty,Almaty,state:KAZ,town,", "kind 'town'"),
        ("place_aliases", "place:beijing,Beijing,", "place:beijing,Beijing ,", "alias 'Beijing ' is malformed"),
    ],
)
def test_a_malformed_row_names_the_file_and_line(tmp_path, monkeypatch, stem, old, new, problem):
    root = _copy(tmp_path)
    line = _edit(root / f"{stem}.csv", old, new)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as info:
        entity_dictionaries.load_dictionaries(root)
    message = str(info.value)
    assert message.startswith(f"raw/dictionaries/{stem}.csv:{line}: "), message
    assert problem in message
    assert message.count("\n") == 0 and message.endswith(".")


def test_the_first_problem_is_reported_in_line_then_header_order(tmp_path, monkeypatch):
    root = _copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    line = _edit(root / "states.csv", "state:KAZ,Kazakhstan,KAZ,705,", "state:KAZ,Kazakhstan,KZ,70x,")
    with pytest.raises(InputError, match=rf"^raw/dictionaries/states\.csv:{line}: iso3 'KZ' is malformed\. "):
        entity_dictionaries.load_dictionaries(root)
    later = _edit(root / "states.csv", "state:KGZ,Kyrgyzstan,KGZ,", "state:KGZ,Kyrgyzstan,KGZ,,")  # a cell too many
    assert later > line
    with pytest.raises(InputError, match=rf"^raw/dictionaries/states\.csv:{later}: 7 fields where the header has 6"):
        entity_dictionaries.load_dictionaries(root)  # the shape of every row first, then the cells line by line
    (root / "states.csv").write_text((DICTIONARIES / "states.csv").read_text(encoding="utf-8"), encoding="utf-8")
    first = _edit(root / "states.csv", "state:KGZ,Kyrgyzstan,KGZ,", "state:KAZ,Kyrgyzstan,KAZ,")  # repeats KAZ
    second = _edit(root / "states.csv", "state:UZB,Uzbekistan,UZB,", "state:UZB,Uzbekistan,UZ,")
    assert first < second
    with pytest.raises(InputError, match=rf"^raw/dictionaries/states\.csv:{first}: "):
        entity_dictionaries.load_dictionaries(root)


def test_a_wrong_header_and_a_missing_file_are_reported(tmp_path, monkeypatch):
    root = _copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    _edit(root / "places.csv", "entity_id,name,state_id,kind", "entity_id,name,state,kind")
    with pytest.raises(InputError, match=r"^raw/dictionaries/places\.csv:1: header is .* exactly "):
        entity_dictionaries.load_dictionaries(root)
    (root / "places.csv").unlink()
    with pytest.raises(InputError, match=r"^raw/dictionaries/places\.csv: file not found\. "):
        entity_dictionaries.load_dictionaries(root)


# --- coverage of the state system ---------------------------------------------------------------

FORMER_SHARING_A_CODE = {"state:SUN", "state:YUG"}
"""Former states COW continues under their successor's row (RUS/365, YUG/345)."""


def _cow_2016() -> pd.DataFrame:
    cow = _reference("cow-states-2016.csv")
    return cow[cow["endyear"] == "2016"]


def test_every_state_in_the_cow_system_in_2016_has_a_row(dicts):
    coded = dicts["states"].dropna(subset=["cow_ccode"])
    listed = set(zip(coded["cow_ccode"].astype(str), coded["cow_stateabb"]))
    current = _cow_2016()
    assert len(current) == 195
    missing = {(c, a) for c, a in zip(current["ccode"], current["stateabb"]) if (c, a) not in listed}
    assert not missing, sorted(missing)
    states = dicts["states"].set_index("entity_id")
    for entity_id in ("state:SUN", "state:KAZ", "state:RUS"):  # the former states stay
        assert entity_id in states.index


def test_every_state_in_the_cow_system_in_2016_has_its_capital_as_a_place(dicts):
    current = set(_cow_2016()["ccode"])
    states = dicts["states"]
    ids = set(states.loc[states["cow_ccode"].astype(str).isin(current), "entity_id"]) - FORMER_SHARING_A_CODE
    assert len(ids) == len(current)
    places = dicts["places"]
    capitals = places[places["kind"] == "capital"]
    assert ids <= set(capitals["state_id"]), sorted(ids - set(capitals["state_id"]))
    assert capitals["state_id"].is_unique  # one capital per state; other seats of government are kind city
    names = dict(zip(places["entity_id"], places["name"]))
    for place, name in {
        "place:tokyo": "Tokyo",
        "place:london": "London",
        "place:kyiv": "Kyiv",
        "place:kuwait_city": "Kuwait City",
        "place:luxembourg_city": "Luxembourg City",
    }.items():
        assert names[place] == name


def test_no_spelling_names_two_entities_except_a_capital_and_its_state(gaz):
    for key, entries in gaz.entries.items():
        if len(entries) > 1:
            forms = sorted((e.entity_type, e.form) for e in entries)
            assert len(entries) == 2 and forms[1] == ("state", "capital_metonym"), (key, entries)


@pytest.mark.parametrize(
    "surface",
    [
        "Congo",
        "Congolese",
        "Korea",
        "Korean",
        "Dominican",
        "Central African",
        "CAR",
        "DRC",
        "PNG",
        "Male",
        "Victoria",
        "Kingston",
        "Georgetown",
        "Nassau",
        "St. John's",
        "St. George's",
        "San Jose",
        "Micronesia",
        "Lao",
        "Frunze",
        "Republic of China",
        "Delhi",
    ],
)
def test_ambiguous_words_are_not_aliases(gaz, surface):
    assert gazetteer.surface_key(surface) not in gaz.entries, surface


@pytest.mark.parametrize(
    "surface, entity_id",
    [
        ("Yugoslavia", "state:YUG"),  # the former federation, not Serbia, whose COW row it shares
        ("East Germany", "state:DDR"),
        ("West Germany", "state:DEU"),
        ("Czechoslovakia", "state:CSK"),
        ("Kosovo", "state:XKX"),
    ],
)
def test_former_and_partially_recognised_states_have_their_own_ids(gaz, surface, entity_id):
    assert [e.entity_id for e in gaz.entries[gazetteer.surface_key(surface)]] == [entity_id]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Papua New Guinea and Equatorial Guinea",
            [("Papua New Guinea", "state:PNG"), ("Equatorial Guinea", "state:GNQ")],
        ),
        (
            "Guinea-Bissau, Guinea and New Guinea",
            [("Guinea-Bissau", "state:GNB"), ("Guinea", "state:GIN"), ("New Guinea", "place:new_guinea")],
        ),
        (
            "Niger, Nigeria and the Niger Delta",
            [("Niger", "state:NER"), ("Nigeria", "state:NGA"), ("Niger Delta", "place:niger_delta")],
        ),
        ("Sudan and South Sudan", [("Sudan", "state:SDN"), ("South Sudan", "state:SSD")]),
        ("Dominica and the Dominican Republic", [("Dominica", "state:DMA"), ("Dominican Republic", "state:DOM")]),
        (
            "the Democratic Republic of the Congo and the Republic of the Congo",
            [("Democratic Republic of the Congo", "state:COD"), ("Republic of the Congo", "state:COG")],
        ),
        (
            "North Korea and the Democratic People’s Republic of Korea",
            [("North Korea", "state:PRK"), ("Democratic People’s Republic of Korea", "state:PRK")],
        ),
        (
            "Ireland, not Northern Ireland; Mexico, not New Mexico",
            [
                ("Ireland", "state:IRL"),
                ("Northern Ireland", "place:northern_ireland"),
                ("Mexico", "state:MEX"),
                ("New Mexico", "place:new_mexico"),
            ],
        ),
        (
            "Luxembourg and Luxembourg City, Kuwait and Kuwait City",
            [
                ("Luxembourg", "state:LUX"),
                ("Luxembourg City", "place:luxembourg_city"),
                ("Kuwait", "state:KWT"),
                ("Kuwait City", "place:kuwait_city"),
            ],
        ),
        (
            "São Tomé and Príncipe, whose capital is São Tomé",
            [("São Tomé and Príncipe", "state:STP"), ("São Tomé", "place:sao_tome")],
        ),
        ("Côte d’Ivoire and the Ivory Coast", [("Côte d’Ivoire", "state:CIV"), ("Ivory Coast", "state:CIV")]),
    ],
)
def test_overlapping_names_resolve_to_the_longest(gaz, text, expected):
    found = [(m.text, m.entity_id) for m in gaz.find(text)]
    assert found == expected


# --- persons: heads of state and government 1991-2016 --------------------------------------------

PERSON_STATES = (
    "KAZ KGZ TJK TKM UZB RUS CHN USA TUR IRN AFG PAK IND JPN KOR MNG AZE GEO ARM UKR BLR DEU FRA GBR ITA"
).split()
"""The states whose presidents and prime ministers of 1991-2016 the person dictionary lists."""


def test_every_person_with_a_state_has_a_state_that_exists(dicts):
    states = set(dicts["states"]["entity_id"])
    located = dicts["persons"].dropna(subset=["state_id"])
    assert len(located) >= 300
    assert set(located["state_id"]) <= states, sorted(set(located["state_id"]) - states)
    assert {f"state:{code}" for code in PERSON_STATES} <= set(located["state_id"])


def test_persons_without_a_state_serve_an_organisation_or_are_not_state_actors(dicts):
    persons = dicts["persons"]
    stateless = persons[persons["state_id"].isna()].set_index("entity_id")
    offices = {"Secretary-General", "Secretary General"}
    for entity_id, row in stateless.iterrows():
        assert (row["office"] in offices) or pd.isna(row["office"]), entity_id
    secretaries = set(stateless.index[stateless["office"].isin(offices)])
    assert {"person:boutros_ghali", "person:annan", "person:ban_ki_moon"} <= secretaries  # UN, 1992-2016
    assert {
        "person:worner",
        "person:claes",
        "person:solana",
        "person:robertson",
        "person:scheffer",
        "person:rasmussen",
        "person:stoltenberg",
    } <= secretaries  # NATO, 1991-2016


@pytest.mark.parametrize(
    "entity_id, name, office, state_id",
    [
        ("person:karimov", "Islam Karimov", "President", "state:UZB"),
        ("person:yeltsin", "Boris Yeltsin", "President", "state:RUS"),
        ("person:rahmon", "Emomali Rahmon", "President", "state:TJK"),
        ("person:niyazov", "Saparmurat Niyazov", "President", "state:TKM"),
        ("person:akayev", "Askar Akayev", "President", "state:KGZ"),
        ("person:jiang_zemin", "Jiang Zemin", "President", "state:CHN"),
        ("person:deng_xiaoping", "Deng Xiaoping", "paramount leader", "state:CHN"),
        ("person:wen_jiabao", "Wen Jiabao", "Premier", "state:CHN"),
        ("person:aliyev_heydar", "Heydar Aliyev", "President", "state:AZE"),
        ("person:aliyev_ilham", "Ilham Aliyev", "President", "state:AZE"),
        ("person:bush_george_h_w", "George H. W. Bush", "President", "state:USA"),
        ("person:bush_george_w", "George W. Bush", "President", "state:USA"),
        ("person:merkel", "Angela Merkel", "Chancellor", "state:DEU"),
        ("person:major", "John Major", "Prime Minister", "state:GBR"),
        ("person:singh", "Manmohan Singh", "Prime Minister", "state:IND"),
        ("person:shushkevich", "Stanislav Shushkevich", "Chairman of the Supreme Soviet", "state:BLR"),
        ("person:tereshchenko", "Sergey Tereshchenko", "Prime Minister", "state:KAZ"),
        ("person:idrissov", "Yerlan Idrissov", "Foreign Minister", "state:KAZ"),
        ("person:annan", "Kofi Annan", "Secretary-General", None),
        ("person:stoltenberg", "Jens Stoltenberg", "Secretary General", None),
    ],
)
def test_heads_of_state_and_government_are_persons(dicts, entity_id, name, office, state_id):
    row = dicts["persons"].set_index("entity_id").loc[entity_id]
    assert row["name"] == name and row["office"] == office
    assert (None if pd.isna(row["state_id"]) else row["state_id"]) == state_id
    assert row["source_note"].startswith("not in the texts; ")


@pytest.mark.parametrize(
    "surface",
    [
        "Bush",
        "Aliyev",
        "Aliev",
        "Brown",
        "Major",
        "May",
        "Li",
        "Hu",
        "Wen",
        "Singh",
        "Sharif",
        "Gandhi",
        "Rahman",
        "Abe",
        "Park",
        "Lee",
        "Kim",
        "Roh",
        "Han",
        "Chung",
        "Sargsyan",
        "Huseynov",
        "Hussain",
        "Harutyunyan",
        "Bhutto",
        "Rabbani",
        "Yıldırım",
        "Fukuda",
        "Herzog",
        "Jiang",
        "Hillary Clinton",
        "George Bush",
    ],
)
def test_ambiguous_surnames_are_not_person_aliases(gaz, surface):
    entries = gaz.entries.get(gazetteer.surface_key(surface), [])
    assert not [e for e in entries if e.entity_type == "person"], (surface, entries)


def test_a_bare_clinton_stays_bill_clinton_as_the_text_writes_it(dicts):
    # 'Clinton' is an alias because akiner_efp writes 'President Clinton'; Hillary Clinton is not listed.
    aliases = dicts["person_aliases"]
    assert set(aliases.loc[aliases["alias"] == "Clinton", "entity_id"]) == {"person:clinton"}
    assert set(aliases.loc[aliases["entity_id"] == "person:clinton", "alias"]) == {"Clinton", "Bill Clinton"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "George W. Bush and George H. W. Bush",
            [("George W. Bush", "person:bush_george_w"), ("George H. W. Bush", "person:bush_george_h_w")],
        ),
        (
            "Heydar Aliyev and Ilham Aliyev",
            [("Heydar Aliyev", "person:aliyev_heydar"), ("Ilham Aliyev", "person:aliyev_ilham")],
        ),
        (
            "President Karimov met Jamshed Karimov",
            [("Karimov", "person:karimov"), ("Jamshed Karimov", "person:karimov_jamshed")],
        ),
        (
            "Rahmon Nabiyev, then Emomali Rakhmonov (Rahmon)",
            [("Rahmon Nabiyev", "person:nabiyev"), ("Emomali Rakhmonov", "person:rahmon"), ("Rahmon", "person:rahmon")],
        ),
        (
            "Li Peng, Li Keqiang, Hu Jintao and Wen Jiabao",
            [
                ("Li Peng", "person:li_peng"),
                ("Li Keqiang", "person:li_keqiang"),
                ("Hu Jintao", "person:hu_jintao"),
                ("Wen Jiabao", "person:wen_jiabao"),
            ],
        ),
        ("Akhmetov and Serik Akhmetov", [("Akhmetov", "person:akhmetov"), ("Serik Akhmetov", "person:akhmetov_serik")]),
        (
            "Tokaev, Berdymukhamedov and Erdoğan",
            [("Tokaev", "person:tokayev"), ("Berdymukhamedov", "person:berdimuhamedow"), ("Erdoğan", "person:erdogan")],
        ),
        (
            "Boutros Boutros-Ghali and Jaap de Hoop Scheffer",
            [("Boutros Boutros-Ghali", "person:boutros_ghali"), ("Jaap de Hoop Scheffer", "person:scheffer")],
        ),
        (
            "Gordon Brown and John Major, not Brown or Major",
            [("Gordon Brown", "person:brown"), ("John Major", "person:major")],
        ),
        ("Manmohan Singh and Nawaz Sharif", [("Manmohan Singh", "person:singh"), ("Nawaz Sharif", "person:sharif")]),
    ],
)
def test_full_names_of_persons_resolve_to_the_longest(gaz, text, expected):
    found = [(m.text, m.entity_id) for m in gaz.find(text)]
    assert found == expected


def test_a_new_head_of_states_visit_is_extracted_with_the_visitors_state():
    from tests.helpers import candidates

    visits = candidates("In October 1994 President Karimov made an official visit to Paris.", "visit")
    assert [(c["visitor_id"], c["visitor_state_id"], c["host_state_id"], c["date_edtf"]) for c in visits] == [
        ("person:karimov", "state:UZB", "state:FRA", "1994-10")
    ]


def test_every_published_table_states_its_csv_dialect():
    """A note's punctuation ("...; 'X' alone ...") once made frictionless sniff ';' as the separator: the
    package states the dialect instead of letting readers guess it."""
    descriptor = json.loads((PACKAGE / "datapackage.json").read_text(encoding="utf-8"))
    tables = [r for r in descriptor["resources"] if "schema" in r]
    assert tables and all(r.get("dialect") == publish.CSV_DIALECT for r in tables)


def test_a_build_takes_the_dictionaries_kept_by_the_last_one_until_a_file_changes(tmp_path, monkeypatch):
    """The documents stage keeps the checked dictionaries under their files' checksum (pipeline/graph.py):
    the next build takes them as they were read, and an edited file is read and checked again."""
    from pipeline import graph

    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw" / "dictionaries", raw / "dictionaries")
    fresh = graph._dictionaries(raw, tmp_path / "work", "files v1")
    calls = []
    monkeypatch.setattr(entity_dictionaries, "load_dictionaries", lambda root: calls.append(root) or {})
    kept = graph._dictionaries(raw, tmp_path / "work", "files v1")
    assert not calls and kept.keys() == fresh.keys()
    for stem in fresh:
        pd.testing.assert_frame_equal(kept[stem], fresh[stem])
    graph._dictionaries(raw, tmp_path / "work", "files v2")
    assert calls == [raw / "dictionaries"]
