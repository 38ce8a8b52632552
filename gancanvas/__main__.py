from gancanvas.cli import main

raise SystemExit(main())
