from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.e_authentication_type import EAuthenticationType
from ..models.e_credentials_type import ECredentialsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LinuxCredentialsSpec")


@_attrs_define
class LinuxCredentialsSpec:
    username: str
    type_: ECredentialsType
    authentication_type: EAuthenticationType
    description: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    ssh_port: int | Unset = UNSET
    elevate_to_root: bool | Unset = UNSET
    add_to_sudoers: bool | Unset = UNSET
    use_su: bool | Unset = UNSET
    private_key: str | Unset = UNSET
    passphrase: str | Unset = UNSET
    password: str | Unset = UNSET
    root_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        username = d.pop("username")
        if type(username) is not str:
            raise TypeError("username: not str")

        type_ = ECredentialsType.from_json(d.pop("type"))

        authentication_type = EAuthenticationType.from_json(d.pop("authenticationType"))

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
        elif description is not UNSET and type(description) is not str:
            raise TypeError("description: not str")

        unique_id = d.pop("uniqueId", UNSET)
        if unique_id is None:
            unique_id = UNSET
        elif unique_id is not UNSET and type(unique_id) is not str:
            raise TypeError("uniqueId: not str")

        ssh_port = d.pop("SSHPort", UNSET)
        if ssh_port is None:
            ssh_port = UNSET
        elif ssh_port is not UNSET and type(ssh_port) is not int:
            raise TypeError("SSHPort: not int")

        elevate_to_root = d.pop("elevateToRoot", UNSET)
        if elevate_to_root is None:
            elevate_to_root = UNSET
        elif elevate_to_root is not UNSET and type(elevate_to_root) is not bool:
            raise TypeError("elevateToRoot: not bool")

        add_to_sudoers = d.pop("addToSudoers", UNSET)
        if add_to_sudoers is None:
            add_to_sudoers = UNSET
        elif add_to_sudoers is not UNSET and type(add_to_sudoers) is not bool:
            raise TypeError("addToSudoers: not bool")

        use_su = d.pop("useSu", UNSET)
        if use_su is None:
            use_su = UNSET
        elif use_su is not UNSET and type(use_su) is not bool:
            raise TypeError("useSu: not bool")

        private_key = d.pop("privateKey", UNSET)
        if private_key is None:
            private_key = UNSET
        elif private_key is not UNSET and type(private_key) is not str:
            raise TypeError("privateKey: not str")

        passphrase = d.pop("passphrase", UNSET)
        if passphrase is None:
            passphrase = UNSET
        elif passphrase is not UNSET and type(passphrase) is not str:
            raise TypeError("passphrase: not str")

        password = d.pop("password", UNSET)
        if password is None:
            password = UNSET
        elif password is not UNSET and type(password) is not str:
            raise TypeError("password: not str")

        root_password = d.pop("rootPassword", UNSET)
        if root_password is None:
            root_password = UNSET
        elif root_password is not UNSET and type(root_password) is not str:
            raise TypeError("rootPassword: not str")

        linux_credentials_spec = cls(
            username=username,
            type_=type_,
            authentication_type=authentication_type,
            description=description,
            unique_id=unique_id,
            ssh_port=ssh_port,
            elevate_to_root=elevate_to_root,
            add_to_sudoers=add_to_sudoers,
            use_su=use_su,
            private_key=private_key,
            passphrase=passphrase,
            password=password,
            root_password=root_password,
        )

        linux_credentials_spec.additional_properties = d
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
