"""What every namespace of the client shares: the client it belongs to, calls through that client's
generated client, and paging through a list operation."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from ._pagination import Lister
from ._response import call, call_no_content

if TYPE_CHECKING:
    from ._client import VeeamAgentsClient

__all__ = ["Resource"]

M = TypeVar("M")
T = TypeVar("T")


class Resource:
    """The base of ``vbr.recovery_tokens``, ``vbr.protection_groups`` and the other namespaces."""

    def __init__(self, client: VeeamAgentsClient) -> None:
        self._client = client

    async def _call(self, endpoint: ModuleType, model: type[M] | tuple[type[M], ...], **arguments: Any) -> M:
        """The operation of the generated module `endpoint`, answered with `model` (or a typed error)."""
        result: M = await call(endpoint.asyncio_detailed, model, client=self._client.raw, **arguments)
        return result

    async def _call_no_content(self, endpoint: ModuleType, **arguments: Any) -> None:
        """The operation of `endpoint`, whose success carries nothing to read (204)."""
        await call_no_content(endpoint.asyncio_detailed, client=self._client.raw, **arguments)

    def _paging(
        self, endpoint: ModuleType, result: type[Any], key: Callable[[T], Hashable], **path: object
    ) -> Lister[T]:
        """Paging through the list operation of `endpoint` (`path`: its path arguments, such as a
        group's id); its keyword filters are the module's own `Filters`."""
        return Lister(endpoint, result, key, {"client": self._client.raw, **path}, self._client.page_size)
