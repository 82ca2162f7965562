"""Printed documents: receipts, certificates, letters, referral cards (render, then record)."""
