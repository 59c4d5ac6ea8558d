"""The control plane (api.md §5): ``client.keys``, ``client.users``, ``client.budgets``, ``client.pricing``,
``client.usage``. Every call authenticates with the admin key (``admin_key=`` / ``GATEWAY_ADMIN_KEY``,
else the client's own credential)."""

from __future__ import annotations

from .budgets import AsyncBudgets, Budgets
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
    "usage": "The request log (``/v1/usage``); control-plane calls use the admin key.",
}

__all__ = [
    "CONTROL_PLANE_DOCS",
    "AsyncBudgets",
    "AsyncKeys",
    "AsyncPricing",
    "AsyncUsage",
    "AsyncUsers",
    "Budgets",
    "Keys",
    "Pricing",
    "Usage",
    "Users",
]
