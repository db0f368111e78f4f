"""Contains all the data models used in inputs/outputs"""

from .ad_domain_model import ADDomainModel
from .ad_object_model import ADObjectModel
from .computer_recovery_token_filters import ComputerRecoveryTokenFilters
from .computer_recovery_token_model import ComputerRecoveryTokenModel
from .computer_recovery_token_result import ComputerRecoveryTokenResult
from .computer_recovery_token_spec import ComputerRecoveryTokenSpec
from .discovered_ad_entity_model import DiscoveredADEntityModel
from .discovered_cluster_entity_model import DiscoveredClusterEntityModel
from .discovered_computer_entity_model import DiscoveredComputerEntityModel
from .discovered_computer_plugin_model import DiscoveredComputerPluginModel
from .discovered_entities_action_spec import DiscoveredEntitiesActionSpec
from .discovered_entities_result import DiscoveredEntitiesResult
from .discovered_entity_filters import DiscoveredEntityFilters
from .discovered_entity_model import DiscoveredEntityModel
from .e_agent_status import EAgentStatus
from .e_application_plugin_status import EApplicationPluginStatus
from .e_application_plugin_type import EApplicationPluginType
from .e_computer_recovery_token_filters_order_column import (
    EComputerRecoveryTokenFiltersOrderColumn,
)
from .e_discovered_computer_state import EDiscoveredComputerState
from .e_discovered_entity_filters_order_column import (
    EDiscoveredEntityFiltersOrderColumn,
)
from .e_discovered_entity_type import EDiscoveredEntityType
from .e_driver_status import EDriverStatus
from .e_linux_package_filters_order_column import ELinuxPackageFiltersOrderColumn
from .e_login_grant_type import ELoginGrantType
from .e_operating_system import EOperatingSystem
from .e_operating_system_platform import EOperatingSystemPlatform
from .e_platform_type import EPlatformType
from .e_protected_computer_filters_order_column import (
    EProtectedComputerFiltersOrderColumn,
)
from .e_protected_computer_type import EProtectedComputerType
from .e_session_result import ESessionResult
from .e_session_state import ESessionState
from .e_session_type import ESessionType
from .e_unix_package_filters_order_column import EUnixPackageFiltersOrderColumn
from .ead_object_type import EADObjectType
from .empty_success_response import EmptySuccessResponse
from .eos_bitness import EOSBitness
from .error import Error
from .error_error_code import ErrorErrorCode
from .linux_package_filters import LinuxPackageFilters
from .linux_package_model import LinuxPackageModel
from .linux_package_result import LinuxPackageResult
from .pagination_result import PaginationResult
from .protected_computer_filters import ProtectedComputerFilters
from .protected_computer_group_model import ProtectedComputerGroupModel
from .protected_computer_model import ProtectedComputerModel
from .protected_computer_result import ProtectedComputerResult
from .session_model import SessionModel
from .session_result_model import SessionResultModel
from .token_login_spec import TokenLoginSpec
from .token_model import TokenModel
from .unix_package_filters import UnixPackageFilters
from .unix_package_model import UnixPackageModel
from .unix_package_result import UnixPackageResult

__all__ = (
    "ADDomainModel",
    "ADObjectModel",
    "ComputerRecoveryTokenFilters",
    "ComputerRecoveryTokenModel",
    "ComputerRecoveryTokenResult",
    "ComputerRecoveryTokenSpec",
    "DiscoveredADEntityModel",
    "DiscoveredClusterEntityModel",
    "DiscoveredComputerEntityModel",
    "DiscoveredComputerPluginModel",
    "DiscoveredEntitiesActionSpec",
    "DiscoveredEntitiesResult",
    "DiscoveredEntityFilters",
    "DiscoveredEntityModel",
    "EADObjectType",
    "EAgentStatus",
    "EApplicationPluginStatus",
    "EApplicationPluginType",
    "EComputerRecoveryTokenFiltersOrderColumn",
    "EDiscoveredComputerState",
    "EDiscoveredEntityFiltersOrderColumn",
    "EDiscoveredEntityType",
    "EDriverStatus",
    "ELinuxPackageFiltersOrderColumn",
    "ELoginGrantType",
    "EOSBitness",
    "EOperatingSystem",
    "EOperatingSystemPlatform",
    "EPlatformType",
    "EProtectedComputerFiltersOrderColumn",
    "EProtectedComputerType",
    "ESessionResult",
    "ESessionState",
    "ESessionType",
    "EUnixPackageFiltersOrderColumn",
    "EmptySuccessResponse",
    "Error",
    "ErrorErrorCode",
    "LinuxPackageFilters",
    "LinuxPackageModel",
    "LinuxPackageResult",
    "PaginationResult",
    "ProtectedComputerFilters",
    "ProtectedComputerGroupModel",
    "ProtectedComputerModel",
    "ProtectedComputerResult",
    "SessionModel",
    "SessionResultModel",
    "TokenLoginSpec",
    "TokenModel",
    "UnixPackageFilters",
    "UnixPackageModel",
    "UnixPackageResult",
)
