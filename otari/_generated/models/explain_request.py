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
        from ..models.explain_request_spec_type_0 import ExplainRequestSpecType0  # noqa: PLC0415

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
        from ..models.explain_request_spec_type_0 import ExplainRequestSpecType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_allowed_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], data)

                return allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_models = _parse_allowed_models(d.pop("allowed_models", UNSET))

        def _parse_budget_remaining_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        budget_remaining_usd = _parse_budget_remaining_usd(d.pop("budget_remaining_usd", UNSET))

        def _parse_budget_used_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        budget_used_pct = _parse_budget_used_pct(d.pop("budget_used_pct", UNSET))

        def _parse_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_id = _parse_key_id(d.pop("key_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_spec(data: object) -> ExplainRequestSpecType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spec_type_0 = ExplainRequestSpecType0.from_dict(data)

                return spec_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExplainRequestSpecType0 | None | Unset, data)

        spec = _parse_spec(d.pop("spec", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        explain_request = cls(
            allowed_models=allowed_models,
            budget_remaining_usd=budget_remaining_usd,
            budget_used_pct=budget_used_pct,
            key_id=key_id,
            name=name,
            spec=spec,
            user_id=user_id,
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
