"""The change topics: what a finished action announces (AppContext.changed, a job's `topics`) so that the views
showing that data reload. A StrEnum, so the signal still carries the plain word."""

from __future__ import annotations

from enum import StrEnum


class Topic(StrEnum):
    RESIDENTS = "residents"
    COMPLAINTS = "complaints"
    REFERRALS = "referrals"
    PROPOSALS = "proposals"
    LETTERS = "letters"
    VISITS = "visits"
    REGISTRY = "registry"
    EXCHANGE = "exchange"
    CATALOGUE = "catalogue"
    USERS = "users"
    ATTACHMENTS = "attachments"  # scans and photos on a resident, complaint, referral or proposal
    OFFICE = "office"  # the office profile (letterhead, signatories, paper) changed in Pengaturan
    SETTINGS = "settings"  # the office's settings (idle minutes, language, retention…)
