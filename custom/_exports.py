"""The public names of the hand-written layer, re-exported by the package ``__init__``.

The resource classes and their filter and model types load on first use (PEP 562): their
modules import the models they read, which `import veeam_agents_client` should not pay for.
"""

import importlib
import sys
from typing import TYPE_CHECKING, Any

from ._client import VeeamAgentsClient
from ._constants import API_VERSION
from ._downloads import Download, Progress
from ._exceptions import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ForbiddenError,
    IncompleteDownloadError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    SessionActionRequiredError,
    SessionFailedError,
    SessionTimeoutError,
    TaskFailedError,
    TaskTimeoutError,
    UnauthorizedError,
    UnexpectedResponseError,
    UnsupportedApiVersionError,
    UnsupportedOperationError,
    VeeamError,
    WaitFailedError,
    WaitTimeoutError,
)
from ._pagination import Page
from ._retries import RetryPolicy
from ._revisions import KNOWN_REVISIONS
from ._transport import InsecureTLSWarning
from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._agent_packages import AgentPackages, LinuxPackageListFilters, UnixPackageListFilters
    from ._agent_states import AgentStateListFilters, AgentStates
    from ._discovered_entities import (
        AllDiscoveredEntityListFilters,
        DiscoveredEntities,
        DiscoveredEntity,
        DiscoveredEntityListFilters,
    )
    from ._protected_computers import ProtectedComputerListFilters, ProtectedComputers
    from ._protection_groups import (
        AnyProtectionGroupSpec,
        ProtectionGroup,
        ProtectionGroupListFilters,
        ProtectionGroups,
    )
    from ._recovery_appliances import RecoveryApplianceListFilters, RecoveryAppliances
    from ._recovery_tokens import RecoveryTokenListFilters, RecoveryTokens
    from ._sessions import Sessions
    from ._tasks import AnyTask, Tasks

_ON_FIRST_USE = {
    "._agent_packages": ("AgentPackages", "LinuxPackageListFilters", "UnixPackageListFilters"),
    "._agent_states": ("AgentStateListFilters", "AgentStates"),
    "._discovered_entities": (
        "AllDiscoveredEntityListFilters",
        "DiscoveredEntities",
        "DiscoveredEntity",
        "DiscoveredEntityListFilters",
    ),
    "._protected_computers": ("ProtectedComputerListFilters", "ProtectedComputers"),
    "._protection_groups": (
        "AnyProtectionGroupSpec",
        "ProtectionGroup",
        "ProtectionGroupListFilters",
        "ProtectionGroups",
    ),
    "._recovery_appliances": ("RecoveryApplianceListFilters", "RecoveryAppliances"),
    "._recovery_tokens": ("RecoveryTokenListFilters", "RecoveryTokens"),
    "._sessions": ("Sessions",),
    "._tasks": ("AnyTask", "Tasks"),
}
_MODULE_OF = {name: module for module, names in _ON_FIRST_USE.items() for name in names}

__all__ = [
    "API_VERSION",
    "UNSET",
    "KNOWN_REVISIONS",
    "AgentPackages",
    "AgentStateListFilters",
    "AgentStates",
    "AllDiscoveredEntityListFilters",
    "AnyProtectionGroupSpec",
    "AnyTask",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "DiscoveredEntities",
    "DiscoveredEntity",
    "DiscoveredEntityListFilters",
    "Download",
    "ForbiddenError",
    "IncompleteDownloadError",
    "InsecureTLSWarning",
    "InternalServerError",
    "LinuxPackageListFilters",
    "NotFoundError",
    "Page",
    "PaginationError",
    "Progress",
    "ProtectedComputerListFilters",
    "ProtectedComputers",
    "ProtectionGroup",
    "ProtectionGroupListFilters",
    "ProtectionGroups",
    "RateLimitError",
    "RecoveryApplianceListFilters",
    "RecoveryAppliances",
    "RecoveryTokenListFilters",
    "RecoveryTokens",
    "RetryPolicy",
    "SessionActionRequiredError",
    "SessionFailedError",
    "SessionTimeoutError",
    "Sessions",
    "TaskFailedError",
    "TaskTimeoutError",
    "Tasks",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "UnixPackageListFilters",
    "UnsupportedApiVersionError",
    "Unset",
    "UnsupportedOperationError",
    "VeeamAgentsClient",
    "VeeamError",
    "WaitFailedError",
    "WaitTimeoutError",
]


def __getattr__(name: str) -> Any:
    """A public name of the package, its module imported now if it is one that loads on first use."""
    module = _MODULE_OF.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module, __package__), name)
    elif name in __all__:
        value = globals()[name]
    else:
        raise AttributeError(f"module {__package__!r} has no attribute {name!r}")
    setattr(sys.modules[__package__], name, value)  # the package finds it directly from now on
    return value


def __dir__() -> list[str]:
    """The package's public names and its modules: no helper of its own (``_typing``) or of typing."""
    package = vars(sys.modules[__package__])
    return sorted({*(name for name in package if not name.startswith("_") or name == "__version__"), *__all__})
