"""Accounts and sign-in, backups and restore, the catalogue, first-start setup."""
