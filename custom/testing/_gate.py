"""The gate every request passes, in VBR's order, and the dispatch to the handler of its operation.

The ``x-api-version`` header picks the revision's :class:`Rules`; an operation that revision lacks
is not there (404, or 405 listing the methods the revision has at that path); then the bearer token
and the caller's role; then the handler runs under the fake's lock against its state, and its
answer takes the revision's success status. Where each operation lives (method and path) comes
from the document's table, ``revisions.ROUTES``: a caller of :func:`application` only says which
handler serves which operation, and for whom.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..revisions import ROUTES
from ._auth import Login, Role
from ._bodies import check_query, read_json
from ._errors import ErrorCode, FakeApiError
from ._query import parse_uuid
from ._revisions import Rules, module_name, rules_for

if TYPE_CHECKING:
    from ._fake import FakeVBR

HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")


@dataclass
class Call:
    """What a handler gets: the fake, the revision's rules, the operation (its key in the revision
    table), the caller, the path and query values (without those the revision lacks) and the raw body."""

    fake: FakeVBR
    rules: Rules
    operation: str
    login: Login | None
    path: Mapping[str, str]
    query: Mapping[str, str]
    body: bytes
    content_type: str

    @property
    def caller(self) -> Login:
        """The authenticated login (every operation but CreateToken has one)."""
        assert self.login is not None
        return self.login

    def path_uuid(self, name: str = "id") -> str:
        """A path parameter that must be a UUID."""
        return parse_uuid(self.path[name], f"The path parameter {name}", code="InvalidURI")

    def json(self, kinds: Collection[str] | None = None) -> dict[str, Any]:
        """The body, a JSON object the operation's request schema in the document accepts (for a
        discriminated family, one of ``kinds``); else a 400 naming the field."""
        return read_json(self.operation, self.body, kinds)


Handler = Callable[[Call], Any]
Roles = frozenset[Role] | None
"""The roles that may call an operation; None: no token needed (the token request)."""
Endpoint = Callable[[Request, Rules], Awaitable[Response]]


def application(fake: FakeVBR, served: Mapping[str, tuple[Handler, Roles]]) -> Starlette:
    """The ASGI application serving ``fake``'s state: each operation id of ``served`` at the method
    and path the document gives it, answered by its handler for the roles named."""
    by_path: dict[str, dict[str, tuple[str, Endpoint]]] = {}
    for operation, (handler, roles) in served.items():
        module = module_name(operation)
        method, path = ROUTES[module]
        by_path.setdefault(path, {})[method] = (module, _endpoint(fake, operation, handler, roles))
    # One route per path (any method), so that a 405 lists the methods the revision has there;
    # a fixed segment before a parameter (.../discoveredEntities/trust before .../{entityId}).
    routes = [
        Route(path, _by_method(fake, path, by_path[path]), methods=HTTP_METHODS)
        for path in sorted(by_path, key=_fixed_segments_first)
    ]
    return Starlette(routes=routes, exception_handlers={HTTPException: _http_error, Exception: _server_error})


def _fixed_segments_first(path: str) -> tuple[bool, ...]:
    """Sort key: segment by segment, a fixed name before a ``{parameter}`` (as ASP.NET routing ranks them)."""
    return tuple(segment.startswith("{") for segment in path.split("/"))


def _endpoint(fake: FakeVBR, operation: str, handler: Handler, roles: Roles) -> Endpoint:
    """Wrap a handler in the token and role gate and answer its result in the revision's form."""
    module = module_name(operation)

    async def endpoint(request: Request, rules: Rules) -> Response:
        fake.stats.by_operation[operation] += 1
        body = await request.body()
        try:
            with fake.lock:
                fake.sessions.settle()
                login = None
                if roles is not None:
                    login = fake.tokens.authenticate(request.headers.get("authorization"), fake.now())
                    if login.user.role not in roles:
                        raise FakeApiError(403, "AccessDenied", f"The role {login.user.role.value} may not do this.")
                call = Call(
                    fake=fake,
                    rules=rules,
                    operation=module,
                    login=login,
                    path=request.path_params,
                    query=rules.known_query(module, request.query_params),
                    body=body,
                    content_type=request.headers.get("content-type", ""),
                )
                check_query(module, call.query)
                result = handler(call)
        except FakeApiError as error:
            return error.response(empty_body=error.status == 401 and fake.faults.empty_401)
        status = rules.success_status(module)
        if isinstance(result, Response):  # a file, streamed
            result.status_code = status
            return result
        if result is None:
            return Response(status_code=status)
        return JSONResponse(result, status_code=status)

    return endpoint


def _by_method(fake: FakeVBR, path: str, endpoints: dict[str, tuple[str, Endpoint]]) -> Callable[[Request], Any]:
    """One endpoint for a path: the version gate, then each method to its operation (HEAD to GET).

    A path or method the request's revision lacks is answered as by a server without that route;
    a 405 lists every method the revision documents there (also one the fake does not serve).
    """
    documented = {method: module for module, (method, template) in ROUTES.items() if template == path}

    async def dispatch(request: Request) -> Response:
        try:
            rules = rules_for(request.headers.get("x-api-version"), fake.accepted)
        except FakeApiError as error:
            return error.response()
        here = {method: endpoint for method, (module, endpoint) in endpoints.items() if rules.has_operation(module)}
        if not here:
            raise HTTPException(404)
        method = "GET" if request.method == "HEAD" else request.method
        if method not in here:
            allowed = [method for method, module in documented.items() if rules.has_operation(module)]
            allowed += ["HEAD"] if "GET" in allowed else []
            raise HTTPException(405, headers={"Allow": ", ".join(sorted(allowed))})
        return await here[method](request, rules)

    return dispatch


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 and 405 as VBR Error bodies."""
    assert isinstance(exc, HTTPException)
    codes: dict[int, ErrorCode] = {404: "NotFound", 405: "MethodNotAllowed"}
    error = FakeApiError(exc.status_code, codes.get(exc.status_code, "UnknownError"), str(exc.detail))
    error.headers.update(exc.headers or {})  # keeps the Allow header of a 405
    return error.response()


async def _server_error(request: Request, exc: Exception) -> Response:
    return FakeApiError(500, "UnknownError", f"Internal error: {exc!r}").response()
