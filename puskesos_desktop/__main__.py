import multiprocessing

from puskesos_desktop.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # see main.py: a frozen program's child processes start here
    raise SystemExit(main())
