"""The public names of the hand-written layer, re-exported by the package ``__init__``."""

from ._client import VeeamAgentsClient
from ._constants import API_VERSION
from ._discovered_entities import DiscoveredEntity
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
from ._retries import RetryPolicy
from ._revisions import KNOWN_REVISIONS
from ._tasks import AnyTask
from ._transport import InsecureTLSWarning

__all__ = [
    "API_VERSION",
    "KNOWN_REVISIONS",
    "AnyTask",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "DiscoveredEntity",
    "ForbiddenError",
    "InsecureTLSWarning",
    "InternalServerError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "RetryPolicy",
    "SessionActionRequiredError",
    "SessionFailedError",
    "SessionTimeoutError",
    "TaskFailedError",
    "TaskTimeoutError",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "UnsupportedApiVersionError",
    "UnsupportedOperationError",
    "VeeamAgentsClient",
    "VeeamError",
]
