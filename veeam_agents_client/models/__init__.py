"""Contains all the data models used in inputs/outputs"""

from .active_directory_object_container_model import ActiveDirectoryObjectContainerModel
from .ad_domain_model import ADDomainModel
from .ad_object_custom_credentials_model import ADObjectCustomCredentialsModel
from .ad_object_model import ADObjectModel
from .ad_objects_protection_group_credential_model import (
    ADObjectsProtectionGroupCredentialModel,
)
from .ad_objects_protection_group_exclusions_model import (
    ADObjectsProtectionGroupExclusionsModel,
)
from .ad_objects_protection_group_model import ADObjectsProtectionGroupModel
from .ad_objects_protection_group_spec import ADObjectsProtectionGroupSpec
from .advanced_protection_group_settings_model import (
    AdvancedProtectionGroupSettingsModel,
)
from .agent_backups_filters import AgentBackupsFilters
from .agent_recovery_appliance_model import AgentRecoveryApplianceModel
from .agent_state_model import AgentStateModel
from .agent_states_filters import AgentStatesFilters
from .agent_states_result import AgentStatesResult
from .agents_recovery_appliance_operation_info import (
    AgentsRecoveryApplianceOperationInfo,
)
from .agents_recovery_appliances_filters import AgentsRecoveryAppliancesFilters
from .agents_recovery_appliances_result import AgentsRecoveryAppliancesResult
from .backup_ids_spec import BackupIdsSpec
from .backup_model import BackupModel
from .backup_window_day_hours_model import BackupWindowDayHoursModel
from .backup_window_setting_model import BackupWindowSettingModel
from .backups_result import BackupsResult
from .cloud_machine_model import CloudMachineModel
from .cloud_machines_protection_group_account_model import (
    CloudMachinesProtectionGroupAccountModel,
)
from .cloud_machines_protection_group_aws_account_model import (
    CloudMachinesProtectionGroupAWSAccountModel,
)
from .cloud_machines_protection_group_azure_account_model import (
    CloudMachinesProtectionGroupAzureAccountModel,
)
from .cloud_machines_protection_group_exclusions_model import (
    CloudMachinesProtectionGroupExclusionsModel,
)
from .cloud_machines_protection_group_model import CloudMachinesProtectionGroupModel
from .cloud_machines_protection_group_objects_model import (
    CloudMachinesProtectionGroupObjectsModel,
)
from .cloud_machines_protection_group_spec import CloudMachinesProtectionGroupSpec
from .cloud_region_model import CloudRegionModel
from .cloud_tag_model import CloudTagModel
from .common_meta_info import CommonMetaInfo
from .common_task_model import CommonTaskModel
from .computer_recovery_token_filters import ComputerRecoveryTokenFilters
from .computer_recovery_token_model import ComputerRecoveryTokenModel
from .computer_recovery_token_result import ComputerRecoveryTokenResult
from .computer_recovery_token_spec import ComputerRecoveryTokenSpec
from .credentials_spec import CredentialsSpec
from .csv_file_custom_credentials_model import CSVFileCustomCredentialsModel
from .csv_file_options_protection_group_model import CSVFileOptionsProtectionGroupModel
from .csv_file_protection_group_credential_model import (
    CSVFileProtectionGroupCredentialModel,
)
from .csv_file_protection_group_model import CSVFileProtectionGroupModel
from .csv_file_protection_group_spec import CSVFileProtectionGroupSpec
from .deployment_kit_task_model import DeploymentKitTaskModel
from .discovered_ad_entity_model import DiscoveredADEntityModel
from .discovered_cluster_entity_model import DiscoveredClusterEntityModel
from .discovered_computer_entity_model import DiscoveredComputerEntityModel
from .discovered_computer_plugin_model import DiscoveredComputerPluginModel
from .discovered_entities_action_spec import DiscoveredEntitiesActionSpec
from .discovered_entities_result import DiscoveredEntitiesResult
from .discovered_entity_filters import DiscoveredEntityFilters
from .discovered_entity_model import DiscoveredEntityModel
from .e_agent_discovered_entity_status import EAgentDiscoveredEntityStatus
from .e_agent_status import EAgentStatus
from .e_agent_throttling_target_type import EAgentThrottlingTargetType
from .e_agents_recovery_appliance_operation_type import (
    EAgentsRecoveryApplianceOperationType,
)
from .e_agents_recovery_appliances_order_column import (
    EAgentsRecoveryAppliancesOrderColumn,
)
from .e_agents_recovery_appliances_state_filter import (
    EAgentsRecoveryAppliancesStateFilter,
)
from .e_amazon_region_type import EAmazonRegionType
from .e_application_plugin_status import EApplicationPluginStatus
from .e_application_plugin_type import EApplicationPluginType
from .e_authentication_type import EAuthenticationType
from .e_azure_region_type import EAzureRegionType
from .e_cloud_machines_object_type import ECloudMachinesObjectType
from .e_computer_recovery_token_filters_order_column import (
    EComputerRecoveryTokenFiltersOrderColumn,
)
from .e_credentials_type import ECredentialsType
from .e_daily_kinds import EDailyKinds
from .e_day_of_week import EDayOfWeek
from .e_discovered_computer_state import EDiscoveredComputerState
from .e_discovered_entity_filters_order_column import (
    EDiscoveredEntityFiltersOrderColumn,
)
from .e_discovered_entity_type import EDiscoveredEntityType
from .e_driver_status import EDriverStatus
from .e_email_notification_type import EEmailNotificationType
from .e_embedded_recovery_media_state import EEmbeddedRecoveryMediaState
from .e_individual_computer_connection_type import EIndividualComputerConnectionType
from .e_inventory_permission_scope import EInventoryPermissionScope
from .e_job_type import EJobType
from .e_linux_package_filters_order_column import ELinuxPackageFiltersOrderColumn
from .e_login_grant_type import ELoginGrantType
from .e_operating_system import EOperatingSystem
from .e_operating_system_platform import EOperatingSystemPlatform
from .e_periodically_kinds import EPeriodicallyKinds
from .e_platform_type import EPlatformType
from .e_protected_computer_filters_order_column import (
    EProtectedComputerFiltersOrderColumn,
)
from .e_protected_computer_type import EProtectedComputerType
from .e_protection_group_cloud_account_type import EProtectionGroupCloudAccountType
from .e_protection_group_filters_order_column import EProtectionGroupFiltersOrderColumn
from .e_protection_group_type import EProtectionGroupType
from .e_recovery_media_format import ERecoveryMediaFormat
from .e_session_algorithm import ESessionAlgorithm
from .e_session_bottleneck_type import ESessionBottleneckType
from .e_session_result import ESessionResult
from .e_session_state import ESessionState
from .e_session_type import ESessionType
from .e_speed_unit import ESpeedUnit
from .e_task_log_record_status import ETaskLogRecordStatus
from .e_task_result import ETaskResult
from .e_task_state import ETaskState
from .e_task_type import ETaskType
from .e_unix_package_filters_order_column import EUnixPackageFiltersOrderColumn
from .ead_group_scope import EADGroupScope
from .ead_object_type import EADObjectType
from .email_custom_notification_type import EmailCustomNotificationType
from .embedded_recovery_media_state_model import EmbeddedRecoveryMediaStateModel
from .empty_success_response import EmptySuccessResponse
from .eos_bitness import EOSBitness
from .error import Error
from .error_error_code import ErrorErrorCode
from .flr_download_task_model import FlrDownloadTaskModel
from .flr_restore_task_model import FlrRestoreTaskModel
from .flr_search_task_model import FlrSearchTaskModel
from .hierarchy_rescan_task_model import HierarchyRescanTaskModel
from .individual_computer_container_model import IndividualComputerContainerModel
from .individual_computers_protection_group_model import (
    IndividualComputersProtectionGroupModel,
)
from .individual_computers_protection_group_spec import (
    IndividualComputersProtectionGroupSpec,
)
from .iris_protection_group_model import IrisProtectionGroupModel
from .iris_protection_group_spec import IrisProtectionGroupSpec
from .iris_server_model import IrisServerModel
from .linux_credentials_spec import LinuxCredentialsSpec
from .linux_package_filters import LinuxPackageFilters
from .linux_package_model import LinuxPackageModel
from .linux_package_result import LinuxPackageResult
from .managed_service_credentials_spec import ManagedServiceCredentialsSpec
from .manually_added_protection_group_model import ManuallyAddedProtectionGroupModel
from .pagination_result import PaginationResult
from .pre_installed_agents_packages_model import PreInstalledAgentsPackagesModel
from .pre_installed_agents_protection_group_model import (
    PreInstalledAgentsProtectionGroupModel,
)
from .pre_installed_agents_protection_group_package_spec import (
    PreInstalledAgentsProtectionGroupPackageSpec,
)
from .pre_installed_agents_protection_group_package_spec_format import (
    PreInstalledAgentsProtectionGroupPackageSpecFormat,
)
from .pre_installed_agents_protection_group_spec import (
    PreInstalledAgentsProtectionGroupSpec,
)
from .protected_computer_filters import ProtectedComputerFilters
from .protected_computer_group_model import ProtectedComputerGroupModel
from .protected_computer_model import ProtectedComputerModel
from .protected_computer_result import ProtectedComputerResult
from .protection_group_advanced_windows_settings_model import (
    ProtectionGroupAdvancedWindowsSettingsModel,
)
from .protection_group_filters import ProtectionGroupFilters
from .protection_group_model import ProtectionGroupModel
from .protection_group_notification_settings_model import (
    ProtectionGroupNotificationSettingsModel,
)
from .protection_group_options_model import ProtectionGroupOptionsModel
from .protection_group_options_rescan_schedule_model import (
    ProtectionGroupOptionsRescanScheduleModel,
)
from .protection_group_spec import ProtectionGroupSpec
from .protection_groups_result import ProtectionGroupsResult
from .reboot_agents_recovery_appliances_spec import RebootAgentsRecoveryAppliancesSpec
from .recovery_media_task_model import RecoveryMediaTaskModel
from .schedule_backup_window_model import ScheduleBackupWindowModel
from .schedule_daily_model import ScheduleDailyModel
from .schedule_periodically_model import SchedulePeriodicallyModel
from .session_log_record_model import SessionLogRecordModel
from .session_log_result import SessionLogResult
from .session_model import SessionModel
from .session_progress_type_0 import SessionProgressType0
from .session_result_model import SessionResultModel
from .session_retry_info import SessionRetryInfo
from .standard_credentials_spec import StandardCredentialsSpec
from .task_additional_info_model import TaskAdditionalInfoModel
from .task_model import TaskModel
from .token_login_spec import TokenLoginSpec
from .token_model import TokenModel
from .unix_package_filters import UnixPackageFilters
from .unix_package_model import UnixPackageModel
from .unix_package_result import UnixPackageResult
from .unmanaged_protection_group_model import UnmanagedProtectionGroupModel

