"""People: residents, the resident page, the front office's search, consent and retention."""
