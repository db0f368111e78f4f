"""The VBR Error body and the exception handlers raise to answer with it."""

from __future__ import annotations

from typing import Literal

from starlette.responses import JSONResponse, Response

# The values of the document's Error.errorCode enum (a test keeps the two in step), as a Literal for mypy.
ErrorCode = Literal[
    "AccessDenied",
    "ExpiredToken",
    "InvalidToken",
    "InvalidURI",
    "MethodNotAllowed",
    "NotFound",
    "NotImplemented",
    "ServiceUnavailable",
    "UnexpectedContent",
    "UnknownError",
]


class FakeApiError(Exception):
    """Raised in the fake to answer ``{"errorCode", "message", "resourceId"?}`` with an HTTP status.

    Server side only: the client reads such an answer as its own ``veeam_agents_client.ApiError``.
    """

    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        *,
        resource_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.resource_id = resource_id
        self.headers = headers or {}

    def body(self) -> dict[str, str]:
        """The JSON body of the Error schema."""
        body = {"errorCode": self.code, "message": self.message}
        if self.resource_id is not None:
            body["resourceId"] = self.resource_id
        return body

    def response(self, *, empty_body: bool = False) -> Response:
        """The response; ``empty_body`` answers with no body at all (VBR does that on some 401s)."""
        if empty_body:
            return Response(status_code=self.status, headers=self.headers)
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def bad_request(message: str, *, code: ErrorCode = "UnexpectedContent") -> FakeApiError:
    """A 400: a malformed body (``UnexpectedContent``) or query/path value (``InvalidURI``)."""
    return FakeApiError(400, code, message)


def not_found(kind: str, resource_id: str) -> FakeApiError:
    """A 404 naming the missing object."""
    return FakeApiError(404, "NotFound", f"{kind} with ID {resource_id} was not found.", resource_id=resource_id)
