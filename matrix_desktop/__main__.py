from matrix_desktop.main import main

raise SystemExit(main())