__all__ = (
    "ADDomainModel",
    "ADObjectCustomCredentialsModel",
    "ADObjectModel",
    "ADObjectsProtectionGroupCredentialModel",
    "ADObjectsProtectionGroupExclusionsModel",
    "ADObjectsProtectionGroupModel",
    "ADObjectsProtectionGroupSpec",
    "ActiveDirectoryObjectContainerModel",
    "AdvancedProtectionGroupSettingsModel",
    "AgentBackupsFilters",
    "AgentRecoveryApplianceModel",
    "AgentStateModel",
    "AgentStatesFilters",
    "AgentStatesResult",
    "AgentsRecoveryApplianceOperationInfo",
    "AgentsRecoveryAppliancesFilters",
    "AgentsRecoveryAppliancesResult",
    "BackupIdsSpec",
    "BackupModel",
    "BackupWindowDayHoursModel",
    "BackupWindowSettingModel",
    "BackupsResult",
    "CSVFileCustomCredentialsModel",
    "CSVFileOptionsProtectionGroupModel",
    "CSVFileProtectionGroupCredentialModel",
    "CSVFileProtectionGroupModel",
    "CSVFileProtectionGroupSpec",
    "CloudMachineModel",
    "CloudMachinesProtectionGroupAWSAccountModel",
    "CloudMachinesProtectionGroupAccountModel",
    "CloudMachinesProtectionGroupAzureAccountModel",
    "CloudMachinesProtectionGroupExclusionsModel",
    "CloudMachinesProtectionGroupModel",
    "CloudMachinesProtectionGroupObjectsModel",
    "CloudMachinesProtectionGroupSpec",
    "CloudRegionModel",
    "CloudTagModel",
    "CommonMetaInfo",
    "CommonTaskModel",
    "ComputerRecoveryTokenFilters",
    "ComputerRecoveryTokenModel",
    "ComputerRecoveryTokenResult",
    "ComputerRecoveryTokenSpec",
    "CredentialsSpec",
    "DeploymentKitTaskModel",
    "DiscoveredADEntityModel",
    "DiscoveredClusterEntityModel",
    "DiscoveredComputerEntityModel",
    "DiscoveredComputerPluginModel",
    "DiscoveredEntitiesActionSpec",
    "DiscoveredEntitiesResult",
    "DiscoveredEntityFilters",
    "DiscoveredEntityModel",
    "EADGroupScope",
    "EADObjectType",
    "EAgentDiscoveredEntityStatus",
    "EAgentStatus",
    "EAgentThrottlingTargetType",
    "EAgentsRecoveryApplianceOperationType",
    "EAgentsRecoveryAppliancesOrderColumn",
    "EAgentsRecoveryAppliancesStateFilter",
    "EAmazonRegionType",
    "EApplicationPluginStatus",
    "EApplicationPluginType",
    "EAuthenticationType",
    "EAzureRegionType",
    "ECloudMachinesObjectType",
    "EComputerRecoveryTokenFiltersOrderColumn",
    "ECredentialsType",
    "EDailyKinds",
    "EDayOfWeek",
    "EDiscoveredComputerState",
    "EDiscoveredEntityFiltersOrderColumn",
    "EDiscoveredEntityType",
    "EDriverStatus",
    "EEmailNotificationType",
    "EEmbeddedRecoveryMediaState",
    "EIndividualComputerConnectionType",
    "EInventoryPermissionScope",
    "EJobType",
    "ELinuxPackageFiltersOrderColumn",
    "ELoginGrantType",
    "EOSBitness",
    "EOperatingSystem",
    "EOperatingSystemPlatform",
    "EPeriodicallyKinds",
    "EPlatformType",
    "EProtectedComputerFiltersOrderColumn",
    "EProtectedComputerType",
    "EProtectionGroupCloudAccountType",
    "EProtectionGroupFiltersOrderColumn",
    "EProtectionGroupType",
    "ERecoveryMediaFormat",
    "ESessionAlgorithm",
    "ESessionBottleneckType",
    "ESessionResult",
    "ESessionState",
    "ESessionType",
    "ESpeedUnit",
    "ETaskLogRecordStatus",
    "ETaskResult",
    "ETaskState",
    "ETaskType",
    "EUnixPackageFiltersOrderColumn",
    "EmailCustomNotificationType",
    "EmbeddedRecoveryMediaStateModel",
    "EmptySuccessResponse",
    "Error",
    "ErrorErrorCode",
    "FlrDownloadTaskModel",
    "FlrRestoreTaskModel",
    "FlrSearchTaskModel",
    "HierarchyRescanTaskModel",
    "IndividualComputerContainerModel",
    "IndividualComputersProtectionGroupModel",
    "IndividualComputersProtectionGroupSpec",
    "IrisProtectionGroupModel",
    "IrisProtectionGroupSpec",
    "IrisServerModel",
    "LinuxCredentialsSpec",
    "LinuxPackageFilters",
    "LinuxPackageModel",
    "LinuxPackageResult",
    "ManagedServiceCredentialsSpec",
    "ManuallyAddedProtectionGroupModel",
    "PaginationResult",
    "PreInstalledAgentsPackagesModel",
    "PreInstalledAgentsProtectionGroupModel",
    "PreInstalledAgentsProtectionGroupPackageSpec",
    "PreInstalledAgentsProtectionGroupPackageSpecFormat",
    "PreInstalledAgentsProtectionGroupSpec",
    "ProtectedComputerFilters",
    "ProtectedComputerGroupModel",
    "ProtectedComputerModel",
    "ProtectedComputerResult",
    "ProtectionGroupAdvancedWindowsSettingsModel",
    "ProtectionGroupFilters",
    "ProtectionGroupModel",
    "ProtectionGroupNotificationSettingsModel",
    "ProtectionGroupOptionsModel",
    "ProtectionGroupOptionsRescanScheduleModel",
    "ProtectionGroupSpec",
    "ProtectionGroupsResult",
    "RebootAgentsRecoveryAppliancesSpec",
    "RecoveryMediaTaskModel",
    "ScheduleBackupWindowModel",
    "ScheduleDailyModel",
    "SchedulePeriodicallyModel",
    "SessionLogRecordModel",
    "SessionLogResult",
    "SessionModel",
    "SessionProgressType0",
    "SessionResultModel",
    "SessionRetryInfo",
    "StandardCredentialsSpec",
    "TaskAdditionalInfoModel",
    "TaskModel",
    "TokenLoginSpec",
    "TokenModel",
    "UnixPackageFilters",
    "UnixPackageModel",
    "UnixPackageResult",
    "UnmanagedProtectionGroupModel",
)
