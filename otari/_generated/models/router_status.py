from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.learned_policy import LearnedPolicy
    from ..models.pool_status import PoolStatus
    from ..models.task_pool import TaskPool


T = TypeVar("T", bound="RouterStatus")


@_attrs_define
class RouterStatus:
    """How warm this user's routing memory is, and what depends on it.

    Routing memory has no single warmth: it is a set of independent pools.
    ``default_pool`` is what a request with no ``Otari-Router-Task`` header votes
    over (every record the user has, labeled or not) and ``tasks`` lists each
    partition, which only requests carrying that label use. Each crosses
    ``seed_count`` on its own.

        Attributes:
            alpha (float):
            confidence_floor (float):
            default_pool (PoolStatus):
            embedding_model (str):
            granularity (str):
            k (int):
            policies (list[LearnedPolicy]):
            seed_count (int):
            tasks (list[TaskPool]):
            user_id (str):
    """

    alpha: float
    confidence_floor: float
    default_pool: PoolStatus
    embedding_model: str
    granularity: str
    k: int
    policies: list[LearnedPolicy]
    seed_count: int
    tasks: list[TaskPool]
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        alpha = self.alpha

        confidence_floor = self.confidence_floor

        default_pool = self.default_pool.to_dict()

        embedding_model = self.embedding_model

        granularity = self.granularity

        k = self.k

        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.to_dict()
            policies.append(policies_item)

        seed_count = self.seed_count

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alpha": alpha,
                "confidence_floor": confidence_floor,
                "default_pool": default_pool,
                "embedding_model": embedding_model,
                "granularity": granularity,
                "k": k,
                "policies": policies,
                "seed_count": seed_count,
                "tasks": tasks,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        alpha = d.pop("alpha")

        confidence_floor = d.pop("confidence_floor")

        default_pool = PoolStatus.from_dict(d.pop("default_pool"))

        embedding_model = d.pop("embedding_model")

        granularity = d.pop("granularity")

        k = d.pop("k")

        policies = []
        _policies = d.pop("policies")
        for policies_item_data in _policies:
            policies_item = LearnedPolicy.from_dict(policies_item_data)

            policies.append(policies_item)

        seed_count = d.pop("seed_count")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskPool.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        user_id = d.pop("user_id")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        router_status = cls(
            alpha,
            confidence_floor,
            default_pool,
            embedding_model,
            granularity,
            k,
            policies,
            seed_count,
            tasks,
            user_id,
        )
        router_status._wire = src_dict

        router_status.additional_properties = d
        return router_status

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
                "alpha",
                "confidence_floor",
                "default_pool",
                "embedding_model",
                "granularity",
                "k",
                "policies",
                "seed_count",
                "tasks",
                "user_id",
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
    """Import the model classes RouterStatus refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, LearnedPolicy, PoolStatus, TaskPool  # noqa: PLW0603
    from ..models.learned_policy import LearnedPolicy  # noqa: PLC0415
    from ..models.pool_status import PoolStatus  # noqa: PLC0415
    from ..models.task_pool import TaskPool  # noqa: PLC0415

    _imported = True
