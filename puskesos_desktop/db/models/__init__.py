"""Every table of the office database. Import models from here."""

from puskesos_desktop.db.models.base import Base
from puskesos_desktop.db.models.cases import (
    Complaint,
    ComplaintDocument,
    ComplaintEvent,
    FieldVisit,
    Referral,
    ReferralEvent,
    VillageHandling,
)
from puskesos_desktop.db.models.catalogue import Partner, Programme, Service, ServiceRequirement
from puskesos_desktop.db.models.office import (
    AuditAnchor,
    AuditEntry,
    Holiday,
    NumberSeries,
    OfficeProfile,
    OfficeProfileVersion,
    Setting,
    SignInFailure,
    User,
)
from puskesos_desktop.db.models.people import Household, Resident, ResidentConsent, ResidentRevision
from puskesos_desktop.db.models.registry import (
    ExportBatch,
    Letter,
    MusdesSession,
    Proposal,
    ProposalEvent,
    ProposalMember,
    RegistryImport,
    RegistryProgramme,
    RegistryRecord,
)

__all__ = [
    "AuditAnchor",
    "AuditEntry",
    "Base",
    "Complaint",
    "ComplaintDocument",
    "ComplaintEvent",
    "ExportBatch",
    "FieldVisit",
    "Holiday",
    "Household",
    "Letter",
    "MusdesSession",
    "NumberSeries",
    "OfficeProfile",
    "OfficeProfileVersion",
    "Partner",
    "Programme",
    "Proposal",
    "ProposalEvent",
    "ProposalMember",
    "Referral",
    "ReferralEvent",
    "RegistryImport",
    "RegistryProgramme",
    "RegistryRecord",
    "Resident",
    "ResidentConsent",
    "ResidentRevision",
    "Service",
    "ServiceRequirement",
    "Setting",
    "SignInFailure",
    "User",
    "VillageHandling",
]
