from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar

from ..types import EnumMembers


class ESessionType(StrEnum):
    AGENTBACKUP = "AgentBackup"
    AGENTDISCOVERY = "AgentDiscovery"
    AGENTPOLICY = "AgentPolicy"
    APPLIANCEUPDATESINSTALL = "ApplianceUpdatesInstall"
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
    ENTRAIDRESCANREPOSITORY = "EntraIdRescanRepository"
    ENTRAIDRESTORE = "EntraIdRestore"
    ENTRAIDRESTOREFROMCOPY = "EntraIdRestoreFromCopy"
    FAILBACK = "Failback"
    FAILOVER = "Failover"
    FAILOVERPLAN = "FailoverPlan"
    FAILOVERPLANTASK = "FailoverPlanTask"
    FILEBACKUPHEALTHCHECK = "FileBackupHealthCheck"
    FILELEVELRESTORE = "FileLevelRestore"
    FILESERVERSAVE = "FileServerSave"
    FIRSTCLASSDISKINSTANTRESTORE = "FirstClassDiskInstantRestore"
    FIRSTCLASSDISKQUICKMIGRATION = "FirstClassDiskQuickMigration"
    HOSTCOMPONENTSUPDATE = "HostComponentsUpdate"
    INFRASTRUCTURE = "Infrastructure"
    INFRASTRUCTUREITEMDELETION = "InfrastructureItemDeletion"
    INSTANTRECOVERY = "InstantRecovery"
    LINUXFILELEVELRESTORE = "LinuxFileLevelRestore"
    LOGSEXPORT = "LogsExport"
    MALWAREDETECTION = "MalwareDetection"
    NASRESTORE = "NasRestore"
    ORACLELOGBACKUP = "OracleLogBackup"
    PERMANENTFAILOVER = "PermanentFailover"
    PLANNEDFAILOVER = "PlannedFailover"
    POSTGRESQLLOGBACKUP = "PostgreSqlLogBackup"
    PUBLISHBACKUPCONTENTVIAMOUNT = "PublishBackupContentViaMount"
    PUBLISHBACKUPCONTENTVIANFS = "PublishBackupContentViaNfs"
    QUICKMIGRATION = "QuickMigration"
    REPLICAJOB = "ReplicaJob"
    REPOSITORYEVACUATE = "RepositoryEvacuate"
    REPOSITORYMAINTENANCE = "RepositoryMaintenance"
    RESTOREVM = "RestoreVm"
    RETENTION = "Retention"
    RETRIEVEBACKUP = "RetrieveBackup"
    SECURITYCOMPLIANCEANALYZER = "SecurityComplianceAnalyzer"
    SQLLOGBACKUP = "SqlLogBackup"
    SUREBACKUP = "SureBackup"
    SWITCHREPLICATOPRODUCTION = "SwitchReplicaToProduction"
    TESTCREDENTIALS = "TestCredentials"
    UNDOFAILBACK = "UndoFailback"
    UNDOFAILOVER = "UndoFailover"
    UNSTRUCTUREDDATABACKUPCOPY = "UnstructuredDataBackupCopy"
    UNSTRUCTUREDDATABROWSE = "UnstructuredDataBrowse"
    UNSTRUCTUREDDOWNLOADMETA = "UnstructuredDownloadMeta"
    VOLUMESDISCOVER = "VolumesDiscover"

    from_json: ClassVar[Callable[[str], "ESessionType"]]
    """The member for a value read from JSON; a value this revision does not list gives a pseudo-member."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ESessionType | None":
        # A newer server revision may send a value this document does not list: keep the
        # raw string as a pseudo-member instead of failing; known values stay real members.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


# A dict's bound __getitem__: one C-level look-up per value, ten times cheaper than a classmethod.
ESessionType.from_json = EnumMembers(ESessionType).__getitem__
