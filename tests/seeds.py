"""Sample payloads the tests share: the seed API reference's samples, and discovered entities of
the kinds a page mixes. A helper module (tests import it), not a test module."""

from __future__ import annotations

AD_ENTITY = {
    "type": "ActiveDirectory",
    "id": "0b0e9d4c-5c1a-4a57-9a52-8a2f4c1d1e01",
    "name": "OU=Servers",
    "parentId": "15aa12f6-6078-4e2f-8a90-0a3d496d6f77",
    "protectionGroupId": "c2600b42-7c64-4219-a447-95bd33e70c1a",
    "domain": {
        "id": "6a3f1f6e-3b0e-4b8f-9d9e-3f5b8f0c2a11",
        "name": "corp.example",
        "serverName": "dc01.corp.example",
        "port": 389,
        "credentialsId": "1d2c3b4a-5e6f-4a8b-9c0d-1e2f3a4b5c6d",
    },
    "entity": {
        "id": "8e1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b",
        "fullName": "corp.example/Servers",
        "domainId": "6a3f1f6e-3b0e-4b8f-9d9e-3f5b8f0c2a11",
        "distinguishedName": "OU=Servers,DC=corp,DC=example",
        "type": "OrganizationUnit",
    },
}
CLUSTER_ENTITY = {
    "type": "Cluster",
    "id": "3f0f4c1e-8c6a-4b8e-9a43-0c9d2f1b7e21",
    "name": "sqlclu01",
    "parentId": "15aa12f6-6078-4e2f-8a90-0a3d496d6f77",
    "protectionGroupId": "c2600b42-7c64-4219-a447-95bd33e70c1a",
}

# The seed API reference's samples.
SEED_TOKEN = {
    "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
    "name": "string",
    "recoveryToken": "string",
    "expirationDate": "2019-08-24T14:15:22Z",
}
SEED_PROTECTED_COMPUTER = {
    "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
    "name": "string",
    "type": "Linux",
    "protectionGroups": [],
}
SEED_SESSION = {
    "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
    "name": "string",
    "jobId": "9d222c6d-893e-4e79-8201-3c9ca16a0f39",
    "sessionType": "Infrastructure",
    "creationTime": "2019-08-24T14:15:22Z",
    "endTime": "2019-08-24T14:15:22Z",
    "state": "Stopped",
    "progressPercent": 0,
    "result": {"result": "Success", "message": "done", "isCanceled": False},
    "resourceId": "026d60bb-63a8-407e-bf67-01dcfc6022e6",
    "resourceReference": "string",
    "parentSessionId": "b1d7834e-fe2f-4cad-b0e5-ff5c5615f344",
    "usn": 0,
    "platformName": "VMware",
    "platformId": "32a6e381-64f4-4911-86b6-3bf681b64d23",
    "initiatedBy": "string",
}
