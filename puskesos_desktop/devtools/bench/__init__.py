"""`puskesos bench`: speed at the scale of a whole district (issue 9).

A temporary office database is built with bulk inserts (synthetic but valid residents, households, complaints and
referrals), the registry extract goes through the real import, and every measured step runs in a process of its
own, as a user's separate actions would: ``runner`` starts them and gathers the figures, ``steps`` holds what each
child process does, ``build`` and ``people`` make the data, ``extract`` writes the DTKS workbook, and
``gui_probe`` times the real program's start to its main window.

Only ``gui_probe`` imports Qt; nothing here is imported by the program itself.
"""
