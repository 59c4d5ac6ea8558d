from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.moderation_result_categories import ModerationResultCategories
    from ..models.moderation_result_category_applied_input_types_type_0 import (
        ModerationResultCategoryAppliedInputTypesType0,
    )
    from ..models.moderation_result_category_scores import ModerationResultCategoryScores
    from ..models.moderation_result_provider_raw_type_0 import (
        ModerationResultProviderRawType0,
    )


T = TypeVar("T", bound="ModerationResult")


@_attrs_define
class ModerationResult:
    """A single moderation decision, typically one per input item.

    Attributes:
        flagged (bool):
        categories (ModerationResultCategories | None):
        category_applied_input_types (ModerationResultCategoryAppliedInputTypesType0 | None):
        category_scores (ModerationResultCategoryScores | None):
        provider_raw (ModerationResultProviderRawType0 | None):
    """

    flagged: bool
    categories: ModerationResultCategories | None = None
    category_applied_input_types: ModerationResultCategoryAppliedInputTypesType0 | None = None
    category_scores: ModerationResultCategoryScores | None = None
    provider_raw: ModerationResultProviderRawType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        flagged = self.flagged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flagged": flagged,
            }
        )
        wire = self._wire
        if self.categories is not None:
            categories: dict[str, Any] | Unset = UNSET
            if not isinstance(self.categories, Unset):
                categories = self.categories.to_dict()
            field_dict["categories"] = categories
        elif wire is not None and "categories" in wire:
            field_dict["categories"] = None
        if self.category_applied_input_types is not None:
            category_applied_input_types: dict[str, Any] | None | Unset
            if isinstance(self.category_applied_input_types, Unset):
                category_applied_input_types = UNSET
            elif isinstance(self.category_applied_input_types, ModerationResultCategoryAppliedInputTypesType0):
                category_applied_input_types = self.category_applied_input_types.to_dict()
            else:
                category_applied_input_types = self.category_applied_input_types
            field_dict["category_applied_input_types"] = category_applied_input_types
        elif wire is not None and "category_applied_input_types" in wire:
            field_dict["category_applied_input_types"] = None
        if self.category_scores is not None:
            category_scores: dict[str, Any] | Unset = UNSET
            if not isinstance(self.category_scores, Unset):
                category_scores = self.category_scores.to_dict()
            field_dict["category_scores"] = category_scores
        elif wire is not None and "category_scores" in wire:
            field_dict["category_scores"] = None
        if self.provider_raw is not None:
            provider_raw: dict[str, Any] | None | Unset
            if isinstance(self.provider_raw, Unset):
                provider_raw = UNSET
            elif isinstance(self.provider_raw, ModerationResultProviderRawType0):
                provider_raw = self.provider_raw.to_dict()
            else:
                provider_raw = self.provider_raw
            field_dict["provider_raw"] = provider_raw
        elif wire is not None and "provider_raw" in wire:
            field_dict["provider_raw"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        flagged = d.pop("flagged")

        _categories = d.pop("categories", UNSET)
        categories: ModerationResultCategories | Unset
        if isinstance(_categories, Unset):
            categories = UNSET
        else:
            categories = ModerationResultCategories.from_dict(_categories)

        if isinstance(categories, Unset):
            categories = None

        category_applied_input_types = d.pop("category_applied_input_types", None)
        if category_applied_input_types is not None and not isinstance(category_applied_input_types, Unset):
            try:
                if not isinstance(category_applied_input_types, dict):
                    raise TypeError()
                category_applied_input_types_type_0 = ModerationResultCategoryAppliedInputTypesType0.from_dict(
                    category_applied_input_types
                )

                category_applied_input_types = category_applied_input_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _category_scores = d.pop("category_scores", UNSET)
        category_scores: ModerationResultCategoryScores | Unset
        if isinstance(_category_scores, Unset):
            category_scores = UNSET
        else:
            category_scores = ModerationResultCategoryScores.from_dict(_category_scores)

        if isinstance(category_scores, Unset):
            category_scores = None

        provider_raw = d.pop("provider_raw", None)
        if provider_raw is not None and not isinstance(provider_raw, Unset):
            try:
                if not isinstance(provider_raw, dict):
                    raise TypeError()
                provider_raw_type_0 = ModerationResultProviderRawType0.from_dict(provider_raw)

                provider_raw = provider_raw_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        moderation_result = cls(
            flagged,
            categories,
            category_applied_input_types,
            category_scores,
            provider_raw,
        )
        moderation_result._wire = src_dict

        moderation_result.additional_properties = d
        return moderation_result

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
                "flagged",
                "categories",
                "category_applied_input_types",
                "category_scores",
                "provider_raw",
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
    """Import the model classes ModerationResult refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ModerationResultCategories, ModerationResultCategoryAppliedInputTypesType0, ModerationResultCategoryScores, ModerationResultProviderRawType0  # noqa: PLW0603
    from ..models.moderation_result_categories import ModerationResultCategories  # noqa: PLC0415
    from ..models.moderation_result_category_applied_input_types_type_0 import (
        ModerationResultCategoryAppliedInputTypesType0,  # noqa: PLC0415
    )
    from ..models.moderation_result_category_scores import (
        ModerationResultCategoryScores,  # noqa: PLC0415
    )
    from ..models.moderation_result_provider_raw_type_0 import (
        ModerationResultProviderRawType0,  # noqa: PLC0415
    )

    _imported = True
