"""`python main.py …` is the same as the `puskesos …` console script."""

import multiprocessing

from puskesos_desktop.cli.main import main

if __name__ == "__main__":
    # The installed program (PyInstaller) starts the big-sheet reader (excel/xlsx_pipe.py) as itself: this runs it.
    multiprocessing.freeze_support()
    raise SystemExit(main())
