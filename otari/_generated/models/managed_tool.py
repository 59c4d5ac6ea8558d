from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.managed_tool_example import ManagedToolExample
    from ..models.managed_tool_input_schema import ManagedToolInputSchema


T = TypeVar("T", bound="ManagedTool")


@_attrs_define
class ManagedTool:
    """One tool the gateway can run itself.

    Attributes:
        accepted_types (list[str]): Every `tools[].type` this deployment currently routes to the tool. Always includes
            the canonical `otari_*` type; for web search it also includes the provider-named keywords when interception is
            enabled.
        available (bool): Whether this deployment has a backend configured for the tool. A request declaring an
            unavailable tool is rejected with 400.
        description (str): What the tool does, as the model is told.
        example (ManagedToolExample): A ready-to-use `tools[]` entry.
        id (str): The canonical tool type to put in `tools[]`.
        input_schema (ManagedToolInputSchema): JSON Schema for the arguments the model supplies, as the model sees it.
        object_ (Literal['tool']):
    """

    accepted_types: list[str]
    available: bool
    description: str
    example: ManagedToolExample
    id: str
    input_schema: ManagedToolInputSchema
    object_: Literal["tool"] = "tool"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        accepted_types = self.accepted_types

        available = self.available

        description = self.description

        example = self.example.to_dict()

        id = self.id

        input_schema = self.input_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepted_types": accepted_types,
                "available": available,
                "description": description,
                "example": example,
                "id": id,
                "input_schema": input_schema,
            }
        )
        wire = self._wire
        if wire is None or "object" in wire or self.object_ != "tool":
            object_ = self.object_
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        accepted_types = cast(list[str], d.pop("accepted_types"))

        available = d.pop("available")

        description = d.pop("description")

        example = ManagedToolExample.from_dict(d.pop("example"))

        id = d.pop("id")

        input_schema = ManagedToolInputSchema.from_dict(d.pop("input_schema"))

        object_ = cast(Literal["tool"] | Unset, d.pop("object", UNSET))
        if object_ != "tool" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'tool', got '{object_}'")
        if isinstance(object_, Unset):
            object_ = "tool"

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        managed_tool = cls(
            accepted_types,
            available,
            description,
            example,
            id,
            input_schema,
            object_,
        )
        managed_tool._wire = src_dict

        managed_tool.additional_properties = d
        return managed_tool

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
        return compact_repr(
            self,
            (
                "accepted_types",
                "available",
                "description",
                "example",
                "id",
                "input_schema",
                "object_",
            ),
        )

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
    """Import the model classes ManagedTool refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ManagedToolExample, ManagedToolInputSchema  # noqa: PLW0603
    from ..models.managed_tool_example import ManagedToolExample  # noqa: PLC0415
    from ..models.managed_tool_input_schema import ManagedToolInputSchema  # noqa: PLC0415

    _imported = True
