from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_authentication_type import EAuthenticationType
from ..models.e_credentials_type import ECredentialsType
from ..types import (
    UNSET,
    Unset,
    object_fields,
    rebuilt,
    received,
    redacted_repr,
    unreadable,
    was_received,
)

T = TypeVar("T", bound="LinuxCredentialsSpec")


@_attrs_define
class LinuxCredentialsSpec:
    """Credentials of an SSH account on a Linux computer (type Linux), with a password or a private key and how to get root
    rights.

    """

    username: str
    """ The account name, for example administrator or DOMAIN\\user. """
    authentication_type: EAuthenticationType
    """ Whether the account logs in with a key (SshKey) or a password (Password). """
    description: str | Unset = UNSET
    """ Free text describing the credentials. """
    unique_id: str | Unset = UNSET
    """ Unique ID of the credentials record, as text. """
    ssh_port: int | Unset = UNSET
    """ TCP port of the computer's SSH server. """
    elevate_to_root: bool | Unset = UNSET
    """ True to elevate the account to root rights after logging in. """
    add_to_sudoers: bool | Unset = UNSET
    """ True to add the account to the sudoers file. """
    use_su: bool | Unset = UNSET
    """ True to elevate with su. """
    private_key: str | Unset = UNSET
    """ The SSH private key, with authenticationType SshKey. Secret: repr and str show <redacted>. """
    passphrase: str | Unset = UNSET
    """ Passphrase of the private key. Secret: repr and str show <redacted>. """
    password: str | Unset = UNSET
    """ The account's password, with authenticationType Password. Secret: repr and str show <redacted>. """
    root_password: str | Unset = UNSET
    """ The root account's password. Secret: repr and str show <redacted>. """
    type_: ECredentialsType = _attrs_field(
        default=ECredentialsType("Linux"),
        kw_only=True,
        metadata={"discriminator": "type"},
    )
    """ Kind of credentials (Standard for an account with a password, Linux for an SSH account, ManagedService for a
    managed service account). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(
            self,
            frozenset(
                {
                    "passphrase",
                    "password",
                    "private_key",
                    "root_password",
                }
            ),
        )

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Copies and pickles keep the mark of a member read where its field declares another kind.
        return rebuilt, (type(self), self.__getstate__(), was_received(self))

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        type_ = self.type_.value

        authentication_type = self.authentication_type.value

        description = self.description

        unique_id = self.unique_id

        ssh_port = self.ssh_port

        elevate_to_root = self.elevate_to_root

        add_to_sudoers = self.add_to_sudoers

        use_su = self.use_su

        private_key = self.private_key

        passphrase = self.passphrase

        password = self.password

        root_password = self.root_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "type": type_,
                "authenticationType": authentication_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if ssh_port is not UNSET:
            field_dict["SSHPort"] = ssh_port
        if elevate_to_root is not UNSET:
            field_dict["elevateToRoot"] = elevate_to_root
        if add_to_sudoers is not UNSET:
            field_dict["addToSudoers"] = add_to_sudoers
        if use_su is not UNSET:
            field_dict["useSu"] = use_su
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase
        if password is not UNSET:
            field_dict["password"] = password
        if root_password is not UNSET:
            field_dict["rootPassword"] = root_password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = (
            src_dict.copy() if type(src_dict) is dict else object_fields(src_dict)
        )  # copy(): cheaper than dict()
        # Bound once: one attribute look-up per model instead of one per field.
        pop = d.pop
        # One try around the reading (free until something raises): a failure becomes a
        # ResponseFieldError naming the field, found from what was popped, at no cost here.
        try:
            username = pop("username")
            if type(username) is not str:
                raise TypeError("expected str")
            type_ = ECredentialsType.from_json(pop("type"))

            authentication_type = EAuthenticationType.from_json(
                pop("authenticationType")
            )

            description = pop("description", None)
            if type(description) is not str:
                if description is not None:
                    raise TypeError("expected str")
                description = UNSET
            unique_id = pop("uniqueId", None)
            if type(unique_id) is not str:
                if unique_id is not None:
                    raise TypeError("expected str")
                unique_id = UNSET
            ssh_port = pop("SSHPort", None)
            if type(ssh_port) is not int:
                if ssh_port is not None:
                    raise TypeError("expected int")
                ssh_port = UNSET
            elevate_to_root = pop("elevateToRoot", None)
            if type(elevate_to_root) is not bool:
                if elevate_to_root is not None:
                    raise TypeError("expected bool")
                elevate_to_root = UNSET
            add_to_sudoers = pop("addToSudoers", None)
            if type(add_to_sudoers) is not bool:
                if add_to_sudoers is not None:
                    raise TypeError("expected bool")
                add_to_sudoers = UNSET
            use_su = pop("useSu", None)
            if type(use_su) is not bool:
                if use_su is not None:
                    raise TypeError("expected bool")
                use_su = UNSET
            private_key = pop("privateKey", None)
            if type(private_key) is not str:
                if private_key is not None:
                    raise TypeError("expected str")
                private_key = UNSET
            passphrase = pop("passphrase", None)
            if type(passphrase) is not str:
                if passphrase is not None:
                    raise TypeError("expected str")
                passphrase = UNSET
            password = pop("password", None)
            if type(password) is not str:
                if password is not None:
                    raise TypeError("expected str")
                password = UNSET
            root_password = pop("rootPassword", None)
            if type(root_password) is not str:
                if root_password is not None:
                    raise TypeError("expected str")
                root_password = UNSET
        except (LookupError, TypeError, ValueError, AttributeError) as exc:
            raise unreadable(
                exc,
                src_dict,
                d,
                (
                    "username",
                    "type",
                    "authenticationType",
                    "description",
                    "uniqueId",
                    "SSHPort",
                    "elevateToRoot",
                    "addToSudoers",
                    "useSu",
                    "privateKey",
                    "passphrase",
                    "password",
                    "rootPassword",
                ),
            ) from exc
        # What is left after the known fields were popped; an emptied copy still holds its table (a 20-field
        # object's: 464 bytes), so the usual case keeps a fresh empty dict (64) instead.
        additional_properties = d if d else {}
        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        linux_credentials_spec = cls(
            username,
            authentication_type,
            description,
            unique_id,
            ssh_port,
            elevate_to_root,
            add_to_sudoers,
            use_su,
            private_key,
            passphrase,
            password,
            root_password,
            additional_properties,
            type_=type_,
        )
        if type_ != "Linux":  # another kind in a field typed as this one
            received(linux_credentials_spec)
        return linux_credentials_spec

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


def _mirror(msgspec: Any, tagged: bool) -> Any:
    """The fast reader's mirror of LinuxCredentialsSpec (types.read_json): a msgspec Struct of its fields under their
    JSON names, and no other, whose `_build` makes the model. `tagged`: the variant a family union holds, its kind
    msgspec's tag."""

    def build(m: Any) -> LinuxCredentialsSpec:
        username = m.username

        type_ = m.type_

        authentication_type = m.authentication_type

        description = m.description
        if description is None:
            description = UNSET

        unique_id = m.unique_id
        if unique_id is None:
            unique_id = UNSET

        ssh_port = m.ssh_port
        if ssh_port is None:
            ssh_port = UNSET

        elevate_to_root = m.elevate_to_root
        if elevate_to_root is None:
            elevate_to_root = UNSET

        add_to_sudoers = m.add_to_sudoers
        if add_to_sudoers is None:
            add_to_sudoers = UNSET

        use_su = m.use_su
        if use_su is None:
            use_su = UNSET

        private_key = m.private_key
        if private_key is None:
            private_key = UNSET

        passphrase = m.passphrase
        if passphrase is None:
            passphrase = UNSET

        password = m.password
        if password is None:
            password = UNSET

        root_password = m.root_password
        if root_password is None:
            root_password = UNSET

        # Positional, in declaration order: attrs' __init__ binds them without matching names.
        linux_credentials_spec = LinuxCredentialsSpec(
            username,
            authentication_type,
            description,
            unique_id,
            ssh_port,
            elevate_to_root,
            add_to_sudoers,
            use_su,
            private_key,
            passphrase,
            password,
            root_password,
            {},
            type_=type_,
        )
        if type_ != "Linux":  # another kind in a field typed as this one
            received(linux_credentials_spec)
        return linux_credentials_spec

    fields: list[Any] = [
        ("username", str),
        ("authentication_type", EAuthenticationType),
        ("description", str | None, None),
        ("unique_id", str | None, None),
        ("ssh_port", int | None, None),
        ("elevate_to_root", bool | None, None),
        ("add_to_sudoers", bool | None, None),
        ("use_su", bool | None, None),
        ("private_key", str | None, None),
        ("passphrase", str | None, None),
        ("password", str | None, None),
        ("root_password", str | None, None),
    ]
    namespace: dict[str, Any] = {"_build": build}
    # Tagged, the kind is msgspec's tag, not a field: `_build` finds it on the class, as the body has it.
    if tagged:
        namespace["type_"] = ECredentialsType("Linux")
    else:
        fields.append(
            ("type_", ECredentialsType),
        )
    return msgspec.defstruct(
        "LinuxCredentialsSpec",
        fields,
        rename={
            "type_": "type",
            "authentication_type": "authenticationType",
            "unique_id": "uniqueId",
            "ssh_port": "SSHPort",
            "elevate_to_root": "elevateToRoot",
            "add_to_sudoers": "addToSudoers",
            "use_su": "useSu",
            "private_key": "privateKey",
            "root_password": "rootPassword",
        },
        tag_field="type" if tagged else None,
        tag="Linux" if tagged else None,
        namespace=namespace,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
