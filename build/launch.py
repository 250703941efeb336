"""The packaged app's entry point: the same as the `matrix-desktop` console script."""

from matrix_desktop.main import main

raise SystemExit(main())
