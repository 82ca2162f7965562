from puskesos_desktop.cli.main import main

raise SystemExit(main())
