"""The control plane (api.md §5): ``client.keys``, ``client.users``, ``client.budgets``, ``client.pricing``,
``client.usage``. Every call authenticates with the admin key (``admin_key=`` / ``GATEWAY_ADMIN_KEY``,
else the client's own credential)."""

from __future__ import annotations

from .aliases import Aliases, AsyncAliases
from .budgets import AsyncBudgets, Budgets
from .files import AsyncFiles, Files
from .keys import AsyncKeys, Keys
from .pricing import AsyncPricing, Pricing
from .usage import AsyncUsage, Usage
from .users import AsyncUsers, Users

#: Docstrings of the client attributes, shared by ``Otari`` and ``AsyncOtari``.
CONTROL_PLANE_DOCS = {
    "keys": "Virtual API keys (``/v1/keys``); control-plane calls use the admin key.",
    "users": "Users (``/v1/users``); control-plane calls use the admin key.",
    "budgets": "Budgets (``/v1/budgets``); control-plane calls use the admin key.",
    "pricing": "Model pricing (``/v1/pricing``); control-plane calls use the admin key.",
    "usage": "The request log and its analytics (``/v1/usage``); control-plane calls use the admin key.",
    "files": "Files (``/v1/files``): the caller's own uploads; authenticated with the client's own key.",
    "aliases": "Model aliases (``/v1/aliases``); control-plane calls use the admin key.",
}

__all__ = [
    "CONTROL_PLANE_DOCS",
    "Aliases",
    "AsyncAliases",
    "AsyncBudgets",
    "AsyncFiles",
    "AsyncKeys",
    "AsyncPricing",
    "AsyncUsage",
    "AsyncUsers",
    "Budgets",
    "Files",
    "Keys",
    "Pricing",
    "Usage",
    "Users",
]
