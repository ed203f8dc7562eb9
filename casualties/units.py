"""Count units with pint: people and projectiles are different dimensions.

One explicit registry per configuration (no module-level registry): it defines
the base units ``person`` and ``projectile`` and the nouns that count them, so a
people figure can never be added to a projectile figure by mistake.
"""

from __future__ import annotations

import re

import pint

# Nouns that count each unit. They become pint aliases, so `registry.Unit("soldiers")` is `person`.
PERSON_ALIASES: tuple[str, ...] = (
    "people", "persons", "civilians", "civilian", "soldiers", "soldier", "troops", "fighters", "fighter",
    "militants", "combatants", "children", "child", "women", "woman", "men", "journalists", "journalist",
    "medics", "paramedics", "doctors", "nurses", "residents", "hostages", "hostage", "captives", "detainees",
    "prisoners", "refugees", "evacuees", "victims", "bodies", "dead", "wounded", "injured", "individuals",
)  # fmt: skip
PROJECTILE_ALIASES: tuple[str, ...] = (
    "projectiles", "rockets", "rocket", "missiles", "missile", "drones", "drone", "shells", "shell", "mortars",
    "mortar", "bombs", "bomb", "uavs", "munitions", "munition", "projectile_rounds",
)  # fmt: skip


def make_registry() -> pint.UnitRegistry:
    """A fresh registry with only the count units (no SI file to load: fast and unambiguous)."""
    registry: pint.UnitRegistry = pint.UnitRegistry(None, autoconvert_offset_to_baseunit=False)
    registry.define("person = [person] = " + " = ".join(PERSON_ALIASES))
    registry.define("projectile = [projectile] = " + " = ".join(PROJECTILE_ALIASES))
    return registry


def unit_of_noun(registry: pint.UnitRegistry, noun: str) -> str | None:
    """'person' or 'projectile' for a counting noun ("Katyusha rockets" -> projectile), else None."""
    for word in reversed(re.findall(r"[a-z]+", noun.lower())):
        try:
            unit = registry.Unit(word)
        except (pint.UndefinedUnitError, AttributeError, ValueError, TypeError):
            continue
        dims = unit.dimensionality
        if "[person]" in dims:
            return "person"
        if "[projectile]" in dims:
            return "projectile"
    return None


def quantity(registry: pint.UnitRegistry, value: int, unit: str) -> pint.Quantity:
    """The figure's value as a pint quantity in its unit."""
    return registry.Quantity(value, unit)
