"""The check kinds, one module each, registered by name.

Each module has a docstring (the user documentation of the kind), ``KIND`` (its registered name),
``OPTIONS`` (name -> (type, default), validated when rules load) and ``check(match, ctx)``, which
returns an :class:`~accordcheck.checks.base.Outcome`. For ``accordcheck diff`` each also has
``claim_key(claim)`` and ``compare(a, b, a_date, b_date)``: see :mod:`.alignment`.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from accordcheck.checks import (
    count,
    event_date,
    first_since,
    member_list,
    membership,
    office,
    ordinal,
    relations,
    treaty,
    unverifiable,
    weekday,
)

REGISTRY: dict[str, ModuleType] = {
    module.KIND: module
    for module in (
        membership,
        member_list,
        relations,
        treaty,
        office,
        weekday,
        event_date,
        count,
        ordinal,
        first_since,
        unverifiable,
    )
}


def option_specs() -> dict[str, dict[str, tuple[type, Any]]]:
    """Each kind's declared options, for rule validation."""
    return {kind: dict(module.OPTIONS) for kind, module in REGISTRY.items()}


def comparator(kind: str) -> ModuleType:
    """The module whose ``claim_key`` and ``compare`` align and compare claims of this kind."""
    return REGISTRY[kind]
