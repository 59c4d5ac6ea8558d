from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.explain_request_spec_type_0 import ExplainRequestSpecType0


T = TypeVar("T", bound="ExplainRequest")


@_attrs_define
class ExplainRequest:
    """Ask what a policy would do, without dispatching anything.

    Either name a stored/configured policy (``name``) or pass a draft ``spec`` that
    has not been saved. The draft form is what makes authoring-time validation
    possible: the compiler filters candidates, so a chain can compile down to one
    attempt, and an author needs to see that before saving rather than during an
    outage.

        Attributes:
            allowed_models (list[str] | None | Unset): Simulate an API key's allow-list. Omit for unrestricted.
            budget_remaining_usd (float | None | Unset): Simulated budget remaining, USD.
            budget_used_pct (float | None | Unset): Simulated budget usage percentage.
            key_id (None | str | Unset): Evaluate conditions as this API key id.
            name (None | str | Unset): An existing policy to explain.
            spec (ExplainRequestSpecType0 | None | Unset): An unsaved policy body to explain.
            user_id (None | str | Unset): Evaluate conditions as this user.
    """

    allowed_models: list[str] | None | Unset = UNSET
    budget_remaining_usd: float | None | Unset = UNSET
    budget_used_pct: float | None | Unset = UNSET
    key_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    spec: ExplainRequestSpecType0 | None | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        budget_remaining_usd: float | None | Unset
        if isinstance(self.budget_remaining_usd, Unset):
            budget_remaining_usd = UNSET
        else:
            budget_remaining_usd = self.budget_remaining_usd

        budget_used_pct: float | None | Unset
        if isinstance(self.budget_used_pct, Unset):
            budget_used_pct = UNSET
        else:
            budget_used_pct = self.budget_used_pct

        key_id: None | str | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, ExplainRequestSpecType0):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if budget_remaining_usd is not UNSET:
            field_dict["budget_remaining_usd"] = budget_remaining_usd
        if budget_used_pct is not UNSET:
            field_dict["budget_used_pct"] = budget_used_pct
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if name is not UNSET:
            field_dict["name"] = name
        if spec is not UNSET:
            field_dict["spec"] = spec
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        allowed_models = d.pop("allowed_models", UNSET)
        if allowed_models is not None and not isinstance(allowed_models, Unset):
            try:
                if not isinstance(allowed_models, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], allowed_models)

                allowed_models = allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        budget_remaining_usd = d.pop("budget_remaining_usd", UNSET)

        budget_used_pct = d.pop("budget_used_pct", UNSET)

        key_id = d.pop("key_id", UNSET)

        name = d.pop("name", UNSET)

        spec = d.pop("spec", UNSET)
        if spec is not None and not isinstance(spec, Unset):
            try:
                if not isinstance(spec, dict):
                    raise TypeError()
                spec_type_0 = ExplainRequestSpecType0.from_dict(spec)

                spec = spec_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        user_id = d.pop("user_id", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        explain_request = cls(
            allowed_models,
            budget_remaining_usd,
            budget_used_pct,
            key_id,
            name,
            spec,
            user_id,
        )

        explain_request.additional_properties = d
        return explain_request

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
                "allowed_models",
                "budget_remaining_usd",
                "budget_used_pct",
                "key_id",
                "name",
                "spec",
                "user_id",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes ExplainRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ExplainRequestSpecType0  # noqa: PLW0603
    from ..models.explain_request_spec_type_0 import ExplainRequestSpecType0  # noqa: PLC0415

    _imported = True
