from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.rerank_document import RerankDocument


T = TypeVar("T", bound="RerankResult")


@_attrs_define
class RerankResult:
    """One document's relevance; `index` points into the request's `documents`.

    Attributes:
        index (int):
        relevance_score (float):
        document (None | RerankDocument | str):
    """

    index: int
    relevance_score: float
    document: None | RerankDocument | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        index = self.index

        relevance_score = self.relevance_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "relevance_score": relevance_score,
            }
        )
        wire = self._wire
        if self.document is not None:
            document: dict[str, Any] | None | str | Unset
            if isinstance(self.document, Unset):
                document = UNSET
            elif isinstance(self.document, RerankDocument):
                document = self.document.to_dict()
            else:
                document = self.document
            field_dict["document"] = document
        elif wire is not None and "document" in wire:
            field_dict["document"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        index = d.pop("index")

        relevance_score = d.pop("relevance_score")

        document = d.pop("document", None)
        if document is not None and not isinstance(document, Unset):
            try:
                if not isinstance(document, dict):
                    raise TypeError()
                document_type_0 = RerankDocument.from_dict(document)

                document = document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        rerank_result = cls(
            index,
            relevance_score,
            document,
        )
        rerank_result._wire = src_dict

        rerank_result.additional_properties = d
        return rerank_result

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
                "index",
                "relevance_score",
                "document",
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
    """Import the model classes RerankResult refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, RerankDocument  # noqa: PLW0603
    from ..models.rerank_document import RerankDocument  # noqa: PLC0415

    _imported = True
