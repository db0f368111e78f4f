from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar

from ..types import EnumMembers, decoded, member_again, was_received


class ESessionType(StrEnum):
    """What a session does, such as a backup job, a restore, a failover, infrastructure changes or, for agents,
    AgentDiscovery (rescans and deployments started through this API), AgentPolicy and AgentBackup."""

    ADFORESTRESTORE = "AdForestRestore"
    AGENTBACKUP = "AgentBackup"
    AGENTDISCOVERY = "AgentDiscovery"
    AGENTMANAGEMENT = "AgentManagement"
    AGENTOPERATIONACTIVEFULL = "AgentOperationActiveFull"
    AGENTOPERATIONBACKUPNOW = "AgentOperationBackupNow"
    AGENTOPERATIONPURGECACHE = "AgentOperationPurgeCache"
    AGENTPOLICY = "AgentPolicy"
    AGENTSRECOVERYAPPLIANCESMANAGEMENT = "AgentsRecoveryAppliancesManagement"
    APPLIANCEUPDATESINSTALL = "ApplianceUpdatesInstall"
    APPLICATIONLEVELRESTORE = "ApplicationLevelRestore"
    ARCHIVEBACKUP = "ArchiveBackup"
    ARCHIVECOPY = "ArchiveCopy"
    ARCHIVEFREEZING = "ArchiveFreezing"
    ARCHIVEREHYDRATION = "ArchiveRehydration"
    ARCHIVESYNC = "ArchiveSync"
    ARCHIVETIERDOWNLOAD = "ArchiveTierDownload"
    AUTOMATION = "Automation"
    AZUREAPPLIANCEDEPLOY = "AzureApplianceDeploy"
    AZUREINSTANTRECOVERY = "AzureInstantRecovery"
    AZUREINSTANTRECOVERYMIGRATION = "AzureInstantRecoveryMigration"
    AZUREINSTANTRECOVERYMIGRATIONUNDO = "AzureInstantRecoveryMigrationUndo"
    AZUREINSTANTRECOVERYMOUNT = "AzureInstantRecoveryMount"
    AZUREINSTANTRECOVERYSTART = "AzureInstantRecoveryStart"
    AZUREINSTANTRECOVERYSTOP = "AzureInstantRecoveryStop"
    AZUREINSTANTRECOVERYSWITCHOVER = "AzureInstantRecoverySwitchover"
    BACKGROUNDOPERATION = "BackgroundOperation"
    BACKUPCACHESYNC = "BackupCacheSync"
    BACKUPCOPYJOB = "BackupCopyJob"
    BACKUPCOPYJOBPARENT = "BackupCopyJobParent"
    BACKUPJOB = "BackupJob"
    CHECKPOINTREMOVAL = "CheckpointRemoval"
    CLOUDDIRECTORVAPPRESTORE = "CloudDirectorVAppRestore"
    CLOUDDIRECTORVMRESTORE = "CloudDirectorVmRestore"
    COMMITFAILBACK = "CommitFailback"
    CONFIGURATIONBACKUP = "ConfigurationBackup"
    CONFIGURATIONRESYNCHRONIZE = "ConfigurationResynchronize"
    COPYBACKUP = "CopyBackup"
    DELETEBACKUP = "DeleteBackup"
    DIRECTBACKUPSYNC = "DirectBackupSync"
    DISKRESTORE = "DiskRestore"
    ENCRYPTIONANALYSIS = "EncryptionAnalysis"
    ENDPOINTBACKUP = "EndpointBackup"
    ENDPOINTRESTORE = "EndpointRestore"
    ENTRAIDRESCANREPOSITORY = "EntraIdRescanRepository"
    ENTRAIDRESTORE = "EntraIdRestore"
    ENTRAIDRESTOREFROMCOPY = "EntraIdRestoreFromCopy"
    EPAGENTOPERATIONSTOPBACKUP = "EpAgentOperationStopBackup"
    FAILBACK = "Failback"
    FAILOVER = "Failover"
    FAILOVERPLAN = "FailoverPlan"
    FAILOVERPLANTASK = "FailoverPlanTask"
    FILEBACKUPARCHIVERETRIEVALPROLONGING = "FileBackupArchiveRetrievalProlonging"
    FILEBACKUPHEALTHCHECK = "FileBackupHealthCheck"
    FILEINSTANTRECOVERY = "FileInstantRecovery"
    FILEINSTANTRECOVERYMIGRATION = "FileInstantRecoveryMigration"
    FILELEVELRESTORE = "FileLevelRestore"
    FILESERVERSAVE = "FileServerSave"
    FIRSTCLASSDISKINSTANTRESTORE = "FirstClassDiskInstantRestore"
    FIRSTCLASSDISKQUICKMIGRATION = "FirstClassDiskQuickMigration"
    HACLUSTEREDIT = "HaClusterEdit"
    HASWITCHOVER = "HaSwitchover"
    HOSTCOMPONENTSUPDATE = "HostComponentsUpdate"
    INDEXCOLLECTION = "IndexCollection"
    INFRASTRUCTURE = "Infrastructure"
    INFRASTRUCTUREITEMDELETION = "InfrastructureItemDeletion"
    INSTANTDISKRECOVERY = "InstantDiskRecovery"
    INSTANTRECOVERY = "InstantRecovery"
    IRISBACKUP = "IrisBackup"
    JOB = "Job"
    LINUXFILELEVELRESTORE = "LinuxFileLevelRestore"
    LOGSEXPORT = "LogsExport"
    MALWAREDETECTION = "MalwareDetection"
    NASRESTORE = "NasRestore"
    ORACLELOGBACKUP = "OracleLogBackup"
    PERMANENTFAILOVER = "PermanentFailover"
    PERVMCOPYBACKUP = "PerVmCopyBackup"
    PERVMMOVEBACKUP = "PerVmMoveBackup"
    PLANNEDFAILOVER = "PlannedFailover"
    PLATFORMBACKUPJOB = "PlatformBackupJob"
    PLATFORMSERVICEJOB = "PlatformServiceJob"
    PLATFORMSNAPSHOTCOPYJOB = "PlatformSnapshotCopyJob"
    PLATFORMSNAPSHOTJOB = "PlatformSnapshotJob"
    POSTGRESQLLOGBACKUP = "PostgreSqlLogBackup"
    PUBLISHBACKUPCONTENTVIAMOUNT = "PublishBackupContentViaMount"
    PUBLISHBACKUPCONTENTVIANFS = "PublishBackupContentViaNfs"
    QUICKMIGRATION = "QuickMigration"
    REPLICAJOB = "ReplicaJob"
    REPOSITORYEVACUATE = "RepositoryEvacuate"
    REPOSITORYMAINTENANCE = "RepositoryMaintenance"
    RESTOREAGENTVOLUMES = "RestoreAgentVolumes"
    RESTORERECOVERYAPPLIANCEVOLUMES = "RestoreRecoveryApplianceVolumes"
    RESTOREVM = "RestoreVm"
    RETENTION = "Retention"
    RETRIEVEBACKUP = "RetrieveBackup"
    SECURITYCOMPLIANCEANALYZER = "SecurityComplianceAnalyzer"
    SQLLOGBACKUP = "SqlLogBackup"
    STORAGEDISCOVERY = "StorageDiscovery"
    STORAGEMONITORING = "StorageMonitoring"
    SUREBACKUP = "SureBackup"
    SUREBACKUPCONTENTSCAN = "SureBackupContentScan"
    SWITCHREPLICATOPRODUCTION = "SwitchReplicaToProduction"
    TESTCREDENTIALS = "TestCredentials"
    UNDOFAILBACK = "UndoFailback"
    UNDOFAILOVER = "UndoFailover"
    UNSTRUCTUREDDATABACKUPCOPY = "UnstructuredDataBackupCopy"
    UNSTRUCTUREDDATABROWSE = "UnstructuredDataBrowse"
    UNSTRUCTUREDDOWNLOADMETA = "UnstructuredDownloadMeta"
    VEEAMUPDATERSETTINGSSYNC = "VeeamUpdaterSettingsSync"
    VOLUMESDISCOVER = "VolumesDiscover"

    from_json: ClassVar[Callable[[str], "ESessionType"]]
    """The member for a value read from JSON; a value this revision does not list gives a pseudo-member."""

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self._name_}"  # as written in code; a value no revision lists shows as itself

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Pickled by its value, with the mark of a value a server sent that no revision lists.
        return member_again, (type(self), self._value_, was_received(self))

    @classmethod
    def _missing_(cls, value: object) -> "ESessionType | None":
        # A newer server revision may send a value this document does not list: keep the
        # raw string as a pseudo-member instead of failing; known values stay real members.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return decoded(member)  # marked `received` when the fast reader's decoder asked


# A dict's bound __getitem__: one C-level look-up per value, ten times cheaper than a classmethod.
ESessionType.from_json = EnumMembers(ESessionType).__getitem__
