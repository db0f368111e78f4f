"""The public names of the hand-written layer, re-exported by the package ``__init__``."""

from ._agent_packages import AgentPackages, LinuxPackageFilters, UnixPackageFilters
from ._agent_states import AgentStateFilters, AgentStates
from ._client import VeeamAgentsClient
from ._constants import API_VERSION
from ._discovered_entities import DiscoveredEntities, DiscoveredEntity, DiscoveredEntityFilters
from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    PaginationError,
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
)
from ._pagination import Page
from ._protected_computers import ProtectedComputerFilters, ProtectedComputers
from ._protection_groups import AnyProtectionGroupSpec, ProtectionGroup, ProtectionGroupFilters, ProtectionGroups
from ._recovery_appliances import RecoveryApplianceFilters, RecoveryAppliances
from ._recovery_tokens import RecoveryTokenFilters, RecoveryTokens
from ._retries import RetryPolicy
from ._revisions import KNOWN_REVISIONS
from ._sessions import Sessions
from ._tasks import AnyTask, Tasks
from ._transport import InsecureTLSWarning

__all__ = [
    "API_VERSION",
    "KNOWN_REVISIONS",
    "AgentPackages",
    "AgentStateFilters",
    "AgentStates",
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
    "DiscoveredEntityFilters",
    "ForbiddenError",
    "InsecureTLSWarning",
    "InternalServerError",
    "LinuxPackageFilters",
    "NotFoundError",
    "Page",
    "PaginationError",
    "ProtectedComputerFilters",
    "ProtectedComputers",
    "ProtectionGroup",
    "ProtectionGroupFilters",
    "ProtectionGroups",
    "RecoveryApplianceFilters",
    "RecoveryAppliances",
    "RecoveryTokenFilters",
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
    "UnixPackageFilters",
    "UnsupportedApiVersionError",
    "UnsupportedOperationError",
    "VeeamAgentsClient",
    "VeeamError",
]
