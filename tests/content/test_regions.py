"""Region routing data: seven regions, 21 counties, 290 municipalities, each in exactly one place."""
from collections import Counter

from actions import content

OFFICIAL_REGION_NAMES = {"Bergslagen", "Mitt", "Nord", "Stockholm", "Syd", "Väst", "Öst"}


def test_the_seven_regions_have_their_official_names():
    assert {region["name"] for region in content.regions().values()} == OFFICIAL_REGION_NAMES


def test_every_one_of_the_21_counties_belongs_to_exactly_one_region():
    listed = Counter(county for region in content.regions().values() for county in region["counties"])
    assert set(listed) == set(content.municipalities()["counties"].values())
    assert len(listed) == 21 and set(listed.values()) == {1}


def test_there_are_290_municipalities_each_in_a_known_county():
    data = content.municipalities()
    assert len(data["municipalities"]) == 290
    assert len(set(data["municipalities"].values())) == 290
    for code in data["municipalities"]:
        assert code[:2] in data["counties"], code


def test_regions_route_only_to_contact_points_that_exist():
    for region in content.regions().values():
        assert region["reach"] and set(region["reach"]) <= set(content.contacts())


def test_some_well_known_municipalities_sit_in_the_right_region():
    counties = content.municipalities()["counties"]
    by_name = {name: counties[code[:2]] for code, name in content.municipalities()["municipalities"].items()}
    expected = {"Malmö": "Syd", "Göteborg": "Väst", "Kiruna": "Nord", "Gotland": "Stockholm",
                "Örebro": "Bergslagen", "Linköping": "Öst", "Gävle": "Mitt", "Uppsala": "Mitt",
                "Jönköping": "Öst", "Halmstad": "Väst", "Falun": "Bergslagen", "Umeå": "Nord"}
    for municipality, region in expected.items():
        assert content.region_for_county(by_name[municipality])["name"] == region, municipality
