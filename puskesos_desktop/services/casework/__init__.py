"""Casework: complaints, the back office's queue and actions, referrals, the status desk, visits."""
