"""Puskesos Desktop: the village social-welfare office's register, referrals and reports."""

__version__ = "0.1.0"
APP_NAME = "Puskesos Desktop"
APP_ID = "puskesos"
