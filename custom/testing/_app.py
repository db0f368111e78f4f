"""The fake's application: which handler serves each operation of the document, and for whom.

Where an operation lives (method and path) is the document's business (``revisions.ROUTES``), and
how a request reaches its handler is the gate's (``_gate``); this module only declares the
handlers, by operation id. An operation of the document that the fake does not serve is named in
:data:`UNSERVED` with the reason (a test holds the two declarations to the document).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._areas import (
    agent_backups,
    agent_states,
    auth,
    discovered_entities,
    packages,
    protected_computers,
    protection_groups,
    recovery_appliances,
    recovery_media,
    recovery_tokens,
    sessions,
    tasks,
)
from ._areas.discovered_entities import action
from ._auth import Role
from ._gate import Handler, Roles, application

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from ._fake import FakeVBR

ADMIN_ONLY = frozenset({Role.BACKUP_ADMINISTRATOR})
ADMIN_AND_OPERATOR = frozenset({Role.BACKUP_ADMINISTRATOR, Role.RESTORE_OPERATOR})
EVERYONE = ADMIN_AND_OPERATOR
NO_TOKEN = None

SERVED: dict[str, tuple[Handler, Roles]] = {
    # login, sessions and tasks
    "CreateToken": (auth.create_token, NO_TOKEN),
    "Logout": (auth.logout, EVERYONE),
    "GetSession": (sessions.get_session, EVERYONE),
    "GetTask": (tasks.get_task, EVERYONE),
    # recovery tokens
    "GetAllComputerRecoveryTokens": (recovery_tokens.list_recovery_tokens, ADMIN_ONLY),
    "CreateComputerRecoveryToken": (recovery_tokens.create_recovery_token, ADMIN_ONLY),
    "GetComputerRecoveryToken": (recovery_tokens.get_recovery_token, ADMIN_ONLY),
    "UpdateComputerRecoveryToken": (recovery_tokens.update_recovery_token, ADMIN_ONLY),
    "DeleteComputerRecoveryToken": (recovery_tokens.delete_recovery_token, ADMIN_ONLY),
    # protected computers
    "GetProtectedComputers": (protected_computers.list_protected_computers, ADMIN_AND_OPERATOR),
    "GetProtectedComputer": (protected_computers.get_protected_computer, ADMIN_AND_OPERATOR),
    # discovered entities
    "GetDiscoveredEntities": (discovered_entities.list_entities, ADMIN_ONLY),
    "GetAllDiscoveredEntities": (discovered_entities.list_all_entities, ADMIN_ONLY),
    "GetDiscoveredEntity": (discovered_entities.get_entity, ADMIN_ONLY),
    "DeleteDiscoveredEntity": (discovered_entities.delete_entity, ADMIN_ONLY),
    "TrustDiscoveredEntities": (discovered_entities.trust, ADMIN_ONLY),
    "RescanDiscoveredEntities": (action("rescan"), ADMIN_ONLY),
    "InstallAgentOnDiscoveredEntities": (action("installAgent"), ADMIN_ONLY),
    "UninstallAgentFromDiscoveredEntities": (action("uninstallAgent"), ADMIN_ONLY),
    "UninstallAllComponentsFromDiscoveredEntities": (action("uninstallAllComponents"), ADMIN_ONLY),
    "UpgradeAgentOnDiscoveredEntities": (action("upgradeAgent"), ADMIN_ONLY),
    "InstallCBTDriverOnDiscoveredEntities": (action("installCBTDriver"), ADMIN_ONLY),
    "UninstallCBTDriverFromDiscoveredEntities": (action("uninstallCBTDriver"), ADMIN_ONLY),
    "RebootDiscoveredEntities": (action("reboot"), ADMIN_ONLY),
    "PrepareForRemoteBmr": (action("prepareForRemoteBmr"), ADMIN_ONLY),
    "RecreateEmbeddedRecoveryMedia": (action("recreateEmbeddedRm"), ADMIN_ONLY),
    # recovery media of a discovered computer
    "CreateRecoveryMediaForDiscoveredEntity": (recovery_media.recovery_media, ADMIN_ONLY),
    "CreateRecoveryMediaTaskForDiscoveredEntity": (recovery_media.create_recovery_media_task, ADMIN_ONLY),
    # agent backups and agent states
    "GetAgentBackups": (agent_backups.list_agent_backups, ADMIN_ONLY),
    "AttachBackupToAgent": (agent_backups.attach_backup, ADMIN_ONLY),
    "DetachBackupFromAgent": (agent_backups.detach_backup, ADMIN_ONLY),
    "GetAllAgentStates": (agent_states.list_agent_states, ADMIN_ONLY),
    "GetAgentState": (agent_states.get_agent_state, ADMIN_ONLY),
    # agent packages
    "GetAllAgentPackages": (packages.list_linux_packages, ADMIN_ONLY),
    "GetAllAgentPackagesForUnix": (packages.list_unix_packages, ADMIN_ONLY),
    "DownloadProtectionGroupPackages": (packages.protection_group_packages, ADMIN_ONLY),
    # recovery appliances
    "GetAgentsRecoveryAppliances": (recovery_appliances.list_recovery_appliances, ADMIN_ONLY),
    "GetAgentsRecoveryAppliance": (recovery_appliances.get_recovery_appliance, ADMIN_ONLY),
    "RebootAgentsRecoveryAppliance": (recovery_appliances.reboot_recovery_appliance, ADMIN_ONLY),
    "RebootAgentsRecoveryAppliances": (recovery_appliances.reboot_recovery_appliances, ADMIN_ONLY),
    # protection groups
    "GetAllProtectionGroups": (protection_groups.list_groups, ADMIN_ONLY),
    "CreateProtectionGroup": (protection_groups.create_group, ADMIN_ONLY),
    "GetProtectionGroup": (protection_groups.get_group, ADMIN_ONLY),
    "UpdateProtectionGroup": (protection_groups.update_group, ADMIN_ONLY),
    "DeleteProtectionGroup": (protection_groups.delete_group, ADMIN_ONLY),
    "RescanProtectionGroup": (protection_groups.rescan_group, ADMIN_ONLY),
    "EnableProtectionGroup": (protection_groups.switch(disabled=False), ADMIN_ONLY),
    "DisableProtectionGroup": (protection_groups.switch(disabled=True), ADMIN_ONLY),
}
"""Operation id -> (its handler, the roles that may call it; None: no token needed)."""

UNSERVED: dict[str, str] = {}
"""Operation id -> why the fake does not serve it (none today: the fake serves the whole document)."""


def build_app(fake: FakeVBR) -> Starlette:
    """The ASGI application serving ``fake``'s state."""
    return application(fake, SERVED)
