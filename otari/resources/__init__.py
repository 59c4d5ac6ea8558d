"""The control plane (api.md §5): ``client.keys``, ``client.users``, ``client.budgets``, ``client.pricing``,
``client.usage``. Every call authenticates with the admin key (``admin_key=`` / ``GATEWAY_ADMIN_KEY``,
else the client's own credential)."""

from __future__ import annotations

from .budgets import AsyncBudgets, Budgets
from .keys import AsyncKeys, Keys
from .pricing import AsyncPricing, Pricing
from .usage import AsyncUsage, Usage
from .users import AsyncUsers, Users

__all__ = [
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
