from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.billing_meters_tools import BillingMetersTools


T = TypeVar("T", bound="BillingMeters")


@_attrs_define
class BillingMeters:
    """The meters a request was billed on.

    Token meters sit flat (``{"input": 1200}``), which is why extra keys are
    allowed: the names come from the provider and the endpoint, so the map is
    genuinely open. Gateway-run tool counts are the one reserved key, nested
    under ``tools`` because an MCP server can advertise a tool named after a
    token meter and a flat collision would corrupt the billed-token aggregates
    for the whole window (see ``gateway.services.tool_usage``).

    A TypedDict for the reason above, and for one that cost a round trip to
    learn: a model that suppressed its defaults with a ``model_serializer``
    published an *empty* schema, because that serializer replaces the
    serialization JSON schema and that is the one FastAPI puts in the spec. The
    properties below are the whole point, so they have to survive into
    docs/public/openapi.json; ``tests/unit/test_billing_schemas.py`` asserts they
    do.

        Attributes:
            tools (BillingMetersTools | None):
    """

    tools: BillingMetersTools | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if self.tools is not None:
            tools: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tools, Unset):
                tools = self.tools.to_dict()
            field_dict["tools"] = tools
        elif wire is not None and "tools" in wire:
            field_dict["tools"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        _tools = d.pop("tools", UNSET)
        tools: BillingMetersTools | Unset
        if isinstance(_tools, Unset):
            tools = UNSET
        else:
            tools = BillingMetersTools.from_dict(_tools)

        if isinstance(tools, Unset):
            tools = None

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        billing_meters = cls(
            tools,
        )
        billing_meters._wire = src_dict

        billing_meters.additional_properties = d
        return billing_meters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return compact_repr(self, ("tools",))

    # The gateway's Otari-Request-ID / Otari-Attempt-ID of the response this model was read from, set by
    # the SDK on the result it returns (nested models keep None). Not a field of the wire object: left out
    # of __init__, to_dict, repr and ==.
    _otari_ids: tuple[str | None, str | None] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def request_id(self) -> str | None:
        """The gateway's ``Otari-Request-ID`` for this result (None when the gateway sent none)."""
        ids = getattr(self, "_otari_ids", None)
        return ids[0] if ids else None

    @property
    def attempt_id(self) -> str | None:
        """The gateway's ``Otari-Attempt-ID`` for this result (None when the gateway sent none)."""
        ids = getattr(self, "_otari_ids", None)
        return ids[1] if ids else None


_imported = False


def _import_lazy() -> None:
    """Import the model classes BillingMeters refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, BillingMetersTools  # noqa: PLW0603
    from ..models.billing_meters_tools import BillingMetersTools  # noqa: PLC0415

    _imported = True
