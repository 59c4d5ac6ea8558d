from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.rerank_meta import RerankMeta
    from ..models.rerank_result import RerankResult
    from ..models.rerank_usage import RerankUsage


T = TypeVar("T", bound="RerankResponse")


@_attrs_define
class RerankResponse:
    """Rerank response: results sorted by relevance, most relevant first.

    Attributes:
        results (list[RerankResult]):
        id (None | str):
        meta (None | RerankMeta):
        model (None | str):
        usage (None | RerankUsage):
    """

    results: list[RerankResult]
    id: None | str = None
    meta: None | RerankMeta = None
    model: None | str = None
    usage: None | RerankUsage = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        wire = self._wire
        if self.id is not None:
            id: None | str | Unset
            if isinstance(self.id, Unset):
                id = UNSET
            else:
                id = self.id
            field_dict["id"] = id
        elif wire is not None and "id" in wire:
            field_dict["id"] = None
        if self.meta is not None:
            meta: dict[str, Any] | None | Unset
            if isinstance(self.meta, Unset):
                meta = UNSET
            elif isinstance(self.meta, RerankMeta):
                meta = self.meta.to_dict()
            else:
                meta = self.meta
            field_dict["meta"] = meta
        elif wire is not None and "meta" in wire:
            field_dict["meta"] = None
        if self.model is not None:
            model: None | str | Unset
            if isinstance(self.model, Unset):
                model = UNSET
            else:
                model = self.model
            field_dict["model"] = model
        elif wire is not None and "model" in wire:
            field_dict["model"] = None
        if self.usage is not None:
            usage: dict[str, Any] | None | Unset
            if isinstance(self.usage, Unset):
                usage = UNSET
            elif isinstance(self.usage, RerankUsage):
                usage = self.usage.to_dict()
            else:
                usage = self.usage
            field_dict["usage"] = usage
        elif wire is not None and "usage" in wire:
            field_dict["usage"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = RerankResult.from_dict(results_item_data)

            results.append(results_item)

        id = d.pop("id", None)

        meta = d.pop("meta", None)
        if meta is not None and not isinstance(meta, Unset):
            try:
                if not isinstance(meta, dict):
                    raise TypeError()
                meta_type_0 = RerankMeta.from_dict(meta)

                meta = meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        model = d.pop("model", None)

        usage = d.pop("usage", None)
        if usage is not None and not isinstance(usage, Unset):
            try:
                if not isinstance(usage, dict):
                    raise TypeError()
                usage_type_0 = RerankUsage.from_dict(usage)

                usage = usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        rerank_response = cls(
            results,
            id,
            meta,
            model,
            usage,
        )
        rerank_response._wire = src_dict

        rerank_response.additional_properties = d
        return rerank_response

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
                "results",
                "id",
                "meta",
                "model",
                "usage",
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
    """Import the model classes RerankResponse refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, RerankMeta, RerankResult, RerankUsage  # noqa: PLW0603
    from ..models.rerank_meta import RerankMeta  # noqa: PLC0415
    from ..models.rerank_result import RerankResult  # noqa: PLC0415
    from ..models.rerank_usage import RerankUsage  # noqa: PLC0415

    _imported = True
