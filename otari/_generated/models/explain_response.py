from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.candidate_response import CandidateResponse
    from ..models.dropped_response import DroppedResponse
    from ..models.explain_response_guardrails_item import ExplainResponseGuardrailsItem
    from ..models.explain_response_router_weights import ExplainResponseRouterWeights


T = TypeVar("T", bound="ExplainResponse")


@_attrs_define
class ExplainResponse:
    """The plan a policy compiles to for the given inputs.

    Attributes:
        candidates (list[CandidateResponse]):
        dropped (list[DroppedResponse]):
        guardrails (list[ExplainResponseGuardrailsItem]):
        is_dynamic (bool):
        name (str):
        selection_reason (str):
        router_backend (None | str):
        router_candidates (list[str] | None):
        router_weights (ExplainResponseRouterWeights | None): For a weighted policy, the percentage of traffic each
            candidate receives, normalized over the candidates this caller may use. Empty for every other policy, and for a
            weighted policy whose whole split this caller may not use: a split over no candidate is not a split, and each
            filtered candidate is named in `dropped` instead. A weighted split needs no request state, so unlike a learned
            router's ranking it is knowable here: the plan above is the real ordering by share, not the decline path.
    """

    candidates: list[CandidateResponse]
    dropped: list[DroppedResponse]
    guardrails: list[ExplainResponseGuardrailsItem]
    is_dynamic: bool
    name: str
    selection_reason: str
    router_backend: None | str = None
    router_candidates: list[str] | None = None
    router_weights: ExplainResponseRouterWeights | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        dropped = []
        for dropped_item_data in self.dropped:
            dropped_item = dropped_item_data.to_dict()
            dropped.append(dropped_item)

        guardrails = []
        for guardrails_item_data in self.guardrails:
            guardrails_item = guardrails_item_data.to_dict()
            guardrails.append(guardrails_item)

        is_dynamic = self.is_dynamic

        name = self.name

        selection_reason = self.selection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidates": candidates,
                "dropped": dropped,
                "guardrails": guardrails,
                "is_dynamic": is_dynamic,
                "name": name,
                "selection_reason": selection_reason,
            }
        )
        wire = self._wire
        if self.router_backend is not None:
            router_backend: None | str | Unset
            if isinstance(self.router_backend, Unset):
                router_backend = UNSET
            else:
                router_backend = self.router_backend
            field_dict["router_backend"] = router_backend
        elif wire is not None and "router_backend" in wire:
            field_dict["router_backend"] = None
        if self.router_candidates is not None:
            router_candidates: list[str] | Unset = UNSET
            if not isinstance(self.router_candidates, Unset):
                router_candidates = self.router_candidates

            field_dict["router_candidates"] = router_candidates
        elif wire is not None and "router_candidates" in wire:
            field_dict["router_candidates"] = None
        if self.router_weights is not None:
            router_weights: dict[str, Any] | Unset = UNSET
            if not isinstance(self.router_weights, Unset):
                router_weights = self.router_weights.to_dict()
            field_dict["router_weights"] = router_weights
        elif wire is not None and "router_weights" in wire:
            field_dict["router_weights"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = CandidateResponse.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        dropped = []
        _dropped = d.pop("dropped")
        for dropped_item_data in _dropped:
            dropped_item = DroppedResponse.from_dict(dropped_item_data)

            dropped.append(dropped_item)

        guardrails = []
        _guardrails = d.pop("guardrails")
        for guardrails_item_data in _guardrails:
            guardrails_item = ExplainResponseGuardrailsItem.from_dict(guardrails_item_data)

            guardrails.append(guardrails_item)

        is_dynamic = d.pop("is_dynamic")

        name = d.pop("name")

        selection_reason = d.pop("selection_reason")

        router_backend = d.pop("router_backend", None)

        router_candidates = cast(list[str], d.pop("router_candidates", UNSET))

        if isinstance(router_candidates, Unset):
            router_candidates = None

        _router_weights = d.pop("router_weights", UNSET)
        router_weights: ExplainResponseRouterWeights | Unset
        if isinstance(_router_weights, Unset):
            router_weights = UNSET
        else:
            router_weights = ExplainResponseRouterWeights.from_dict(_router_weights)

        if isinstance(router_weights, Unset):
            router_weights = None

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        explain_response = cls(
            candidates,
            dropped,
            guardrails,
            is_dynamic,
            name,
            selection_reason,
            router_backend,
            router_candidates,
            router_weights,
        )
        explain_response._wire = src_dict

        explain_response.additional_properties = d
        return explain_response

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
                "candidates",
                "dropped",
                "guardrails",
                "is_dynamic",
                "name",
                "selection_reason",
                "router_backend",
                "router_candidates",
                "router_weights",
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
    """Import the model classes ExplainResponse refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, CandidateResponse, DroppedResponse, ExplainResponseGuardrailsItem, ExplainResponseRouterWeights  # noqa: PLW0603
    from ..models.candidate_response import CandidateResponse  # noqa: PLC0415
    from ..models.dropped_response import DroppedResponse  # noqa: PLC0415
    from ..models.explain_response_guardrails_item import ExplainResponseGuardrailsItem  # noqa: PLC0415
    from ..models.explain_response_router_weights import ExplainResponseRouterWeights  # noqa: PLC0415

    _imported = True
