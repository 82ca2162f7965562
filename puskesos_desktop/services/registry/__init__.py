"""The DTKS/DTSEN registry: its import, what it says about a person, proposals, the deliberation."""
