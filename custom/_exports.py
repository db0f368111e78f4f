"""The public names of the hand-written layer, re-exported by the package ``__init__``."""

from ._agent_packages import AgentPackages, LinuxPackageFilters, UnixPackageFilters
from ._client import VeeamAgentsClient
from ._constants import API_VERSION
from ._discovered_entities import DiscoveredEntities, DiscoveredEntity, DiscoveredEntityFilters
from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ForbiddenError,
    InternalServerError,
    NotFoundError,
    SessionFailedError,
    SessionTimeoutError,
    UnauthorizedError,
    UnexpectedResponseError,
    VeeamError,
)
from ._pagination import Page
from ._protected_computers import ProtectedComputerFilters, ProtectedComputers
from ._recovery_tokens import RecoveryTokenFilters, RecoveryTokens
from ._retries import RetryPolicy
from ._sessions import Sessions
from ._transport import InsecureTLSWarning

__all__ = [
    "API_VERSION",
    "AgentPackages",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "DiscoveredEntities",
    "DiscoveredEntity",
    "DiscoveredEntityFilters",
    "ForbiddenError",
    "InsecureTLSWarning",
    "InternalServerError",
    "LinuxPackageFilters",
    "NotFoundError",
    "Page",
    "ProtectedComputerFilters",
    "ProtectedComputers",
    "RecoveryTokenFilters",
    "RecoveryTokens",
    "RetryPolicy",
    "SessionFailedError",
    "SessionTimeoutError",
    "Sessions",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "UnixPackageFilters",
    "VeeamAgentsClient",
    "VeeamError",
]
